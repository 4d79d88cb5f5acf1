# Login, logout, roles, and the embedded test login.

login-link = Logg inn
logout-button = Logg ut
user-menu-label = Innlogget bruker
caseworker-link = Saksbehandling
admin-link = Administrasjon
operator-link = Drift

login-error-title = Innloggingen ble avvist
login-error-state = Innloggingen kunne ikke fullføres fordi den ikke hørte til denne nettleserøkten. Prøv å logge inn på nytt.
login-error-token = Vi kunne ikke bekrefte identiteten din fra innloggingstjenesten.
login-error-level = Denne tjenesten krever innlogging med høyt sikkerhetsnivå, for eksempel BankID.
login-error-rate = Det har vært for mange innloggingsforsøk fra din adresse. Vent litt og prøv igjen.
login-error-provider = Innloggingstjenesten svarte ikke som forventet. Prøv igjen senere.
login-error-retry = Prøv å logge inn på nytt

logged-out-title = Du er logget ut
logged-out-body = Du er logget ut av Veiviser og innloggingstjenesten.

forbidden-title = Du har ikke tilgang til denne siden
forbidden-body = Siden er for saksbehandlere og administratorer i etatene. Tror du at du skal ha tilgang, kontakt etaten du jobber for.

caseworker-title = Saksbehandling
caseworker-agencies = Du er saksbehandler for:
admin-title = Administrasjon
admin-agencies = Du administrerer veiviserne til:

error-summary-title = Det er noe som må rettes
error-identity-number-length = Fødselsnummeret må ha 11 siffer.
error-identity-number-digits = Fødselsnummeret kan bare inneholde siffer.
error-identity-number-date = De seks første sifrene i fødselsnummeret må være en dato.
error-identity-number-checksum = Fødselsnummeret er ikke gyldig. Sjekk at du har skrevet det riktig.

idp-title = Testinnlogging
idp-intro = Dette er en innloggingstjeneste for utvikling og testing, med syntetiske personer. Den brukes aldri i produksjon.
idp-person-legend = Hvem vil du logge inn som?
idp-person-other = En annen syntetisk person
idp-typed-pid = Syntetisk fødselsnummer eller D-nummer
idp-level-legend = Sikkerhetsnivå
idp-level-substantial = Betydelig (som MinID)
idp-level-high = Høyt (som BankID)
idp-submit = Logg inn
idp-error-client = Innloggingsforespørselen kom fra en ukjent tjeneste eller ba om en ukjent adresse tilbake.
idp-logged-out = Du er logget ut.

session-warning = Du blir snart logget ut fordi du ikke har vært aktiv. Om { $minutes } minutter avsluttes økten.
session-stay = Fortsett å være innlogget
session-idle-note = Du blir logget ut etter { $minutes } minutter uten aktivitet. Det du har lagret, blir ikke borte.

user-login-method = { $method }, { $level } sikkerhetsnivå
user-level-high = høyt
user-level-substantial = betydelig
user-method-unknown = ukjent metode
request-refused-title = Forespørselen ble avvist
request-refused-body = Skjemaet ble ikke sendt fra Veiviser eller hørte til en økt som er avsluttet, så vi har ikke endret noe. Gå tilbake, last inn siden på nytt og prøv igjen.
