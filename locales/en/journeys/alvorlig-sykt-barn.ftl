alvorlig-sykt-barn-title = Seriously ill child
alvorlig-sykt-barn-summary = Apply for care benefit, extra days of leave and relief services from the municipality.
alvorlig-sykt-barn-intro = When a child becomes seriously ill, the parents may be entitled to care benefit and extra days of leave from NAV, and the municipality can offer relief services and a coordinator. You answer once, and each agency gets what it needs.
alvorlig-sykt-barn-duration = About 15 minutes.
