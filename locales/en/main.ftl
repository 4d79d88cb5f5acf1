# The portal's own texts. Journey texts live in journeys/<journey>.ftl.

service-name = Veiviser
user-menu-button = Menu
demo-banner-label = Demo
demo-banner-title = Demo version:
demo-banner-text = Test login, simulated agencies and made-up people. Do not use real information.
skip-to-content = Skip to main content
footer-about = Veiviser brings the services of many agencies together as one service for life's big events.

language-menu-label = Language
language-menu-button = Language

home-heading = What is happening in your life?
home-lead = Choose the life event. You answer each question once, and we send it to every agency that needs it.
home-list-label = Life events

breadcrumbs-label = Breadcrumbs
life-event-back = All life events
life-event-agencies = Agencies:
life-event-agencies-heading = Agencies involved
life-event-duration-heading = How long it takes
life-event-coming-soon = Logging in and applying for this life event is coming soon.

not-found-title = Page not found
not-found-body = We could not find the page you were looking for. The link may be old, or the address may be mistyped.
not-found-home = Go to the front page

agency-nav = NAV
agency-skatteetaten = The Norwegian Tax Administration
agency-brreg = The Brønnøysund Register Centre
agency-domstol = The district court
agency-kommune = The municipality
agency-helfo = Helfo
agency-lottstift = The Norwegian Gaming and Foundation Authority
agency-helse = The health service
# The name inside a sentence ("Messages with the municipality").
agency-nav-in-text = NAV
agency-skatteetaten-in-text = the Norwegian Tax Administration
agency-brreg-in-text = the Brønnøysund Register Centre
agency-domstol-in-text = the district court
agency-kommune-in-text = the municipality
agency-helfo-in-text = Helfo
agency-lottstift-in-text = the Norwegian Gaming and Foundation Authority
agency-helse-in-text = the health service

unavailable-title = We cannot save right now
unavailable-body = Nothing was lost. Please try again in a moment. Quote error code { $incident } if you contact us.
step-unsaved = We could not save what you typed. It is still in the form below, so you can try again in a moment. Error code: { $incident }.

# A date outside the bounds its journey states (dates shown as dd.mm.yyyy).
error-date-too-early = The date cannot be before { $min }.
error-date-too-late = The date cannot be after { $max }.

# Drafts: continuing one from the life event's page, its card on My page, deleting one; and
# the step count when the answers change the number of steps.
journey-step-of-changed = Step { $position } of { $total } – the questions follow your answers
my-page-draft-about = About: { $about }
my-page-draft-step = Now at: { $step }
my-page-draft-delete = Delete the draft
my-page-deleted = The draft has been deleted.
draft-delete-title = Delete this draft?
draft-delete-body = The answers you have given in “{ $journey }” will be deleted and cannot be recovered. The record of the information we fetched about you stays on My page.
draft-delete-confirm = Yes, delete the draft
draft-delete-cancel = No, keep it
life-event-continue-heading = You have started this
life-event-continue-body = Your answers are saved, so you can continue where you left off.
life-event-continue = Continue where you left off
life-event-start-over = Would you rather start again?
life-event-delete-draft = Delete the draft first
draft-moved-heading = This service has changed since you started
draft-moved-new-question = A new question was added to step { $step }: «{ $question }»
draft-moved-answer-removed = Your answer to «{ $question }» could not be kept. Please answer it again.
draft-moved-question-changed = The question «{ $question }» on step { $step } has changed. Check your answer.
preview-banner = Preview of version { $version } as { $person }: nothing is sent to any agency.
preview-back = Back to the draft
# Keeping a finished preview as a saved test case of the draft.
preview-case-heading = Keep this walk as a test case
preview-case-name = Name of the test case
preview-case-help = The answers, steps and services of this walk are saved in the draft as a test case, and run on every change. Nothing is submitted.
preview-case-save = Save as a test case
