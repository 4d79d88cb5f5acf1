# Leveranser som ikke kom fram: virksomhetens administratorer (og, bare lesing, saksbehandlerne i
# virksomheter med eget saksbehandlingssystem).

deliveries-title = Leveranser som ikke kom fram: { $agency }
deliveries-sent-title = Sendt til { $agency }
deliveries-back-admin = Tilbake til administrasjon
deliveries-intro-admin = Her er forsendelsene som venter, prøves på nytt eller er gitt opp. En forsendelse som er gitt opp, kan du sende på nytt. Virksomheten får den likevel bare én gang.
deliveries-intro-read-only = Her er forsendelsene som venter, prøves på nytt eller er gitt opp. Virksomhetens administratorer kan sende dem som er gitt opp, på nytt.
deliveries-intro-sent = Dette sendte Veiviser til virksomhetens eget saksbehandlingssystem, når det ble levert, og hva virksomheten sist har meldt om saken.
deliveries-lists-label = Forsendelser
deliveries-show-undelivered = Ikke levert
deliveries-show-sent = Levert
deliveries-retry = Send på nytt
deliveries-retry-all = Send alle som er gitt opp, på nytt
deliveries-done-retried = Lagt i køen igjen: { $count }
deliveries-done-nothing = Det var ingenting å sende på nytt. Forsendelsen er ikke lenger gitt opp.
deliveries-more = Bare de nyeste forsendelsene vises. «Send alle på nytt» gjelder alle som er gitt opp.
deliveries-empty = Alt til { $agency } er levert.
deliveries-sent-empty = Ingenting er levert til { $agency } ennå.
deliveries-caption = Forsendelser til { $agency } som ikke er levert
deliveries-sent-caption = Forsendelser levert til { $agency }
deliveries-column-reference = Referanse
deliveries-column-service = Livshendelse og tjeneste
deliveries-column-state = Tilstand
deliveries-column-attempts = Forsøk
deliveries-column-error = Siste feil
deliveries-column-queued = Lagt i kø
deliveries-column-next = Neste forsøk
deliveries-column-retries = Sendt på nytt
deliveries-column-delivered = Levert
deliveries-column-case-number = Saksnummer
deliveries-column-status = Siste status
deliveries-column-payload = Hva som ble sendt
deliveries-column-action = Handling
deliveries-state-waiting = Venter på å bli sendt
deliveries-state-retrying = Prøves på nytt
deliveries-state-dead = Gitt opp
deliveries-held = Venter på svar fra en som er med i søknaden
deliveries-state-delivered = Levert
deliveries-given-up-at = Gitt opp { $time }
deliveries-no-retries = Ingen
deliveries-retried-by-operator = driftsoperatør
deliveries-no-status = Ingenting meldt ennå
deliveries-show-payload = Vis hva som ble sendt
case-history-retried = Forsendelsen ble sendt på nytt etter at den var gitt opp.

# Drift: alle virksomhetenes forsendelser som ikke er levert, for driftsoperatører (plattformens
# egne folk, ikke en virksomhets). De ser aldri innholdet i sakene.
operator-title = Drift: leveranser som ikke kom fram
operator-intro = Her er hvor mange forsendelser til hver virksomhet som ikke er levert ennå. Velg en virksomhet for å se forsendelsene med siste feil og sende dem som er gitt opp, på nytt. Innholdet i sakene ser du ikke.
operator-none-dead = Ingen forsendelser er gitt opp.
operator-dead-total = Gitt opp i alt: { $count }
operator-caption = Forsendelser som ikke er levert, per virksomhet
operator-column-agency = Virksomhet
operator-column-pending = Venter eller prøves på nytt
operator-column-dead = Gitt opp
deliveries-back-operator = Tilbake til drift
