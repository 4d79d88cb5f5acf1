frivillig-organisasjon-title = Starte og drive ein frivillig organisasjon
frivillig-organisasjon-summary = Registrer organisasjonen i Einingsregisteret og Frivilligregisteret, og søk om momskompensasjon.
frivillig-organisasjon-intro = Ein frivillig organisasjon blir registrert i Einingsregisteret og kan registrerast i Frivilligregisteret. Då kan han søkje om momskompensasjon og vere med i grasrotdelen.
frivillig-organisasjon-duration = Om lag 20 minutt.
