# Steg og spørsmål i utkastet, hvert i et eget skjema (server/src/authoring/steps.rs,
# question_edit.rs; sidene app/src/pages/admin/journeys/step_form.rs, question_edit.rs).

authoring-action-add-step = La til et steg
authoring-action-edit-step = Endret et steg
authoring-action-remove-step = Fjernet et steg
authoring-action-edit-question = Endret et spørsmål
authoring-action-remove-question = Fjernet et spørsmål

authoring-kind-group = Gruppe som gjentas

authoring-parts-add-step = Legg til et steg
authoring-parts-save = Lagre endringene

authoring-parts-step-add-title = Legg til et steg i { $journey }
authoring-parts-step-edit-title = Steget { $step } i { $journey }
authoring-parts-step-id = Stegets id
authoring-parts-step-id-help = Små bokstaver, sifre og enkle bindestreker, for eksempel om-barnet. Den står i adressen til steget.
authoring-parts-step-after = Plassering
authoring-parts-step-first = Først, før alle andre steg
authoring-parts-step-headings = Overskriften, på alle språk
authoring-parts-step-intro = Steget har en innledning
authoring-parts-step-intros = Innledningen, på alle språk (når steget har en)
authoring-parts-step-questions = Spørsmålene i steget
authoring-parts-step-add = Legg til steget
authoring-parts-step-remove = Fjern steget og spørsmålene i det

authoring-parts-question-title = Spørsmålet { $question } i { $journey }
authoring-parts-question-kind = Type svar: { $kind }
authoring-parts-question-help = Spørsmålet har en hjelpetekst
authoring-parts-question-helps = Hjelpeteksten, på alle språk (når spørsmålet har en)
authoring-parts-question-remove = Fjern spørsmålet

authoring-parts-setting-max_length = Flest tegn i svaret (valgfritt)
authoring-parts-setting-min = Minst (valgfritt)
authoring-parts-setting-max = Høyst (valgfritt)
authoring-parts-setting-not_before = Tidligst (valgfritt)
authoring-parts-setting-not_after = Senest (valgfritt)
authoring-parts-setting-date-help = En dato som 1900-01-01, eller today, today - 12m, today + 30d.

authoring-parts-draft-broken = Utkastets tekst kan ikke leses. Rett den i teksten først.
authoring-parts-remove-refused = Dette kan ikke fjernes ennå: noe annet i utkastet viser til det. Endre det som står under først.
authoring-parts-step-id-invalid = Skriv en id med små bokstaver, sifre og enkle bindestreker, som begynner med en bokstav.
authoring-parts-step-id-taken = Det finnes allerede et steg med denne id-en.
authoring-parts-step-after-unknown = Velg et steg fra listen.
authoring-parts-heading-missing = Skriv overskriften på dette språket.
authoring-parts-intro-missing = Skriv innledningen på dette språket, eller ta bort krysset for innledning.
authoring-parts-label-missing = Skriv spørsmålet på dette språket.
authoring-parts-help-missing = Skriv hjelpeteksten på dette språket, eller ta bort krysset for hjelpetekst.
authoring-parts-number-invalid = Skriv et helt tall, eller la feltet stå tomt.
authoring-parts-options-missing = Skriv minst ett svaralternativ.
authoring-parts-options-invalid = Skriv hvert alternativ på en egen linje som verdi | bokmål | nynorsk | engelsk.

authoring-parts-done-step-added = Steget er lagt til i utkastet.
authoring-parts-done-step-saved = Steget er endret.
authoring-parts-done-step-removed = Steget er fjernet fra utkastet.
authoring-parts-done-question-saved = Spørsmålet er endret.
authoring-parts-done-question-removed = Spørsmålet er fjernet fra utkastet.
authoring-parts-branches = Videre til et annet steg (valgfritt)
authoring-parts-branches-help = Én linje per forgrening: stegets id, en loddrett strek og når det gjelder, for eksempel «child-benefit | apply_parental_benefit == false». Den første som gjelder, vinner; gjelder ingen, kommer neste steg i rekkefølgen.
authoring-parts-branches-invalid = Skriv hver forgrening som stegets id, en loddrett strek og et vilkår, for eksempel «barnetrygd | alder > 18».
authoring-parts-question-show-if-text = Si når spørsmålet gjelder, med egne ord (uten JavaScript, mens vilkåret ikke er oppfylt)
authoring-parts-question-show-if-words = Når spørsmålet gjelder, på alle språk
authoring-parts-show-if-missing = Skriv når spørsmålet gjelder, på dette språket.
authoring-parts-question-about = Svaret sier hva søknaden gjelder (vises på kortet på Min side)
