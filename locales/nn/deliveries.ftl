# Leveransar som ikkje kom fram: administratorane i verksemda (og, berre lesing, sakshandsamarane
# i verksemder med eige sakshandsamingssystem).

deliveries-title = Leveransar som ikkje kom fram: { $agency }
deliveries-sent-title = Sendt til { $agency }
deliveries-back-admin = Tilbake til administrasjon
deliveries-intro-admin = Her er sendingane som ventar, blir prøvde på nytt eller er gitt opp. Ei sending som er gitt opp, kan du sende på nytt. Verksemda får ho likevel berre éin gong.
deliveries-intro-read-only = Her er sendingane som ventar, blir prøvde på nytt eller er gitt opp. Administratorane i verksemda kan sende dei som er gitt opp, på nytt.
deliveries-intro-sent = Dette sende Veiviser til det eigne sakshandsamingssystemet til verksemda, når det vart levert, og kva verksemda sist har meldt om saka.
deliveries-lists-label = Sendingar
deliveries-show-undelivered = Ikkje levert
deliveries-show-sent = Levert
deliveries-retry = Send på nytt
deliveries-retry-all = Send alle som er gitt opp, på nytt
deliveries-done-retried = Lagt i køen igjen: { $count }
deliveries-done-nothing = Det var ingenting å sende på nytt. Sendinga er ikkje lenger gitt opp.
deliveries-more = Berre dei nyaste sendingane blir viste. «Send alle på nytt» gjeld alle som er gitt opp.
deliveries-empty = Alt til { $agency } er levert.
deliveries-sent-empty = Ingenting er levert til { $agency } enno.
deliveries-caption = Sendingar til { $agency } som ikkje er leverte
deliveries-sent-caption = Sendingar leverte til { $agency }
deliveries-column-reference = Referanse
deliveries-column-service = Livshending og teneste
deliveries-column-state = Tilstand
deliveries-column-attempts = Forsøk
deliveries-column-error = Siste feil
deliveries-column-queued = Lagt i kø
deliveries-column-next = Neste forsøk
deliveries-column-retries = Sendt på nytt
deliveries-column-delivered = Levert
deliveries-column-case-number = Saksnummer
deliveries-column-status = Siste status
deliveries-column-payload = Kva som vart sendt
deliveries-column-action = Handling
deliveries-state-waiting = Ventar på å bli sendt
deliveries-state-retrying = Blir prøvd på nytt
deliveries-state-dead = Gitt opp
deliveries-held = Ventar på svar frå ein som er med i søknaden
deliveries-state-delivered = Levert
deliveries-given-up-at = Gitt opp { $time }
deliveries-no-retries = Ingen
deliveries-retried-by-operator = driftsoperatør
deliveries-no-status = Ingenting meldt enno
deliveries-show-payload = Vis kva som vart sendt
case-history-retried = Sendinga vart send på nytt etter at ho var gitt opp.

# Drift: sendingar til alle verksemdene som ikkje er leverte, for driftsoperatørar (folka til
# plattforma, ikkje til ei verksemd). Dei ser aldri innhaldet i sakene.
operator-title = Drift: leveransar som ikkje kom fram
operator-intro = Her er kor mange sendingar til kvar verksemd som ikkje er leverte enno. Vel ei verksemd for å sjå sendingane med siste feil og sende dei som er gitt opp, på nytt. Innhaldet i sakene ser du ikkje.
operator-none-dead = Ingen sendingar er gitt opp.
operator-dead-total = Gitt opp i alt: { $count }
operator-caption = Sendingar som ikkje er leverte, per verksemd
operator-column-agency = Verksemd
operator-column-pending = Ventar eller blir prøvd på nytt
operator-column-dead = Gitt opp
deliveries-back-operator = Tilbake til drift
