miste-jobb-title = Miste og finne jobb
miste-jobb-summary = Registrer deg som arbeidssøker, søk om dagpenger og endre skattekortet.
miste-jobb-intro = Når du mister jobben, registrerer du deg som arbeidssøker og søker om dagpenger hos NAV. Inntekten endrer seg, så skattekortet bør endres. Veiviser henter arbeidsforholdene dine fra Aa-registeret.
miste-jobb-duration = Omtrent 20 minutter.
