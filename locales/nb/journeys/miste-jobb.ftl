miste-jobb-title = Miste og finne jobb
miste-jobb-summary = Registrer deg som arbeidssøker, søk om dagpenger og endre skattekortet.
miste-jobb-intro = Når du mister jobben, registrerer du deg som arbeidssøker og kan søke om dagpenger hos NAV. Inntekten endrer seg, så skattekortet bør endres. Veiviser henter arbeidsforholdene dine fra Aa-registeret.
miste-jobb-duration = Omtrent 20 minutter.
miste-jobb-needs = Oppsigelsen eller permitteringsvarselet fra arbeidsgiveren, hvis du har fått et. Hva slags jobb du ønsker deg. Søker du om dagpenger, trenger du kontonummeret ditt og fødselsnummeret til barn du forsørger. Skal du endre skattekortet, trenger du et anslag over inntekten din i år.

# The job that ended
miste-jobb-step-job = Jobben du har mistet
miste-jobb-step-job-intro = Vi har hentet det siste arbeidsforholdet ditt fra Aa-registeret. Sjekk at det stemmer, og fortell hvorfor det tok slutt.
miste-jobb-last_employer = Arbeidsgiver
miste-jobb-last_employer-help = Navnet på arbeidsgiveren du mistet jobben hos.
miste-jobb-last_employer_orgnr = Arbeidsgiverens organisasjonsnummer
miste-jobb-last_employer_orgnr-help = 9 siffer. Du finner det på lønnsslippen eller i arbeidsavtalen.
miste-jobb-last_percent = Stillingsprosent
miste-jobb-last_percent-help = Hvor stor stillingen var, i prosent. En heltidsstilling er 100.
miste-jobb-last_day = Siste arbeidsdag
miste-jobb-last_day-help = Skriv datoen som dd.mm.åååå. Går du fortsatt i oppsigelsestiden, skriver du den siste dagen du skal jobbe.
miste-jobb-end_reason = Hvorfor sluttet du?
miste-jobb-end_reason-help = Svaret avgjør hvordan NAV behandler søknaden. Sier du opp selv uten rimelig grunn, må du som regel vente 18 uker før dagpengene begynner.
miste-jobb-end_reason-dismissed = Jeg ble sagt opp av arbeidsgiveren
miste-jobb-end_reason-laid-off = Jeg er permittert
miste-jobb-end_reason-fixed-term = Den midlertidige stillingen tok slutt
miste-jobb-end_reason-bankruptcy = Arbeidsgiveren gikk konkurs
miste-jobb-end_reason-resigned = Jeg sa opp selv
miste-jobb-end_reason-health = Jeg sluttet av helsegrunner
miste-jobb-layoff_percent = Hvor mange prosent er du permittert?
miste-jobb-layoff_percent-help = Står i permitteringsvarselet. Du må være permittert minst 40 prosent for å få dagpenger.
miste-jobb-layoff_percent-show-if = Bare hvis du er permittert.
miste-jobb-resignation_reason = Hvorfor sa du opp?
miste-jobb-resignation_reason-help = Fortell kort hva som skjedde, for eksempel at du flyttet med familien eller at arbeidsforholdene var uforsvarlige. NAV vurderer om grunnen er rimelig.
miste-jobb-resignation_reason-show-if = Bare hvis du sa opp selv.

# The employment history
miste-jobb-step-history = Arbeidsforholdene dine
miste-jobb-step-history-intro = Vi har hentet arbeidsforholdene dine fra Aa-registeret, det nyeste først. NAV bruker dem til å se om du har rett til dagpenger.
miste-jobb-jobs = Arbeidsforhold
miste-jobb-jobs-help = Legg til jobber som mangler, for eksempel jobb i utlandet eller på oppdrag. Fjern ingenting som stemmer.
miste-jobb-jobs-item = Arbeidsforhold { $number }
miste-jobb-job_employer = Arbeidsgiver
miste-jobb-job_orgnr = Organisasjonsnummer
miste-jobb-job_orgnr-help = 9 siffer. La feltet stå tomt for en arbeidsgiver i utlandet.
miste-jobb-job_start = Startdato
miste-jobb-job_end = Sluttdato
miste-jobb-job_end-help = La feltet stå tomt hvis du fortsatt jobber der.
miste-jobb-job_percent = Stillingsprosent
miste-jobb-worked_abroad = Har du jobbet i et annet land de siste tre årene?
miste-jobb-worked_abroad-help = Arbeid i EU, EØS eller Sveits kan telle med når NAV vurderer retten til dagpenger. NAV kan be om skjemaet PD U1 fra landet.

# The job-seeker registration
miste-jobb-step-job-seeker = Registrering som arbeidssøker
miste-jobb-step-job-seeker-intro = Som registrert arbeidssøker får du hjelp fra NAV til å finne ny jobb. Du må være registrert for å få dagpenger, og du sender meldekort hver 14. dag.
miste-jobb-wished_hours = Hvor mye ønsker du å jobbe?
miste-jobb-wished_hours-help = For å få dagpenger må du som regel kunne ta både heltid og deltid.
miste-jobb-wished_hours-full-time = Heltid
miste-jobb-wished_hours-part-time = Deltid
miste-jobb-wished_hours-both = Både heltid og deltid
miste-jobb-job_wishes = Hva slags jobb ønsker du?
miste-jobb-job_wishes-help = Skriv yrker eller arbeidsoppgaver, for eksempel «butikkmedarbeider» eller «sykepleier». NAV bruker svaret til å finne ledige stillinger til deg.
miste-jobb-work_area = Hvor vil du jobbe?
miste-jobb-work_area-help = Kommune, fylke eller «hele landet». Du må som regel kunne ta jobb i hele Norge for å få dagpenger.
miste-jobb-education = Høyeste fullførte utdanning
miste-jobb-education-primary = Grunnskole
miste-jobb-education-upper-secondary = Videregående skole
miste-jobb-education-vocational = Fagbrev eller svennebrev
miste-jobb-education-university-short = Høyere utdanning, inntil 4 år
miste-jobb-education-university-long = Høyere utdanning, mer enn 4 år
miste-jobb-available_now = Kan du begynne i ny jobb med en gang?
miste-jobb-available_now-help = Svar nei hvis noe hindrer deg, for eksempel at du går i oppsigelsestid eller har omsorg du ikke kan ordne.
miste-jobb-health_limits = Har du helseproblemer som hindrer deg i å jobbe?
miste-jobb-health_limits-help = Svarer du ja, tar NAV kontakt for å finne ut hva slags oppfølging du trenger.

# Unemployment benefit (NAV)
miste-jobb-step-benefit = Dagpenger
miste-jobb-step-benefit-intro = Dagpenger skal dekke noe av inntekten du har mistet. Du kan ha rett hvis du hadde en inntekt på minst 1,5 ganger grunnbeløpet siste 12 måneder, eller 3 ganger grunnbeløpet siste 36 måneder, og arbeidstiden din er redusert med minst halvparten.
miste-jobb-apply_benefit = Vil du søke om dagpenger?
miste-jobb-apply_benefit-help = NAV vurderer om du har rett. Svarer du nei, blir du registrert som arbeidssøker uten å søke.
miste-jobb-step-benefit-details = Søknad om dagpenger
miste-jobb-step-benefit-details-intro = NAV henter inntekten din fra registrene. Svar på det registrene ikke vet.
miste-jobb-benefit_from = Fra hvilken dato søker du om dagpenger?
miste-jobb-benefit_from-help = Skriv datoen som dd.mm.åååå. Du får ikke dagpenger for dager før du søkte, så søk fra i dag hvis du allerede er uten jobb.
miste-jobb-weekly_hours_before = Hvor mange timer i uken jobbet du før?
miste-jobb-weekly_hours_before-help = Gjennomsnittet de siste seks månedene, for alle jobbene dine til sammen. En heltidsstilling er som regel 37,5 timer; skriv hele timer.
miste-jobb-severance_pay = Får du sluttpakke, etterlønn eller lønn i oppsigelsestiden fra arbeidsgiveren?
miste-jobb-severance_pay-help = Lønn i oppsigelsestiden og etterlønn kan utsette dagpengene. En sluttpakke kan påvirke hvor mye du får.
miste-jobb-has_dependants = Forsørger du barn under 18 år?
miste-jobb-has_dependants-help = Du kan få barnetillegg for hvert barn du forsørger.
miste-jobb-dependants = Barn du forsørger
miste-jobb-dependants-show-if = Bare hvis du forsørger barn under 18 år.
miste-jobb-dependants-item = Barn { $number }
miste-jobb-dependant_name = Barnets navn
miste-jobb-dependant_pid = Barnets fødselsnummer
miste-jobb-dependant_lives_with_you = Bor barnet hos deg?
miste-jobb-bank_account = Kontonummeret ditt
miste-jobb-bank_account-help = 11 siffer, for eksempel 1234.56.78903. NAV betaler dagpengene hit.

# The tax card (Skatteetaten)
miste-jobb-step-tax-card = Skattekortet
miste-jobb-step-tax-card-intro = Skattekortet bygger på inntekten du hadde da du jobbet. Når inntekten går ned, kan du betale for mye skatt resten av året. Med et nytt anslag får du et skattekort som passer.
miste-jobb-change_tax_card = Vil du endre skattekortet?
miste-jobb-change_tax_card-help = Du betaler riktig skatt til slutt uansett, men med et endret skattekort slipper du å vente på pengene til skatteoppgjøret.
miste-jobb-expected_income = Hvor mye regner du med å tjene i år?
miste-jobb-expected_income-help = Lønn du har fått i år og regner med å få, før skatt, i hele kroner. Ta ikke med dagpengene her.
miste-jobb-expected_income-show-if = Bare hvis du vil endre skattekortet.
miste-jobb-expected_benefit = Hvor mye regner du med å få i dagpenger i år?
miste-jobb-expected_benefit-help = Et omtrentlig beløp før skatt. Dagpengene er omtrent 62 prosent av inntekten du hadde. La feltet stå tomt hvis du ikke vet.
miste-jobb-expected_benefit-show-if = Bare hvis du vil endre skattekortet og søker om dagpenger.

# The services, as the timeline names them ("NAV — registrering som arbeidssøker")
miste-jobb-service-job-seeker = registrering som arbeidssøker
miste-jobb-service-unemployment-benefit = dagpenger
miste-jobb-service-tax-card = endring av skattekortet
