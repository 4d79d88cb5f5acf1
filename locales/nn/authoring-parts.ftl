# Steg og spørsmål i utkastet, kvart i eit eige skjema (server/src/authoring/steps.rs,
# question_edit.rs; sidene app/src/pages/admin/journeys/step_form.rs, question_edit.rs).

authoring-action-add-step = La til eit steg
authoring-action-edit-step = Endra eit steg
authoring-action-remove-step = Fjerna eit steg
authoring-action-edit-question = Endra eit spørsmål
authoring-action-remove-question = Fjerna eit spørsmål

authoring-kind-group = Gruppe som blir gjenteken

authoring-parts-add-step = Legg til eit steg
authoring-parts-save = Lagre endringane

authoring-parts-step-add-title = Legg til eit steg i { $journey }
authoring-parts-step-edit-title = Steget { $step } i { $journey }
authoring-parts-step-id = ID-en til steget
authoring-parts-step-id-help = Små bokstavar, siffer og enkle bindestrekar, til dømes om-barnet. Han står i adressa til steget.
authoring-parts-step-after = Plassering
authoring-parts-step-first = Først, før alle andre steg
authoring-parts-step-headings = Overskrifta, på alle språk
authoring-parts-step-intro = Steget har ei innleiing
authoring-parts-step-intros = Innleiinga, på alle språk (når steget har ei)
authoring-parts-step-questions = Spørsmåla i steget
authoring-parts-step-add = Legg til steget
authoring-parts-step-remove = Fjern steget og spørsmåla i det

authoring-parts-question-title = Spørsmålet { $question } i { $journey }
authoring-parts-question-kind = Type svar: { $kind }
authoring-parts-question-help = Spørsmålet har ein hjelpetekst
authoring-parts-question-helps = Hjelpeteksten, på alle språk (når spørsmålet har ein)
authoring-parts-question-remove = Fjern spørsmålet

authoring-parts-setting-max_length = Flest teikn i svaret (valfritt)
authoring-parts-setting-min = Minst (valfritt)
authoring-parts-setting-max = Høgst (valfritt)
authoring-parts-setting-not_before = Tidlegast (valfritt)
authoring-parts-setting-not_after = Seinast (valfritt)
authoring-parts-setting-date-help = Ein dato som 1900-01-01, eller today, today - 12m, today + 30d.

authoring-parts-draft-broken = Teksten i utkastet kan ikkje lesast. Rett han i teksten først.
authoring-parts-remove-refused = Dette kan ikkje fjernast enno: noko anna i utkastet viser til det. Endre det som står under, først.
authoring-parts-step-id-invalid = Skriv ein ID med små bokstavar, siffer og enkle bindestrekar, som byrjar med ein bokstav.
authoring-parts-step-id-taken = Det finst alt eit steg med denne ID-en.
authoring-parts-step-after-unknown = Vel eit steg frå lista.
authoring-parts-heading-missing = Skriv overskrifta på dette språket.
authoring-parts-intro-missing = Skriv innleiinga på dette språket, eller ta bort krysset for innleiing.
authoring-parts-label-missing = Skriv spørsmålet på dette språket.
authoring-parts-help-missing = Skriv hjelpeteksten på dette språket, eller ta bort krysset for hjelpetekst.
authoring-parts-number-invalid = Skriv eit heilt tal, eller la feltet stå tomt.
authoring-parts-options-missing = Skriv minst eitt svaralternativ.
authoring-parts-options-invalid = Skriv kvart alternativ på ei eiga linje som verdi | bokmål | nynorsk | engelsk.

authoring-parts-done-step-added = Steget er lagt til i utkastet.
authoring-parts-done-step-saved = Steget er endra.
authoring-parts-done-step-removed = Steget er fjerna frå utkastet.
authoring-parts-done-question-saved = Spørsmålet er endra.
authoring-parts-done-question-removed = Spørsmålet er fjerna frå utkastet.
authoring-parts-branches = Vidare til eit anna steg (valfritt)
authoring-parts-branches-help = Éi linje per forgreining: id-en til steget, ein loddrett strek og når det gjeld, til dømes «child-benefit | apply_parental_benefit == false». Den første som gjeld, vinn; gjeld ingen, kjem neste steg i rekkjefølgja.
authoring-parts-branches-invalid = Skriv kvar forgreining som id-en til steget, ein loddrett strek og eit vilkår, til dømes «barnetrygd | alder > 18».
authoring-parts-question-show-if-text = Sei når spørsmålet gjeld, med eigne ord (utan JavaScript, medan vilkåret ikkje er oppfylt)
authoring-parts-question-show-if-words = Når spørsmålet gjeld, på alle språk
authoring-parts-show-if-missing = Skriv når spørsmålet gjeld, på dette språket.
authoring-parts-question-about = Svaret seier kva søknaden gjeld (blir vist på kortet på Mi side)
