# The portal's own texts. Journey texts live in journeys/<journey>.ftl.

service-name = Veiviser
skip-to-content = Hopp til hovedinnholdet
footer-about = Veiviser samler tjenestene fra flere etater i én tjeneste for de store hendelsene i livet.

language-menu-label = Språk
language-menu-button = Språk

home-heading = Hva skjer i livet ditt?
home-lead = Velg livshendelsen. Du svarer på hvert spørsmål én gang, og vi sender det til alle etatene som trenger det.
home-list-label = Livshendelser

breadcrumbs-label = Brødsmulesti
life-event-back = Alle livshendelser
life-event-agencies = Etater:
life-event-agencies-heading = Etater som er med
life-event-duration-heading = Hvor lang tid det tar
life-event-coming-soon = Innlogging og søknad for denne livshendelsen kommer snart.

not-found-title = Fant ikke siden
not-found-body = Vi fant ikke siden du lette etter. Kanskje lenken er gammel, eller adressen er skrevet feil.
not-found-home = Gå til forsiden

agency-nav = NAV
agency-skatteetaten = Skatteetaten
agency-brreg = Brønnøysundregistrene
agency-domstol = Tingretten
agency-kommune = Kommunen
agency-helfo = Helfo
