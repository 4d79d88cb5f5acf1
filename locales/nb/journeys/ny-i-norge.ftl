ny-i-norge-title = Ny i Norge
ny-i-norge-summary = Meld flytting til Norge, få skattekort, velg fastlege og finn tjenester i kommunen.
ny-i-norge-intro = Når du flytter til Norge, melder du flytting til Skatteetaten og får fødselsnummer eller D-nummer, skattekort og en fastlege. Kommunen har tjenester for nye innbyggere.
ny-i-norge-duration = Omtrent 25 minutter.
