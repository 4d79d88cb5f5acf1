# Login, logout, roles, and the embedded test login.

login-link = Logg inn
logout-button = Logg ut
user-menu-label = Innlogga brukar
caseworker-link = Sakshandsaming
admin-link = Administrasjon
operator-link = Drift

login-error-title = Innlogginga vart avvist
login-error-state = Innlogginga kunne ikkje fullførast fordi ho ikkje høyrde til denne nettlesarøkta. Prøv å logge inn på nytt.
login-error-token = Vi kunne ikkje stadfeste identiteten din frå innloggingstenesta.
login-error-level = Denne tenesta krev innlogging med høgt tryggleiksnivå, til dømes BankID.
login-error-rate = Det har vore for mange innloggingsforsøk frå adressa di. Vent litt og prøv igjen.
login-error-provider = Innloggingstenesta svarte ikkje som venta. Prøv igjen seinare.
login-error-retry = Prøv å logge inn på nytt

logged-out-title = Du er logga ut
logged-out-body = Du er logga ut av Veiviser og innloggingstenesta.

forbidden-title = Du har ikkje tilgang til denne sida
forbidden-body = Sida er for sakshandsamarar og administratorar i etatane. Trur du at du skal ha tilgang, kontakt etaten du jobbar for.

caseworker-title = Sakshandsaming
caseworker-agencies = Du er sakshandsamar for:
admin-title = Administrasjon
admin-agencies = Du administrerer vegvisarane til:

error-summary-title = Det er noko som må rettast
error-identity-number-length = Fødselsnummeret må ha 11 siffer.
error-identity-number-digits = Fødselsnummeret kan berre innehalde siffer.
error-identity-number-date = Dei seks første sifra i fødselsnummeret må vere ein dato.
error-identity-number-checksum = Fødselsnummeret er ikkje gyldig. Sjekk at du har skrive det rett.

idp-title = Testinnlogging
idp-intro = Dette er ei innloggingsteneste for utvikling og testing, med syntetiske personar. Ho blir aldri brukt i produksjon.
idp-person-legend = Kven vil du logge inn som?
idp-person-other = Ein annan syntetisk person
idp-typed-pid = Syntetisk fødselsnummer eller D-nummer
idp-level-legend = Tryggleiksnivå
idp-level-substantial = Betydeleg (som MinID)
idp-level-high = Høgt (som BankID)
idp-submit = Logg inn
idp-error-client = Innloggingsførespurnaden kom frå ei ukjend teneste eller bad om ei ukjend adresse tilbake.
idp-logged-out = Du er logga ut.

session-warning = Du blir snart logga ut fordi du ikkje har vore aktiv. Om { $minutes } minutt blir økta avslutta.
session-stay = Hald fram å vere innlogga
session-idle-note = Du blir logga ut etter { $minutes } minutt utan aktivitet. Det du har lagra, blir ikkje borte.

user-login-method = { $method }, { $level } tryggleiksnivå
user-level-high = høgt
user-level-substantial = betydeleg
user-method-unknown = ukjend metode
request-refused-title = Førespurnaden vart avvist
request-refused-body = Skjemaet vart ikkje sendt frå Veiviser eller høyrde til ei økt som er avslutta, så vi har ikkje endra noko. Gå tilbake, last inn sida på nytt og prøv igjen.
