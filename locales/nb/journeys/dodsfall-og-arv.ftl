dodsfall-og-arv-title = Dødsfall og arv
dodsfall-og-arv-summary = Velg skifteform, søk tingretten om skifteattest og søk om etterlattepensjon.
dodsfall-og-arv-intro = Når noen dør, må arvingene velge om boet skal skiftes privat, offentlig eller om gjenlevende ektefelle skal sitte i uskifte. Alle arvinger må samtykke. Veiviser henter den avdøde, ektefellen og barna fra Folkeregisteret.
dodsfall-og-arv-duration = Omtrent 30 minutter. Alle arvinger må logge inn og samtykke.
