starte-bedrift-title = Starte og drive en bedrift
starte-bedrift-summary = Registrer bedriften, meld den inn i Merverdiavgiftsregisteret og registrer deg som arbeidsgiver.
starte-bedrift-intro = Når du starter en bedrift, registrerer du den i Enhetsregisteret, melder den inn i Merverdiavgiftsregisteret når omsetningen krever det, og registrerer deg som arbeidsgiver hvis du skal ha ansatte.
starte-bedrift-duration = Omtrent 25 minutter.
