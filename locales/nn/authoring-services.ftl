# Skjemaa for oppslag i register (førehandsutfylling) og tenester i eit utkast (sak 16).
authoring-parts-prefill-link = Oppslag i register (førehandsutfylling)
authoring-parts-services-link = Tenester og kva dei får tilsendt
authoring-parts-back-prefill = Tilbake til oppslaga
authoring-parts-back-services = Tilbake til tenestene
authoring-parts-prefill-title = Oppslag i register – { $journey }
authoring-parts-prefill-intro = Når ein innbyggjar startar reisa, les portalen desse oppslaga og fyller ut felta med det registeret gir. Innbyggjaren kan rette svara.
authoring-parts-prefill-caption = Oppslaga i utkastet
authoring-parts-prefill-none = Utkastet har ingen oppslag i register.
authoring-parts-col-register = Register
authoring-parts-col-lookup = Oppslag
authoring-parts-col-fills = Fyller (felt = verdi frå registeret)
authoring-parts-col-change = Endre
authoring-parts-prefill-remove = Fjern oppslaget { $lookup }
authoring-parts-prefill-add-link = Legg til eit oppslag
authoring-parts-prefill-new-title = Legg til eit oppslag – { $journey }
authoring-parts-register-folkeregisteret = Folkeregisteret
authoring-parts-register-enhetsregisteret = Einingsregisteret
authoring-parts-register-aa-registeret = Aa-registeret (arbeidsgivar- og arbeidstakarregisteret)
authoring-parts-lookup = Register og oppslag
authoring-parts-lookup-choose = Vel eit oppslag
authoring-parts-lookup-gives = { $lookup } (gir { $keys })
authoring-parts-lookup-gives-list = { $lookup } (gir ei liste med { $keys })
authoring-parts-lookup-help = Eit oppslag som gir ei liste, fyller éi gruppe (skriv gruppe = items) og felta i ho.
authoring-parts-fill = Felta det fyller
authoring-parts-fill-help = Eitt per linje: felt = verdi frå registeret, til dømes child_pid = pid.
authoring-parts-prefill-add = Legg til oppslaget
authoring-parts-services-title = Tenester – { $journey }
authoring-parts-services-intro = Når innbyggjaren sender inn, kallar portalen desse tenestene hos etatane, med svara kvar av dei får tilsendt.
authoring-parts-services-caption = Tenestene i utkastet
authoring-parts-services-none = Utkastet har ingen tenester.
authoring-parts-col-service = Teneste
authoring-parts-col-agency = Etat
authoring-parts-col-operation = Operasjon
authoring-parts-col-condition = Blir send når
authoring-parts-col-after = Ventar på
authoring-parts-always = Alltid
authoring-parts-nothing = Ingen
authoring-parts-service-edit = Endre { $service }
authoring-parts-service-remove = Fjern { $service }
authoring-parts-service-not-removed = Tenesta { $service } vart ikkje fjerna: utkastet ville fått desse problema.
authoring-parts-service-add-link = Legg til ei teneste
authoring-parts-service-title = { $service } – { $journey }
authoring-parts-service-new-title = Legg til ei teneste – { $journey }
authoring-parts-service-id = Id-en til tenesta
authoring-parts-service-id-help = Små bokstavar, siffer og bindestrekar, til dømes child-benefit. Han kan ikkje endrast seinare.
authoring-parts-service-names = Namnet på tenesta, slik innbyggjaren ser det
authoring-parts-service-name-in = På { $language }
authoring-parts-agency = Etat
authoring-parts-agency-choose = Vel ein etat
authoring-parts-operation = Operasjon hos etaten
authoring-parts-operation-help = Namnet etaten gir det han skal gjere, til dømes child-benefit.
authoring-parts-condition = Send ho berre når (valfritt)
authoring-parts-condition-help = Eit vilkår på svara, til dømes apply_child_benefit == true. Tomt: ho blir alltid send.
authoring-parts-after = Ventar på
authoring-parts-after-help = Tenestene som må vere ferdige før denne blir send.
authoring-parts-after-none = Utkastet har ingen andre tenester.
authoring-parts-payload = Kva ho får tilsendt
authoring-parts-payload-help = Éin per linje: nøkkel = felt. Skriv felt? når svaret kan mangle; då blir nøkkelen utelaten.
authoring-parts-service-save = Lagre tenesta
authoring-parts-service-add = Legg til tenesta
authoring-parts-needs-valid-draft = Utkastet har problem. Skjemaa byggjer på det kontrollen les, så rett problema i teksten først.
authoring-parts-stale = Utkastet er endra sidan du opna sida, så ingenting vart lagra. Det du skreiv, står under; sjå over og send det igjen.
authoring-parts-done-prefill-added = Oppslaget er lagt til i utkastet.
authoring-parts-done-prefill-removed = Oppslaget er fjerna frå utkastet.
authoring-parts-done-service-added = Tenesta er lagd til i utkastet.
authoring-parts-done-service-saved = Tenesta er lagra i utkastet.
authoring-parts-done-service-removed = Tenesta er fjerna frå utkastet.
authoring-action-add-prefill = La til eit oppslag i eit register
authoring-action-remove-prefill = Fjerna eit oppslag i eit register
authoring-action-add-service = La til ei teneste
authoring-action-change-service = Endra ei teneste
authoring-action-remove-service = Fjerna ei teneste
admin-part-draft-broken = Teksten i utkastet er ikkje gyldig TOML. Rett han i tekstredigeringa først.
admin-part-lookup-missing = Vel eit register og eit oppslag.
admin-part-fill-missing = Skriv minst eitt felt oppslaget skal fylle.
admin-part-fill-invalid = Linja «{ $what }» er ikkje skriven som felt = verdi.
admin-part-fill-twice = Feltet { $what } står to gonger.
admin-part-service-id-invalid = Id-en kan berre ha små bokstavar, siffer og enkle bindestrekar, og må byrje med ein bokstav.
admin-part-service-id-taken = Utkastet har alt ei teneste med id-en { $what }.
admin-part-service-name-missing = Skriv namnet på dette språket.
admin-part-agency-unknown = Vel ein av etatane i lista.
admin-part-operation-missing = Skriv kva operasjon etaten skal utføre.
admin-part-payload-invalid = Linja «{ $what }» er ikkje skriven som nøkkel = felt.
admin-part-payload-twice = Nøkkelen { $what } står to gonger.
