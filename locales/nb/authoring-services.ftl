# Skjemaene for et utkasts oppslag i registre (forhåndsutfylling) og tjenester (sak 16).
authoring-parts-prefill-link = Oppslag i registre (forhåndsutfylling)
authoring-parts-services-link = Tjenester og hva de får tilsendt
authoring-parts-back-prefill = Tilbake til oppslagene
authoring-parts-back-services = Tilbake til tjenestene
authoring-parts-prefill-title = Oppslag i registre – { $journey }
authoring-parts-prefill-intro = Når en innbygger starter reisen, leser portalen disse oppslagene og fyller ut feltene med det registeret gir. Innbyggeren kan rette svarene.
authoring-parts-prefill-caption = Oppslagene i utkastet
authoring-parts-prefill-none = Utkastet har ingen oppslag i registre.
authoring-parts-col-register = Register
authoring-parts-col-lookup = Oppslag
authoring-parts-col-fills = Fyller (felt = verdi fra registeret)
authoring-parts-col-change = Endre
authoring-parts-prefill-remove = Fjern oppslaget { $lookup }
authoring-parts-prefill-add-link = Legg til et oppslag
authoring-parts-prefill-new-title = Legg til et oppslag – { $journey }
authoring-parts-register-folkeregisteret = Folkeregisteret
authoring-parts-register-enhetsregisteret = Enhetsregisteret
authoring-parts-register-aa-registeret = Aa-registeret (arbeidsgiver- og arbeidstakerregisteret)
authoring-parts-lookup = Register og oppslag
authoring-parts-lookup-choose = Velg et oppslag
authoring-parts-lookup-gives = { $lookup } (gir { $keys })
authoring-parts-lookup-gives-list = { $lookup } (gir en liste med { $keys })
authoring-parts-lookup-help = Et oppslag som gir en liste, fyller én gruppe (skriv gruppe = items) og feltene i den.
authoring-parts-fill = Feltene det fyller
authoring-parts-fill-help = Ett per linje: felt = verdi fra registeret, for eksempel child_pid = pid.
authoring-parts-prefill-add = Legg til oppslaget
authoring-parts-services-title = Tjenester – { $journey }
authoring-parts-services-intro = Når innbyggeren sender inn, kaller portalen disse tjenestene hos etatene, med svarene hver av dem får tilsendt.
authoring-parts-services-caption = Tjenestene i utkastet
authoring-parts-services-none = Utkastet har ingen tjenester.
authoring-parts-col-service = Tjeneste
authoring-parts-col-agency = Etat
authoring-parts-col-operation = Operasjon
authoring-parts-col-condition = Sendes når
authoring-parts-col-after = Venter på
authoring-parts-always = Alltid
authoring-parts-nothing = Ingen
authoring-parts-service-edit = Endre { $service }
authoring-parts-service-remove = Fjern { $service }
authoring-parts-service-not-removed = Tjenesten { $service } ble ikke fjernet: utkastet ville fått disse problemene.
authoring-parts-service-add-link = Legg til en tjeneste
authoring-parts-service-title = { $service } – { $journey }
authoring-parts-service-new-title = Legg til en tjeneste – { $journey }
authoring-parts-service-id = Tjenestens id
authoring-parts-service-id-help = Små bokstaver, sifre og bindestreker, for eksempel child-benefit. Den kan ikke endres senere.
authoring-parts-service-names = Tjenestens navn, slik innbyggeren ser det
authoring-parts-service-name-in = På { $language }
authoring-parts-agency = Etat
authoring-parts-agency-choose = Velg en etat
authoring-parts-operation = Operasjon hos etaten
authoring-parts-operation-help = Navnet etaten gir det den skal gjøre, for eksempel child-benefit.
authoring-parts-condition = Send den bare når (valgfritt)
authoring-parts-condition-help = En betingelse på svarene, for eksempel apply_child_benefit == true. Tom: den sendes alltid.
authoring-parts-after = Venter på
authoring-parts-after-help = Tjenestene som må være ferdige før denne sendes.
authoring-parts-after-none = Utkastet har ingen andre tjenester.
authoring-parts-payload = Hva den får tilsendt
authoring-parts-payload-help = Én per linje: nøkkel = felt. Skriv felt? når svaret kan mangle; da blir nøkkelen utelatt.
authoring-parts-service-save = Lagre tjenesten
authoring-parts-service-add = Legg til tjenesten
authoring-parts-needs-valid-draft = Utkastet har problemer. Skjemaene bygger på det kontrollen leser, så rett problemene i teksten først.
authoring-parts-stale = Utkastet er endret siden du åpnet siden, så ingenting ble lagret. Det du skrev, står under; se over og send det igjen.
authoring-parts-done-prefill-added = Oppslaget er lagt til i utkastet.
authoring-parts-done-prefill-removed = Oppslaget er fjernet fra utkastet.
authoring-parts-done-service-added = Tjenesten er lagt til i utkastet.
authoring-parts-done-service-saved = Tjenesten er lagret i utkastet.
authoring-parts-done-service-removed = Tjenesten er fjernet fra utkastet.
authoring-action-add-prefill = La til et oppslag i et register
authoring-action-remove-prefill = Fjernet et oppslag i et register
authoring-action-add-service = La til en tjeneste
authoring-action-change-service = Endret en tjeneste
authoring-action-remove-service = Fjernet en tjeneste
admin-part-draft-broken = Utkastets tekst er ikke gyldig TOML. Rett den i tekstredigeringen først.
admin-part-lookup-missing = Velg et register og et oppslag.
admin-part-fill-missing = Skriv minst ett felt oppslaget skal fylle.
admin-part-fill-invalid = Linjen «{ $what }» er ikke skrevet som felt = verdi.
admin-part-fill-twice = Feltet { $what } står to ganger.
admin-part-service-id-invalid = Id-en kan bare ha små bokstaver, sifre og enkle bindestreker, og må begynne med en bokstav.
admin-part-service-id-taken = Utkastet har allerede en tjeneste med id-en { $what }.
admin-part-service-name-missing = Skriv navnet på dette språket.
admin-part-agency-unknown = Velg en av etatene i listen.
admin-part-operation-missing = Skriv hvilken operasjon etaten skal utføre.
admin-part-payload-invalid = Linjen «{ $what }» er ikke skrevet som nøkkel = felt.
admin-part-payload-twice = Nøkkelen { $what } står to ganger.
