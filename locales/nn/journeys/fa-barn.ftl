fa-barn-title = Få barn
fa-barn-summary = Gi barnet namn, og søk om foreldrepengar, barnetrygd og barnehageplass – på éin gong.
fa-barn-intro = Når de får barn, skal barnet ha namn, de kan ha rett til foreldrepengar og barnetrygd, og mange søkjer barnehageplass. Veiviser hentar det som står om barnet og familien i Folkeregisteret, og du svarer berre éin gong på kvart spørsmål.
fa-barn-duration = Om lag 20 minutt. Du kan lagre og halde fram seinare.
fa-barn-needs = Namnet barnet skal ha, fødselsnummeret til den andre forelderen, organisasjonsnummeret til arbeidsgivaren din, kontonummeret ditt og namna på barnehagane du ønskjer. Er du sjølvstendig næringsdrivande eller frilansar, treng du òg eit overslag over inntekta di i år.

# The child
fa-barn-step-child = Barnet
fa-barn-step-child-intro = Vi har henta barnet frå Folkeregisteret. Sjekk at opplysningane stemmer.
fa-barn-child_pid = Fødselsnummeret til barnet
fa-barn-child_pid-help = 11 siffer. Vi har henta det frå Folkeregisteret. Barnet får fødselsnummer kort tid etter fødselen.
fa-barn-child_birth_date = Fødselsdatoen til barnet
fa-barn-child_birth_date-help = Skriv datoen som dd.mm.åååå, til dømes 17.05.2026.

# The name (Skatteetaten)
fa-barn-step-name = Namnet til barnet
fa-barn-step-name-intro = Barnet skal ha namn innan seks månader etter fødselen. Skatteetaten registrerer namnet i Folkeregisteret. Har de felles foreldreansvar, må begge foreldra godkjenne namnet.
fa-barn-child_first_name = Førenamn
fa-barn-child_first_name-help = Alle førenamna barnet skal ha, med mellomrom mellom. Namn med bindestrek, til dømes Anne-Marie, blir rekna som eitt førenamn.
fa-barn-child_middle_name = Mellomnamn
fa-barn-child_middle_name-help = Eit mellomnamn er eit namn som òg kunne vore eit etternamn, ofte etternamnet til ein av foreldra. La feltet stå tomt dersom barnet ikkje skal ha mellomnamn.
fa-barn-child_last_name = Etternamn
fa-barn-child_last_name-help = Barnet kan få etternamnet til ein av foreldra eller til begge, med mellomrom eller bindestrek mellom. Melder de ikkje etternamn, får barnet etternamnet til mor.

# The family
fa-barn-step-family = Familien
fa-barn-step-family-intro = Vi spør om den andre forelderen og om andre barn som bur hos deg. Svara blir brukte til namnet, foreldrepengane, barnetrygda og barnehageplassen, så du slepp å svare fleire gonger.
fa-barn-other_parent_takes_part = Skal den andre forelderen vere med?
fa-barn-other_parent_takes_part-help = Svarer du ja, sender vi fødselsnummeret til den andre forelderen med namnet til Skatteetaten og med søknadene dine til NAV. Veiviser sender inga melding til den andre forelderen, med mindre du ber hen stadfeste (neste spørsmål). Den andre forelderen søkjer sjølv om sin del av foreldrepengane.
fa-barn-other_parent_pid = Fødselsnummeret til den andre forelderen
fa-barn-other_parent_pid-help = 11 siffer. Er du gift, har vi henta fødselsnummeret til ektefellen din frå Folkeregisteret. Rett det dersom ektefellen ikkje er den andre forelderen til barnet.
fa-barn-other_parent_pid-show-if = Berre dersom den andre forelderen skal vere med.
fa-barn-other_parent_confirms = Skal den andre forelderen stadfeste i Veiviser?
fa-barn-other_parent_confirms-help = Svarar du ja, får den andre forelderen ei oppgåve på Mi side når du har sendt inn. Hen ser namnet og fødselsdatoen til barnet, ikkje dei andre svara dine. Søknaden blir send først når hen har svart, og blir stansa om hen seier nei eller ikkje svarar innan 14 dagar.
fa-barn-other_parent_confirms-show-if = Berre dersom den andre forelderen skal vere med.
fa-barn-parents_relationship = Bur du saman med den andre forelderen?
fa-barn-parents_relationship-help = Bur du åleine med barnet, kan du ha rett til utvida barnetrygd.
fa-barn-parents_relationship-married = Ja, vi er gifte eller registrerte partnarar
fa-barn-parents_relationship-cohabiting = Ja, vi er sambuarar
fa-barn-parents_relationship-apart = Nei, vi bur ikkje saman
fa-barn-other_children = Andre barn under 18 år som bur fast hos deg
fa-barn-other_children-help = Vi har henta barna dine frå Folkeregisteret. Ta bort barn som er 18 år eller eldre eller som ikkje bur fast hos deg, og legg til barn som manglar. Det nyfødde barnet skal ikkje stå her.
fa-barn-other_children-item = Barn { $number }
fa-barn-other_child_name = Namn
fa-barn-other_child_pid = Fødselsnummer
fa-barn-other_child_birth_date = Fødselsdato

# Parental benefit (NAV)
fa-barn-step-parental-benefit = Foreldrepengar
fa-barn-step-parental-benefit-intro = Foreldrepengar erstattar inntekta di medan du er heime med barnet. For å ha rett må du ha hatt inntekt i minst seks av dei ti siste månadene før permisjonen, og inntekta må svare til minst halvparten av grunnbeløpet i folketrygda i året.
fa-barn-apply_parental_benefit = Vil du søkje om foreldrepengar?
fa-barn-apply_parental_benefit-help = Kvar av foreldra søkjer om sin eigen del. Svarer du nei, går du rett vidare til barnetrygd.
fa-barn-step-parental-benefit-details = Søknad om foreldrepengar
fa-barn-parent_role = Kva er du for barnet?
fa-barn-parent_role-mother = Mor
fa-barn-parent_role-father = Far
fa-barn-parent_role-co-mother = Medmor
fa-barn-coverage = Kor mykje vil de ha utbetalt?
fa-barn-coverage-help = De vel saman, og valet gjeld for begge foreldra. Det kan ikkje endrast etter at permisjonen har starta. Samla utbetaling blir om lag den same.
fa-barn-coverage-100 = 100 prosent av inntekta i 49 veker
fa-barn-coverage-80 = 80 prosent av inntekta i 61 veker
fa-barn-parental_benefit_start = Frå kva dato vil du ha foreldrepengar?
fa-barn-parental_benefit_start-help = Skriv datoen som dd.mm.åååå. Dei første seks vekene etter fødselen er sette av til mor. Du kan endre planen seinare hos NAV.
fa-barn-birth_leave = Vil du ta ut to veker med foreldrepengar samtidig med mor, i samband med fødselen?
fa-barn-birth_leave-help = Far og medmor kan ta ut to veker saman med mor fram til seks veker etter fødselen. Vekene blir rekna med i foreldrepengane dine.
fa-barn-birth_leave-show-if = Berre for far eller medmor, og berre dei første seks vekene etter fødselen.
fa-barn-employed = Er du tilsett hos ein arbeidsgivar?
fa-barn-employer_orgnr = Organisasjonsnummeret til arbeidsgivaren din
fa-barn-employer_orgnr-help = 9 siffer. Du finn det på lønsslippen. Har du fleire arbeidsgivarar, skriv du den du tener mest hos. NAV ber arbeidsgivaren sende ei inntektsmelding.
fa-barn-employer_orgnr-show-if = Berre dersom du er tilsett hos ein arbeidsgivar.
fa-barn-self_employed = Er du sjølvstendig næringsdrivande eller frilansar?
fa-barn-self_employed-help = Svar ja dersom du har eige firma eller tek oppdrag utan å vere tilsett. Du kan vere både tilsett og sjølvstendig næringsdrivande.
fa-barn-expected_income = Kor mykje reknar du med å tene i år som næringsdrivande eller frilansar?
fa-barn-expected_income-help = Beløpet før skatt, i heile kroner. NAV brukar òg skatteoppgjera dine for dei tre siste åra.
fa-barn-expected_income-show-if = Berre dersom du er sjølvstendig næringsdrivande eller frilansar.

# Child benefit (NAV)
fa-barn-step-child-benefit = Barnetrygd
fa-barn-step-child-benefit-intro = Barnetrygd er pengar frå NAV kvar månad til barnet fyller 18 år. Ho går til den barnet bur fast hos.
fa-barn-apply_child_benefit = Vil du søkje om barnetrygd?
fa-barn-apply_child_benefit-help = Er du mor og bur i Noreg, får du som regel barnetrygd utan å søkje, og du får eit brev frå NAV om det. Søk dersom du ikkje har fått brevet, dersom du er far eller medmor og barnet bur fast hos deg, eller dersom du vil søkje om utvida barnetrygd.
fa-barn-child_lives_with_you = Bur barnet fast hos deg?
fa-barn-child_lives_with_you-help = Barnetrygda går til den barnet bur fast hos. Har de avtalt delt bustad for barnet, kan barnetrygda delast mellom foreldra.
fa-barn-child_lives_with_you-show-if = Berre dersom du søkjer om barnetrygd.
fa-barn-extended_child_benefit = Vil du søkje om utvida barnetrygd?
fa-barn-extended_child_benefit-help = Bur du åleine med barnet, kan du få barnetrygd for eitt barn meir enn du bur saman med.
fa-barn-extended_child_benefit-show-if = Berre dersom du søkjer om barnetrygd og ikkje bur saman med den andre forelderen.

# Payment (NAV)
fa-barn-step-payment = Utbetaling
fa-barn-bank_account = Kontonummeret ditt
fa-barn-bank_account-help = 11 siffer, til dømes 1234.56.78903. NAV betaler foreldrepengane og barnetrygda til denne kontoen.

# Kindergarten (the municipality)
fa-barn-step-kindergarten = Barnehage
fa-barn-step-kindergarten-intro = Søknaden går til kommunen der de bur. Barn som fyller eitt år innan utgangen av november, har rett til plass frå august, eller frå månaden dei fyller eitt år, når de søkjer innan fristen for hovudopptaket.
fa-barn-kindergarten_wanted = Vil du søkje om barnehageplass?
fa-barn-kindergarten_wanted-help = Du kan òg søkje seinare, direkte hos kommunen.
fa-barn-kindergarten_start = Frå kva dato ønskjer du plass?
fa-barn-kindergarten_start-help = Skriv datoen som dd.mm.åååå. Dei fleste barn byrjar i august.
fa-barn-kindergarten_start-show-if = Berre dersom du søkjer om barnehageplass.
fa-barn-kindergarten_preferences = Kva barnehagar ønskjer du?
fa-barn-kindergarten_preferences-help = Skriv namnet på barnehagane, éin på kvar linje, med den du helst vil ha først.
fa-barn-kindergarten_preferences-show-if = Berre dersom du søkjer om barnehageplass.
fa-barn-kindergarten_hours = Kor stor plass ønskjer du?
fa-barn-kindergarten_hours-100 = Heil plass, 5 dagar i veka
fa-barn-kindergarten_hours-80 = 4 dagar i veka
fa-barn-kindergarten_hours-60 = 3 dagar i veka
fa-barn-kindergarten_hours-50 = Halv plass, 2,5 dagar i veka
fa-barn-kindergarten_hours-show-if = Berre dersom du søkjer om barnehageplass.
fa-barn-sibling_in_kindergarten = Går ei syster eller ein bror i ein av barnehagane du ønskjer?
fa-barn-sibling_in_kindergarten-help = Mange kommunar gir sysken fortrinn. Svar ja dersom syskenet går der no og skal halde fram når barnet byrjar.
fa-barn-sibling_in_kindergarten-show-if = Berre dersom du søkjer om barnehageplass og har lagt inn eit anna barn under seks år.
fa-barn-kindergarten_priority = Gjeld noko av dette for barnet?
fa-barn-kindergarten_priority-help = Barn med nedsett funksjonsevne og barn med vedtak frå barnevernet har rett til å bli prioriterte. Kommunen kan be om dokumentasjon. Ikkje kryss av dersom ingenting gjeld.
fa-barn-kindergarten_priority-disability = Barnet har nedsett funksjonsevne
fa-barn-kindergarten_priority-child-welfare = Barnet har vedtak frå barnevernet
fa-barn-kindergarten_priority-show-if = Berre dersom du søkjer om barnehageplass.
fa-barn-kindergarten_needs_description = Kva treng barnet for å ha det godt i barnehagen?
fa-barn-kindergarten_needs_description-help = Skriv kort om behova, til dømes hjelpemiddel, tilrettelegging eller spesialkost. Du kan òg la feltet stå tomt og sende dokumentasjon til kommunen seinare.
fa-barn-kindergarten_needs_description-show-if = Berre dersom du søkjer om barnehageplass og barnet har nedsett funksjonsevne.

# The services, as the timeline names them ("NAV — barnetrygd")
fa-barn-service-child-name = namn på barnet
fa-barn-service-parental-benefit = foreldrepengar
fa-barn-service-child-benefit = barnetrygd
fa-barn-service-kindergarten = barnehageplass

# The other parent's own step (a party's task)
fa-barn-party-other-parent = den andre forelderen
fa-barn-step-other-parent-confirms = Stadfest som den andre forelderen
fa-barn-other_parent_agrees_name = Er du samd i namnet barnet får?
fa-barn-other_parent_agrees_name-help = Namnet står øvst. Er du ikkje samd, kan du svare nei her og ta det opp med den andre forelderen; Skatteetaten kan be om meir.
fa-barn-other_parent_takes_leave = Vil du sjølv ta ut foreldrepengar?
