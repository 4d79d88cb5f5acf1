ny-i-norge-title = New in Norway
ny-i-norge-summary = Report your move to Norway, get a tax card, choose a GP and find services in your municipality.
ny-i-norge-intro = When you move to Norway, you report the move to the Tax Administration and get a national identity number or D number, a tax card and a GP. Refugees and their families can join the municipality's introduction programme. Veiviser fetches what the National Population Register knows about you.
ny-i-norge-duration = About 25 minutes.
ny-i-norge-needs = Your passport or national ID card. Your residence permit from UDI if you are not a Nordic or EU/EEA citizen. Your address in Norway, and the names and dates of birth of family moving with you. If you will work, your employer's organisation number.

# You
ny-i-norge-step-you = About you
ny-i-norge-step-you-intro = We have fetched what the National Population Register knows about you. Check that it is right, and fill in the rest as it is in your passport.
ny-i-norge-full_name = Full name
ny-i-norge-pid = National identity number or D number
ny-i-norge-pid-help = 11 digits. If you have had a D number before, for example for a short job in Norway, write it. Leave it empty if you have never had a Norwegian number.
ny-i-norge-birth_date = Date of birth
ny-i-norge-citizenship = Where are you a citizen?
ny-i-norge-citizenship-help = Your answer decides what you need to live in Norway. Nordic citizens can move freely. EU/EEA citizens register. Others need a residence permit from UDI before they report the move.
ny-i-norge-citizenship-nordic = A Nordic country (Denmark, Finland, Iceland or Sweden)
ny-i-norge-citizenship-eu-eea = Another EU/EEA country or Switzerland
ny-i-norge-citizenship-other = A country outside the EU/EEA
ny-i-norge-citizenship_country = Citizenship (country)
ny-i-norge-passport_number = Passport number or national ID card number
ny-i-norge-passport_number-help = You show your passport or ID card at the identity check at a tax office. Nordic citizens can use another valid ID document.

# The residence permit
ny-i-norge-step-residence-permit = Residence permit
ny-i-norge-step-residence-permit-intro = As a citizen of a country outside the EU/EEA, you need a residence permit from UDI before you can report your move to Norway.
ny-i-norge-permit_granted = Have you been granted a residence permit?
ny-i-norge-permit_granted-help = Answer yes if you have UDI's decision and a residence card. If you are still waiting, the Tax Administration cannot register the move yet.
ny-i-norge-permit_basis = What is your residence permit based on?
ny-i-norge-permit_basis-help = It says in UDI's decision. Refugees and family joining a refugee can take part in the municipality's introduction programme.
ny-i-norge-permit_basis-work = Work
ny-i-norge-permit_basis-study = Studies
ny-i-norge-permit_basis-family = Family reunification
ny-i-norge-permit_basis-refugee-family = Family reunification with a refugee
ny-i-norge-permit_basis-protection = Protection (refugee)
ny-i-norge-permit_basis-other = Other

# EU/EEA registration
ny-i-norge-step-eu-registration = Registering as an EU/EEA citizen
ny-i-norge-step-eu-registration-intro = EU/EEA citizens staying in Norway for more than three months must register with the police and get a registration certificate. It is free.
ny-i-norge-eu_registered = Have you got a registration certificate?
ny-i-norge-eu_registered-help = Answer no if you have not registered yet or will stay less than three months. You can report your move before you have the certificate.

# The stay
ny-i-norge-step-stay = Your stay
ny-i-norge-step-stay-intro = How long you will live in Norway decides whether you report a move and get a national identity number, or get a D number.
ny-i-norge-arrival_date = When did you, or when will you, arrive in Norway?
ny-i-norge-arrival_date-help = Write the date as dd.mm.yyyy. You must report your move within eight days of arriving.
ny-i-norge-stay_length = How long will you live in Norway?
ny-i-norge-stay_length-help = Count the whole stay, even if you go home now and then.
ny-i-norge-stay_length-long = Six months or more – I report my move and get a national identity number
ny-i-norge-stay_length-short = Less than six months – I need a D number

# The move
ny-i-norge-step-move = Reporting your move
ny-i-norge-step-move-intro = Once your move is registered, you get a national identity number and are in the National Population Register. You must also go to a tax office with your passport for an identity check.
ny-i-norge-address_norway = Your address in Norway
ny-i-norge-address_norway-help = Where you actually live. If you live with someone, write their address. Remember the letter and flat number if the home has one.
ny-i-norge-moved_from_country = Which country are you moving from?
ny-i-norge-family_moving = Is family moving with you?
ny-i-norge-family_moving-help = A spouse, cohabitant or children who will live with you. They must also come to the identity check.
ny-i-norge-family = Family moving with you
ny-i-norge-family-show-if = Only if family is moving with you.
ny-i-norge-family-item = Family member { $number }
ny-i-norge-member_name = Name
ny-i-norge-member_birth_date = Date of birth
ny-i-norge-member_relation = Who is this person to you?
ny-i-norge-member_relation-spouse = Spouse
ny-i-norge-member_relation-cohabitant = Cohabitant
ny-i-norge-member_relation-child = Child
ny-i-norge-member_number = D number, if the person has one

# The D-number
ny-i-norge-step-d-number = D number
ny-i-norge-step-d-number-intro = A D number is a Norwegian identity number for people staying in Norway for less than six months. You need it to work, pay tax and open a bank account. If you already have a D number, you keep it, and the Tax Administration updates your details.
ny-i-norge-home_address = Your address in your home country
ny-i-norge-home_address-help = Street, postcode, town and country.
ny-i-norge-stay_address = Your address in Norway
ny-i-norge-stay_address-help = If you know it. The Tax Administration sends letters here while you are in Norway.
ny-i-norge-d_number_employer = Your employer's organisation number in Norway
ny-i-norge-d_number_employer-help = 9 digits. It is in your employment contract. Leave it empty if you will not work.

# The tax card
ny-i-norge-step-tax-card = Tax card
ny-i-norge-step-tax-card-intro = If you will work in Norway, you need a tax card. The Tax Administration makes it once you have a national identity number or D number, and your employer fetches it.
ny-i-norge-needs_tax_card = Will you work or have other income in Norway?
ny-i-norge-needs_tax_card-help = Without a tax card, your employer must deduct 50 per cent tax.
ny-i-norge-employer_orgnr = Your employer's organisation number
ny-i-norge-employer_orgnr-help = 9 digits. It is in your employment contract, or ask your employer.
ny-i-norge-employer_orgnr-show-if = Only if you will work in Norway.
ny-i-norge-work_start = When do you start work?
ny-i-norge-work_start-show-if = Only if you will work in Norway.
ny-i-norge-expected_income = How much do you expect to earn in Norway this year?
ny-i-norge-expected_income-help = Pay before tax, in whole kroner, from when you start until the new year.
ny-i-norge-expected_income-show-if = Only if you will work in Norway.

# The GP
ny-i-norge-step-gp = GP
ny-i-norge-step-gp-intro = Everyone living in a Norwegian municipality has a right to a GP (regular doctor). Helfo gives you a GP once you have a national identity number or D number.
ny-i-norge-want_gp = Do you want a GP?
ny-i-norge-want_gp-help = Your GP is who you contact first when you are ill. You can change your GP later.
ny-i-norge-gp_wishes = Do you want a particular doctor or surgery?
ny-i-norge-gp_wishes-help = Write the name if you know one. Otherwise you get a doctor with a free place near your address.
ny-i-norge-gp_wishes-show-if = Only if you want a GP.
ny-i-norge-gp_gender = Do you want a female or a male doctor?
ny-i-norge-gp_gender-show-if = Only if you want a GP.
ny-i-norge-gp_gender-any = It does not matter
ny-i-norge-gp_gender-female = Female
ny-i-norge-gp_gender-male = Male

# The introduction programme
ny-i-norge-step-introduction = Introduction programme
ny-i-norge-step-introduction-intro = The municipality's introduction programme teaches Norwegian and social studies and prepares you for work or education. You get an introduction benefit while you take part.
ny-i-norge-want_introduction = Do you want to take part in the introduction programme?
ny-i-norge-want_introduction-help = The programme is for refugees and family joining them, aged 18 to 55. The municipality contacts you and makes a plan with you.
ny-i-norge-languages = Which languages do you speak?
ny-i-norge-languages-help = Write all of them, also those you only know a little. The municipality uses your answer to find an interpreter and the right teaching.
ny-i-norge-languages-show-if = Only if you want to take part in the introduction programme.
ny-i-norge-schooling = How much schooling do you have?
ny-i-norge-schooling-help = Choose the highest school you have completed, in any country.
ny-i-norge-schooling-show-if = Only if you want to take part in the introduction programme.
ny-i-norge-schooling-none = No school
ny-i-norge-schooling-primary = Primary school
ny-i-norge-schooling-secondary = Secondary school
ny-i-norge-schooling-higher = University or college
ny-i-norge-phone = Your phone number
ny-i-norge-phone-help = The municipality calls you to arrange the first meeting.
ny-i-norge-phone-show-if = Only if you want to take part in the introduction programme.

# The services, as the timeline names them ("Skatteetaten — reporting a move")
ny-i-norge-service-move = reporting a move
ny-i-norge-service-d-number = D number
ny-i-norge-service-tax-card = tax card
ny-i-norge-service-gp = GP
ny-i-norge-service-introduction = introduction programme
