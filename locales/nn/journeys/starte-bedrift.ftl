starte-bedrift-title = Starte og drive ei verksemd
starte-bedrift-summary = Registrer verksemda, meld henne inn i Meirverdiavgiftsregisteret og registrer deg som arbeidsgivar.
starte-bedrift-intro = Når du startar ei verksemd, registrerer du henne i Einingsregisteret, meldar henne inn i Meirverdiavgiftsregisteret når omsetnaden krev det, og registrerer deg som arbeidsgivar om du skal ha tilsette.
starte-bedrift-duration = Om lag 25 minutt.
