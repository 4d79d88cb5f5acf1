alvorlig-sykt-barn-title = Alvorlig sykt barn
alvorlig-sykt-barn-summary = Søk om pleiepenger, ekstra omsorgsdager og avlastning fra kommunen.
alvorlig-sykt-barn-intro = Når et barn blir alvorlig sykt, kan foreldrene ha rett til pleiepenger og ekstra omsorgsdager fra NAV, og kommunen kan gi avlastning og en koordinator. Du svarer én gang, og hver etat får det den trenger. Veiviser henter barnet og foreldrene fra Folkeregisteret og arbeidsgiverne dine fra Aa-registeret.
alvorlig-sykt-barn-duration = Omtrent 15 minutter.
alvorlig-sykt-barn-needs = Navnet på sykehuset eller legen som behandler barnet. Hvilke perioder du må være borte fra jobben. Kontonummeret ditt hvis arbeidsgiveren ikke betaler lønn mens du er borte.

# The child
alvorlig-sykt-barn-step-child = Barnet
alvorlig-sykt-barn-step-child-intro = Vi har hentet det yngste barnet ditt fra Folkeregisteret. Gjelder det et annet barn, retter du opplysningene.
alvorlig-sykt-barn-child_pid = Barnets fødselsnummer
alvorlig-sykt-barn-child_pid-help = 11 siffer. Står på barnets helsekort eller i brev fra NAV.
alvorlig-sykt-barn-child_name = Barnets navn
alvorlig-sykt-barn-child_birth_date = Barnets fødselsdato
alvorlig-sykt-barn-illness = Hva er barnet sykt av?
alvorlig-sykt-barn-illness-help = Skriv kort hva sykdommen eller skaden er, og hvorfor barnet trenger tilsyn og pleie hele tiden. Legen skal bekrefte det, så du trenger ikke være nøyaktig.

# The parents
alvorlig-sykt-barn-step-parents = Foreldrene
alvorlig-sykt-barn-step-parents-intro = Begge foreldrene kan få pleiepenger for det samme barnet, til sammen høyst 200 prosent. Vi har hentet deg og ektefellen din fra Folkeregisteret.
alvorlig-sykt-barn-applicant_name = Navnet ditt
alvorlig-sykt-barn-lives_with_child = Bor barnet fast hos deg?
alvorlig-sykt-barn-lives_with_child-help = Svar ja også om barnet bor like mye hos begge foreldrene.
alvorlig-sykt-barn-other_parent_name = Navnet til den andre forelderen
alvorlig-sykt-barn-other_parent_name-help = La feltet stå tomt hvis barnet ikke har en annen forelder du kan oppgi.
alvorlig-sykt-barn-other_parent_pid = Fødselsnummeret til den andre forelderen
alvorlig-sykt-barn-other_parent_pid-help = 11 siffer. Vi har hentet ektefellen din. Er ikke ektefellen barnets forelder, retter du det.
alvorlig-sykt-barn-other_parent_shares = Skal den andre forelderen også søke om pleiepenger for de samme periodene?
alvorlig-sykt-barn-other_parent_shares-help = Den andre forelderen sender sin egen søknad. NAV ser søknadene deres sammen.
alvorlig-sykt-barn-other_parent_shares-show-if = Bare hvis du har oppgitt den andre forelderens fødselsnummer.

# The medical confirmation
alvorlig-sykt-barn-step-health = Legeerklæring
alvorlig-sykt-barn-step-health-intro = NAV trenger en legeerklæring om barnets sykdom. Du trenger ikke skaffe den selv: når du har sendt søknaden, ber vi sykehuset eller legen som behandler barnet om å bekrefte sykdommen. Søknaden sendes med en gang; legeerklæringen kommer etter.
alvorlig-sykt-barn-treated_by = Hvem behandler barnet?
alvorlig-sykt-barn-treated_by-help = Velg den som kjenner sykdommen best. Mens barnet er innlagt, er det sykehuset.
alvorlig-sykt-barn-treated_by-hospital = Et sykehus
alvorlig-sykt-barn-treated_by-gp = Fastlegen
alvorlig-sykt-barn-treated_by-specialist = En annen lege eller spesialist
alvorlig-sykt-barn-treating_name = Navnet på sykehuset eller legen
alvorlig-sykt-barn-treating_name-help = For et sykehus skriver du også avdelingen, for eksempel «Haukeland universitetssjukehus, barneklinikken».
alvorlig-sykt-barn-treating_phone = Telefonnummeret til sykehuset eller legen
alvorlig-sykt-barn-treating_phone-help = Hvis du har det. Det gjør det lettere å nå riktig person.

# Work
alvorlig-sykt-barn-step-work = Arbeid
alvorlig-sykt-barn-step-work-intro = Pleiepengene erstatter inntekten du mister. NAV spør arbeidsgiverne dine om inntekten. Vi har hentet arbeidsforholdene dine fra Aa-registeret.
alvorlig-sykt-barn-employers = Arbeidsgivere
alvorlig-sykt-barn-employers-help = Fjern arbeidsforhold som er avsluttet, og legg til dem som mangler.
alvorlig-sykt-barn-employers-item = Arbeidsgiver { $number }
alvorlig-sykt-barn-employer_name = Arbeidsgiver
alvorlig-sykt-barn-employer_orgnr = Organisasjonsnummer
alvorlig-sykt-barn-employer_percent = Stillingsprosent
alvorlig-sykt-barn-self_employed = Er du selvstendig næringsdrivende eller frilanser?
alvorlig-sykt-barn-self_employed-help = NAV beregner da pleiepengene ut fra inntekten i skattemeldingen for de tre siste årene.

# Care benefit
alvorlig-sykt-barn-step-care-benefit = Pleiepenger
alvorlig-sykt-barn-step-care-benefit-intro = Pleiepenger gis når et barn under 18 år trenger tilsyn og pleie hele tiden på grunn av sykdom eller skade, og du må være borte fra jobben for å gi det.
alvorlig-sykt-barn-apply_care_benefit = Vil du søke om pleiepenger?
alvorlig-sykt-barn-apply_care_benefit-help = Svarer du nei, kan du likevel søke om omsorgsdager og hjelp fra kommunen.
alvorlig-sykt-barn-step-care-periods = Perioder med pleie
alvorlig-sykt-barn-step-care-periods-intro = Skriv hver periode du må være borte fra jobben, og hvor mye. Er du borte noen dager i uken, regner du ut hvor stor del av arbeidstiden det er.
alvorlig-sykt-barn-care_periods = Perioder
alvorlig-sykt-barn-care_periods-help = Du kan søke for opptil tre måneder tilbake. Legg til en ny periode når graden eller stedet endrer seg.
alvorlig-sykt-barn-care_periods-item = Periode { $number }
alvorlig-sykt-barn-period_from = Fra og med
alvorlig-sykt-barn-period_to = Til og med
alvorlig-sykt-barn-period_degree = Hvor mange prosent av arbeidstiden er du borte?
alvorlig-sykt-barn-period_place = Hvor er barnet i perioden?
alvorlig-sykt-barn-period_place-hospital = Innlagt på sykehus
alvorlig-sykt-barn-period_place-home = Hjemme
alvorlig-sykt-barn-employer_pays = Betaler arbeidsgiveren lønn mens du er borte?
alvorlig-sykt-barn-employer_pays-help = Mange arbeidsgivere betaler lønn og får pengene tilbake fra NAV. Spør arbeidsgiveren hvis du er usikker.
alvorlig-sykt-barn-bank_account = Kontonummeret ditt
alvorlig-sykt-barn-bank_account-help = 11 siffer, for eksempel 1234.56.78903. NAV betaler pleiepengene hit.
alvorlig-sykt-barn-bank_account-show-if = Bare hvis arbeidsgiveren ikke betaler lønn mens du er borte.

# Care days
alvorlig-sykt-barn-step-care-days = Omsorgsdager
alvorlig-sykt-barn-step-care-days-intro = Alle som har barn under 12 år, har 10 omsorgsdager i året. Har barnet en kronisk eller langvarig sykdom eller funksjonshemning, kan du få 10 dager ekstra i året, og rett til dager til barnet fyller 18.
alvorlig-sykt-barn-apply_care_days = Vil du søke om ekstra omsorgsdager?
alvorlig-sykt-barn-apply_care_days-help = Arbeidsgiveren betaler omsorgsdagene. NAV bekrefter at du har rett til de ekstra dagene.
alvorlig-sykt-barn-long_lasting = Vil sykdommen vare i mer enn seks måneder?
alvorlig-sykt-barn-long_lasting-help = Det er en betingelse for ekstra omsorgsdager. Legen skal bekrefte det.
alvorlig-sykt-barn-long_lasting-show-if = Bare hvis du søker om ekstra omsorgsdager.
alvorlig-sykt-barn-sole_carer = Er du alene om omsorgen for barnet?
alvorlig-sykt-barn-sole_carer-help = Er du alene, får du dobbelt så mange ekstra dager.
alvorlig-sykt-barn-sole_carer-show-if = Bare hvis du søker om ekstra omsorgsdager.

# The municipality
alvorlig-sykt-barn-step-municipality = Hjelp fra kommunen
alvorlig-sykt-barn-step-municipality-intro = Kommunen kan gi familien avlastning og annen hjelp, og en koordinator som holder sammen alle tjenestene dere får. Søknaden går til kommunen du bor i.
alvorlig-sykt-barn-want_relief = Vil du søke om hjelp fra kommunen?
alvorlig-sykt-barn-want_relief-help = For eksempel avlastning, omsorgsstønad eller hjemmesykepleie. Kommunen vurderer hva familien trenger.
alvorlig-sykt-barn-relief_kinds = Hva slags hjelp trenger dere?
alvorlig-sykt-barn-relief_kinds-help = Velg alt som passer. Kommunen kan foreslå annen hjelp enn den du velger.
alvorlig-sykt-barn-relief_kinds-show-if = Bare hvis du søker om hjelp fra kommunen.
alvorlig-sykt-barn-relief_kinds-relief-care = Avlastning, for eksempel noen døgn i måneden
alvorlig-sykt-barn-relief_kinds-care-allowance = Omsorgsstønad for tungt omsorgsarbeid
alvorlig-sykt-barn-relief_kinds-personal-assistance = Brukerstyrt personlig assistanse (BPA)
alvorlig-sykt-barn-relief_kinds-home-nursing = Hjemmesykepleie
alvorlig-sykt-barn-relief_kinds-equipment = Hjelpemidler og tilrettelegging av boligen
alvorlig-sykt-barn-relief_needs = Beskriv hva familien trenger hjelp til
alvorlig-sykt-barn-relief_needs-help = For eksempel hvordan hverdagen er, hvor mye tilsyn barnet trenger om natten, og hva som er tyngst nå.
alvorlig-sykt-barn-relief_needs-show-if = Bare hvis du søker om hjelp fra kommunen.
alvorlig-sykt-barn-want_coordinator = Ønsker du en koordinator i kommunen?
alvorlig-sykt-barn-want_coordinator-help = Familier med et barn som trenger langvarige og koordinerte tjenester, har rett til en koordinator. Koordinatoren er kontaktpersonen deres og sørger for at tjenestene henger sammen.
alvorlig-sykt-barn-individual_plan = Ønsker du også en individuell plan?
alvorlig-sykt-barn-individual_plan-help = En individuell plan beskriver barnets mål, hvilken hjelp barnet skal få og hvem som har ansvaret.
alvorlig-sykt-barn-individual_plan-show-if = Bare hvis du ønsker en koordinator.
alvorlig-sykt-barn-phone = Telefonnummeret ditt
alvorlig-sykt-barn-phone-help = Kommunen ringer deg for å avtale et møte.
alvorlig-sykt-barn-phone-show-if = Bare hvis du søker om hjelp eller en koordinator fra kommunen.

# The services, as the timeline names them ("NAV — pleiepenger")
alvorlig-sykt-barn-service-care-benefit = pleiepenger
alvorlig-sykt-barn-service-care-days = ekstra omsorgsdager
alvorlig-sykt-barn-service-relief-services = avlastning og annen hjelp
alvorlig-sykt-barn-service-coordinator = koordinator

# The health service's task (party health-service): the medical confirmation, answered by the
# hospital or doctor in Veiviser after the parent has submitted.
alvorlig-sykt-barn-party-health-service = behandler av barnet
alvorlig-sykt-barn-service-medical-confirmation = legeerklæring
alvorlig-sykt-barn-step-medical-confirmation = Legeerklæring
alvorlig-sykt-barn-step-medical-confirmation-intro = Forelderen har søkt NAV om pleiepenger eller omsorgsdager. Svaret deres sendes til NAV som legeerklæring. Søknaden er allerede sendt og venter ikke på dere, men NAV trenger erklæringen for å avgjøre den.
alvorlig-sykt-barn-illness_confirmed = Bekrefter dere at barnet er alvorlig sykt eller skadet og trenger tilsyn og pleie?
alvorlig-sykt-barn-illness_confirmed-help = Svar nei hvis dere ikke kan bekrefte det. NAV ber da om opplysninger på vanlig måte.
alvorlig-sykt-barn-diagnosis = Diagnose og behov for tilsyn og pleie
alvorlig-sykt-barn-diagnosis-help = Diagnosen, og kort hvorfor barnet trenger en forelder hos seg. Høyst 2000 tegn.
alvorlig-sykt-barn-care_needed_until = Til hvilken dato trenger barnet tilsyn og pleie?
alvorlig-sykt-barn-care_needed_until-help = Hvis dere vet det. La feltet stå tomt hvis det er uvisst.
alvorlig-sykt-barn-confirmed_by = Lege som bekrefter
alvorlig-sykt-barn-confirmed_by-help = Navn og stilling, for eksempel «Anne Lege, overlege ved barneklinikken».
