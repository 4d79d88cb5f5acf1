ny-i-norge-title = Ny i Noreg
ny-i-norge-summary = Meld flytting til Noreg, få skattekort, vel fastlege og finn tenester i kommunen.
ny-i-norge-intro = Når du flyttar til Noreg, meldar du flytting til Skatteetaten og får fødselsnummer eller D-nummer, skattekort og ein fastlege. Kommunen har tenester for nye innbyggjarar.
ny-i-norge-duration = Om lag 25 minutt.
