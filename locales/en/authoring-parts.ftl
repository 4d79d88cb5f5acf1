# Steps and questions of the draft, each in a form of its own (server/src/authoring/steps.rs,
# question_edit.rs; the pages app/src/pages/admin/journeys/step_form.rs, question_edit.rs).

authoring-action-add-step = Added a step
authoring-action-edit-step = Changed a step
authoring-action-remove-step = Removed a step
authoring-action-edit-question = Changed a question
authoring-action-remove-question = Removed a question

authoring-kind-group = Repeating group

authoring-parts-add-step = Add a step
authoring-parts-save = Save the changes

authoring-parts-step-add-title = Add a step to { $journey }
authoring-parts-step-edit-title = The step { $step } in { $journey }
authoring-parts-step-id = The step's id
authoring-parts-step-id-help = Lowercase letters, digits and single hyphens, for example about-the-child. It is in the step's address.
authoring-parts-step-after = Where it goes
authoring-parts-step-first = First, before every other step
authoring-parts-step-headings = The heading, in every language
authoring-parts-step-intro = The step has an introduction
authoring-parts-step-intros = The introduction, in every language (when the step has one)
authoring-parts-step-questions = The step's questions
authoring-parts-step-add = Add the step
authoring-parts-step-remove = Remove the step and its questions

authoring-parts-question-title = The question { $question } in { $journey }
authoring-parts-question-kind = Type of answer: { $kind }
authoring-parts-question-help = The question has a help text
authoring-parts-question-helps = The help text, in every language (when the question has one)
authoring-parts-question-remove = Remove the question

authoring-parts-setting-max_length = Most characters in the answer (optional)
authoring-parts-setting-min = At least (optional)
authoring-parts-setting-max = At most (optional)
authoring-parts-setting-not_before = Earliest (optional)
authoring-parts-setting-not_after = Latest (optional)
authoring-parts-setting-date-help = A date such as 1900-01-01, or today, today - 12m, today + 30d.

authoring-parts-draft-broken = The draft's text cannot be read. Fix it in the text first.
authoring-parts-remove-refused = This cannot be removed yet: something else in the draft refers to it. Change what is listed below first.
authoring-parts-step-id-invalid = Enter an id of lowercase letters, digits and single hyphens, starting with a letter.
authoring-parts-step-id-taken = There is already a step with this id.
authoring-parts-step-after-unknown = Choose a step from the list.
authoring-parts-heading-missing = Enter the heading in this language.
authoring-parts-intro-missing = Enter the introduction in this language, or untick the introduction.
authoring-parts-label-missing = Enter the question in this language.
authoring-parts-help-missing = Enter the help text in this language, or untick the help text.
authoring-parts-number-invalid = Enter a whole number, or leave the field empty.
authoring-parts-options-missing = Enter at least one option.
authoring-parts-options-invalid = Enter each option on a line of its own as value | bokmål | nynorsk | English.

authoring-parts-done-step-added = The step was added to the draft.
authoring-parts-done-step-saved = The step was changed.
authoring-parts-done-step-removed = The step was removed from the draft.
authoring-parts-done-question-saved = The question was changed.
authoring-parts-done-question-removed = The question was removed from the draft.
authoring-parts-branches = On to another step (optional)
authoring-parts-branches-help = One branch a line: the step's id, a vertical bar and when it applies, for example “child-benefit | apply_parental_benefit == false”. The first that applies wins; if none does, the next step in order follows.
authoring-parts-branches-invalid = Write each branch as the step's id, a vertical bar and a condition, for example “child-benefit | age > 18”.
authoring-parts-question-show-if-text = Say when the question applies, in words of its own (without JavaScript, while its condition does not hold)
authoring-parts-question-show-if-words = When the question applies, in every language
authoring-parts-show-if-missing = Write when the question applies in this language.
authoring-parts-question-about = The answer says what the application is about (shown on its card on My page)
