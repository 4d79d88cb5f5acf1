# The portal's own texts. Journey texts live in journeys/<journey>.ftl.

service-name = Veiviser
user-menu-button = Meny
demo-banner-label = Demo
demo-banner-title = Demoversjon:
demo-banner-text = Testinnlogging, simulerte etatar og oppdikta personar. Ikkje bruk ekte opplysningar.
skip-to-content = Hopp til hovudinnhaldet
footer-about = Veiviser samlar tenestene frå fleire etatar i éi teneste for dei store hendingane i livet.

language-menu-label = Språk
language-menu-button = Språk

home-heading = Kva skjer i livet ditt?
home-lead = Vel livshendinga. Du svarer på kvart spørsmål éin gong, og vi sender det til alle etatane som treng det.
home-list-label = Livshendingar

breadcrumbs-label = Brødsmulesti
life-event-back = Alle livshendingar
life-event-agencies = Etatar:
life-event-agencies-heading = Etatar som er med
life-event-duration-heading = Kor lang tid det tek
life-event-coming-soon = Innlogging og søknad for denne livshendinga kjem snart.

not-found-title = Fann ikkje sida
not-found-body = Vi fann ikkje sida du leitte etter. Kanskje lenkja er gammal, eller adressa er skriven feil.
not-found-home = Gå til framsida

agency-nav = NAV
agency-skatteetaten = Skatteetaten
agency-brreg = Brønnøysundregistera
agency-domstol = Tingretten
agency-kommune = Kommunen
agency-helfo = Helfo
agency-lottstift = Lotteri- og stiftingstilsynet
agency-helse = Helsetenesta
# Namnet inne i ei setning («Meldingar med kommunen»).
agency-nav-in-text = NAV
agency-skatteetaten-in-text = Skatteetaten
agency-brreg-in-text = Brønnøysundregistera
agency-domstol-in-text = tingretten
agency-kommune-in-text = kommunen
agency-helfo-in-text = Helfo
agency-lottstift-in-text = Lotteri- og stiftingstilsynet
agency-helse-in-text = helsetenesta

unavailable-title = Vi får ikkje lagra akkurat no
unavailable-body = Ingenting er tapt. Prøv igjen om litt. Oppgi feilkode { $incident } om du kontaktar oss.
step-unsaved = Vi fekk ikkje lagra det du skreiv. Det står framleis i skjemaet under, så du kan prøve igjen om litt. Feilkode: { $incident }.

# A date outside the bounds its journey states (dates shown as dd.mm.yyyy).
error-date-too-early = Datoen kan ikkje vere før { $min }.
error-date-too-late = Datoen kan ikkje vere etter { $max }.

# Drafts: continuing one from the life event's page, its card on My page, deleting one; and
# the step count when the answers change the number of steps.
journey-step-of-changed = Steg { $position } av { $total } – spørsmåla følgjer svara dine
my-page-draft-about = Gjeld: { $about }
my-page-draft-step = Kome til: { $step }
my-page-draft-delete = Slett utkastet
my-page-deleted = Utkastet er sletta.
draft-delete-title = Vil du slette dette utkastet?
draft-delete-body = Svara du har gitt i «{ $journey }», blir sletta og kan ikkje hentast fram att. Oversikta over opplysningane vi har henta om deg, står framleis på Mi side.
draft-delete-confirm = Ja, slett utkastet
draft-delete-cancel = Nei, behald det
life-event-continue-heading = Du har byrja på dette
life-event-continue-body = Svara dine er lagra, så du kan halde fram der du slapp.
life-event-continue = Hald fram der du slapp
life-event-start-over = Vil du heller byrje på nytt?
life-event-delete-draft = Slett utkastet først
draft-moved-heading = Tenesta er endra sidan du byrja
draft-moved-new-question = Eit nytt spørsmål er lagt til på steg { $step }: «{ $question }»
draft-moved-answer-removed = Svaret ditt på «{ $question }» kunne ikkje behaldast. Svar på nytt.
draft-moved-question-changed = Spørsmålet «{ $question }» på steg { $step } er endra. Sjå over svaret ditt.
preview-banner = Førehandsvising av versjon { $version } som { $person }: ingenting blir sendt til nokon etat.
preview-back = Tilbake til utkastet
# Keeping a finished preview as a saved test case of the draft.
preview-case-heading = Behald gjennomgangen som testtilfelle
preview-case-name = Namn på testtilfellet
preview-case-help = Svara, stega og tenestene i denne gjennomgangen vert lagra i utkastet som eit testtilfelle, og vert køyrde ved kvar endring. Ingenting vert sendt inn.
preview-case-save = Lagre som testtilfelle
