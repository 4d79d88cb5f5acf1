starte-bedrift-title = Starte og drive ei verksemd
starte-bedrift-summary = Registrer verksemda, meld henne inn i Meirverdiavgiftsregisteret og registrer deg som arbeidsgivar.
starte-bedrift-intro = Når du startar ei verksemd, registrerer du henne i Einingsregisteret, melder henne inn i Meirverdiavgiftsregisteret når omsetnaden krev det, og registrerer deg som arbeidsgivar dersom du skal ha tilsette. Veiviser hentar opplysingane om deg frå Folkeregisteret og rollene du har frå før frå Einingsregisteret, og sjekkar at namnet er ledig.
starte-bedrift-duration = Om lag 25 minutt.
starte-bedrift-needs = Namnet du vil bruke, kva verksemda skal drive med og når ho startar. For eit aksjeselskap: aksjekapitalen, stiftingsdatoen og fødselsnummeret til kvart styremedlem. For eit ansvarleg selskap: fødselsnummeret og eigardelen til kvar deltakar. Eit overslag over omsetnaden dei første tolv månadene, og om du skal ha tilsette.

# The founder
starte-bedrift-step-founder = Om deg som startar verksemda
starte-bedrift-step-founder-intro = Vi har henta opplysingane frå Folkeregisteret. Sjekk at dei stemmer.
starte-bedrift-founder_pid = Fødselsnummeret ditt
starte-bedrift-founder_pid-help = 11 siffer. Vi har henta det frå Folkeregisteret.
starte-bedrift-founder_name = Namnet ditt
starte-bedrift-founder_address = Adressa di
starte-bedrift-founder_address-help = Adressa du er folkeregistrert på. Brønnøysundregistra sender brev hit dersom verksemda ikkje har ei eiga adresse.
starte-bedrift-founder_email = E-postadressa di
starte-bedrift-founder_email-help = Brønnøysundregistra, Skatteetaten og NAV sender melding hit når dei har handsama saka.
starte-bedrift-founder_phone = Telefonnummeret ditt

# Existing roles
starte-bedrift-step-existing-roles = Roller du har frå før
starte-bedrift-step-existing-roles-intro = Dette er verksemdene du har ei rolle i, henta frå Einingsregisteret. Du treng ikkje endre noko her, men sjekk at du ikkje alt har registrert verksemda du vil starte.
starte-bedrift-existing_roles = Verksemder
starte-bedrift-existing_roles-help = Lista er tom dersom du ikkje har nokon roller i Einingsregisteret. Du kan fjerne verksemder som ikkje lenger er aktuelle.
starte-bedrift-existing_roles-item = Verksemd { $number }
starte-bedrift-existing_orgnr = Organisasjonsnummer
starte-bedrift-existing_name = Namnet på verksemda

# The business
starte-bedrift-step-business = Om verksemda
starte-bedrift-step-business-intro = Namnet blir sjekka mot Einingsregisteret når du går vidare. Organisasjonsforma avgjer kva spørsmål du får.
starte-bedrift-business_name = Namnet på verksemda
starte-bedrift-business_name-help = Namnet kan ikkje vere det same som namnet på ei verksemd som alt er registrert. Eit enkeltpersonføretak må ha etternamnet ditt i namnet, eit aksjeselskap må slutte på AS.
starte-bedrift-organisation_form = Organisasjonsform
starte-bedrift-organisation_form-help = Eit enkeltpersonføretak er enklast å starte, men du er personleg ansvarleg for gjelda. I eit aksjeselskap er ansvaret avgrensa til aksjekapitalen.
starte-bedrift-organisation_form-enk = Enkeltpersonføretak (ENK)
starte-bedrift-organisation_form-as = Aksjeselskap (AS)
starte-bedrift-organisation_form-ans = Ansvarleg selskap (ANS)
starte-bedrift-organisation_form-da = Selskap med delt ansvar (DA)
starte-bedrift-activity = Kva skal verksemda drive med?
starte-bedrift-activity-help = Beskriv kort kva verksemda skal selje eller gjere, til dømes «snikkararbeid for private». Brønnøysundregistra bruker skildringa til å gi verksemda ein næringskode.
starte-bedrift-start_date = Når startar verksemda?
starte-bedrift-start_date-help = Datoen verksemda byrjar å drive, som dd.mm.åååå. Han kan vere inntil eitt år tilbake eller fram i tid.
starte-bedrift-business_at_home = Skal verksemda ha same adresse som deg?
starte-bedrift-business_at_home-help = Svar ja dersom du skal drive verksemda heimanfrå.
starte-bedrift-business_address = Forretningsadressa
starte-bedrift-business_address-show-if = Berre dersom verksemda ikkje skal ha same adresse som deg.

# A limited company
starte-bedrift-step-company = Aksjeselskapet
starte-bedrift-step-company-intro = Eit aksjeselskap må ha minst 30 000 kroner i aksjekapital og eit styre med minst eitt medlem.
starte-bedrift-share_capital = Aksjekapital
starte-bedrift-share_capital-help = Minst 30 000 kroner. Beløpet må vere betalt inn til ein bankkonto før selskapet blir registrert.
starte-bedrift-founding_date = Stiftingsdato
starte-bedrift-founding_date-help = Datoen stiftingsdokumentet vart signert. Selskapet må meldast innan tre månader etter stiftinga.
starte-bedrift-board = Styret
starte-bedrift-board-help = Legg til alle styremedlemmene og varamedlemmene. Fødselsnummeret til kvar av dei blir sjekka mot Folkeregisteret.
starte-bedrift-board-item = Styremedlem { $number }
starte-bedrift-board_member_pid = Fødselsnummer
starte-bedrift-board_member_name = Namn
starte-bedrift-board_role = Rolle i styret
starte-bedrift-board_role-chair = Styreleiar
starte-bedrift-board_role-member = Styremedlem
starte-bedrift-board_role-deputy = Varamedlem
starte-bedrift-auditor_opt_out = Vil de velje bort revisor?
starte-bedrift-auditor_opt_out-help = Eit lite aksjeselskap kan velje bort revisor når driftsinntektene er under 7 millionar kroner, balansen er under 27 millionar kroner og selskapet har færre enn ti årsverk.

# A partnership
starte-bedrift-step-partners = Deltakarane i selskapet
starte-bedrift-step-partners-intro = Eit ansvarleg selskap har minst to deltakarar. I eit ANS svarer kvar deltakar for all gjelda, i eit DA for sin del.
starte-bedrift-partners = Deltakarar
starte-bedrift-partners-help = Legg til alle deltakarane, også deg sjølv. Fødselsnummeret til kvar av dei blir sjekka mot Folkeregisteret.
starte-bedrift-partners-item = Deltakar { $number }
starte-bedrift-partner_pid = Fødselsnummer
starte-bedrift-partner_name = Namn
starte-bedrift-partner_share = Eigardel i prosent

# VAT
starte-bedrift-step-vat = Meirverdiavgift (mva)
starte-bedrift-step-vat-intro = Verksemda må registrerast i Meirverdiavgiftsregisteret når omsetnaden som det skal betalast mva av, blir over 50 000 kroner i løpet av tolv månader.
starte-bedrift-expected_turnover = Kor mykje reknar du med å selje for dei første tolv månadene?
starte-bedrift-expected_turnover-help = Eit overslag i kroner, utan mva. Er beløpet over 50 000 kroner, melder Veiviser verksemda inn i Meirverdiavgiftsregisteret.
starte-bedrift-vat_exempt = Er alt verksemda skal selje, unnateke frå mva?
starte-bedrift-vat_exempt-help = Noko er unnateke frå mva, til dømes helsetenester, undervisning og utleige av bustad. Er du usikker, svarer du nei.
starte-bedrift-vat_start = Frå kva dato skal verksemda registrerast for mva?
starte-bedrift-vat_start-help = Vanlegvis datoen du reknar med å passere 50 000 kroner, eller startdatoen dersom du passerer grensa med ein gong.
starte-bedrift-vat_start-show-if = Berre dersom omsetnaden blir over 50 000 kroner og ikkje alt er unnateke frå mva.
starte-bedrift-vat_term = Kor ofte vil du levere mva-melding?
starte-bedrift-vat_term-help = Dei fleste leverer annakvar månad. Årleg levering kan du søkje om dersom omsetnaden er under 1 million kroner.
starte-bedrift-vat_term-bimonthly = Annakvar månad
starte-bedrift-vat_term-annual = Éin gong i året
starte-bedrift-vat_term-show-if = Berre dersom omsetnaden blir over 50 000 kroner og ikkje alt er unnateke frå mva.

# Employees
starte-bedrift-step-employees = Tilsette
starte-bedrift-step-employees-intro = Skal verksemda ha tilsette, må ho registrerast som arbeidsgivar før den første tilsette byrjar.
starte-bedrift-will_employ = Skal verksemda ha tilsette?
starte-bedrift-will_employ-help = Svar ja også om det berre er éin tilsett, eller om du som eigar av eit aksjeselskap skal ha løn.
starte-bedrift-employee_count = Kor mange tilsette reknar du med?
starte-bedrift-employee_count-show-if = Berre dersom verksemda skal ha tilsette.
starte-bedrift-first_employment_date = Når byrjar den første tilsette?
starte-bedrift-first_employment_date-help = Skriv datoen som dd.mm.åååå. Arbeidsforholdet må meldast til Aa-registeret seinast denne dagen.
starte-bedrift-first_employment_date-show-if = Berre dersom verksemda skal ha tilsette.
starte-bedrift-occupational_pension = Har verksemda ein avtale om tenestepensjon?
starte-bedrift-occupational_pension-help = Verksemder med tilsette må som hovudregel ha obligatorisk tenestepensjon. Avtalen inngår du med ein bank eller eit forsikringsselskap.
starte-bedrift-occupational_pension-show-if = Berre dersom verksemda skal ha tilsette.

# Payment
starte-bedrift-step-payment = Bankkontoen til verksemda
starte-bedrift-business_bank_account = Kontonummeret til verksemda
starte-bedrift-business_bank_account-help = 11 siffer. Du kan la feltet stå tomt dersom verksemda ikkje har fått konto enno.

# Services
starte-bedrift-service-registration = registrering i Einingsregisteret
starte-bedrift-service-vat = registrering i Meirverdiavgiftsregisteret
starte-bedrift-service-employer-registration = registrering som arbeidsgivar
