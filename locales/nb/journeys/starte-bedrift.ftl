starte-bedrift-title = Starte og drive en bedrift
starte-bedrift-summary = Registrer bedriften, meld den inn i Merverdiavgiftsregisteret og registrer deg som arbeidsgiver.
starte-bedrift-intro = Når du starter en bedrift, registrerer du den i Enhetsregisteret, melder den inn i Merverdiavgiftsregisteret når omsetningen krever det, og registrerer deg som arbeidsgiver hvis du skal ha ansatte. Veiviser henter opplysningene om deg fra Folkeregisteret og rollene du har fra før fra Enhetsregisteret, og sjekker at navnet er ledig.
starte-bedrift-duration = Omtrent 25 minutter.
starte-bedrift-needs = Navnet du vil bruke, hva bedriften skal drive med og når den starter. For et aksjeselskap: aksjekapitalen, stiftelsesdatoen og fødselsnummeret til hvert styremedlem. For et ansvarlig selskap: fødselsnummeret og eierandelen til hver deltaker. Et anslag over omsetningen de første tolv månedene, og om du skal ha ansatte.

# The founder
starte-bedrift-step-founder = Om deg som starter bedriften
starte-bedrift-step-founder-intro = Vi har hentet opplysningene fra Folkeregisteret. Sjekk at de stemmer.
starte-bedrift-founder_pid = Fødselsnummeret ditt
starte-bedrift-founder_pid-help = 11 siffer. Vi har hentet det fra Folkeregisteret.
starte-bedrift-founder_name = Navnet ditt
starte-bedrift-founder_address = Adressen din
starte-bedrift-founder_address-help = Adressen du er folkeregistrert på. Brønnøysundregistrene sender brev hit hvis bedriften ikke har en egen adresse.
starte-bedrift-founder_email = E-postadressen din
starte-bedrift-founder_email-help = Brønnøysundregistrene, Skatteetaten og NAV sender beskjed hit når de har behandlet saken.
starte-bedrift-founder_phone = Telefonnummeret ditt

# Existing roles
starte-bedrift-step-existing-roles = Roller du har fra før
starte-bedrift-step-existing-roles-intro = Dette er virksomhetene du har en rolle i, hentet fra Enhetsregisteret. Du trenger ikke endre noe her, men sjekk at du ikke allerede har registrert bedriften du vil starte.
starte-bedrift-existing_roles = Virksomheter
starte-bedrift-existing_roles-help = Listen er tom hvis du ikke har noen roller i Enhetsregisteret. Du kan fjerne virksomheter som ikke lenger er aktuelle.
starte-bedrift-existing_roles-item = Virksomhet { $number }
starte-bedrift-existing_orgnr = Organisasjonsnummer
starte-bedrift-existing_name = Navn på virksomheten

# The business
starte-bedrift-step-business = Om bedriften
starte-bedrift-step-business-intro = Navnet blir sjekket mot Enhetsregisteret når du går videre. Organisasjonsformen avgjør hvilke spørsmål du får.
starte-bedrift-business_name = Navnet på bedriften
starte-bedrift-business_name-help = Navnet kan ikke være det samme som navnet på en virksomhet som allerede er registrert. Et enkeltpersonforetak må ha etternavnet ditt i navnet, et aksjeselskap må slutte på AS.
starte-bedrift-organisation_form = Organisasjonsform
starte-bedrift-organisation_form-help = Et enkeltpersonforetak er enklest å starte, men du er personlig ansvarlig for gjelden. I et aksjeselskap er ansvaret begrenset til aksjekapitalen.
starte-bedrift-organisation_form-enk = Enkeltpersonforetak (ENK)
starte-bedrift-organisation_form-as = Aksjeselskap (AS)
starte-bedrift-organisation_form-ans = Ansvarlig selskap (ANS)
starte-bedrift-organisation_form-da = Selskap med delt ansvar (DA)
starte-bedrift-activity = Hva skal bedriften drive med?
starte-bedrift-activity-help = Beskriv kort hva bedriften skal selge eller gjøre, for eksempel «snekkerarbeid for private». Brønnøysundregistrene bruker beskrivelsen til å gi bedriften en næringskode.
starte-bedrift-start_date = Når starter bedriften?
starte-bedrift-start_date-help = Datoen bedriften begynner å drive, som dd.mm.åååå. Den kan være inntil ett år tilbake eller fram i tid.
starte-bedrift-business_at_home = Skal bedriften ha samme adresse som deg?
starte-bedrift-business_at_home-help = Svar ja hvis du skal drive bedriften hjemmefra.
starte-bedrift-business_address = Forretningsadressen
starte-bedrift-business_address-show-if = Bare hvis bedriften ikke skal ha samme adresse som deg.

# A limited company
starte-bedrift-step-company = Aksjeselskapet
starte-bedrift-step-company-intro = Et aksjeselskap må ha minst 30 000 kroner i aksjekapital og et styre med minst ett medlem.
starte-bedrift-share_capital = Aksjekapital
starte-bedrift-share_capital-help = Minst 30 000 kroner. Beløpet må være betalt inn til en bankkonto før selskapet registreres.
starte-bedrift-founding_date = Stiftelsesdato
starte-bedrift-founding_date-help = Datoen stiftelsesdokumentet ble signert. Selskapet må meldes innen tre måneder etter stiftelsen.
starte-bedrift-board = Styret
starte-bedrift-board-help = Legg til alle styremedlemmene og varamedlemmene. Fødselsnummeret til hver av dem blir sjekket mot Folkeregisteret.
starte-bedrift-board-item = Styremedlem { $number }
starte-bedrift-board_member_pid = Fødselsnummer
starte-bedrift-board_member_name = Navn
starte-bedrift-board_role = Rolle i styret
starte-bedrift-board_role-chair = Styreleder
starte-bedrift-board_role-member = Styremedlem
starte-bedrift-board_role-deputy = Varamedlem
starte-bedrift-auditor_opt_out = Vil dere velge bort revisor?
starte-bedrift-auditor_opt_out-help = Et lite aksjeselskap kan velge bort revisor når driftsinntektene er under 7 millioner kroner, balansen er under 27 millioner kroner og selskapet har færre enn ti årsverk.

# A partnership
starte-bedrift-step-partners = Deltakerne i selskapet
starte-bedrift-step-partners-intro = Et ansvarlig selskap har minst to deltakere. I et ANS svarer hver deltaker for all gjelden, i et DA for sin andel.
starte-bedrift-partners = Deltakere
starte-bedrift-partners-help = Legg til alle deltakerne, også deg selv. Fødselsnummeret til hver av dem blir sjekket mot Folkeregisteret.
starte-bedrift-partners-item = Deltaker { $number }
starte-bedrift-partner_pid = Fødselsnummer
starte-bedrift-partner_name = Navn
starte-bedrift-partner_share = Eierandel i prosent

# VAT
starte-bedrift-step-vat = Merverdiavgift (mva)
starte-bedrift-step-vat-intro = Bedriften må registreres i Merverdiavgiftsregisteret når omsetningen som det skal betales mva av, blir over 50 000 kroner i løpet av tolv måneder.
starte-bedrift-expected_turnover = Hvor mye regner du med å selge for de første tolv månedene?
starte-bedrift-expected_turnover-help = Et anslag i kroner, uten mva. Er beløpet over 50 000 kroner, melder Veiviser bedriften inn i Merverdiavgiftsregisteret.
starte-bedrift-vat_exempt = Er alt bedriften skal selge, unntatt fra mva?
starte-bedrift-vat_exempt-help = Noe er unntatt fra mva, for eksempel helsetjenester, undervisning og utleie av bolig. Er du usikker, svarer du nei.
starte-bedrift-vat_start = Fra hvilken dato skal bedriften registreres for mva?
starte-bedrift-vat_start-help = Vanligvis datoen du regner med å passere 50 000 kroner, eller startdatoen hvis du passerer grensen med en gang.
starte-bedrift-vat_start-show-if = Bare hvis omsetningen blir over 50 000 kroner og ikke alt er unntatt fra mva.
starte-bedrift-vat_term = Hvor ofte vil du levere mva-melding?
starte-bedrift-vat_term-help = De fleste leverer annenhver måned. Årlig levering kan du søke om hvis omsetningen er under 1 million kroner.
starte-bedrift-vat_term-bimonthly = Annenhver måned
starte-bedrift-vat_term-annual = Én gang i året
starte-bedrift-vat_term-show-if = Bare hvis omsetningen blir over 50 000 kroner og ikke alt er unntatt fra mva.

# Employees
starte-bedrift-step-employees = Ansatte
starte-bedrift-step-employees-intro = Skal bedriften ha ansatte, må den registreres som arbeidsgiver før den første ansatte begynner.
starte-bedrift-will_employ = Skal bedriften ha ansatte?
starte-bedrift-will_employ-help = Svar ja også om det bare er én ansatt, eller om du som eier av et aksjeselskap skal ha lønn.
starte-bedrift-employee_count = Hvor mange ansatte regner du med?
starte-bedrift-employee_count-show-if = Bare hvis bedriften skal ha ansatte.
starte-bedrift-first_employment_date = Når begynner den første ansatte?
starte-bedrift-first_employment_date-help = Skriv datoen som dd.mm.åååå. Arbeidsforholdet må meldes til Aa-registeret senest denne dagen.
starte-bedrift-first_employment_date-show-if = Bare hvis bedriften skal ha ansatte.
starte-bedrift-occupational_pension = Har bedriften en avtale om tjenestepensjon?
starte-bedrift-occupational_pension-help = Bedrifter med ansatte må som hovedregel ha obligatorisk tjenestepensjon. Avtalen inngår du med en bank eller et forsikringsselskap.
starte-bedrift-occupational_pension-show-if = Bare hvis bedriften skal ha ansatte.

# Payment
starte-bedrift-step-payment = Bedriftens bankkonto
starte-bedrift-business_bank_account = Kontonummeret til bedriften
starte-bedrift-business_bank_account-help = 11 siffer. Du kan la feltet stå tomt hvis bedriften ikke har fått konto ennå.

# Services
starte-bedrift-service-registration = registrering i Enhetsregisteret
starte-bedrift-service-vat = registrering i Merverdiavgiftsregisteret
starte-bedrift-service-employer-registration = registrering som arbeidsgiver
