dodsfall-og-arv-title = Dødsfall og arv
dodsfall-og-arv-summary = Vel skifteform, søk tingretten om skifteattest og søk om etterlattepensjon.
dodsfall-og-arv-intro = Når nokon døyr, må arvingane velje om buet skal skiftast privat, offentleg eller om attlevande ektefelle skal sitje i uskifte. Alle arvingar må samtykkje. Veiviser hentar den avdøde, ektefellen og borna frå Folkeregisteret.
dodsfall-og-arv-duration = Om lag 30 minutt. Alle arvingar må logge inn og samtykkje.
