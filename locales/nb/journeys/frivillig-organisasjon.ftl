frivillig-organisasjon-title = Starte og drive en frivillig organisasjon
frivillig-organisasjon-summary = Registrer organisasjonen i Enhetsregisteret og Frivillighetsregisteret, og søk om momskompensasjon.
frivillig-organisasjon-intro = En frivillig organisasjon registreres i Enhetsregisteret og kan registreres i Frivillighetsregisteret. Da kan den søke om momskompensasjon og være med i grasrotandelen. Veiviser henter opplysningene om deg fra Folkeregisteret og sjekker navnet mot Enhetsregisteret og styremedlemmene mot Folkeregisteret.
frivillig-organisasjon-duration = Omtrent 20 minutter.
frivillig-organisasjon-needs = Vedtektene og datoen de ble vedtatt, formålet med organisasjonen, fødselsnummeret til hvert styremedlem og kontonummeret til organisasjonen. Søker dere om momskompensasjon, trenger dere også det siste godkjente årsregnskapet.

# The contact person
frivillig-organisasjon-step-contact = Kontaktperson
frivillig-organisasjon-step-contact-intro = Du er kontaktperson for organisasjonen overfor Brønnøysundregistrene. Vi har hentet opplysningene om deg fra Folkeregisteret og rollene dine fra Enhetsregisteret.
frivillig-organisasjon-contact_pid = Fødselsnummeret ditt
frivillig-organisasjon-contact_pid-help = 11 siffer. Vi har hentet det fra Folkeregisteret.
frivillig-organisasjon-contact_name = Navnet ditt
frivillig-organisasjon-contact_email = E-postadressen din
frivillig-organisasjon-contact_email-help = Brønnøysundregistrene og Lotteri- og stiftelsestilsynet sender beskjed hit når de har behandlet saken.
frivillig-organisasjon-contact_phone = Telefonnummeret ditt
frivillig-organisasjon-existing_roles = Organisasjoner du har en rolle i fra før
frivillig-organisasjon-existing_roles-help = Hentet fra Enhetsregisteret. Er organisasjonen du vil registrere, allerede på listen, er den registrert fra før, og du skal ikke registrere den på nytt.
frivillig-organisasjon-existing_roles-item = Organisasjon { $number }
frivillig-organisasjon-existing_orgnr = Organisasjonsnummer
frivillig-organisasjon-existing_name = Navn

# The organisation
frivillig-organisasjon-step-organisation = Om organisasjonen
frivillig-organisasjon-step-organisation-intro = Navnet blir sjekket mot Enhetsregisteret når du går videre.
frivillig-organisasjon-organisation_name = Navnet på organisasjonen
frivillig-organisasjon-organisation_name-help = Slik det står i vedtektene. Navnet kan ikke være det samme som navnet på en virksomhet som allerede er registrert.
frivillig-organisasjon-purpose = Formålet med organisasjonen
frivillig-organisasjon-purpose-help = Skriv formålet slik det står i vedtektene, for eksempel «å gi barn i bydelen et gratis fotballtilbud».
frivillig-organisasjon-activity_area = Hva driver organisasjonen mest med?
frivillig-organisasjon-activity_area-help = Frivillighetsregisteret bruker svaret til å kategorisere organisasjonen. Velg det som passer best.
frivillig-organisasjon-activity_area-culture = Kunst og kultur
frivillig-organisasjon-activity_area-sports = Idrett
frivillig-organisasjon-activity_area-humanitarian = Humanitært arbeid og helse
frivillig-organisasjon-activity_area-religion = Tro og livssyn
frivillig-organisasjon-activity_area-education = Utdanning og forskning
frivillig-organisasjon-activity_area-environment = Natur og miljø
frivillig-organisasjon-activity_area-other = Annet
frivillig-organisasjon-founding_date = Stiftelsesdato
frivillig-organisasjon-founding_date-help = Datoen for stiftelsesmøtet, som dd.mm.åååå.
frivillig-organisasjon-statutes_date = Når ble vedtektene vedtatt?
frivillig-organisasjon-statutes_date-help = Datoen for møtet der de gjeldende vedtektene ble vedtatt, vanligvis stiftelsesmøtet eller siste årsmøte.
frivillig-organisasjon-member_count = Hvor mange medlemmer har organisasjonen?
frivillig-organisasjon-member_count-help = Et omtrentlig tall holder.
frivillig-organisasjon-organisation_address = Adressen til organisasjonen
frivillig-organisasjon-organisation_address-help = Brønnøysundregistrene sender brev hit. Det kan være adressen til kontaktpersonen eller styrelederen.

# The board
frivillig-organisasjon-step-board = Styret
frivillig-organisasjon-step-board-intro = Organisasjonen må ha et styre med minst to medlemmer, blant dem en styreleder. Fødselsnummeret til hvert styremedlem blir sjekket mot Folkeregisteret.
frivillig-organisasjon-board = Styremedlemmer
frivillig-organisasjon-board-help = Legg til alle i styret, også varamedlemmer. Er du selv med i styret, legger du til deg selv.
frivillig-organisasjon-board-item = Styremedlem { $number }
frivillig-organisasjon-member_pid = Fødselsnummer
frivillig-organisasjon-member_name = Navn
frivillig-organisasjon-member_role = Rolle
frivillig-organisasjon-member_role-chair = Styreleder
frivillig-organisasjon-member_role-deputy-chair = Nestleder
frivillig-organisasjon-member_role-member = Styremedlem
frivillig-organisasjon-member_role-deputy = Varamedlem
frivillig-organisasjon-signature = Hvem kan signere for organisasjonen?
frivillig-organisasjon-signature-help = Slik det står i vedtektene. Står det ingenting, signerer styret i fellesskap.
frivillig-organisasjon-signature-chair-alone = Styrelederen alene
frivillig-organisasjon-signature-chair-and-member = Styrelederen sammen med et styremedlem
frivillig-organisasjon-signature-board-jointly = Styret i fellesskap

# Accounts
frivillig-organisasjon-step-accounts = Regnskap
frivillig-organisasjon-step-accounts-intro = Momskompensasjonen regnes ut fra driftskostnadene i det siste godkjente årsregnskapet.
frivillig-organisasjon-has_accounts = Har organisasjonen et godkjent årsregnskap for fjoråret?
frivillig-organisasjon-has_accounts-help = Et årsregnskap er godkjent når årsmøtet har vedtatt det. En organisasjon som er helt ny, svarer nei.
frivillig-organisasjon-accounts_year = Hvilket år gjelder regnskapet?
frivillig-organisasjon-accounts_year-show-if = Bare hvis organisasjonen har et godkjent årsregnskap.
frivillig-organisasjon-operating_costs = Driftskostnader i regnskapsåret
frivillig-organisasjon-operating_costs-help = Summen av driftskostnadene i årsregnskapet, i kroner. Kostnader til varer for videresalg og avskrivninger skal ikke være med.
frivillig-organisasjon-operating_costs-show-if = Bare hvis organisasjonen har et godkjent årsregnskap.
frivillig-organisasjon-revenue = Inntekter i regnskapsåret
frivillig-organisasjon-revenue-show-if = Bare hvis organisasjonen har et godkjent årsregnskap.
frivillig-organisasjon-accounts_audited = Er regnskapet revidert av en statsautorisert eller registrert revisor?
frivillig-organisasjon-accounts_audited-help = Søker dere om mer enn 250 000 kroner i momskompensasjon, må regnskapet være revidert.
frivillig-organisasjon-accounts_audited-show-if = Bare hvis organisasjonen har et godkjent årsregnskap.

# The voluntary register
frivillig-organisasjon-step-voluntary-register = Frivillighetsregisteret
frivillig-organisasjon-step-voluntary-register-intro = I Frivillighetsregisteret kan organisasjonen være med i grasrotandelen og søke om momskompensasjon.
frivillig-organisasjon-register_voluntary = Vil dere registrere organisasjonen i Frivillighetsregisteret?
frivillig-organisasjon-register_voluntary-help = Organisasjonen må drive frivillig virksomhet og ikke dele ut overskudd til medlemmene. Registreringen er gratis.
frivillig-organisasjon-grassroots_share = Vil dere være med i grasrotandelen?
frivillig-organisasjon-grassroots_share-help = Med grasrotandelen får organisasjonen en del av innsatsen når noen som har valgt den, spiller hos Norsk Tipping.
frivillig-organisasjon-grassroots_share-show-if = Bare hvis organisasjonen skal registreres i Frivillighetsregisteret.

# VAT compensation
frivillig-organisasjon-step-vat-compensation = Momskompensasjon
frivillig-organisasjon-step-vat-compensation-intro = Lotteri- og stiftelsestilsynet gir frivillige organisasjoner i Frivillighetsregisteret kompensasjon for merverdiavgift de har betalt. Søknaden sendes når organisasjonen er registrert i Frivillighetsregisteret.
frivillig-organisasjon-apply_vat_compensation = Vil dere søke om momskompensasjon?
frivillig-organisasjon-apply_vat_compensation-help = Organisasjonen må ha driftskostnader på minst 5 000 kroner i regnskapsåret.
frivillig-organisasjon-compensation_model = Hvilken modell vil dere bruke?
frivillig-organisasjon-compensation_model-help = Med den forenklede modellen regnes kompensasjonen ut fra driftskostnadene. Med den dokumenterte modellen søker dere om den merverdiavgiften dere faktisk har betalt, og må kunne dokumentere den.
frivillig-organisasjon-compensation_model-simplified = Forenklet modell
frivillig-organisasjon-compensation_model-documented = Dokumentert modell
frivillig-organisasjon-compensation_model-show-if = Bare hvis dere søker om momskompensasjon.
frivillig-organisasjon-vat_paid = Hvor mye merverdiavgift betalte organisasjonen i regnskapsåret?
frivillig-organisasjon-vat_paid-help = Summen av merverdiavgiften på fakturaene, i kroner. Revisoren bekrefter beløpet.
frivillig-organisasjon-vat_paid-show-if = Bare hvis dere søker om momskompensasjon etter den dokumenterte modellen.

# Payment
frivillig-organisasjon-step-payment = Organisasjonens bankkonto
frivillig-organisasjon-bank_account = Kontonummeret til organisasjonen
frivillig-organisasjon-bank_account-help = 11 siffer. Grasrotandelen og momskompensasjonen blir betalt hit.

# Services
frivillig-organisasjon-service-registration = registrering i Enhetsregisteret
frivillig-organisasjon-service-voluntary-register = registrering i Frivillighetsregisteret
frivillig-organisasjon-service-vat-compensation = momskompensasjon
