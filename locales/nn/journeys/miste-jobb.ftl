miste-jobb-title = Miste og finne jobb
miste-jobb-summary = Registrer deg som arbeidssøkjar, søk om dagpengar og endre skattekortet.
miste-jobb-intro = Når du mistar jobben, registrerer du deg som arbeidssøkjar og søkjer om dagpengar hos NAV. Inntekta endrar seg, så skattekortet bør endrast. Veiviser hentar arbeidsforholda dine frå Aa-registeret.
miste-jobb-duration = Om lag 20 minutt.
