# Offers on My page: a journey offered because Folkeregisteret reported a birth or a death.
my-page-offers = Forslag til deg
offer-why-birth = Folkeregisteret har registrert at { $name } vart fødd { $date }, med deg som forelder.
offer-why-death = Folkeregisteret har registrert at { $name } døydde { $date }. Vi kondolerer. Du står oppført som ektefelle eller arving.
offer-nothing-sent = Ingenting er sendt. Du vel sjølv om du vil starte.
offer-start = Start
offer-dismiss = Ikkje aktuelt
my-page-offer-dismissed = Forslaget er fjerna frå Mi side.
