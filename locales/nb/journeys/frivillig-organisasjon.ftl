frivillig-organisasjon-title = Starte og drive en frivillig organisasjon
frivillig-organisasjon-summary = Registrer organisasjonen i Enhetsregisteret og Frivillighetsregisteret, og søk om momskompensasjon.
frivillig-organisasjon-intro = En frivillig organisasjon registreres i Enhetsregisteret og kan registreres i Frivillighetsregisteret. Da kan den søke om momskompensasjon og være med i grasrotandelen.
frivillig-organisasjon-duration = Omtrent 20 minutter.
