starte-bedrift-title = Starting and running a business
starte-bedrift-summary = Register the business, register it for VAT and register as an employer.
starte-bedrift-intro = When you start a business, you register it in the Central Coordinating Register for Legal Entities, register it for VAT when the turnover calls for it, and register as an employer if you will have employees. Veiviser gets your details from the National Population Register and the roles you already have from the Central Coordinating Register, and checks that the name is free.
starte-bedrift-duration = About 25 minutes.
starte-bedrift-needs = The name you want to use, what the business will do and when it starts. For a limited company: the share capital, the founding date and the national identity number of every board member. For a partnership: the national identity number and share of every partner. An estimate of the turnover in the first twelve months, and whether you will have employees.

# The founder
starte-bedrift-step-founder = About you as the founder
starte-bedrift-step-founder-intro = We got these details from the National Population Register. Check that they are right.
starte-bedrift-founder_pid = Your national identity number
starte-bedrift-founder_pid-help = 11 digits. We got it from the National Population Register.
starte-bedrift-founder_name = Your name
starte-bedrift-founder_address = Your address
starte-bedrift-founder_address-help = The address you are registered at. The Brønnøysund Register Centre sends letters here if the business has no address of its own.
starte-bedrift-founder_email = Your email address
starte-bedrift-founder_email-help = The Brønnøysund Register Centre, the Tax Administration and NAV tell you here when they have dealt with the case.
starte-bedrift-founder_phone = Your phone number

# Existing roles
starte-bedrift-step-existing-roles = Roles you already have
starte-bedrift-step-existing-roles-intro = These are the organisations you have a role in, from the Central Coordinating Register. You do not need to change anything here, but check that you have not already registered the business you want to start.
starte-bedrift-existing_roles = Organisations
starte-bedrift-existing_roles-help = The list is empty if you have no roles in the register. You can remove organisations that no longer matter.
starte-bedrift-existing_roles-item = Organisation { $number }
starte-bedrift-existing_orgnr = Organisation number
starte-bedrift-existing_name = Name of the organisation

# The business
starte-bedrift-step-business = About the business
starte-bedrift-step-business-intro = The name is checked against the Central Coordinating Register when you continue. The type of business decides the next questions.
starte-bedrift-business_name = Name of the business
starte-bedrift-business_name-help = The name cannot be the same as that of an organisation already registered. A sole proprietorship must have your surname in its name; a limited company's name must end in AS.
starte-bedrift-organisation_form = Type of business
starte-bedrift-organisation_form-help = A sole proprietorship is the simplest to start, but you are personally liable for its debts. In a limited company the liability is limited to the share capital.
starte-bedrift-organisation_form-enk = Sole proprietorship (ENK)
starte-bedrift-organisation_form-as = Private limited company (AS)
starte-bedrift-organisation_form-ans = General partnership (ANS)
starte-bedrift-organisation_form-da = Partnership with shared liability (DA)
starte-bedrift-activity = What will the business do?
starte-bedrift-activity-help = Describe briefly what the business will sell or do, for example "carpentry for private customers". The Brønnøysund Register Centre uses it to give the business an industry code.
starte-bedrift-start_date = When does the business start?
starte-bedrift-start_date-help = The day the business starts trading, as dd.mm.yyyy. It can be up to a year back or ahead.
starte-bedrift-business_at_home = Will the business have the same address as you?
starte-bedrift-business_at_home-help = Answer yes if you will run the business from home.
starte-bedrift-business_address = Business address
starte-bedrift-business_address-show-if = Only if the business will not have the same address as you.

# A limited company
starte-bedrift-step-company = The limited company
starte-bedrift-step-company-intro = A limited company must have at least NOK 30,000 in share capital and a board of at least one member.
starte-bedrift-share_capital = Share capital
starte-bedrift-share_capital-help = At least NOK 30,000. The amount must be paid into a bank account before the company is registered.
starte-bedrift-founding_date = Founding date
starte-bedrift-founding_date-help = The day the memorandum of association was signed. The company must be registered within three months of it.
starte-bedrift-board = The board
starte-bedrift-board-help = Add every board member and deputy. Each national identity number is checked against the National Population Register.
starte-bedrift-board-item = Board member { $number }
starte-bedrift-board_member_pid = National identity number
starte-bedrift-board_member_name = Name
starte-bedrift-board_role = Role on the board
starte-bedrift-board_role-chair = Chair
starte-bedrift-board_role-member = Board member
starte-bedrift-board_role-deputy = Deputy member
starte-bedrift-auditor_opt_out = Do you want to opt out of having an auditor?
starte-bedrift-auditor_opt_out-help = A small limited company can opt out of an auditor when its operating income is under NOK 7 million, its balance sheet under NOK 27 million and it has fewer than ten full-time employees.

# A partnership
starte-bedrift-step-partners = The partners
starte-bedrift-step-partners-intro = A partnership has at least two partners. In an ANS each partner is liable for all the debts; in a DA for their share.
starte-bedrift-partners = Partners
starte-bedrift-partners-help = Add every partner, including yourself. Each national identity number is checked against the National Population Register.
starte-bedrift-partners-item = Partner { $number }
starte-bedrift-partner_pid = National identity number
starte-bedrift-partner_name = Name
starte-bedrift-partner_share = Share in per cent

# VAT
starte-bedrift-step-vat = Value added tax (VAT)
starte-bedrift-step-vat-intro = The business must be registered for VAT when its turnover subject to VAT passes NOK 50,000 within twelve months.
starte-bedrift-expected_turnover = How much do you expect to sell in the first twelve months?
starte-bedrift-expected_turnover-help = An estimate in kroner, without VAT. Over NOK 50,000, Veiviser registers the business for VAT.
starte-bedrift-vat_exempt = Is everything the business will sell exempt from VAT?
starte-bedrift-vat_exempt-help = Some things are exempt from VAT, for example health services, teaching and renting out homes. If you are unsure, answer no.
starte-bedrift-vat_start = From which day should the business be registered for VAT?
starte-bedrift-vat_start-help = Usually the day you expect to pass NOK 50,000, or the start date if you pass it at once.
starte-bedrift-vat_start-show-if = Only if the turnover will be over NOK 50,000 and not everything is exempt from VAT.
starte-bedrift-vat_term = How often will you file a VAT return?
starte-bedrift-vat_term-help = Most businesses file every two months. You can apply to file once a year if the turnover is under NOK 1 million.
starte-bedrift-vat_term-bimonthly = Every two months
starte-bedrift-vat_term-annual = Once a year
starte-bedrift-vat_term-show-if = Only if the turnover will be over NOK 50,000 and not everything is exempt from VAT.

# Employees
starte-bedrift-step-employees = Employees
starte-bedrift-step-employees-intro = If the business will have employees, it must be registered as an employer before the first one starts.
starte-bedrift-will_employ = Will the business have employees?
starte-bedrift-will_employ-help = Answer yes even for a single employee, or if you as the owner of a limited company will draw a salary.
starte-bedrift-employee_count = How many employees do you expect?
starte-bedrift-employee_count-show-if = Only if the business will have employees.
starte-bedrift-first_employment_date = When does the first employee start?
starte-bedrift-first_employment_date-help = Write the date as dd.mm.yyyy. The employment must be reported to the employer register by that day.
starte-bedrift-first_employment_date-show-if = Only if the business will have employees.
starte-bedrift-occupational_pension = Does the business have an occupational pension scheme?
starte-bedrift-occupational_pension-help = As a rule, businesses with employees must have a mandatory occupational pension, agreed with a bank or an insurance company.
starte-bedrift-occupational_pension-show-if = Only if the business will have employees.

# Payment
starte-bedrift-step-payment = The business's bank account
starte-bedrift-business_bank_account = The business's account number
starte-bedrift-business_bank_account-help = 11 digits. Leave it empty if the business has no account yet.

# Services
starte-bedrift-service-registration = registration in the Central Coordinating Register
starte-bedrift-service-vat = VAT registration
starte-bedrift-service-employer-registration = employer registration
