alvorlig-sykt-barn-title = Alvorleg sjukt barn
alvorlig-sykt-barn-summary = Søk om pleiepengar, ekstra omsorgsdagar og avlasting frå kommunen.
alvorlig-sykt-barn-intro = Når eit barn blir alvorleg sjukt, kan foreldra ha rett til pleiepengar og ekstra omsorgsdagar frå NAV, og kommunen kan gi avlasting og ein koordinator. Du svarer éin gong, og kvar etat får det han treng. Veiviser hentar barnet og foreldra frå Folkeregisteret og arbeidsgivarane dine frå Aa-registeret.
alvorlig-sykt-barn-duration = Om lag 15 minutt.
alvorlig-sykt-barn-needs = Namnet på sjukehuset eller legen som behandlar barnet. Kva periodar du må vere borte frå jobben. Kontonummeret ditt dersom arbeidsgivaren ikkje betaler løn medan du er borte.

# The child
alvorlig-sykt-barn-step-child = Barnet
alvorlig-sykt-barn-step-child-intro = Vi har henta det yngste barnet ditt frå Folkeregisteret. Gjeld det eit anna barn, rettar du opplysningane.
alvorlig-sykt-barn-child_pid = Fødselsnummeret til barnet
alvorlig-sykt-barn-child_pid-help = 11 siffer. Står på helsekortet til barnet eller i brev frå NAV.
alvorlig-sykt-barn-child_name = Namnet til barnet
alvorlig-sykt-barn-child_birth_date = Fødselsdatoen til barnet
alvorlig-sykt-barn-illness = Kva er barnet sjukt av?
alvorlig-sykt-barn-illness-help = Skriv kort kva sjukdommen eller skaden er, og kvifor barnet treng tilsyn og pleie heile tida. Legen skal stadfeste det, så du treng ikkje vere nøyaktig.

# The parents
alvorlig-sykt-barn-step-parents = Foreldra
alvorlig-sykt-barn-step-parents-intro = Begge foreldra kan få pleiepengar for det same barnet, til saman høgst 200 prosent. Vi har henta deg og ektefellen din frå Folkeregisteret.
alvorlig-sykt-barn-applicant_name = Namnet ditt
alvorlig-sykt-barn-lives_with_child = Bur barnet fast hos deg?
alvorlig-sykt-barn-lives_with_child-help = Svar ja òg om barnet bur like mykje hos begge foreldra.
alvorlig-sykt-barn-other_parent_name = Namnet til den andre forelderen
alvorlig-sykt-barn-other_parent_name-help = La feltet stå tomt dersom barnet ikkje har ein annan forelder du kan oppgi.
alvorlig-sykt-barn-other_parent_pid = Fødselsnummeret til den andre forelderen
alvorlig-sykt-barn-other_parent_pid-help = 11 siffer. Vi har henta ektefellen din. Er ikkje ektefellen forelder til barnet, rettar du det.
alvorlig-sykt-barn-other_parent_shares = Skal den andre forelderen òg søkje om pleiepengar for dei same periodane?
alvorlig-sykt-barn-other_parent_shares-help = Den andre forelderen sender sin eigen søknad. NAV ser søknadene dykkar saman.
alvorlig-sykt-barn-other_parent_shares-show-if = Berre dersom du har oppgitt fødselsnummeret til den andre forelderen.

# The medical confirmation
alvorlig-sykt-barn-step-health = Legeerklæring
alvorlig-sykt-barn-step-health-intro = NAV treng ei legeerklæring om sjukdommen til barnet. Du treng ikkje skaffe henne sjølv: når du har sendt søknaden, ber vi sjukehuset eller legen som behandlar barnet, om å stadfeste sjukdommen. Søknaden blir send med ein gong; legeerklæringa kjem etter.
alvorlig-sykt-barn-treated_by = Kven behandlar barnet?
alvorlig-sykt-barn-treated_by-help = Vel den som kjenner sjukdommen best. Medan barnet er innlagt, er det sjukehuset.
alvorlig-sykt-barn-treated_by-hospital = Eit sjukehus
alvorlig-sykt-barn-treated_by-gp = Fastlegen
alvorlig-sykt-barn-treated_by-specialist = Ein annan lege eller spesialist
alvorlig-sykt-barn-treating_name = Namnet på sjukehuset eller legen
alvorlig-sykt-barn-treating_name-help = For eit sjukehus skriv du òg avdelinga, til dømes «Haukeland universitetssjukehus, barneklinikken».
alvorlig-sykt-barn-treating_phone = Telefonnummeret til sjukehuset eller legen
alvorlig-sykt-barn-treating_phone-help = Dersom du har det. Det gjer det lettare å nå rett person.

# Work
alvorlig-sykt-barn-step-work = Arbeid
alvorlig-sykt-barn-step-work-intro = Pleiepengane erstattar inntekta du mistar. NAV spør arbeidsgivarane dine om inntekta. Vi har henta arbeidsforholda dine frå Aa-registeret.
alvorlig-sykt-barn-employers = Arbeidsgivarar
alvorlig-sykt-barn-employers-help = Fjern arbeidsforhold som er avslutta, og legg til dei som manglar.
alvorlig-sykt-barn-employers-item = Arbeidsgivar { $number }
alvorlig-sykt-barn-employer_name = Arbeidsgivar
alvorlig-sykt-barn-employer_orgnr = Organisasjonsnummer
alvorlig-sykt-barn-employer_percent = Stillingsprosent
alvorlig-sykt-barn-self_employed = Er du sjølvstendig næringsdrivande eller frilansar?
alvorlig-sykt-barn-self_employed-help = NAV reknar då ut pleiepengane frå inntekta i skattemeldinga for dei tre siste åra.

# Care benefit
alvorlig-sykt-barn-step-care-benefit = Pleiepengar
alvorlig-sykt-barn-step-care-benefit-intro = Pleiepengar blir gitt når eit barn under 18 år treng tilsyn og pleie heile tida på grunn av sjukdom eller skade, og du må vere borte frå jobben for å gi det.
alvorlig-sykt-barn-apply_care_benefit = Vil du søkje om pleiepengar?
alvorlig-sykt-barn-apply_care_benefit-help = Svarer du nei, kan du likevel søkje om omsorgsdagar og hjelp frå kommunen.
alvorlig-sykt-barn-step-care-periods = Periodar med pleie
alvorlig-sykt-barn-step-care-periods-intro = Skriv kvar periode du må vere borte frå jobben, og kor mykje. Er du borte nokre dagar i veka, reknar du ut kor stor del av arbeidstida det er.
alvorlig-sykt-barn-care_periods = Periodar
alvorlig-sykt-barn-care_periods-help = Du kan søkje for opptil tre månader tilbake. Legg til ein ny periode når graden eller staden endrar seg.
alvorlig-sykt-barn-care_periods-item = Periode { $number }
alvorlig-sykt-barn-period_from = Frå og med
alvorlig-sykt-barn-period_to = Til og med
alvorlig-sykt-barn-period_degree = Kor mange prosent av arbeidstida er du borte?
alvorlig-sykt-barn-period_place = Kvar er barnet i perioden?
alvorlig-sykt-barn-period_place-hospital = Innlagt på sjukehus
alvorlig-sykt-barn-period_place-home = Heime
alvorlig-sykt-barn-employer_pays = Betaler arbeidsgivaren løn medan du er borte?
alvorlig-sykt-barn-employer_pays-help = Mange arbeidsgivarar betaler løn og får pengane tilbake frå NAV. Spør arbeidsgivaren dersom du er usikker.
alvorlig-sykt-barn-bank_account = Kontonummeret ditt
alvorlig-sykt-barn-bank_account-help = 11 siffer, til dømes 1234.56.78903. NAV betaler pleiepengane hit.
alvorlig-sykt-barn-bank_account-show-if = Berre dersom arbeidsgivaren ikkje betaler løn medan du er borte.

# Care days
alvorlig-sykt-barn-step-care-days = Omsorgsdagar
alvorlig-sykt-barn-step-care-days-intro = Alle som har barn under 12 år, har 10 omsorgsdagar i året. Har barnet ein kronisk eller langvarig sjukdom eller funksjonshemming, kan du få 10 dagar ekstra i året, og rett til dagar til barnet fyller 18.
alvorlig-sykt-barn-apply_care_days = Vil du søkje om ekstra omsorgsdagar?
alvorlig-sykt-barn-apply_care_days-help = Arbeidsgivaren betaler omsorgsdagane. NAV stadfestar at du har rett til dei ekstra dagane.
alvorlig-sykt-barn-long_lasting = Vil sjukdommen vare i meir enn seks månader?
alvorlig-sykt-barn-long_lasting-help = Det er eit vilkår for ekstra omsorgsdagar. Legen skal stadfeste det.
alvorlig-sykt-barn-long_lasting-show-if = Berre dersom du søkjer om ekstra omsorgsdagar.
alvorlig-sykt-barn-sole_carer = Er du åleine om omsorga for barnet?
alvorlig-sykt-barn-sole_carer-help = Er du åleine, får du dobbelt så mange ekstra dagar.
alvorlig-sykt-barn-sole_carer-show-if = Berre dersom du søkjer om ekstra omsorgsdagar.

# The municipality
alvorlig-sykt-barn-step-municipality = Hjelp frå kommunen
alvorlig-sykt-barn-step-municipality-intro = Kommunen kan gi familien avlasting og anna hjelp, og ein koordinator som held saman alle tenestene de får. Søknaden går til kommunen du bur i.
alvorlig-sykt-barn-want_relief = Vil du søkje om hjelp frå kommunen?
alvorlig-sykt-barn-want_relief-help = Til dømes avlasting, omsorgsstønad eller heimesjukepleie. Kommunen vurderer kva familien treng.
alvorlig-sykt-barn-relief_kinds = Kva slags hjelp treng de?
alvorlig-sykt-barn-relief_kinds-help = Vel alt som passar. Kommunen kan føreslå anna hjelp enn den du vel.
alvorlig-sykt-barn-relief_kinds-show-if = Berre dersom du søkjer om hjelp frå kommunen.
alvorlig-sykt-barn-relief_kinds-relief-care = Avlasting, til dømes nokre døgn i månaden
alvorlig-sykt-barn-relief_kinds-care-allowance = Omsorgsstønad for tungt omsorgsarbeid
alvorlig-sykt-barn-relief_kinds-personal-assistance = Brukarstyrt personleg assistanse (BPA)
alvorlig-sykt-barn-relief_kinds-home-nursing = Heimesjukepleie
alvorlig-sykt-barn-relief_kinds-equipment = Hjelpemiddel og tilrettelegging av bustaden
alvorlig-sykt-barn-relief_needs = Skildre kva familien treng hjelp til
alvorlig-sykt-barn-relief_needs-help = Til dømes korleis kvardagen er, kor mykje tilsyn barnet treng om natta, og kva som er tyngst no.
alvorlig-sykt-barn-relief_needs-show-if = Berre dersom du søkjer om hjelp frå kommunen.
alvorlig-sykt-barn-want_coordinator = Ønskjer du ein koordinator i kommunen?
alvorlig-sykt-barn-want_coordinator-help = Familiar med eit barn som treng langvarige og koordinerte tenester, har rett til ein koordinator. Koordinatoren er kontaktpersonen dykkar og syter for at tenestene heng saman.
alvorlig-sykt-barn-individual_plan = Ønskjer du òg ein individuell plan?
alvorlig-sykt-barn-individual_plan-help = Ein individuell plan skildrar måla til barnet, kva hjelp barnet skal få og kven som har ansvaret.
alvorlig-sykt-barn-individual_plan-show-if = Berre dersom du ønskjer ein koordinator.
alvorlig-sykt-barn-phone = Telefonnummeret ditt
alvorlig-sykt-barn-phone-help = Kommunen ringjer deg for å avtale eit møte.
alvorlig-sykt-barn-phone-show-if = Berre dersom du søkjer om hjelp eller ein koordinator frå kommunen.

# The services, as the timeline names them ("NAV — pleiepengar")
alvorlig-sykt-barn-service-care-benefit = pleiepengar
alvorlig-sykt-barn-service-care-days = ekstra omsorgsdagar
alvorlig-sykt-barn-service-relief-services = avlasting og anna hjelp
alvorlig-sykt-barn-service-coordinator = koordinator

# The health service's task (party health-service): the medical confirmation, answered by the
# hospital or doctor in Veiviser after the parent has submitted.
alvorlig-sykt-barn-party-health-service = behandlar av barnet
alvorlig-sykt-barn-service-medical-confirmation = legeerklæring
alvorlig-sykt-barn-step-medical-confirmation = Legeerklæring
alvorlig-sykt-barn-step-medical-confirmation-intro = Forelderen har søkt NAV om pleiepengar eller omsorgsdagar. Svaret dykkar blir sendt til NAV som legeerklæring. Søknaden er allereie send og ventar ikkje på dykk, men NAV treng erklæringa for å avgjere han.
alvorlig-sykt-barn-illness_confirmed = Stadfestar de at barnet er alvorleg sjukt eller skadd og treng tilsyn og pleie?
alvorlig-sykt-barn-illness_confirmed-help = Svar nei viss de ikkje kan stadfeste det. NAV ber då om opplysningar på vanleg måte.
alvorlig-sykt-barn-diagnosis = Diagnose og behov for tilsyn og pleie
alvorlig-sykt-barn-diagnosis-help = Diagnosen, og kort kvifor barnet treng ein forelder hos seg. Høgst 2000 teikn.
alvorlig-sykt-barn-care_needed_until = Til kva dato treng barnet tilsyn og pleie?
alvorlig-sykt-barn-care_needed_until-help = Viss de veit det. La feltet stå tomt viss det er uvisst.
alvorlig-sykt-barn-confirmed_by = Lege som stadfestar
alvorlig-sykt-barn-confirmed_by-help = Namn og stilling, til dømes «Anne Lege, overlege ved barneklinikken».
