miste-jobb-title = Miste og finne jobb
miste-jobb-summary = Registrer deg som arbeidssøkjar, søk om dagpengar og endre skattekortet.
miste-jobb-intro = Når du mistar jobben, registrerer du deg som arbeidssøkjar og kan søkje om dagpengar hos NAV. Inntekta endrar seg, så skattekortet bør endrast. Veiviser hentar arbeidsforholda dine frå Aa-registeret.
miste-jobb-duration = Om lag 20 minutt.
miste-jobb-needs = Oppseiinga eller permitteringsvarselet frå arbeidsgivaren, dersom du har fått eit. Kva slags jobb du ønskjer deg. Søkjer du om dagpengar, treng du kontonummeret ditt og fødselsnummeret til barn du forsørgjer. Skal du endre skattekortet, treng du eit overslag over inntekta di i år.

# The job that ended
miste-jobb-step-job = Jobben du har mista
miste-jobb-step-job-intro = Vi har henta det siste arbeidsforholdet ditt frå Aa-registeret. Sjekk at det stemmer, og fortel kvifor det tok slutt.
miste-jobb-last_employer = Arbeidsgivar
miste-jobb-last_employer-help = Namnet på arbeidsgivaren du mista jobben hos.
miste-jobb-last_employer_orgnr = Organisasjonsnummeret til arbeidsgivaren
miste-jobb-last_employer_orgnr-help = 9 siffer. Du finn det på lønnsslippen eller i arbeidsavtalen.
miste-jobb-last_percent = Stillingsprosent
miste-jobb-last_percent-help = Kor stor stillinga var, i prosent. Ei heiltidsstilling er 100.
miste-jobb-last_day = Siste arbeidsdag
miste-jobb-last_day-help = Skriv datoen som dd.mm.åååå. Går du framleis i oppseiingstida, skriv du den siste dagen du skal jobbe.
miste-jobb-end_reason = Kvifor slutta du?
miste-jobb-end_reason-help = Svaret avgjer korleis NAV behandlar søknaden. Seier du opp sjølv utan rimeleg grunn, må du som regel vente 18 veker før dagpengane byrjar.
miste-jobb-end_reason-dismissed = Eg vart sagd opp av arbeidsgivaren
miste-jobb-end_reason-laid-off = Eg er permittert
miste-jobb-end_reason-fixed-term = Den mellombelse stillinga tok slutt
miste-jobb-end_reason-bankruptcy = Arbeidsgivaren gjekk konkurs
miste-jobb-end_reason-resigned = Eg sa opp sjølv
miste-jobb-end_reason-health = Eg slutta av helsegrunnar
miste-jobb-layoff_percent = Kor mange prosent er du permittert?
miste-jobb-layoff_percent-help = Står i permitteringsvarselet. Du må vere permittert minst 40 prosent for å få dagpengar.
miste-jobb-layoff_percent-show-if = Berre dersom du er permittert.
miste-jobb-resignation_reason = Kvifor sa du opp?
miste-jobb-resignation_reason-help = Fortel kort kva som skjedde, til dømes at du flytta med familien eller at arbeidstilhøva var uforsvarlege. NAV vurderer om grunnen er rimeleg.
miste-jobb-resignation_reason-show-if = Berre dersom du sa opp sjølv.

# The employment history
miste-jobb-step-history = Arbeidsforholda dine
miste-jobb-step-history-intro = Vi har henta arbeidsforholda dine frå Aa-registeret, det nyaste først. NAV brukar dei til å sjå om du har rett til dagpengar.
miste-jobb-jobs = Arbeidsforhold
miste-jobb-jobs-help = Legg til jobbar som manglar, til dømes jobb i utlandet eller på oppdrag. Fjern ingenting som stemmer.
miste-jobb-jobs-item = Arbeidsforhold { $number }
miste-jobb-job_employer = Arbeidsgivar
miste-jobb-job_orgnr = Organisasjonsnummer
miste-jobb-job_orgnr-help = 9 siffer. La feltet stå tomt for ein arbeidsgivar i utlandet.
miste-jobb-job_start = Startdato
miste-jobb-job_end = Sluttdato
miste-jobb-job_end-help = La feltet stå tomt dersom du framleis jobbar der.
miste-jobb-job_percent = Stillingsprosent
miste-jobb-worked_abroad = Har du jobba i eit anna land dei siste tre åra?
miste-jobb-worked_abroad-help = Arbeid i EU, EØS eller Sveits kan telje med når NAV vurderer retten til dagpengar. NAV kan be om skjemaet PD U1 frå landet.

# The job-seeker registration
miste-jobb-step-job-seeker = Registrering som arbeidssøkjar
miste-jobb-step-job-seeker-intro = Som registrert arbeidssøkjar får du hjelp frå NAV til å finne ny jobb. Du må vere registrert for å få dagpengar, og du sender meldekort kvar 14. dag.
miste-jobb-wished_hours = Kor mykje ønskjer du å jobbe?
miste-jobb-wished_hours-help = For å få dagpengar må du som regel kunne ta både heiltid og deltid.
miste-jobb-wished_hours-full-time = Heiltid
miste-jobb-wished_hours-part-time = Deltid
miste-jobb-wished_hours-both = Både heiltid og deltid
miste-jobb-job_wishes = Kva slags jobb ønskjer du?
miste-jobb-job_wishes-help = Skriv yrke eller arbeidsoppgåver, til dømes «butikkmedarbeidar» eller «sjukepleiar». NAV brukar svaret til å finne ledige stillingar til deg.
miste-jobb-work_area = Kvar vil du jobbe?
miste-jobb-work_area-help = Kommune, fylke eller «heile landet». Du må som regel kunne ta jobb i heile Noreg for å få dagpengar.
miste-jobb-education = Høgaste fullførte utdanning
miste-jobb-education-primary = Grunnskule
miste-jobb-education-upper-secondary = Vidaregåande skule
miste-jobb-education-vocational = Fagbrev eller sveinebrev
miste-jobb-education-university-short = Høgare utdanning, inntil 4 år
miste-jobb-education-university-long = Høgare utdanning, meir enn 4 år
miste-jobb-available_now = Kan du byrje i ny jobb med ein gong?
miste-jobb-available_now-help = Svar nei dersom noko hindrar deg, til dømes at du går i oppseiingstid eller har omsorg du ikkje kan ordne.
miste-jobb-health_limits = Har du helseproblem som hindrar deg i å jobbe?
miste-jobb-health_limits-help = Svarer du ja, tek NAV kontakt for å finne ut kva slags oppfølging du treng.

# Unemployment benefit (NAV)
miste-jobb-step-benefit = Dagpengar
miste-jobb-step-benefit-intro = Dagpengar skal dekkje noko av inntekta du har mista. Du kan ha rett dersom du hadde ei inntekt på minst 1,5 gonger grunnbeløpet siste 12 månader, eller 3 gonger grunnbeløpet siste 36 månader, og arbeidstida di er redusert med minst halvparten.
miste-jobb-apply_benefit = Vil du søkje om dagpengar?
miste-jobb-apply_benefit-help = NAV vurderer om du har rett. Svarer du nei, blir du registrert som arbeidssøkjar utan å søkje.
miste-jobb-step-benefit-details = Søknad om dagpengar
miste-jobb-step-benefit-details-intro = NAV hentar inntekta di frå registra. Svar på det registra ikkje veit.
miste-jobb-benefit_from = Frå kva dato søkjer du om dagpengar?
miste-jobb-benefit_from-help = Skriv datoen som dd.mm.åååå. Du får ikkje dagpengar for dagar før du søkte, så søk frå i dag dersom du allereie er utan jobb.
miste-jobb-weekly_hours_before = Kor mange timar i veka jobba du før?
miste-jobb-weekly_hours_before-help = Gjennomsnittet dei siste seks månadene, for alle jobbane dine til saman. Ei heiltidsstilling er som regel 37,5 timar; skriv heile timar.
miste-jobb-severance_pay = Får du sluttpakke, etterløn eller løn i oppseiingstida frå arbeidsgivaren?
miste-jobb-severance_pay-help = Løn i oppseiingstida og etterløn kan utsetje dagpengane. Ein sluttpakke kan påverke kor mykje du får.
miste-jobb-has_dependants = Forsørgjer du barn under 18 år?
miste-jobb-has_dependants-help = Du kan få barnetillegg for kvart barn du forsørgjer.
miste-jobb-dependants = Barn du forsørgjer
miste-jobb-dependants-show-if = Berre dersom du forsørgjer barn under 18 år.
miste-jobb-dependants-item = Barn { $number }
miste-jobb-dependant_name = Namnet til barnet
miste-jobb-dependant_pid = Fødselsnummeret til barnet
miste-jobb-dependant_lives_with_you = Bur barnet hos deg?
miste-jobb-bank_account = Kontonummeret ditt
miste-jobb-bank_account-help = 11 siffer, til dømes 1234.56.78903. NAV betaler dagpengane hit.

# The tax card (Skatteetaten)
miste-jobb-step-tax-card = Skattekortet
miste-jobb-step-tax-card-intro = Skattekortet byggjer på inntekta du hadde då du jobba. Når inntekta går ned, kan du betale for mykje skatt resten av året. Med eit nytt overslag får du eit skattekort som passar.
miste-jobb-change_tax_card = Vil du endre skattekortet?
miste-jobb-change_tax_card-help = Du betaler rett skatt til slutt uansett, men med eit endra skattekort slepp du å vente på pengane til skatteoppgjeret.
miste-jobb-expected_income = Kor mykje reknar du med å tene i år?
miste-jobb-expected_income-help = Løn du har fått i år og reknar med å få, før skatt, i heile kroner. Ta ikkje med dagpengane her.
miste-jobb-expected_income-show-if = Berre dersom du vil endre skattekortet.
miste-jobb-expected_benefit = Kor mykje reknar du med å få i dagpengar i år?
miste-jobb-expected_benefit-help = Eit omtrentleg beløp før skatt. Dagpengane er om lag 62 prosent av inntekta du hadde. La feltet stå tomt dersom du ikkje veit.
miste-jobb-expected_benefit-show-if = Berre dersom du vil endre skattekortet og søkjer om dagpengar.

# The services, as the timeline names them ("NAV — registrering som arbeidssøkjar")
miste-jobb-service-job-seeker = registrering som arbeidssøkjar
miste-jobb-service-unemployment-benefit = dagpengar
miste-jobb-service-tax-card = endring av skattekortet
