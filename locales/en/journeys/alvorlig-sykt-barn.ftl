alvorlig-sykt-barn-title = Seriously ill child
alvorlig-sykt-barn-summary = Apply for care benefit, extra days of leave and relief services from the municipality.
alvorlig-sykt-barn-intro = When a child becomes seriously ill, the parents may be entitled to care benefit and extra days of leave from NAV, and the municipality can offer relief services and a coordinator. You answer once, and each agency gets what it needs. Veiviser fetches the child and the parents from the National Population Register and your employers from the Employer and Employee Register.
alvorlig-sykt-barn-duration = About 15 minutes.
alvorlig-sykt-barn-needs = The name of the hospital or doctor treating the child. The periods you have to be away from work. Your account number if your employer does not pay you while you are away.

# The child
alvorlig-sykt-barn-step-child = The child
alvorlig-sykt-barn-step-child-intro = We have fetched your youngest child from the National Population Register. If it is another child, correct the details.
alvorlig-sykt-barn-child_pid = The child's national identity number
alvorlig-sykt-barn-child_pid-help = 11 digits. It is on the child's health card or in letters from NAV.
alvorlig-sykt-barn-child_name = The child's name
alvorlig-sykt-barn-child_birth_date = The child's date of birth
alvorlig-sykt-barn-illness = What is the child ill with?
alvorlig-sykt-barn-illness-help = Say briefly what the illness or injury is, and why the child needs supervision and care all the time. The doctor will confirm it, so you do not need to be exact.

# The parents
alvorlig-sykt-barn-step-parents = The parents
alvorlig-sykt-barn-step-parents-intro = Both parents can get care benefit for the same child, at most 200 per cent together. We have fetched you and your spouse from the National Population Register.
alvorlig-sykt-barn-applicant_name = Your name
alvorlig-sykt-barn-lives_with_child = Does the child live with you?
alvorlig-sykt-barn-lives_with_child-help = Also answer yes if the child lives equally with both parents.
alvorlig-sykt-barn-other_parent_name = The other parent's name
alvorlig-sykt-barn-other_parent_name-help = Leave it empty if the child has no other parent you can name.
alvorlig-sykt-barn-other_parent_pid = The other parent's national identity number
alvorlig-sykt-barn-other_parent_pid-help = 11 digits. We have fetched your spouse. If your spouse is not the child's parent, correct it.
alvorlig-sykt-barn-other_parent_shares = Will the other parent also apply for care benefit for the same periods?
alvorlig-sykt-barn-other_parent_shares-help = The other parent sends their own application. NAV looks at your applications together.
alvorlig-sykt-barn-other_parent_shares-show-if = Only if you have given the other parent's identity number.

# The medical confirmation
alvorlig-sykt-barn-step-health = Medical certificate
alvorlig-sykt-barn-step-health-intro = NAV needs a medical certificate about the child's illness. You do not have to get it yourself: once you have sent the application, we ask the hospital or doctor treating the child to confirm the illness. The application is sent at once; the certificate follows.
alvorlig-sykt-barn-treated_by = Who treats the child?
alvorlig-sykt-barn-treated_by-help = Choose whoever knows the illness best. While the child is in hospital, that is the hospital.
alvorlig-sykt-barn-treated_by-hospital = A hospital
alvorlig-sykt-barn-treated_by-gp = The GP
alvorlig-sykt-barn-treated_by-specialist = Another doctor or specialist
alvorlig-sykt-barn-treating_name = The name of the hospital or doctor
alvorlig-sykt-barn-treating_name-help = For a hospital, also write the department, for example "Haukeland University Hospital, children's clinic".
alvorlig-sykt-barn-treating_phone = The hospital's or doctor's phone number
alvorlig-sykt-barn-treating_phone-help = If you have it. It makes it easier to reach the right person.

# Work
alvorlig-sykt-barn-step-work = Work
alvorlig-sykt-barn-step-work-intro = Care benefit replaces the income you lose. NAV asks your employers about your income. We have fetched your employments from the Employer and Employee Register.
alvorlig-sykt-barn-employers = Employers
alvorlig-sykt-barn-employers-help = Remove employments that have ended, and add any that are missing.
alvorlig-sykt-barn-employers-item = Employer { $number }
alvorlig-sykt-barn-employer_name = Employer
alvorlig-sykt-barn-employer_orgnr = Organisation number
alvorlig-sykt-barn-employer_percent = Position percentage
alvorlig-sykt-barn-self_employed = Are you self-employed or a freelancer?
alvorlig-sykt-barn-self_employed-help = NAV then works out the care benefit from the income in your tax returns for the last three years.

# Care benefit
alvorlig-sykt-barn-step-care-benefit = Care benefit
alvorlig-sykt-barn-step-care-benefit-intro = Care benefit (pleiepenger) is paid when a child under 18 needs supervision and care all the time because of illness or injury, and you have to be away from work to give it.
alvorlig-sykt-barn-apply_care_benefit = Do you want to apply for care benefit?
alvorlig-sykt-barn-apply_care_benefit-help = If you answer no, you can still apply for care days and help from the municipality.
alvorlig-sykt-barn-step-care-periods = Periods of care
alvorlig-sykt-barn-step-care-periods-intro = Write each period you have to be away from work, and how much. If you are away some days a week, work out what share of your working time that is.
alvorlig-sykt-barn-care_periods = Periods
alvorlig-sykt-barn-care_periods-help = You can apply for up to three months back. Add a new period when the share or the place changes.
alvorlig-sykt-barn-care_periods-item = Period { $number }
alvorlig-sykt-barn-period_from = From
alvorlig-sykt-barn-period_to = To
alvorlig-sykt-barn-period_degree = What percentage of your working time are you away?
alvorlig-sykt-barn-period_place = Where is the child during the period?
alvorlig-sykt-barn-period_place-hospital = In hospital
alvorlig-sykt-barn-period_place-home = At home
alvorlig-sykt-barn-employer_pays = Does your employer pay you while you are away?
alvorlig-sykt-barn-employer_pays-help = Many employers pay salary and are refunded by NAV. Ask your employer if you are not sure.
alvorlig-sykt-barn-bank_account = Your account number
alvorlig-sykt-barn-bank_account-help = 11 digits, for example 1234.56.78903. NAV pays the care benefit into it.
alvorlig-sykt-barn-bank_account-show-if = Only if your employer does not pay you while you are away.

# Care days
alvorlig-sykt-barn-step-care-days = Care days
alvorlig-sykt-barn-step-care-days-intro = Everyone with children under 12 has 10 care days a year. If the child has a chronic or long-lasting illness or a disability, you can get 10 extra days a year, and days until the child turns 18.
alvorlig-sykt-barn-apply_care_days = Do you want to apply for extra care days?
alvorlig-sykt-barn-apply_care_days-help = Your employer pays the care days. NAV confirms your right to the extra days.
alvorlig-sykt-barn-long_lasting = Will the illness last more than six months?
alvorlig-sykt-barn-long_lasting-help = That is a condition for extra care days. The doctor will confirm it.
alvorlig-sykt-barn-long_lasting-show-if = Only if you apply for extra care days.
alvorlig-sykt-barn-sole_carer = Are you the child's only carer?
alvorlig-sykt-barn-sole_carer-help = If you are alone, you get twice as many extra days.
alvorlig-sykt-barn-sole_carer-show-if = Only if you apply for extra care days.

# The municipality
alvorlig-sykt-barn-step-municipality = Help from the municipality
alvorlig-sykt-barn-step-municipality-intro = The municipality can give the family relief and other help, and a coordinator who keeps all your services together. The application goes to the municipality you live in.
alvorlig-sykt-barn-want_relief = Do you want to apply for help from the municipality?
alvorlig-sykt-barn-want_relief-help = For example relief care, a care allowance or home nursing. The municipality assesses what the family needs.
alvorlig-sykt-barn-relief_kinds = What kind of help do you need?
alvorlig-sykt-barn-relief_kinds-help = Choose everything that fits. The municipality may suggest other help than you choose.
alvorlig-sykt-barn-relief_kinds-show-if = Only if you apply for help from the municipality.
alvorlig-sykt-barn-relief_kinds-relief-care = Relief care, for example a few days and nights a month
alvorlig-sykt-barn-relief_kinds-care-allowance = Care allowance for heavy care work
alvorlig-sykt-barn-relief_kinds-personal-assistance = User-controlled personal assistance (BPA)
alvorlig-sykt-barn-relief_kinds-home-nursing = Home nursing
alvorlig-sykt-barn-relief_kinds-equipment = Assistive equipment and adapting your home
alvorlig-sykt-barn-relief_needs = Describe what the family needs help with
alvorlig-sykt-barn-relief_needs-help = For example what everyday life is like, how much supervision the child needs at night, and what is hardest now.
alvorlig-sykt-barn-relief_needs-show-if = Only if you apply for help from the municipality.
alvorlig-sykt-barn-want_coordinator = Do you want a coordinator in the municipality?
alvorlig-sykt-barn-want_coordinator-help = Families with a child who needs long-term, coordinated services have a right to a coordinator. The coordinator is your contact person and makes sure the services fit together.
alvorlig-sykt-barn-individual_plan = Do you also want an individual plan?
alvorlig-sykt-barn-individual_plan-help = An individual plan describes the child's goals, the help the child will get and who is responsible.
alvorlig-sykt-barn-individual_plan-show-if = Only if you want a coordinator.
alvorlig-sykt-barn-phone = Your phone number
alvorlig-sykt-barn-phone-help = The municipality calls you to arrange a meeting.
alvorlig-sykt-barn-phone-show-if = Only if you apply for help or a coordinator from the municipality.

# The services, as the timeline names them ("NAV — care benefit")
alvorlig-sykt-barn-service-care-benefit = care benefit
alvorlig-sykt-barn-service-care-days = extra care days
alvorlig-sykt-barn-service-relief-services = relief and other help
alvorlig-sykt-barn-service-coordinator = coordinator

# The health service's task (party health-service): the medical confirmation, answered by the
# hospital or doctor in Veiviser after the parent has submitted.
alvorlig-sykt-barn-party-health-service = the child's treating health service
alvorlig-sykt-barn-service-medical-confirmation = medical certificate
alvorlig-sykt-barn-step-medical-confirmation = Medical certificate
alvorlig-sykt-barn-step-medical-confirmation-intro = The parent has applied to NAV for care benefit or care days. Your answer is sent to NAV as the medical certificate. The application has already been sent and does not wait for you, but NAV needs the certificate to decide it.
alvorlig-sykt-barn-illness_confirmed = Do you confirm that the child is seriously ill or injured and needs care and supervision?
alvorlig-sykt-barn-illness_confirmed-help = Answer no if you cannot confirm it. NAV then asks for the information the usual way.
alvorlig-sykt-barn-diagnosis = Diagnosis and need for care and supervision
alvorlig-sykt-barn-diagnosis-help = The diagnosis, and briefly why the child needs a parent with them. At most 2000 characters.
alvorlig-sykt-barn-care_needed_until = Until what date does the child need care and supervision?
alvorlig-sykt-barn-care_needed_until-help = If you know. Leave it empty if it is uncertain.
alvorlig-sykt-barn-confirmed_by = Doctor confirming
alvorlig-sykt-barn-confirmed_by-help = Name and position, for example “Anne Lege, consultant at the children's clinic”.
