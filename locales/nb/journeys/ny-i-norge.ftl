ny-i-norge-title = Ny i Norge
ny-i-norge-summary = Meld flytting til Norge, få skattekort, velg fastlege og finn tjenester i kommunen.
ny-i-norge-intro = Når du flytter til Norge, melder du flytting til Skatteetaten og får fødselsnummer eller D-nummer, skattekort og en fastlege. Flyktninger og familien deres kan få introduksjonsprogram i kommunen. Veiviser henter det Folkeregisteret vet om deg.
ny-i-norge-duration = Omtrent 25 minutter.
ny-i-norge-needs = Passet ditt eller nasjonalt ID-kort. Oppholdstillatelsen fra UDI hvis du ikke er nordisk eller EU/EØS-borger. Adressen din i Norge og navn og fødselsdato for familien som flytter med deg. Skal du jobbe, trenger du organisasjonsnummeret til arbeidsgiveren.

# You
ny-i-norge-step-you = Om deg
ny-i-norge-step-you-intro = Vi har hentet det Folkeregisteret vet om deg. Sjekk at det stemmer, og fyll ut resten slik det står i passet.
ny-i-norge-full_name = Fullt navn
ny-i-norge-pid = Fødselsnummer eller D-nummer
ny-i-norge-pid-help = 11 siffer. Har du fått D-nummer tidligere, for eksempel for en kortere jobb i Norge, skriver du det. La feltet stå tomt hvis du aldri har hatt norsk nummer.
ny-i-norge-birth_date = Fødselsdato
ny-i-norge-citizenship = Hvor er du statsborger?
ny-i-norge-citizenship-help = Svaret avgjør hva du trenger for å bo i Norge. Nordiske borgere kan flytte fritt. EU/EØS-borgere registrerer seg. Andre må ha oppholdstillatelse fra UDI før de melder flytting.
ny-i-norge-citizenship-nordic = Et nordisk land (Danmark, Finland, Island eller Sverige)
ny-i-norge-citizenship-eu-eea = Et annet EU/EØS-land eller Sveits
ny-i-norge-citizenship-other = Et land utenfor EU/EØS
ny-i-norge-citizenship_country = Statsborgerskap (land)
ny-i-norge-passport_number = Passnummer eller nummeret på nasjonalt ID-kort
ny-i-norge-passport_number-help = Du viser passet eller ID-kortet ved ID-kontrollen på et skattekontor. Nordiske borgere kan bruke et annet gyldig ID-dokument.

# The residence permit
ny-i-norge-step-residence-permit = Oppholdstillatelse
ny-i-norge-step-residence-permit-intro = Som borger av et land utenfor EU/EØS må du ha oppholdstillatelse fra UDI før du kan melde flytting til Norge.
ny-i-norge-permit_granted = Har du fått oppholdstillatelse?
ny-i-norge-permit_granted-help = Svar ja hvis du har fått vedtak fra UDI og oppholdskort. Venter du fortsatt på svar, kan Skatteetaten ikke registrere flyttingen ennå.
ny-i-norge-permit_basis = Hva er grunnlaget for oppholdstillatelsen?
ny-i-norge-permit_basis-help = Står i vedtaket fra UDI. Flyktninger og familie som kommer til en flyktning, kan få introduksjonsprogram i kommunen.
ny-i-norge-permit_basis-work = Arbeid
ny-i-norge-permit_basis-study = Studier
ny-i-norge-permit_basis-family = Familiegjenforening
ny-i-norge-permit_basis-refugee-family = Familiegjenforening med en flyktning
ny-i-norge-permit_basis-protection = Beskyttelse (flyktning)
ny-i-norge-permit_basis-other = Annet

# EU/EEA registration
ny-i-norge-step-eu-registration = Registrering som EU/EØS-borger
ny-i-norge-step-eu-registration-intro = EU/EØS-borgere som skal være i Norge mer enn tre måneder, må registrere seg hos politiet og få et registreringsbevis. Det er gratis.
ny-i-norge-eu_registered = Har du fått registreringsbevis?
ny-i-norge-eu_registered-help = Svar nei hvis du ikke har registrert deg ennå eller skal være her kortere enn tre måneder. Du kan melde flytting før du har fått beviset.

# The stay
ny-i-norge-step-stay = Oppholdet
ny-i-norge-step-stay-intro = Hvor lenge du skal bo i Norge, avgjør om du melder flytting og får fødselsnummer, eller får D-nummer.
ny-i-norge-arrival_date = Når kom du, eller når kommer du, til Norge?
ny-i-norge-arrival_date-help = Skriv datoen som dd.mm.åååå. Du må melde flytting innen åtte dager etter at du har kommet.
ny-i-norge-stay_length = Hvor lenge skal du bo i Norge?
ny-i-norge-stay_length-help = Regn med hele oppholdet, selv om du reiser hjem noen ganger innimellom.
ny-i-norge-stay_length-long = Seks måneder eller mer – jeg melder flytting og får fødselsnummer
ny-i-norge-stay_length-short = Kortere enn seks måneder – jeg trenger D-nummer

# The move
ny-i-norge-step-move = Flyttemelding
ny-i-norge-step-move-intro = Når flyttingen er registrert, får du fødselsnummer og står i Folkeregisteret. Du må også møte på et skattekontor med passet ditt til ID-kontroll.
ny-i-norge-address_norway = Adressen din i Norge
ny-i-norge-address_norway-help = Der du faktisk bor. Bor du hos noen, skriver du adressen deres. Husk bokstav og bruksenhetsnummer hvis boligen har det.
ny-i-norge-moved_from_country = Hvilket land flytter du fra?
ny-i-norge-family_moving = Flytter familie med deg?
ny-i-norge-family_moving-help = Ektefelle, samboer og barn som skal bo sammen med deg. De må også møte til ID-kontroll.
ny-i-norge-family = Familien som flytter med deg
ny-i-norge-family-show-if = Bare hvis familie flytter med deg.
ny-i-norge-family-item = Familiemedlem { $number }
ny-i-norge-member_name = Navn
ny-i-norge-member_birth_date = Fødselsdato
ny-i-norge-member_relation = Hva er personen for deg?
ny-i-norge-member_relation-spouse = Ektefelle
ny-i-norge-member_relation-cohabitant = Samboer
ny-i-norge-member_relation-child = Barn
ny-i-norge-member_number = D-nummer, hvis personen har det

# The D-number
ny-i-norge-step-d-number = D-nummer
ny-i-norge-step-d-number-intro = Et D-nummer er et norsk identitetsnummer for deg som er i Norge kortere enn seks måneder. Du trenger det for å jobbe, betale skatt og åpne bankkonto. Har du D-nummer fra før, beholder du det, og Skatteetaten oppdaterer opplysningene.
ny-i-norge-home_address = Adressen din i hjemlandet
ny-i-norge-home_address-help = Gate, postnummer, sted og land.
ny-i-norge-stay_address = Adressen din i Norge
ny-i-norge-stay_address-help = Hvis du vet den. Skatteetaten sender brev hit mens du er i Norge.
ny-i-norge-d_number_employer = Organisasjonsnummeret til arbeidsgiveren din i Norge
ny-i-norge-d_number_employer-help = 9 siffer. Står i arbeidsavtalen. La feltet stå tomt hvis du ikke skal jobbe.

# The tax card
ny-i-norge-step-tax-card = Skattekort
ny-i-norge-step-tax-card-intro = Skal du jobbe i Norge, trenger du skattekort. Skatteetaten lager det når du har fått fødselsnummer eller D-nummer, og arbeidsgiveren henter det selv.
ny-i-norge-needs_tax_card = Skal du jobbe eller ha annen inntekt i Norge?
ny-i-norge-needs_tax_card-help = Uten skattekort må arbeidsgiveren trekke 50 prosent skatt.
ny-i-norge-employer_orgnr = Organisasjonsnummeret til arbeidsgiveren
ny-i-norge-employer_orgnr-help = 9 siffer. Står i arbeidsavtalen, eller spør arbeidsgiveren.
ny-i-norge-employer_orgnr-show-if = Bare hvis du skal jobbe i Norge.
ny-i-norge-work_start = Når begynner du i jobben?
ny-i-norge-work_start-show-if = Bare hvis du skal jobbe i Norge.
ny-i-norge-expected_income = Hvor mye regner du med å tjene i Norge i år?
ny-i-norge-expected_income-help = Lønn før skatt, i hele kroner, fra du begynner til nyttår.
ny-i-norge-expected_income-show-if = Bare hvis du skal jobbe i Norge.

# The GP
ny-i-norge-step-gp = Fastlege
ny-i-norge-step-gp-intro = Alle som bor i en norsk kommune, har rett til en fastlege. Helfo gir deg en fastlege når du har fått fødselsnummer eller D-nummer.
ny-i-norge-want_gp = Vil du ha en fastlege?
ny-i-norge-want_gp-help = Fastlegen er den første du kontakter når du er syk. Du kan bytte fastlege senere.
ny-i-norge-gp_wishes = Ønsker du en bestemt lege eller et bestemt legekontor?
ny-i-norge-gp_wishes-help = Skriv navnet hvis du vet om en. Ellers får du en lege med ledig plass nær adressen din.
ny-i-norge-gp_wishes-show-if = Bare hvis du vil ha en fastlege.
ny-i-norge-gp_gender = Ønsker du en kvinnelig eller mannlig lege?
ny-i-norge-gp_gender-show-if = Bare hvis du vil ha en fastlege.
ny-i-norge-gp_gender-any = Det spiller ingen rolle
ny-i-norge-gp_gender-female = Kvinne
ny-i-norge-gp_gender-male = Mann

# The introduction programme
ny-i-norge-step-introduction = Introduksjonsprogram
ny-i-norge-step-introduction-intro = Introduksjonsprogrammet i kommunen gir opplæring i norsk og samfunnskunnskap og forbereder deg på jobb eller utdanning. Du får introduksjonsstønad mens du deltar.
ny-i-norge-want_introduction = Vil du delta i introduksjonsprogrammet?
ny-i-norge-want_introduction-help = Programmet er for flyktninger og familie som kommer til dem, mellom 18 og 55 år. Kommunen kontakter deg og lager en plan sammen med deg.
ny-i-norge-languages = Hvilke språk snakker du?
ny-i-norge-languages-help = Skriv alle språkene, også dem du bare kan litt. Kommunen bruker svaret til å finne tolk og riktig opplæring.
ny-i-norge-languages-show-if = Bare hvis du vil delta i introduksjonsprogrammet.
ny-i-norge-schooling = Hvor mye skole har du?
ny-i-norge-schooling-help = Velg den høyeste skolen du har fullført, i hvilket som helst land.
ny-i-norge-schooling-show-if = Bare hvis du vil delta i introduksjonsprogrammet.
ny-i-norge-schooling-none = Ingen skole
ny-i-norge-schooling-primary = Grunnskole
ny-i-norge-schooling-secondary = Videregående skole
ny-i-norge-schooling-higher = Universitet eller høyskole
ny-i-norge-phone = Telefonnummeret ditt
ny-i-norge-phone-help = Kommunen ringer deg for å avtale det første møtet.
ny-i-norge-phone-show-if = Bare hvis du vil delta i introduksjonsprogrammet.

# The services, as the timeline names them ("Skatteetaten — flyttemelding")
ny-i-norge-service-move = flyttemelding
ny-i-norge-service-d-number = D-nummer
ny-i-norge-service-tax-card = skattekort
ny-i-norge-service-gp = fastlege
ny-i-norge-service-introduction = introduksjonsprogram
