ny-i-norge-title = Ny i Noreg
ny-i-norge-summary = Meld flytting til Noreg, få skattekort, vel fastlege og finn tenester i kommunen.
ny-i-norge-intro = Når du flyttar til Noreg, meldar du flytting til Skatteetaten og får fødselsnummer eller D-nummer, skattekort og ein fastlege. Flyktningar og familien deira kan få introduksjonsprogram i kommunen. Veiviser hentar det Folkeregisteret veit om deg.
ny-i-norge-duration = Om lag 25 minutt.
ny-i-norge-needs = Passet ditt eller nasjonalt ID-kort. Opphaldsløyvet frå UDI dersom du ikkje er nordisk eller EU/EØS-borgar. Adressa di i Noreg og namn og fødselsdato for familien som flyttar med deg. Skal du jobbe, treng du organisasjonsnummeret til arbeidsgivaren.

# You
ny-i-norge-step-you = Om deg
ny-i-norge-step-you-intro = Vi har henta det Folkeregisteret veit om deg. Sjekk at det stemmer, og fyll ut resten slik det står i passet.
ny-i-norge-full_name = Fullt namn
ny-i-norge-pid = Fødselsnummer eller D-nummer
ny-i-norge-pid-help = 11 siffer. Har du fått D-nummer tidlegare, til dømes for ein kortare jobb i Noreg, skriv du det. La feltet stå tomt dersom du aldri har hatt norsk nummer.
ny-i-norge-birth_date = Fødselsdato
ny-i-norge-citizenship = Kvar er du statsborgar?
ny-i-norge-citizenship-help = Svaret avgjer kva du treng for å bu i Noreg. Nordiske borgarar kan flytte fritt. EU/EØS-borgarar registrerer seg. Andre må ha opphaldsløyve frå UDI før dei meldar flytting.
ny-i-norge-citizenship-nordic = Eit nordisk land (Danmark, Finland, Island eller Sverige)
ny-i-norge-citizenship-eu-eea = Eit anna EU/EØS-land eller Sveits
ny-i-norge-citizenship-other = Eit land utanfor EU/EØS
ny-i-norge-citizenship_country = Statsborgarskap (land)
ny-i-norge-passport_number = Passnummer eller nummeret på nasjonalt ID-kort
ny-i-norge-passport_number-help = Du viser passet eller ID-kortet ved ID-kontrollen på eit skattekontor. Nordiske borgarar kan bruke eit anna gyldig ID-dokument.

# The residence permit
ny-i-norge-step-residence-permit = Opphaldsløyve
ny-i-norge-step-residence-permit-intro = Som borgar av eit land utanfor EU/EØS må du ha opphaldsløyve frå UDI før du kan melde flytting til Noreg.
ny-i-norge-permit_granted = Har du fått opphaldsløyve?
ny-i-norge-permit_granted-help = Svar ja dersom du har fått vedtak frå UDI og opphaldskort. Ventar du framleis på svar, kan ikkje Skatteetaten registrere flyttinga enno.
ny-i-norge-permit_basis = Kva er grunnlaget for opphaldsløyvet?
ny-i-norge-permit_basis-help = Står i vedtaket frå UDI. Flyktningar og familie som kjem til ein flyktning, kan få introduksjonsprogram i kommunen.
ny-i-norge-permit_basis-work = Arbeid
ny-i-norge-permit_basis-study = Studium
ny-i-norge-permit_basis-family = Familiegjeneining
ny-i-norge-permit_basis-refugee-family = Familiegjeneining med ein flyktning
ny-i-norge-permit_basis-protection = Vern (flyktning)
ny-i-norge-permit_basis-other = Anna

# EU/EEA registration
ny-i-norge-step-eu-registration = Registrering som EU/EØS-borgar
ny-i-norge-step-eu-registration-intro = EU/EØS-borgarar som skal vere i Noreg meir enn tre månader, må registrere seg hos politiet og få eit registreringsbevis. Det er gratis.
ny-i-norge-eu_registered = Har du fått registreringsbevis?
ny-i-norge-eu_registered-help = Svar nei dersom du ikkje har registrert deg enno eller skal vere her kortare enn tre månader. Du kan melde flytting før du har fått beviset.

# The stay
ny-i-norge-step-stay = Opphaldet
ny-i-norge-step-stay-intro = Kor lenge du skal bu i Noreg, avgjer om du meldar flytting og får fødselsnummer, eller får D-nummer.
ny-i-norge-arrival_date = Når kom du, eller når kjem du, til Noreg?
ny-i-norge-arrival_date-help = Skriv datoen som dd.mm.åååå. Du må melde flytting innan åtte dagar etter at du har kome.
ny-i-norge-stay_length = Kor lenge skal du bu i Noreg?
ny-i-norge-stay_length-help = Rekn med heile opphaldet, sjølv om du reiser heim nokre gonger innimellom.
ny-i-norge-stay_length-long = Seks månader eller meir – eg meldar flytting og får fødselsnummer
ny-i-norge-stay_length-short = Kortare enn seks månader – eg treng D-nummer

# The move
ny-i-norge-step-move = Flyttemelding
ny-i-norge-step-move-intro = Når flyttinga er registrert, får du fødselsnummer og står i Folkeregisteret. Du må òg møte på eit skattekontor med passet ditt til ID-kontroll.
ny-i-norge-address_norway = Adressa di i Noreg
ny-i-norge-address_norway-help = Der du faktisk bur. Bur du hos nokon, skriv du adressa deira. Hugs bokstav og bruksnummer dersom bustaden har det.
ny-i-norge-moved_from_country = Kva land flyttar du frå?
ny-i-norge-family_moving = Flyttar familie med deg?
ny-i-norge-family_moving-help = Ektefelle, sambuar og barn som skal bu saman med deg. Dei må òg møte til ID-kontroll.
ny-i-norge-family = Familien som flyttar med deg
ny-i-norge-family-show-if = Berre dersom familie flyttar med deg.
ny-i-norge-family-item = Familiemedlem { $number }
ny-i-norge-member_name = Namn
ny-i-norge-member_birth_date = Fødselsdato
ny-i-norge-member_relation = Kva er personen for deg?
ny-i-norge-member_relation-spouse = Ektefelle
ny-i-norge-member_relation-cohabitant = Sambuar
ny-i-norge-member_relation-child = Barn
ny-i-norge-member_number = D-nummer, dersom personen har det

# The D-number
ny-i-norge-step-d-number = D-nummer
ny-i-norge-step-d-number-intro = Eit D-nummer er eit norsk identitetsnummer for deg som er i Noreg kortare enn seks månader. Du treng det for å jobbe, betale skatt og opne bankkonto. Har du D-nummer frå før, held du på det, og Skatteetaten oppdaterer opplysningane.
ny-i-norge-home_address = Adressa di i heimlandet
ny-i-norge-home_address-help = Gate, postnummer, stad og land.
ny-i-norge-stay_address = Adressa di i Noreg
ny-i-norge-stay_address-help = Dersom du veit ho. Skatteetaten sender brev hit medan du er i Noreg.
ny-i-norge-d_number_employer = Organisasjonsnummeret til arbeidsgivaren din i Noreg
ny-i-norge-d_number_employer-help = 9 siffer. Står i arbeidsavtalen. La feltet stå tomt dersom du ikkje skal jobbe.

# The tax card
ny-i-norge-step-tax-card = Skattekort
ny-i-norge-step-tax-card-intro = Skal du jobbe i Noreg, treng du skattekort. Skatteetaten lagar det når du har fått fødselsnummer eller D-nummer, og arbeidsgivaren hentar det sjølv.
ny-i-norge-needs_tax_card = Skal du jobbe eller ha anna inntekt i Noreg?
ny-i-norge-needs_tax_card-help = Utan skattekort må arbeidsgivaren trekkje 50 prosent skatt.
ny-i-norge-employer_orgnr = Organisasjonsnummeret til arbeidsgivaren
ny-i-norge-employer_orgnr-help = 9 siffer. Står i arbeidsavtalen, eller spør arbeidsgivaren.
ny-i-norge-employer_orgnr-show-if = Berre dersom du skal jobbe i Noreg.
ny-i-norge-work_start = Når byrjar du i jobben?
ny-i-norge-work_start-show-if = Berre dersom du skal jobbe i Noreg.
ny-i-norge-expected_income = Kor mykje reknar du med å tene i Noreg i år?
ny-i-norge-expected_income-help = Løn før skatt, i heile kroner, frå du byrjar til nyttår.
ny-i-norge-expected_income-show-if = Berre dersom du skal jobbe i Noreg.

# The GP
ny-i-norge-step-gp = Fastlege
ny-i-norge-step-gp-intro = Alle som bur i ein norsk kommune, har rett til ein fastlege. Helfo gir deg ein fastlege når du har fått fødselsnummer eller D-nummer.
ny-i-norge-want_gp = Vil du ha ein fastlege?
ny-i-norge-want_gp-help = Fastlegen er den første du kontaktar når du er sjuk. Du kan byte fastlege seinare.
ny-i-norge-gp_wishes = Ønskjer du ein bestemt lege eller eit bestemt legekontor?
ny-i-norge-gp_wishes-help = Skriv namnet dersom du veit om ein. Elles får du ein lege med ledig plass nær adressa di.
ny-i-norge-gp_wishes-show-if = Berre dersom du vil ha ein fastlege.
ny-i-norge-gp_gender = Ønskjer du ein kvinneleg eller mannleg lege?
ny-i-norge-gp_gender-show-if = Berre dersom du vil ha ein fastlege.
ny-i-norge-gp_gender-any = Det spelar inga rolle
ny-i-norge-gp_gender-female = Kvinne
ny-i-norge-gp_gender-male = Mann

# The introduction programme
ny-i-norge-step-introduction = Introduksjonsprogram
ny-i-norge-step-introduction-intro = Introduksjonsprogrammet i kommunen gir opplæring i norsk og samfunnskunnskap og førebur deg på jobb eller utdanning. Du får introduksjonsstønad medan du deltek.
ny-i-norge-want_introduction = Vil du delta i introduksjonsprogrammet?
ny-i-norge-want_introduction-help = Programmet er for flyktningar og familie som kjem til dei, mellom 18 og 55 år. Kommunen kontaktar deg og lagar ein plan saman med deg.
ny-i-norge-languages = Kva språk snakkar du?
ny-i-norge-languages-help = Skriv alle språka, òg dei du berre kan litt. Kommunen brukar svaret til å finne tolk og rett opplæring.
ny-i-norge-languages-show-if = Berre dersom du vil delta i introduksjonsprogrammet.
ny-i-norge-schooling = Kor mykje skule har du?
ny-i-norge-schooling-help = Vel den høgaste skulen du har fullført, i kva land som helst.
ny-i-norge-schooling-show-if = Berre dersom du vil delta i introduksjonsprogrammet.
ny-i-norge-schooling-none = Ingen skule
ny-i-norge-schooling-primary = Grunnskule
ny-i-norge-schooling-secondary = Vidaregåande skule
ny-i-norge-schooling-higher = Universitet eller høgskule
ny-i-norge-phone = Telefonnummeret ditt
ny-i-norge-phone-help = Kommunen ringjer deg for å avtale det første møtet.
ny-i-norge-phone-show-if = Berre dersom du vil delta i introduksjonsprogrammet.

# The services, as the timeline names them ("Skatteetaten — flyttemelding")
ny-i-norge-service-move = flyttemelding
ny-i-norge-service-d-number = D-nummer
ny-i-norge-service-tax-card = skattekort
ny-i-norge-service-gp = fastlege
ny-i-norge-service-introduction = introduksjonsprogram
