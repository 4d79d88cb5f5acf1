fa-barn-title = Få barn
fa-barn-summary = Gi barnet navn, søk om foreldrepenger, barnetrygd og barnehageplass – på én gang.
fa-barn-intro = Når dere får barn, skal barnet ha navn, dere kan ha rett til foreldrepenger og barnetrygd, og mange søker barnehageplass. Veiviser henter det som står om dere og barnet i Folkeregisteret, og begge foreldrene kan være med.
fa-barn-duration = Omtrent 20 minutter. Du kan lagre og fortsette senere.
