# The portal's own texts. Journey texts live in journeys/<journey>.ftl.

service-name = Veiviser
user-menu-button = Meny
demo-banner-label = Demo
demo-banner-title = Demoversjon:
demo-banner-text = Testinnlogging, simulerte etater og oppdiktede personer. Ikke bruk ekte opplysninger.
skip-to-content = Hopp til hovedinnholdet
footer-about = Veiviser samler tjenestene fra flere etater i én tjeneste for de store hendelsene i livet.

language-menu-label = Språk
language-menu-button = Språk

home-heading = Hva skjer i livet ditt?
home-lead = Velg livshendelsen. Du svarer på hvert spørsmål én gang, og vi sender det til alle etatene som trenger det.
home-list-label = Livshendelser

breadcrumbs-label = Brødsmulesti
life-event-back = Alle livshendelser
life-event-agencies = Etater:
life-event-agencies-heading = Etater som er med
life-event-duration-heading = Hvor lang tid det tar
life-event-coming-soon = Innlogging og søknad for denne livshendelsen kommer snart.

not-found-title = Fant ikke siden
not-found-body = Vi fant ikke siden du lette etter. Kanskje lenken er gammel, eller adressen er skrevet feil.
not-found-home = Gå til forsiden

agency-nav = NAV
agency-skatteetaten = Skatteetaten
agency-brreg = Brønnøysundregistrene
agency-domstol = Tingretten
agency-kommune = Kommunen
agency-helfo = Helfo
agency-lottstift = Lotteri- og stiftelsestilsynet
agency-helse = Helsetjenesten
# The name inside a sentence ("Meldinger med kommunen").
agency-nav-in-text = NAV
agency-skatteetaten-in-text = Skatteetaten
agency-brreg-in-text = Brønnøysundregistrene
agency-domstol-in-text = tingretten
agency-kommune-in-text = kommunen
agency-helfo-in-text = Helfo
agency-lottstift-in-text = Lotteri- og stiftelsestilsynet
agency-helse-in-text = helsetjenesten

unavailable-title = Vi får ikke lagret akkurat nå
unavailable-body = Ingenting er tapt. Prøv igjen om litt. Oppgi feilkode { $incident } hvis du kontakter oss.
step-unsaved = Vi fikk ikke lagret det du skrev. Det står fortsatt i skjemaet under, så du kan prøve igjen om litt. Feilkode: { $incident }.

# A date outside the bounds its journey states (dates shown as dd.mm.yyyy).
error-date-too-early = Datoen kan ikke være før { $min }.
error-date-too-late = Datoen kan ikke være etter { $max }.

# Drafts: continuing one from the life event's page, its card on My page, deleting one; and
# the step count when the answers change the number of steps.
journey-step-of-changed = Steg { $position } av { $total } – spørsmålene følger svarene dine
my-page-draft-about = Gjelder: { $about }
my-page-draft-step = Kommet til: { $step }
my-page-draft-delete = Slett utkastet
my-page-deleted = Utkastet er slettet.
draft-delete-title = Vil du slette dette utkastet?
draft-delete-body = Svarene du har gitt i «{ $journey }», blir slettet og kan ikke hentes fram igjen. Oversikten over opplysningene vi har hentet om deg, står fortsatt på Min side.
draft-delete-confirm = Ja, slett utkastet
draft-delete-cancel = Nei, behold det
life-event-continue-heading = Du har begynt på dette
life-event-continue-body = Svarene dine er lagret, så du kan fortsette der du slapp.
life-event-continue = Fortsett der du slapp
life-event-start-over = Vil du heller begynne på nytt?
life-event-delete-draft = Slett utkastet først
draft-moved-heading = Tjenesten er endret siden du begynte
draft-moved-new-question = Et nytt spørsmål er lagt til på steg { $step }: «{ $question }»
draft-moved-answer-removed = Svaret ditt på «{ $question }» kunne ikke beholdes. Svar på nytt.
draft-moved-question-changed = Spørsmålet «{ $question }» på steg { $step } er endret. Se over svaret ditt.
preview-banner = Forhåndsvisning av versjon { $version } som { $person }: ingenting sendes til noen etat.
preview-back = Tilbake til utkastet
# Keeping a finished preview as a saved test case of the draft.
preview-case-heading = Behold gjennomgangen som testtilfelle
preview-case-name = Navn på testtilfellet
preview-case-help = Svarene, stegene og tjenestene i denne gjennomgangen lagres i utkastet som et testtilfelle, og kjøres ved hver endring. Ingenting sendes inn.
preview-case-save = Lagre som testtilfelle
