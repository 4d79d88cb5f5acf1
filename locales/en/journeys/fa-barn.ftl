fa-barn-title = Having a child
fa-barn-summary = Name the child and apply for parental benefit, child benefit and a kindergarten place – all at once.
fa-barn-intro = When you have a child, the child needs a name, you may be entitled to parental benefit and child benefit, and many apply for a kindergarten place. Veiviser fetches what the National Population Register holds about the child and the family, and you answer each question only once.
fa-barn-duration = About 20 minutes. You can save and continue later.
fa-barn-needs = The name the child is to have, the other parent's national identity number, your employer's organisation number, your account number and the names of the kindergartens you would like. If you are self-employed or a freelancer, you also need an estimate of your income this year.

# The child
fa-barn-step-child = The child
fa-barn-step-child-intro = We have fetched the child from the National Population Register. Check that the details are correct.
fa-barn-child_pid = The child's national identity number
fa-barn-child_pid-help = 11 digits. We fetched it from the National Population Register. A child gets a national identity number shortly after birth.
fa-barn-child_birth_date = The child's date of birth
fa-barn-child_birth_date-help = Write the date as dd.mm.yyyy, for example 17.05.2026.

# The name (Skatteetaten)
fa-barn-step-name = The child's name
fa-barn-step-name-intro = A child must be given a name within six months of birth. The Norwegian Tax Administration records the name in the National Population Register. If you share parental responsibility, both parents must approve the name.
fa-barn-child_first_name = First name
fa-barn-child_first_name-help = All the first names the child is to have, separated by spaces. A hyphenated name, for example Anne-Marie, counts as one first name.
fa-barn-child_middle_name = Middle name
fa-barn-child_middle_name-help = In Norway a middle name is a name that could also be a surname, often one parent's surname. Leave this empty if the child is not to have a middle name.
fa-barn-child_last_name = Surname
fa-barn-child_last_name-help = The child can have the surname of either parent or of both, separated by a space or a hyphen. If you report no surname, the child gets the mother's surname.

# The family
fa-barn-step-family = The family
fa-barn-step-family-intro = We ask about the other parent and any other children who live with you. The answers are used for the name, parental benefit, child benefit and the kindergarten place, so you do not have to answer more than once.
fa-barn-other_parent_takes_part = Will the other parent take part?
fa-barn-other_parent_takes_part-help = If you answer yes, we send the other parent's national identity number with the name to Skatteetaten and with your applications to NAV. Veiviser sends the other parent no message unless you ask them to confirm (the next question). The other parent applies for their own share of the parental benefit.
fa-barn-other_parent_pid = The other parent's national identity number
fa-barn-other_parent_pid-help = 11 digits. If you are married, we have fetched your spouse's number from the National Population Register. Correct it if your spouse is not the child's other parent.
fa-barn-other_parent_pid-show-if = Only if the other parent is taking part.
fa-barn-other_parent_confirms = Should the other parent confirm in Veiviser?
fa-barn-other_parent_confirms-help = If you answer yes, the other parent gets a task on My page once you have submitted. They see the child's name and date of birth, not your other answers. The application is sent only when they have answered, and is stopped if they say no or do not answer within 14 days.
fa-barn-other_parent_confirms-show-if = Only if the other parent takes part.
fa-barn-parents_relationship = Do you live with the other parent?
fa-barn-parents_relationship-help = If you live alone with the child, you may be entitled to extended child benefit.
fa-barn-parents_relationship-married = Yes, we are married or registered partners
fa-barn-parents_relationship-cohabiting = Yes, we are cohabitants
fa-barn-parents_relationship-apart = No, we do not live together
fa-barn-other_children = Other children under 18 who live permanently with you
fa-barn-other_children-help = We have fetched your children from the National Population Register. Remove children who are 18 or older or who do not live permanently with you, and add any who are missing. Do not list the newborn here.
fa-barn-other_children-item = Child { $number }
fa-barn-other_child_name = Name
fa-barn-other_child_pid = National identity number
fa-barn-other_child_birth_date = Date of birth

# Parental benefit (NAV)
fa-barn-step-parental-benefit = Parental benefit
fa-barn-step-parental-benefit-intro = Parental benefit replaces your income while you are at home with the child. To qualify, you must have had an income in at least six of the last ten months before your leave, amounting to at least half the National Insurance basic amount a year.
fa-barn-apply_parental_benefit = Do you want to apply for parental benefit?
fa-barn-apply_parental_benefit-help = Each parent applies for their own share. If you answer no, you go straight on to child benefit.
fa-barn-step-parental-benefit-details = Parental benefit application
fa-barn-parent_role = What are you to the child?
fa-barn-parent_role-mother = Mother
fa-barn-parent_role-father = Father
fa-barn-parent_role-co-mother = Co-mother
fa-barn-coverage = How much do you want paid?
fa-barn-coverage-help = You choose together, and the choice applies to both parents. It cannot be changed once the leave has started. The total paid is about the same either way.
fa-barn-coverage-100 = 100 per cent of your income for 49 weeks
fa-barn-coverage-80 = 80 per cent of your income for 61 weeks
fa-barn-parental_benefit_start = From which date do you want parental benefit?
fa-barn-parental_benefit_start-help = Write the date as dd.mm.yyyy. The first six weeks after the birth are reserved for the mother. You can change your plan later with NAV.
fa-barn-birth_leave = Do you want to take two weeks of parental benefit together with the mother around the birth?
fa-barn-birth_leave-help = Fathers and co-mothers can take two weeks together with the mother up to six weeks after the birth. The weeks count towards your parental benefit.
fa-barn-birth_leave-show-if = Only for a father or co-mother, and only in the first six weeks after the birth.
fa-barn-employed = Are you employed?
fa-barn-employer_orgnr = Your employer's organisation number
fa-barn-employer_orgnr-help = 9 digits. You find it on your payslip. If you have more than one employer, give the one you earn most from. NAV asks your employer to send an income report.
fa-barn-employer_orgnr-show-if = Only if you are employed.
fa-barn-self_employed = Are you self-employed or a freelancer?
fa-barn-self_employed-help = Answer yes if you run your own business or take assignments without being employed. You can be both employed and self-employed.
fa-barn-expected_income = How much do you expect to earn this year as self-employed or freelancer?
fa-barn-expected_income-help = The amount before tax, in whole kroner. NAV also uses your tax assessments for the last three years.
fa-barn-expected_income-show-if = Only if you are self-employed or a freelancer.

# Child benefit (NAV)
fa-barn-step-child-benefit = Child benefit
fa-barn-step-child-benefit-intro = Child benefit is paid by NAV every month until the child turns 18. It goes to the person the child lives with permanently.
fa-barn-apply_child_benefit = Do you want to apply for child benefit?
fa-barn-apply_child_benefit-help = If you are the mother and live in Norway, you usually get child benefit without applying, and NAV sends you a letter about it. Apply if you have not had that letter, if you are the father or co-mother and the child lives permanently with you, or if you want to apply for extended child benefit.
fa-barn-child_lives_with_you = Does the child live permanently with you?
fa-barn-child_lives_with_you-help = Child benefit goes to the person the child lives with permanently. If you have agreed on shared residence, the benefit can be split between the parents.
fa-barn-child_lives_with_you-show-if = Only if you are applying for child benefit.
fa-barn-extended_child_benefit = Do you want to apply for extended child benefit?
fa-barn-extended_child_benefit-help = If you live alone with the child, you can get child benefit for one more child than you live with.
fa-barn-extended_child_benefit-show-if = Only if you are applying for child benefit and do not live with the other parent.

# Payment (NAV)
fa-barn-step-payment = Payment
fa-barn-bank_account = Your account number
fa-barn-bank_account-help = 11 digits, for example 1234.56.78903. NAV pays the parental benefit and the child benefit into this account.

# Kindergarten (the municipality)
fa-barn-step-kindergarten = Kindergarten
fa-barn-step-kindergarten-intro = The application goes to the municipality where you live. Children who turn one by the end of November are entitled to a place from August, or from the month they turn one, when you apply by the deadline for the main admission.
fa-barn-kindergarten_wanted = Do you want to apply for a kindergarten place?
fa-barn-kindergarten_wanted-help = You can also apply later, directly with the municipality.
fa-barn-kindergarten_start = From which date do you want a place?
fa-barn-kindergarten_start-help = Write the date as dd.mm.yyyy. Most children start in August.
fa-barn-kindergarten_start-show-if = Only if you are applying for a kindergarten place.
fa-barn-kindergarten_preferences = Which kindergartens would you like?
fa-barn-kindergarten_preferences-help = Write the names of the kindergartens, one on each line, with the one you would like most first.
fa-barn-kindergarten_preferences-show-if = Only if you are applying for a kindergarten place.
fa-barn-kindergarten_hours = How large a place do you want?
fa-barn-kindergarten_hours-100 = Full-time, 5 days a week
fa-barn-kindergarten_hours-80 = 4 days a week
fa-barn-kindergarten_hours-60 = 3 days a week
fa-barn-kindergarten_hours-50 = Half-time, 2.5 days a week
fa-barn-kindergarten_hours-show-if = Only if you are applying for a kindergarten place.
fa-barn-sibling_in_kindergarten = Does a brother or sister attend one of the kindergartens you would like?
fa-barn-sibling_in_kindergarten-help = Many municipalities give siblings priority. Answer yes if the sibling attends now and will still be there when the child starts.
fa-barn-sibling_in_kindergarten-show-if = Only if you are applying for a kindergarten place and have listed another child under six.
fa-barn-kindergarten_priority = Does any of this apply to the child?
fa-barn-kindergarten_priority-help = Children with a disability and children with a decision from the child welfare service are entitled to priority. The municipality may ask for documentation. Leave the boxes empty if none applies.
fa-barn-kindergarten_priority-disability = The child has a disability
fa-barn-kindergarten_priority-child-welfare = The child has a decision from the child welfare service
fa-barn-kindergarten_priority-show-if = Only if you are applying for a kindergarten place.
fa-barn-kindergarten_needs_description = What does the child need to thrive in kindergarten?
fa-barn-kindergarten_needs_description-help = Describe the needs briefly, for example aids, adaptations or a special diet. You can also leave this empty and send documentation to the municipality later.
fa-barn-kindergarten_needs_description-show-if = Only if you are applying for a kindergarten place and the child has a disability.

# The services, as the timeline names them ("NAV — child benefit")
fa-barn-service-child-name = the child's name
fa-barn-service-parental-benefit = parental benefit
fa-barn-service-child-benefit = child benefit
fa-barn-service-kindergarten = kindergarten place

# The other parent's own step (a party's task)
fa-barn-party-other-parent = the other parent
fa-barn-step-other-parent-confirms = Confirm as the other parent
fa-barn-other_parent_agrees_name = Do you agree with the child's name?
fa-barn-other_parent_agrees_name-help = The name is shown above. If you do not agree, you can answer no here and take it up with the other parent; the Tax Administration may ask for more.
fa-barn-other_parent_takes_leave = Do you want to take parental benefit yourself?
