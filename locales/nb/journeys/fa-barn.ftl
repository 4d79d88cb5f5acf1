fa-barn-title = Få barn
fa-barn-summary = Gi barnet navn, og søk om foreldrepenger, barnetrygd og barnehageplass – på én gang.
fa-barn-intro = Når dere får barn, skal barnet ha navn, dere kan ha rett til foreldrepenger og barnetrygd, og mange søker barnehageplass. Veiviser henter det som står om barnet og familien i Folkeregisteret, og du svarer på hvert spørsmål bare én gang.
fa-barn-duration = Omtrent 20 minutter. Du kan lagre og fortsette senere.
fa-barn-needs = Navnet barnet skal ha, fødselsnummeret til den andre forelderen, organisasjonsnummeret til arbeidsgiveren din, kontonummeret ditt og navnene på barnehagene du ønsker. Er du selvstendig næringsdrivende eller frilanser, trenger du også et anslag over inntekten din i år.

# The child
fa-barn-step-child = Barnet
fa-barn-step-child-intro = Vi har hentet barnet fra Folkeregisteret. Sjekk at opplysningene stemmer.
fa-barn-child_pid = Barnets fødselsnummer
fa-barn-child_pid-help = 11 siffer. Vi har hentet det fra Folkeregisteret. Barnet får fødselsnummer kort tid etter fødselen.
fa-barn-child_birth_date = Barnets fødselsdato
fa-barn-child_birth_date-help = Skriv datoen som dd.mm.åååå, for eksempel 17.05.2026.

# The name (Skatteetaten)
fa-barn-step-name = Barnets navn
fa-barn-step-name-intro = Barnet skal ha navn innen seks måneder etter fødselen. Skatteetaten registrerer navnet i Folkeregisteret. Har dere felles foreldreansvar, må begge foreldrene godkjenne navnet.
fa-barn-child_first_name = Fornavn
fa-barn-child_first_name-help = Alle fornavnene barnet skal ha, med mellomrom mellom. Navn med bindestrek, for eksempel Anne-Marie, regnes som ett fornavn.
fa-barn-child_middle_name = Mellomnavn
fa-barn-child_middle_name-help = Et mellomnavn er et navn som også kunne vært et etternavn, ofte etternavnet til en av foreldrene. La feltet stå tomt hvis barnet ikke skal ha mellomnavn.
fa-barn-child_last_name = Etternavn
fa-barn-child_last_name-help = Barnet kan få etternavnet til en av foreldrene eller til begge, med mellomrom eller bindestrek mellom. Melder dere ikke etternavn, får barnet etternavnet til mor.

# The family
fa-barn-step-family = Familien
fa-barn-step-family-intro = Vi spør om den andre forelderen og om andre barn som bor hos deg. Svarene brukes til navnet, foreldrepengene, barnetrygden og barnehageplassen, så du slipper å svare flere ganger.
fa-barn-other_parent_takes_part = Skal den andre forelderen være med?
fa-barn-other_parent_takes_part-help = Svarer du ja, sender vi fødselsnummeret til den andre forelderen med navnet til Skatteetaten og med søknadene dine til NAV. Veiviser sender ingen melding til den andre forelderen, med mindre du ber hen bekrefte (neste spørsmål). Den andre forelderen søker selv om sin del av foreldrepengene.
fa-barn-other_parent_pid = Fødselsnummeret til den andre forelderen
fa-barn-other_parent_pid-help = 11 siffer. Er du gift, har vi hentet fødselsnummeret til ektefellen din fra Folkeregisteret. Rett det hvis ektefellen ikke er barnets andre forelder.
fa-barn-other_parent_pid-show-if = Bare hvis den andre forelderen skal være med.
fa-barn-other_parent_confirms = Skal den andre forelderen bekrefte i Veiviser?
fa-barn-other_parent_confirms-help = Svarer du ja, får den andre forelderen en oppgave på Min side når du har sendt inn. Hen ser barnets navn og fødselsdato, ikke de andre svarene dine. Søknaden sendes først når hen har svart, og stanses hvis hen sier nei eller ikke svarer innen 14 dager.
fa-barn-other_parent_confirms-show-if = Bare hvis den andre forelderen skal være med.
fa-barn-parents_relationship = Bor du sammen med den andre forelderen?
fa-barn-parents_relationship-help = Bor du alene med barnet, kan du ha rett til utvidet barnetrygd.
fa-barn-parents_relationship-married = Ja, vi er gift eller registrerte partnere
fa-barn-parents_relationship-cohabiting = Ja, vi er samboere
fa-barn-parents_relationship-apart = Nei, vi bor ikke sammen
fa-barn-other_children = Andre barn under 18 år som bor fast hos deg
fa-barn-other_children-help = Vi har hentet barna dine fra Folkeregisteret. Ta bort barn som er 18 år eller eldre eller som ikke bor fast hos deg, og legg til barn som mangler. Det nyfødte barnet skal ikke stå her.
fa-barn-other_children-item = Barn { $number }
fa-barn-other_child_name = Navn
fa-barn-other_child_pid = Fødselsnummer
fa-barn-other_child_birth_date = Fødselsdato

# Parental benefit (NAV)
fa-barn-step-parental-benefit = Foreldrepenger
fa-barn-step-parental-benefit-intro = Foreldrepenger erstatter inntekten din mens du er hjemme med barnet. For å ha rett må du ha hatt inntekt i minst seks av de ti siste månedene før permisjonen, og inntekten må tilsvare minst halvparten av grunnbeløpet i folketrygden i året.
fa-barn-apply_parental_benefit = Vil du søke om foreldrepenger?
fa-barn-apply_parental_benefit-help = Hver av foreldrene søker om sin egen del. Svarer du nei, går du rett videre til barnetrygd.
fa-barn-step-parental-benefit-details = Søknad om foreldrepenger
fa-barn-parent_role = Hva er du for barnet?
fa-barn-parent_role-mother = Mor
fa-barn-parent_role-father = Far
fa-barn-parent_role-co-mother = Medmor
fa-barn-coverage = Hvor mye vil dere ha utbetalt?
fa-barn-coverage-help = Dere velger sammen, og valget gjelder for begge foreldrene. Det kan ikke endres etter at permisjonen har startet. Samlet utbetaling blir omtrent den samme.
fa-barn-coverage-100 = 100 prosent av inntekten i 49 uker
fa-barn-coverage-80 = 80 prosent av inntekten i 61 uker
fa-barn-parental_benefit_start = Fra hvilken dato vil du ha foreldrepenger?
fa-barn-parental_benefit_start-help = Skriv datoen som dd.mm.åååå. De første seks ukene etter fødselen er forbeholdt mor. Du kan endre planen senere hos NAV.
fa-barn-birth_leave = Vil du ta ut to uker med foreldrepenger samtidig med mor, i forbindelse med fødselen?
fa-barn-birth_leave-help = Far og medmor kan ta ut to uker sammen med mor fram til seks uker etter fødselen. Ukene regnes med i foreldrepengene dine.
fa-barn-birth_leave-show-if = Bare for far eller medmor, og bare de første seks ukene etter fødselen.
fa-barn-employed = Er du ansatt hos en arbeidsgiver?
fa-barn-employer_orgnr = Organisasjonsnummeret til arbeidsgiveren din
fa-barn-employer_orgnr-help = 9 siffer. Du finner det på lønnsslippen. Har du flere arbeidsgivere, skriver du den du tjener mest hos. NAV ber arbeidsgiveren sende en inntektsmelding.
fa-barn-employer_orgnr-show-if = Bare hvis du er ansatt hos en arbeidsgiver.
fa-barn-self_employed = Er du selvstendig næringsdrivende eller frilanser?
fa-barn-self_employed-help = Svar ja hvis du har eget firma eller tar oppdrag uten å være ansatt. Du kan være både ansatt og selvstendig næringsdrivende.
fa-barn-expected_income = Hvor mye regner du med å tjene i år som næringsdrivende eller frilanser?
fa-barn-expected_income-help = Beløpet før skatt, i hele kroner. NAV bruker også skatteoppgjørene dine for de tre siste årene.
fa-barn-expected_income-show-if = Bare hvis du er selvstendig næringsdrivende eller frilanser.

# Child benefit (NAV)
fa-barn-step-child-benefit = Barnetrygd
fa-barn-step-child-benefit-intro = Barnetrygd er penger fra NAV hver måned til barnet fyller 18 år. Den går til den barnet bor fast hos.
fa-barn-apply_child_benefit = Vil du søke om barnetrygd?
fa-barn-apply_child_benefit-help = Er du mor og bor i Norge, får du som regel barnetrygd uten å søke, og du får et brev fra NAV om det. Søk hvis du ikke har fått brevet, hvis du er far eller medmor og barnet bor fast hos deg, eller hvis du vil søke om utvidet barnetrygd.
fa-barn-child_lives_with_you = Bor barnet fast hos deg?
fa-barn-child_lives_with_you-help = Barnetrygden går til den barnet bor fast hos. Har barnet avtalt delt bosted, kan barnetrygden deles mellom foreldrene.
fa-barn-child_lives_with_you-show-if = Bare hvis du søker om barnetrygd.
fa-barn-extended_child_benefit = Vil du søke om utvidet barnetrygd?
fa-barn-extended_child_benefit-help = Bor du alene med barnet, kan du få barnetrygd for ett barn mer enn du bor sammen med.
fa-barn-extended_child_benefit-show-if = Bare hvis du søker om barnetrygd og ikke bor sammen med den andre forelderen.

# Payment (NAV)
fa-barn-step-payment = Utbetaling
fa-barn-bank_account = Kontonummeret ditt
fa-barn-bank_account-help = 11 siffer, for eksempel 1234.56.78903. NAV betaler foreldrepengene og barnetrygden til denne kontoen.

# Kindergarten (the municipality)
fa-barn-step-kindergarten = Barnehage
fa-barn-step-kindergarten-intro = Søknaden går til kommunen der dere bor. Barn som fyller ett år innen utgangen av november, har rett til plass fra august, eller fra måneden de fyller ett år, når dere søker innen fristen for hovedopptaket.
fa-barn-kindergarten_wanted = Vil du søke om barnehageplass?
fa-barn-kindergarten_wanted-help = Du kan også søke senere, direkte hos kommunen.
fa-barn-kindergarten_start = Fra hvilken dato ønsker du plass?
fa-barn-kindergarten_start-help = Skriv datoen som dd.mm.åååå. De fleste barn begynner i august.
fa-barn-kindergarten_start-show-if = Bare hvis du søker om barnehageplass.
fa-barn-kindergarten_preferences = Hvilke barnehager ønsker du?
fa-barn-kindergarten_preferences-help = Skriv navnet på barnehagene, én på hver linje, med den du helst vil ha først.
fa-barn-kindergarten_preferences-show-if = Bare hvis du søker om barnehageplass.
fa-barn-kindergarten_hours = Hvor stor plass ønsker du?
fa-barn-kindergarten_hours-100 = Hel plass, 5 dager i uka
fa-barn-kindergarten_hours-80 = 4 dager i uka
fa-barn-kindergarten_hours-60 = 3 dager i uka
fa-barn-kindergarten_hours-50 = Halv plass, 2,5 dager i uka
fa-barn-kindergarten_hours-show-if = Bare hvis du søker om barnehageplass.
fa-barn-sibling_in_kindergarten = Går en søster eller bror i en av barnehagene du ønsker?
fa-barn-sibling_in_kindergarten-help = Mange kommuner gir søsken fortrinn. Svar ja hvis søsknet går der nå og skal fortsette når barnet begynner.
fa-barn-sibling_in_kindergarten-show-if = Bare hvis du søker om barnehageplass og har lagt inn et annet barn under seks år.
fa-barn-kindergarten_priority = Gjelder noe av dette for barnet?
fa-barn-kindergarten_priority-help = Barn med nedsatt funksjonsevne og barn med vedtak fra barnevernet har rett til å bli prioritert. Kommunen kan be om dokumentasjon. Ikke kryss av hvis ingenting gjelder.
fa-barn-kindergarten_priority-disability = Barnet har nedsatt funksjonsevne
fa-barn-kindergarten_priority-child-welfare = Barnet har vedtak fra barnevernet
fa-barn-kindergarten_priority-show-if = Bare hvis du søker om barnehageplass.
fa-barn-kindergarten_needs_description = Hva trenger barnet for å ha det bra i barnehagen?
fa-barn-kindergarten_needs_description-help = Skriv kort om behovene, for eksempel hjelpemidler, tilrettelegging eller spesialkost. Du kan også la feltet stå tomt og sende dokumentasjon til kommunen senere.
fa-barn-kindergarten_needs_description-show-if = Bare hvis du søker om barnehageplass og barnet har nedsatt funksjonsevne.

# The services, as the timeline names them ("NAV — barnetrygd")
fa-barn-service-child-name = navn på barnet
fa-barn-service-parental-benefit = foreldrepenger
fa-barn-service-child-benefit = barnetrygd
fa-barn-service-kindergarten = barnehageplass

# The other parent's own step (a party's task)
fa-barn-party-other-parent = den andre forelderen
fa-barn-step-other-parent-confirms = Bekreft som den andre forelderen
fa-barn-other_parent_agrees_name = Er du enig i navnet barnet får?
fa-barn-other_parent_agrees_name-help = Navnet står øverst. Er du ikke enig, kan du svare nei her og ta det opp med den andre forelderen; Skatteetaten kan be om mer.
fa-barn-other_parent_takes_leave = Vil du selv ta ut foreldrepenger?
