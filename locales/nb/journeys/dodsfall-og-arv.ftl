dodsfall-og-arv-title = Dødsfall og arv
dodsfall-og-arv-summary = Velg skifteform, meld fra til tingretten og søk om omstillingsstønad fra NAV.
dodsfall-og-arv-intro = Når noen dør, må arvingene bestemme om boet skal skiftes privat eller offentlig, eller om gjenlevende ektefelle eller samboer skal sitte i uskifte. Alle arvingene må samtykke. Veiviser henter den avdøde og arvingene fra Folkeregisteret, og som gjenlevende kan du samtidig søke om omstillingsstønad fra NAV.
dodsfall-og-arv-duration = Omtrent 30 minutter. Alle arvingene må logge inn og samtykke.
dodsfall-og-arv-needs = Oversikt over hvem som arver, og testamentet hvis det finnes. Omtrentlige verdier for bankinnskudd, bolig og annen eiendom, og gjeld du kjenner til. Kontonummeret til dødsboet hvis banken har opprettet en slik konto. Søker du om omstillingsstønad, trenger du også et anslag over inntekten din i år og ditt eget kontonummer.

# The deceased
dodsfall-og-arv-step-deceased = Den avdøde
dodsfall-og-arv-step-deceased-intro = Vi har hentet opplysningene fra Folkeregisteret. Sjekk at de stemmer.
dodsfall-og-arv-deceased_pid = Fødselsnummeret til den avdøde
dodsfall-og-arv-deceased_pid-help = 11 siffer. Vi har hentet det fra Folkeregisteret.
dodsfall-og-arv-deceased_name = Navnet til den avdøde
dodsfall-og-arv-death_date = Dødsdato
dodsfall-og-arv-death_date-help = Skriv datoen som dd.mm.åååå, for eksempel 17.05.2026.
dodsfall-og-arv-has_will = Etterlot den avdøde seg et testament?
dodsfall-og-arv-has_will-help = Et testament kan bestemme hvem som arver, også andre enn familien. Svar ja hvis du vet om et testament. Tingretten kan be om en kopi.

# The citizen's relation
dodsfall-og-arv-step-relation = Du og den avdøde
dodsfall-og-arv-relation = Hva var du for den avdøde?
dodsfall-og-arv-relation-help = Svaret avgjør hvilke valg du får videre. Bare gjenlevende ektefelle eller samboer kan sitte i uskifte og søke om omstillingsstønad.
dodsfall-og-arv-relation-spouse = Ektefelle eller registrert partner
dodsfall-og-arv-relation-cohabitant = Samboer
dodsfall-og-arv-relation-child = Barn
dodsfall-og-arv-relation-other-heir = Annen arving, for eksempel barnebarn, forelder, søsken eller arving etter testament
dodsfall-og-arv-phone = Telefonnummeret ditt
dodsfall-og-arv-phone-help = Tingretten kan ringe deg hvis de lurer på noe. La feltet stå tomt hvis du heller vil få svar skriftlig.

# The heirs
dodsfall-og-arv-step-heirs = Arvingene
dodsfall-og-arv-step-heirs-intro = Vi har hentet arvingene etter loven fra Folkeregisteret. Alle arvingene får en melding fra Veiviser og må logge inn og samtykke før tingretten behandler saken.
dodsfall-og-arv-heirs = Arvinger
dodsfall-og-arv-heirs-help = Sjekk listen. Legg til arvinger som mangler, for eksempel barnebarn når et av barna til den avdøde er død, eller arvinger etter testament. Er du arving, skal du også stå på listen.
dodsfall-og-arv-heirs-item = Arving { $number }
dodsfall-og-arv-heir_pid = Fødselsnummer
dodsfall-og-arv-heir_name = Navn
dodsfall-og-arv-heir_relation = Slekt til den avdøde
dodsfall-og-arv-heir_relation-spouse = Ektefelle eller registrert partner
dodsfall-og-arv-heir_relation-child = Barn
dodsfall-og-arv-heir_relation-grandchild = Barnebarn
dodsfall-og-arv-heir_relation-parent = Forelder
dodsfall-og-arv-heir_relation-sibling = Søsken
dodsfall-og-arv-heir_relation-other = Annen, for eksempel samboer eller arving etter testament
dodsfall-og-arv-heirs_informed = Vet alle arvingene om dødsfallet og at du melder fra til tingretten?
dodsfall-og-arv-heirs_informed-help = Alle på listen får en melding fra Veiviser og må samtykke. Det går raskere når de vet om det på forhånd.
dodsfall-og-arv-heirs_informed-show-if = Bare hvis det er mer enn én arving.
dodsfall-og-arv-heirs_under_guardianship = Er noen av arvingene under 18 år eller under vergemål?
dodsfall-og-arv-heirs_under_guardianship-help = Da er det vergen som samtykker for dem. For barn er vergen som regel foreldrene. Tingretten kan be om mer informasjon.

# The choice of settlement
dodsfall-og-arv-step-settlement = Skifteform
dodsfall-og-arv-step-settlement-intro = Boet er det den avdøde eide og skyldte. Arvingene velger hvordan det skal gjøres opp. Vil dere skifte privat, må tingretten ha fått beskjed innen 60 dager etter dødsfallet.
dodsfall-og-arv-settlement = Hvordan skal boet gjøres opp?
dodsfall-og-arv-settlement-help = Bare gjenlevende ektefelle eller samboer kan sitte i uskifte. Er du ikke det selv, må ektefellen eller samboeren bekrefte valget når de samtykker som arving.
dodsfall-og-arv-settlement-private = Privat skifte – arvingene gjør opp boet selv og tar over ansvaret for gjelden
dodsfall-og-arv-settlement-public = Offentlig skifte – tingretten oppnevner en bobestyrer som gjør opp boet
dodsfall-og-arv-settlement-undivided = Uskifte – gjenlevende ektefelle eller samboer overtar boet, og arven deles senere

# Private settlement
dodsfall-og-arv-step-private = Privat skifte
dodsfall-og-arv-step-private-intro = Ved privat skifte fordeler arvingene arven selv. Tingretten utsteder en skifteattest som viser banker og andre hvem som kan handle på vegne av boet.
dodsfall-og-arv-debt_liability = Tar arvingene på seg ansvaret for gjelden til den avdøde?
dodsfall-og-arv-debt_liability-help = Arvingene blir personlig og solidarisk ansvarlige for all gjeld, også gjeld dere ikke kjenner til. Er dere usikre på om gjelden er større enn verdiene, bør dere velge offentlig skifte. Svarer du nei, kan boet ikke skiftes privat.

# Undivided possession
dodsfall-og-arv-step-undivided = Uskifte
dodsfall-og-arv-step-undivided-intro = I uskifte overtar du det dere eide, og arven deles først senere, vanligvis når du dør eller gifter deg igjen. Samboere kan sitte i uskifte med felles bolig, innbo, fritidsbolig og bil hvis de har, har hatt eller venter felles barn.
dodsfall-og-arv-undivided_debt_liability = Tar du på deg ansvaret for gjelden til den avdøde?
dodsfall-og-arv-undivided_debt_liability-help = Den som sitter i uskifte, blir personlig ansvarlig for all gjeld den avdøde hadde.
dodsfall-og-arv-has_stepchildren = Hadde den avdøde barn med en annen enn deg (særkullsbarn)?
dodsfall-og-arv-has_stepchildren-help = Særkullsbarn er barn den avdøde fikk med en annen enn deg. De har rett til å få arven sin nå hvis de ikke samtykker til uskifte.
dodsfall-og-arv-stepchildren_consent = Har særkullsbarna samtykket til uskifte?
dodsfall-og-arv-stepchildren_consent-help = Særkullsbarna bekrefter samtykket sitt når de logger inn i Veiviser. Svar nei hvis du ikke har spurt dem ennå.
dodsfall-og-arv-stepchildren_consent-show-if = Bare hvis den avdøde hadde barn med en annen enn deg.
dodsfall-og-arv-separate_property = Hadde den avdøde særeie?
dodsfall-og-arv-separate_property-help = Særeie er det som etter ektepakt eller testament ikke skal deles. Særeie er ikke med i uskiftet med mindre testamentet eller arvingene tillater det.

# Public settlement
dodsfall-og-arv-step-public = Offentlig skifte
dodsfall-og-arv-step-public-intro = Tingretten oppnevner en bobestyrer, vanligvis en advokat, som gjør opp boet. Kostnadene betales av boet, og arvingene blir ikke ansvarlige for gjelden.
dodsfall-og-arv-public_reason = Hvorfor ønsker dere offentlig skifte?
dodsfall-og-arv-public_reason-help = Du trenger ikke svare. Det kan for eksempel være at arvingene er uenige, at gjelden kan være større enn verdiene, eller at ingen vil ta på seg ansvaret for gjelden.

# Assets and debts
dodsfall-og-arv-step-assets = Eiendeler og gjeld
dodsfall-og-arv-step-assets-intro = Skriv omtrentlige beløp på dødsdagen, i hele kroner. La feltene stå tomme hvis du ikke vet.
dodsfall-og-arv-bank_deposits = Bankinnskudd
dodsfall-og-arv-bank_deposits-help = Summen på alle kontoene til den avdøde.
dodsfall-og-arv-property_value = Bolig og annen fast eiendom
dodsfall-og-arv-property_value-help = Omtrentlig markedsverdi. Ikke trekk fra lån her; skriv lånene som gjeld.
dodsfall-og-arv-other_assets = Andre verdier
dodsfall-og-arv-other_assets-help = For eksempel bil, båt, aksjer og fond.
dodsfall-og-arv-known_debts = Gjeld du kjenner til
dodsfall-og-arv-known_debts-help = Summen av lån, kreditter og ubetalte regninger.
dodsfall-og-arv-estate_bank_account = Kontonummeret til dødsboet
dodsfall-og-arv-estate_bank_account-help = 11 siffer. Mange banker oppretter en egen konto for dødsboet. La feltet stå tomt hvis den ikke finnes ennå.

# Survivor's allowance (NAV)
dodsfall-og-arv-step-survivors-pension = Omstillingsstønad
dodsfall-og-arv-step-survivors-pension-intro = Omstillingsstønad fra NAV skal sikre inntekten din i tiden etter dødsfallet, vanligvis i tre år. Du kan ha rett hvis du er under 67 år og dere var gift i minst fem år eller har eller hadde barn sammen.
dodsfall-og-arv-apply_survivors_pension = Vil du søke om omstillingsstønad?
dodsfall-og-arv-apply_survivors_pension-help = NAV vurderer om du har rett. Stønaden blir mindre jo mer du tjener.
dodsfall-og-arv-relationship_start = Når giftet dere dere eller flyttet sammen?
dodsfall-og-arv-relationship_start-help = Skriv datoen som dd.mm.åååå. Husker du ikke dagen, skriver du den første i måneden.
dodsfall-og-arv-relationship_start-show-if = Bare hvis du søker om omstillingsstønad.
dodsfall-og-arv-shared_children = Har eller hadde dere barn sammen?
dodsfall-og-arv-shared_children-show-if = Bare hvis du søker om omstillingsstønad.
dodsfall-og-arv-own_expected_income = Hvor mye regner du med å tjene i år?
dodsfall-og-arv-own_expected_income-help = Arbeidsinntekt og næringsinntekt før skatt, i hele kroner. Stønaden blir redusert når inntekten er over halvparten av grunnbeløpet i folketrygden.
dodsfall-og-arv-own_expected_income-show-if = Bare hvis du søker om omstillingsstønad.
dodsfall-og-arv-pension_bank_account = Kontonummeret ditt
dodsfall-og-arv-pension_bank_account-help = 11 siffer, for eksempel 1234.56.78903. NAV betaler omstillingsstønaden hit. Bruk din egen konto, ikke kontoen til dødsboet.
dodsfall-og-arv-pension_bank_account-show-if = Bare hvis du søker om omstillingsstønad.

# The services, as the timeline names them ("NAV — omstillingsstønad")
dodsfall-og-arv-service-probate = skifte av dødsboet
dodsfall-og-arv-service-survivors-pension = omstillingsstønad

# The heirs who consent to a private settlement (a party)
dodsfall-og-arv-party-heirs = arving som må samtykke til privat skifte
