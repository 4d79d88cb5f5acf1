# The portal's own texts. Journey texts live in journeys/<journey>.ftl.

service-name = Veiviser
skip-to-content = Hopp til hovudinnhaldet
footer-about = Veiviser samlar tenestene frå fleire etatar i éi teneste for dei store hendingane i livet.

language-menu-label = Språk
language-menu-button = Språk

home-heading = Kva skjer i livet ditt?
home-lead = Vel livshendinga. Du svarer på kvart spørsmål éin gong, og vi sender det til alle etatane som treng det.
home-list-label = Livshendingar

breadcrumbs-label = Brødsmulesti
life-event-back = Alle livshendingar
life-event-agencies = Etatar:
life-event-agencies-heading = Etatar som er med
life-event-duration-heading = Kor lang tid det tek
life-event-coming-soon = Innlogging og søknad for denne livshendinga kjem snart.

not-found-title = Fann ikkje sida
not-found-body = Vi fann ikkje sida du leitte etter. Kanskje lenkja er gammal, eller adressa er skriven feil.
not-found-home = Gå til framsida

agency-nav = NAV
agency-skatteetaten = Skatteetaten
agency-brreg = Brønnøysundregistera
agency-domstol = Tingretten
agency-kommune = Kommunen
agency-helfo = Helfo
