alvorlig-sykt-barn-title = Alvorleg sjukt barn
alvorlig-sykt-barn-summary = Søk om pleiepengar, ekstra omsorgsdagar og avlasting frå kommunen.
alvorlig-sykt-barn-intro = Når eit barn blir alvorleg sjukt, kan foreldra ha rett til pleiepengar og ekstra omsorgsdagar frå NAV, og kommunen kan gi avlasting og ein koordinator. Du svarer éin gong, og kvar etat får det han treng.
alvorlig-sykt-barn-duration = Om lag 15 minutt.
