frivillig-organisasjon-title = Starte og drive ein frivillig organisasjon
frivillig-organisasjon-summary = Registrer organisasjonen i Einingsregisteret og Frivilligregisteret, og søk om momskompensasjon.
frivillig-organisasjon-intro = Ein frivillig organisasjon blir registrert i Einingsregisteret og kan registrerast i Frivilligregisteret. Då kan han søkje om momskompensasjon og vere med i grasrotdelen. Veiviser hentar opplysingane om deg frå Folkeregisteret og sjekkar namnet mot Einingsregisteret og styremedlemmene mot Folkeregisteret.
frivillig-organisasjon-duration = Om lag 20 minutt.
frivillig-organisasjon-needs = Vedtektene og datoen dei vart vedtekne, føremålet med organisasjonen, fødselsnummeret til kvart styremedlem og kontonummeret til organisasjonen. Søkjer de om momskompensasjon, treng de også det siste godkjende årsrekneskapen.

# The contact person
frivillig-organisasjon-step-contact = Kontaktperson
frivillig-organisasjon-step-contact-intro = Du er kontaktperson for organisasjonen overfor Brønnøysundregistra. Vi har henta opplysingane om deg frå Folkeregisteret og rollene dine frå Einingsregisteret.
frivillig-organisasjon-contact_pid = Fødselsnummeret ditt
frivillig-organisasjon-contact_pid-help = 11 siffer. Vi har henta det frå Folkeregisteret.
frivillig-organisasjon-contact_name = Namnet ditt
frivillig-organisasjon-contact_email = E-postadressa di
frivillig-organisasjon-contact_email-help = Brønnøysundregistra og Lotteri- og stiftingstilsynet sender melding hit når dei har handsama saka.
frivillig-organisasjon-contact_phone = Telefonnummeret ditt
frivillig-organisasjon-existing_roles = Organisasjonar du har ei rolle i frå før
frivillig-organisasjon-existing_roles-help = Henta frå Einingsregisteret. Er organisasjonen du vil registrere, alt på lista, er han registrert frå før, og du skal ikkje registrere han på nytt.
frivillig-organisasjon-existing_roles-item = Organisasjon { $number }
frivillig-organisasjon-existing_orgnr = Organisasjonsnummer
frivillig-organisasjon-existing_name = Namn

# The organisation
frivillig-organisasjon-step-organisation = Om organisasjonen
frivillig-organisasjon-step-organisation-intro = Namnet blir sjekka mot Einingsregisteret når du går vidare.
frivillig-organisasjon-organisation_name = Namnet på organisasjonen
frivillig-organisasjon-organisation_name-help = Slik det står i vedtektene. Namnet kan ikkje vere det same som namnet på ei verksemd som alt er registrert.
frivillig-organisasjon-purpose = Føremålet med organisasjonen
frivillig-organisasjon-purpose-help = Skriv føremålet slik det står i vedtektene, til dømes «å gi born i bydelen eit gratis fotballtilbod».
frivillig-organisasjon-activity_area = Kva driv organisasjonen mest med?
frivillig-organisasjon-activity_area-help = Frivilligregisteret bruker svaret til å kategorisere organisasjonen. Vel det som passar best.
frivillig-organisasjon-activity_area-culture = Kunst og kultur
frivillig-organisasjon-activity_area-sports = Idrett
frivillig-organisasjon-activity_area-humanitarian = Humanitært arbeid og helse
frivillig-organisasjon-activity_area-religion = Tru og livssyn
frivillig-organisasjon-activity_area-education = Utdanning og forsking
frivillig-organisasjon-activity_area-environment = Natur og miljø
frivillig-organisasjon-activity_area-other = Anna
frivillig-organisasjon-founding_date = Stiftingsdato
frivillig-organisasjon-founding_date-help = Datoen for stiftingsmøtet, som dd.mm.åååå.
frivillig-organisasjon-statutes_date = Når vart vedtektene vedtekne?
frivillig-organisasjon-statutes_date-help = Datoen for møtet der dei gjeldande vedtektene vart vedtekne, vanlegvis stiftingsmøtet eller siste årsmøte.
frivillig-organisasjon-member_count = Kor mange medlemmer har organisasjonen?
frivillig-organisasjon-member_count-help = Eit omtrentleg tal held.
frivillig-organisasjon-organisation_address = Adressa til organisasjonen
frivillig-organisasjon-organisation_address-help = Brønnøysundregistra sender brev hit. Det kan vere adressa til kontaktpersonen eller styreleiaren.

# The board
frivillig-organisasjon-step-board = Styret
frivillig-organisasjon-step-board-intro = Organisasjonen må ha eit styre med minst to medlemmer, mellom dei ein styreleiar. Fødselsnummeret til kvart styremedlem blir sjekka mot Folkeregisteret.
frivillig-organisasjon-board = Styremedlemmer
frivillig-organisasjon-board-help = Legg til alle i styret, også varamedlemmer. Er du sjølv med i styret, legg du til deg sjølv.
frivillig-organisasjon-board-item = Styremedlem { $number }
frivillig-organisasjon-member_pid = Fødselsnummer
frivillig-organisasjon-member_name = Namn
frivillig-organisasjon-member_role = Rolle
frivillig-organisasjon-member_role-chair = Styreleiar
frivillig-organisasjon-member_role-deputy-chair = Nestleiar
frivillig-organisasjon-member_role-member = Styremedlem
frivillig-organisasjon-member_role-deputy = Varamedlem
frivillig-organisasjon-signature = Kven kan signere for organisasjonen?
frivillig-organisasjon-signature-help = Slik det står i vedtektene. Står det ingenting, signerer styret i fellesskap.
frivillig-organisasjon-signature-chair-alone = Styreleiaren åleine
frivillig-organisasjon-signature-chair-and-member = Styreleiaren saman med eit styremedlem
frivillig-organisasjon-signature-board-jointly = Styret i fellesskap

# Accounts
frivillig-organisasjon-step-accounts = Rekneskap
frivillig-organisasjon-step-accounts-intro = Momskompensasjonen blir rekna ut frå driftskostnadene i den siste godkjende årsrekneskapen.
frivillig-organisasjon-has_accounts = Har organisasjonen ein godkjend årsrekneskap for i fjor?
frivillig-organisasjon-has_accounts-help = Ein årsrekneskap er godkjend når årsmøtet har vedteke han. Ein organisasjon som er heilt ny, svarer nei.
frivillig-organisasjon-accounts_year = Kva år gjeld rekneskapen?
frivillig-organisasjon-accounts_year-show-if = Berre dersom organisasjonen har ein godkjend årsrekneskap.
frivillig-organisasjon-operating_costs = Driftskostnader i rekneskapsåret
frivillig-organisasjon-operating_costs-help = Summen av driftskostnadene i årsrekneskapen, i kroner. Kostnader til varer for vidaresal og avskrivingar skal ikkje vere med.
frivillig-organisasjon-operating_costs-show-if = Berre dersom organisasjonen har ein godkjend årsrekneskap.
frivillig-organisasjon-revenue = Inntekter i rekneskapsåret
frivillig-organisasjon-revenue-show-if = Berre dersom organisasjonen har ein godkjend årsrekneskap.
frivillig-organisasjon-accounts_audited = Er rekneskapen revidert av ein statsautorisert eller registrert revisor?
frivillig-organisasjon-accounts_audited-help = Søkjer de om meir enn 250 000 kroner i momskompensasjon, må rekneskapen vere revidert.
frivillig-organisasjon-accounts_audited-show-if = Berre dersom organisasjonen har ein godkjend årsrekneskap.

# The voluntary register
frivillig-organisasjon-step-voluntary-register = Frivilligregisteret
frivillig-organisasjon-step-voluntary-register-intro = I Frivilligregisteret kan organisasjonen vere med i grasrotdelen og søkje om momskompensasjon.
frivillig-organisasjon-register_voluntary = Vil de registrere organisasjonen i Frivilligregisteret?
frivillig-organisasjon-register_voluntary-help = Organisasjonen må drive frivillig verksemd og ikkje dele ut overskot til medlemmene. Registreringa er gratis.
frivillig-organisasjon-grassroots_share = Vil de vere med i grasrotdelen?
frivillig-organisasjon-grassroots_share-help = Med grasrotdelen får organisasjonen ein del av innsatsen når nokon som har valt han, spelar hos Norsk Tipping.
frivillig-organisasjon-grassroots_share-show-if = Berre dersom organisasjonen skal registrerast i Frivilligregisteret.

# VAT compensation
frivillig-organisasjon-step-vat-compensation = Momskompensasjon
frivillig-organisasjon-step-vat-compensation-intro = Lotteri- og stiftingstilsynet gir frivillige organisasjonar i Frivilligregisteret kompensasjon for meirverdiavgift dei har betalt. Søknaden blir send når organisasjonen er registrert i Frivilligregisteret.
frivillig-organisasjon-apply_vat_compensation = Vil de søkje om momskompensasjon?
frivillig-organisasjon-apply_vat_compensation-help = Organisasjonen må ha driftskostnader på minst 5 000 kroner i rekneskapsåret.
frivillig-organisasjon-compensation_model = Kva modell vil de bruke?
frivillig-organisasjon-compensation_model-help = Med den forenkla modellen blir kompensasjonen rekna ut frå driftskostnadene. Med den dokumenterte modellen søkjer de om den meirverdiavgifta de faktisk har betalt, og må kunne dokumentere ho.
frivillig-organisasjon-compensation_model-simplified = Forenkla modell
frivillig-organisasjon-compensation_model-documented = Dokumentert modell
frivillig-organisasjon-compensation_model-show-if = Berre dersom de søkjer om momskompensasjon.
frivillig-organisasjon-vat_paid = Kor mykje meirverdiavgift betalte organisasjonen i rekneskapsåret?
frivillig-organisasjon-vat_paid-help = Summen av meirverdiavgifta på fakturaene, i kroner. Revisoren stadfestar beløpet.
frivillig-organisasjon-vat_paid-show-if = Berre dersom de søkjer om momskompensasjon etter den dokumenterte modellen.

# Payment
frivillig-organisasjon-step-payment = Bankkontoen til organisasjonen
frivillig-organisasjon-bank_account = Kontonummeret til organisasjonen
frivillig-organisasjon-bank_account-help = 11 siffer. Grasrotdelen og momskompensasjonen blir betalte hit.

# Services
frivillig-organisasjon-service-registration = registrering i Einingsregisteret
frivillig-organisasjon-service-voluntary-register = registrering i Frivilligregisteret
frivillig-organisasjon-service-vat-compensation = momskompensasjon
