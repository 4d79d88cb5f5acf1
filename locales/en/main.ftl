# The portal's own texts. Journey texts live in journeys/<journey>.ftl.

service-name = Veiviser
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
