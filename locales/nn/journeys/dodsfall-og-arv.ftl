dodsfall-og-arv-title = Dødsfall og arv
dodsfall-og-arv-summary = Vel skifteform, meld frå til tingretten og søk om omstillingsstønad frå NAV.
dodsfall-og-arv-intro = Når nokon døyr, må arvingane bestemme om buet skal skiftast privat eller offentleg, eller om attlevande ektefelle eller sambuar skal sitje i uskifte. Alle arvingane må samtykkje. Veiviser hentar den avdøde og arvingane frå Folkeregisteret, og som attlevande kan du samtidig søkje om omstillingsstønad frå NAV.
dodsfall-og-arv-duration = Om lag 30 minutt. Alle arvingane må logge inn og samtykkje.
dodsfall-og-arv-needs = Oversikt over kven som arvar, og testamentet dersom det finst. Omtrentlege verdiar for bankinnskot, bustad og annan eigedom, og gjeld du kjenner til. Kontonummeret til dødsbuet dersom banken har oppretta ein slik konto. Søkjer du om omstillingsstønad, treng du òg eit overslag over inntekta di i år og ditt eige kontonummer.

# The deceased
dodsfall-og-arv-step-deceased = Den avdøde
dodsfall-og-arv-step-deceased-intro = Vi har henta opplysningane frå Folkeregisteret. Sjekk at dei stemmer.
dodsfall-og-arv-deceased_pid = Fødselsnummeret til den avdøde
dodsfall-og-arv-deceased_pid-help = 11 siffer. Vi har henta det frå Folkeregisteret.
dodsfall-og-arv-deceased_name = Namnet til den avdøde
dodsfall-og-arv-death_date = Dødsdato
dodsfall-og-arv-death_date-help = Skriv datoen som dd.mm.åååå, til dømes 17.05.2026.
dodsfall-og-arv-has_will = Etterlét den avdøde seg eit testament?
dodsfall-og-arv-has_will-help = Eit testament kan bestemme kven som arvar, òg andre enn familien. Svar ja dersom du veit om eit testament. Tingretten kan be om ein kopi.

# The citizen's relation
dodsfall-og-arv-step-relation = Du og den avdøde
dodsfall-og-arv-relation = Kva var du for den avdøde?
dodsfall-og-arv-relation-help = Svaret avgjer kva val du får vidare. Berre attlevande ektefelle eller sambuar kan sitje i uskifte og søkje om omstillingsstønad.
dodsfall-og-arv-relation-spouse = Ektefelle eller registrert partnar
dodsfall-og-arv-relation-cohabitant = Sambuar
dodsfall-og-arv-relation-child = Barn
dodsfall-og-arv-relation-other-heir = Annan arving, til dømes barnebarn, forelder, sysken eller arving etter testament
dodsfall-og-arv-phone = Telefonnummeret ditt
dodsfall-og-arv-phone-help = Tingretten kan ringje deg dersom dei lurer på noko. La feltet stå tomt dersom du heller vil få svar skriftleg.

# The heirs
dodsfall-og-arv-step-heirs = Arvingane
dodsfall-og-arv-step-heirs-intro = Vi har henta arvingane etter lova frå Folkeregisteret. Alle arvingane får ei melding frå Veiviser og må logge inn og samtykkje før tingretten behandlar saka.
dodsfall-og-arv-heirs = Arvingar
dodsfall-og-arv-heirs-help = Sjekk lista. Legg til arvingar som manglar, til dømes barnebarn når eitt av barna til den avdøde er død, eller arvingar etter testament. Er du arving, skal du òg stå på lista.
dodsfall-og-arv-heirs-item = Arving { $number }
dodsfall-og-arv-heir_pid = Fødselsnummer
dodsfall-og-arv-heir_name = Namn
dodsfall-og-arv-heir_relation = Slekt til den avdøde
dodsfall-og-arv-heir_relation-spouse = Ektefelle eller registrert partnar
dodsfall-og-arv-heir_relation-child = Barn
dodsfall-og-arv-heir_relation-grandchild = Barnebarn
dodsfall-og-arv-heir_relation-parent = Forelder
dodsfall-og-arv-heir_relation-sibling = Sysken
dodsfall-og-arv-heir_relation-other = Annan, til dømes sambuar eller arving etter testament
dodsfall-og-arv-heirs_informed = Veit alle arvingane om dødsfallet og at du melder frå til tingretten?
dodsfall-og-arv-heirs_informed-help = Alle på lista får ei melding frå Veiviser og må samtykkje. Det går raskare når dei veit om det på førehand.
dodsfall-og-arv-heirs_informed-show-if = Berre dersom det er meir enn éin arving.
dodsfall-og-arv-heirs_under_guardianship = Er nokon av arvingane under 18 år eller under verjemål?
dodsfall-og-arv-heirs_under_guardianship-help = Då er det verja som samtykkjer for dei. For barn er verja som regel foreldra. Tingretten kan be om meir informasjon.

# The choice of settlement
dodsfall-og-arv-step-settlement = Skifteform
dodsfall-og-arv-step-settlement-intro = Buet er det den avdøde åtte og skulda. Arvingane vel korleis det skal gjerast opp. Vil de skifte privat, må tingretten ha fått melding innan 60 dagar etter dødsfallet.
dodsfall-og-arv-settlement = Korleis skal buet gjerast opp?
dodsfall-og-arv-settlement-help = Berre attlevande ektefelle eller sambuar kan sitje i uskifte. Er du ikkje det sjølv, må ektefellen eller sambuaren stadfeste valet når dei samtykkjer som arving.
dodsfall-og-arv-settlement-private = Privat skifte – arvingane gjer opp buet sjølve og tek over ansvaret for gjelda
dodsfall-og-arv-settlement-public = Offentleg skifte – tingretten oppnemner ein bubestyrar som gjer opp buet
dodsfall-og-arv-settlement-undivided = Uskifte – attlevande ektefelle eller sambuar tek over buet, og arven blir delt seinare

# Private settlement
dodsfall-og-arv-step-private = Privat skifte
dodsfall-og-arv-step-private-intro = Ved privat skifte fordeler arvingane arven sjølve. Tingretten skriv ut ein skifteattest som viser bankar og andre kven som kan handle på vegner av buet.
dodsfall-og-arv-debt_liability = Tek arvingane på seg ansvaret for gjelda til den avdøde?
dodsfall-og-arv-debt_liability-help = Arvingane blir personleg og solidarisk ansvarlege for all gjeld, òg gjeld de ikkje kjenner til. Er de usikre på om gjelda er større enn verdiane, bør de velje offentleg skifte. Svarer du nei, kan ikkje buet skiftast privat.

# Undivided possession
dodsfall-og-arv-step-undivided = Uskifte
dodsfall-og-arv-step-undivided-intro = I uskifte tek du over det de åtte, og arven blir først delt seinare, vanlegvis når du døyr eller giftar deg att. Sambuarar kan sitje i uskifte med felles bustad, innbu, fritidsbustad og bil dersom dei har, har hatt eller ventar felles barn.
dodsfall-og-arv-undivided_debt_liability = Tek du på deg ansvaret for gjelda til den avdøde?
dodsfall-og-arv-undivided_debt_liability-help = Den som sit i uskifte, blir personleg ansvarleg for all gjeld den avdøde hadde.
dodsfall-og-arv-has_stepchildren = Hadde den avdøde barn med ein annan enn deg (særkullsbarn)?
dodsfall-og-arv-has_stepchildren-help = Særkullsbarn er barn den avdøde fekk med ein annan enn deg. Dei har rett til å få arven sin no dersom dei ikkje samtykkjer til uskifte.
dodsfall-og-arv-stepchildren_consent = Har særkullsbarna samtykt til uskifte?
dodsfall-og-arv-stepchildren_consent-help = Særkullsbarna stadfester samtykket sitt når dei loggar inn i Veiviser. Svar nei dersom du ikkje har spurt dei enno.
dodsfall-og-arv-stepchildren_consent-show-if = Berre dersom den avdøde hadde barn med ein annan enn deg.
dodsfall-og-arv-separate_property = Hadde den avdøde særeige?
dodsfall-og-arv-separate_property-help = Særeige er det som etter ektepakt eller testament ikkje skal delast. Særeige er ikkje med i uskiftet med mindre testamentet eller arvingane tillèt det.

# Public settlement
dodsfall-og-arv-step-public = Offentleg skifte
dodsfall-og-arv-step-public-intro = Tingretten oppnemner ein bubestyrar, vanlegvis ein advokat, som gjer opp buet. Kostnadene blir betalte av buet, og arvingane blir ikkje ansvarlege for gjelda.
dodsfall-og-arv-public_reason = Kvifor ønskjer de offentleg skifte?
dodsfall-og-arv-public_reason-help = Du treng ikkje svare. Det kan til dømes vere at arvingane er usamde, at gjelda kan vere større enn verdiane, eller at ingen vil ta på seg ansvaret for gjelda.

# Assets and debts
dodsfall-og-arv-step-assets = Eigedelar og gjeld
dodsfall-og-arv-step-assets-intro = Skriv omtrentlege beløp på dødsdagen, i heile kroner. La felta stå tomme dersom du ikkje veit.
dodsfall-og-arv-bank_deposits = Bankinnskot
dodsfall-og-arv-bank_deposits-help = Summen på alle kontoane til den avdøde.
dodsfall-og-arv-property_value = Bustad og annan fast eigedom
dodsfall-og-arv-property_value-help = Omtrentleg marknadsverdi. Ikkje trekk frå lån her; skriv låna som gjeld.
dodsfall-og-arv-other_assets = Andre verdiar
dodsfall-og-arv-other_assets-help = Til dømes bil, båt, aksjar og fond.
dodsfall-og-arv-known_debts = Gjeld du kjenner til
dodsfall-og-arv-known_debts-help = Summen av lån, kredittar og ubetalte rekningar.
dodsfall-og-arv-estate_bank_account = Kontonummeret til dødsbuet
dodsfall-og-arv-estate_bank_account-help = 11 siffer. Mange bankar opprettar ein eigen konto for dødsbuet. La feltet stå tomt dersom han ikkje finst enno.

# Survivor's allowance (NAV)
dodsfall-og-arv-step-survivors-pension = Omstillingsstønad
dodsfall-og-arv-step-survivors-pension-intro = Omstillingsstønad frå NAV skal sikre inntekta di i tida etter dødsfallet, vanlegvis i tre år. Du kan ha rett dersom du er under 67 år og de var gifte i minst fem år eller har eller hadde barn saman.
dodsfall-og-arv-apply_survivors_pension = Vil du søkje om omstillingsstønad?
dodsfall-og-arv-apply_survivors_pension-help = NAV vurderer om du har rett. Stønaden blir mindre di meir du tener.
dodsfall-og-arv-relationship_start = Når gifte de dykk eller flytte saman?
dodsfall-og-arv-relationship_start-help = Skriv datoen som dd.mm.åååå. Hugsar du ikkje dagen, skriv du den første i månaden.
dodsfall-og-arv-relationship_start-show-if = Berre dersom du søkjer om omstillingsstønad.
dodsfall-og-arv-shared_children = Har eller hadde de barn saman?
dodsfall-og-arv-shared_children-show-if = Berre dersom du søkjer om omstillingsstønad.
dodsfall-og-arv-own_expected_income = Kor mykje reknar du med å tene i år?
dodsfall-og-arv-own_expected_income-help = Arbeidsinntekt og næringsinntekt før skatt, i heile kroner. Stønaden blir redusert når inntekta er over halvparten av grunnbeløpet i folketrygda.
dodsfall-og-arv-own_expected_income-show-if = Berre dersom du søkjer om omstillingsstønad.
dodsfall-og-arv-pension_bank_account = Kontonummeret ditt
dodsfall-og-arv-pension_bank_account-help = 11 siffer, til dømes 1234.56.78903. NAV betaler omstillingsstønaden hit. Bruk din eigen konto, ikkje kontoen til dødsbuet.
dodsfall-og-arv-pension_bank_account-show-if = Berre dersom du søkjer om omstillingsstønad.

# The services, as the timeline names them ("NAV — omstillingsstønad")
dodsfall-og-arv-service-probate = skifte av dødsbuet
dodsfall-og-arv-service-survivors-pension = omstillingsstønad

# The heirs who consent to a private settlement (a party)
dodsfall-og-arv-party-heirs = arving som må samtykkje til privat skifte
