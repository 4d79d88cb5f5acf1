fa-barn-title = Få barn
fa-barn-summary = Gi barnet namn, søk om foreldrepengar, barnetrygd og barnehageplass – på éin gong.
fa-barn-intro = Når de får barn, skal barnet ha namn, de kan ha rett til foreldrepengar og barnetrygd, og mange søkjer barnehageplass. Veiviser hentar det som står om dykk og barnet i Folkeregisteret, og begge foreldra kan vere med.
fa-barn-duration = Om lag 20 minutt. Du kan lagre og halde fram seinare.
