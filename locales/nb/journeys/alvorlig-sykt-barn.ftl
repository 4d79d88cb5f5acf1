alvorlig-sykt-barn-title = Alvorlig sykt barn
alvorlig-sykt-barn-summary = Søk om pleiepenger, ekstra omsorgsdager og avlastning fra kommunen.
alvorlig-sykt-barn-intro = Når et barn blir alvorlig sykt, kan foreldrene ha rett til pleiepenger og ekstra omsorgsdager fra NAV, og kommunen kan gi avlastning og en koordinator. Du svarer én gang, og hver etat får det den trenger.
alvorlig-sykt-barn-duration = Omtrent 15 minutter.
