frivillig-organisasjon-title = Starting and running a voluntary organisation
frivillig-organisasjon-summary = Register the organisation in the Central Coordinating Register and the Register of Non-Profit Organisations, and apply for VAT compensation.
frivillig-organisasjon-intro = A voluntary organisation is registered in the Central Coordinating Register for Legal Entities and may be registered in the Register of Non-Profit Organisations. It can then apply for VAT compensation and take part in the grassroots share. Veiviser gets your details from the National Population Register, checks the name against the Central Coordinating Register and the board members against the National Population Register.
frivillig-organisasjon-duration = About 20 minutes.
frivillig-organisasjon-needs = The statutes and the day they were adopted, the organisation's purpose, every board member's national identity number and the organisation's account number. To apply for VAT compensation, you also need the last approved annual accounts.

# The contact person
frivillig-organisasjon-step-contact = Contact person
frivillig-organisasjon-step-contact-intro = You are the organisation's contact with the Brønnøysund Register Centre. We got your details from the National Population Register and your roles from the Central Coordinating Register.
frivillig-organisasjon-contact_pid = Your national identity number
frivillig-organisasjon-contact_pid-help = 11 digits. We got it from the National Population Register.
frivillig-organisasjon-contact_name = Your name
frivillig-organisasjon-contact_email = Your email address
frivillig-organisasjon-contact_email-help = The Brønnøysund Register Centre and the Norwegian Gaming and Foundation Authority tell you here when they have dealt with the case.
frivillig-organisasjon-contact_phone = Your phone number
frivillig-organisasjon-existing_roles = Organisations you already have a role in
frivillig-organisasjon-existing_roles-help = From the Central Coordinating Register. If the organisation you want to register is already on the list, it is registered and you should not register it again.
frivillig-organisasjon-existing_roles-item = Organisation { $number }
frivillig-organisasjon-existing_orgnr = Organisation number
frivillig-organisasjon-existing_name = Name

# The organisation
frivillig-organisasjon-step-organisation = About the organisation
frivillig-organisasjon-step-organisation-intro = The name is checked against the Central Coordinating Register when you continue.
frivillig-organisasjon-organisation_name = Name of the organisation
frivillig-organisasjon-organisation_name-help = As written in the statutes. The name cannot be the same as that of an organisation already registered.
frivillig-organisasjon-purpose = The organisation's purpose
frivillig-organisasjon-purpose-help = Write the purpose as the statutes put it, for example "to give children in the neighbourhood free football training".
frivillig-organisasjon-activity_area = What does the organisation mainly do?
frivillig-organisasjon-activity_area-help = The Register of Non-Profit Organisations uses the answer to categorise the organisation. Choose what fits best.
frivillig-organisasjon-activity_area-culture = Arts and culture
frivillig-organisasjon-activity_area-sports = Sports
frivillig-organisasjon-activity_area-humanitarian = Humanitarian work and health
frivillig-organisasjon-activity_area-religion = Religion and belief
frivillig-organisasjon-activity_area-education = Education and research
frivillig-organisasjon-activity_area-environment = Nature and environment
frivillig-organisasjon-activity_area-other = Other
frivillig-organisasjon-founding_date = Founding date
frivillig-organisasjon-founding_date-help = The day of the founding meeting, as dd.mm.yyyy.
frivillig-organisasjon-statutes_date = When were the statutes adopted?
frivillig-organisasjon-statutes_date-help = The day of the meeting that adopted the statutes in force, usually the founding meeting or the last annual meeting.
frivillig-organisasjon-member_count = How many members does the organisation have?
frivillig-organisasjon-member_count-help = An approximate number will do.
frivillig-organisasjon-organisation_address = The organisation's address
frivillig-organisasjon-organisation_address-help = The Brønnøysund Register Centre sends letters here. It can be the address of the contact person or the chair.

# The board
frivillig-organisasjon-step-board = The board
frivillig-organisasjon-step-board-intro = The organisation must have a board of at least two members, one of them the chair. Each member's national identity number is checked against the National Population Register.
frivillig-organisasjon-board = Board members
frivillig-organisasjon-board-help = Add everyone on the board, deputies too. If you are on the board yourself, add yourself.
frivillig-organisasjon-board-item = Board member { $number }
frivillig-organisasjon-member_pid = National identity number
frivillig-organisasjon-member_name = Name
frivillig-organisasjon-member_role = Role
frivillig-organisasjon-member_role-chair = Chair
frivillig-organisasjon-member_role-deputy-chair = Deputy chair
frivillig-organisasjon-member_role-member = Board member
frivillig-organisasjon-member_role-deputy = Deputy member
frivillig-organisasjon-signature = Who can sign for the organisation?
frivillig-organisasjon-signature-help = As the statutes say. If they say nothing, the board signs jointly.
frivillig-organisasjon-signature-chair-alone = The chair alone
frivillig-organisasjon-signature-chair-and-member = The chair together with a board member
frivillig-organisasjon-signature-board-jointly = The board jointly

# Accounts
frivillig-organisasjon-step-accounts = Accounts
frivillig-organisasjon-step-accounts-intro = The VAT compensation is worked out from the operating costs in the last approved annual accounts.
frivillig-organisasjon-has_accounts = Does the organisation have approved annual accounts for last year?
frivillig-organisasjon-has_accounts-help = Annual accounts are approved when the annual meeting has adopted them. A brand-new organisation answers no.
frivillig-organisasjon-accounts_year = Which year are the accounts for?
frivillig-organisasjon-accounts_year-show-if = Only if the organisation has approved annual accounts.
frivillig-organisasjon-operating_costs = Operating costs in the accounting year
frivillig-organisasjon-operating_costs-help = The total operating costs in the annual accounts, in kroner. Leave out goods bought for resale and depreciation.
frivillig-organisasjon-operating_costs-show-if = Only if the organisation has approved annual accounts.
frivillig-organisasjon-revenue = Income in the accounting year
frivillig-organisasjon-revenue-show-if = Only if the organisation has approved annual accounts.
frivillig-organisasjon-accounts_audited = Have the accounts been audited by a state-authorised or registered auditor?
frivillig-organisasjon-accounts_audited-help = To apply for more than NOK 250,000 in VAT compensation, the accounts must be audited.
frivillig-organisasjon-accounts_audited-show-if = Only if the organisation has approved annual accounts.

# The voluntary register
frivillig-organisasjon-step-voluntary-register = The Register of Non-Profit Organisations
frivillig-organisasjon-step-voluntary-register-intro = In the Register of Non-Profit Organisations, the organisation can take part in the grassroots share and apply for VAT compensation.
frivillig-organisasjon-register_voluntary = Do you want to register the organisation in the Register of Non-Profit Organisations?
frivillig-organisasjon-register_voluntary-help = The organisation must do voluntary work and not pay out any surplus to its members. Registration is free.
frivillig-organisasjon-grassroots_share = Do you want to take part in the grassroots share?
frivillig-organisasjon-grassroots_share-help = With the grassroots share, the organisation gets part of the stake when someone who has chosen it plays with Norsk Tipping.
frivillig-organisasjon-grassroots_share-show-if = Only if the organisation is to be registered in the Register of Non-Profit Organisations.

# VAT compensation
frivillig-organisasjon-step-vat-compensation = VAT compensation
frivillig-organisasjon-step-vat-compensation-intro = The Norwegian Gaming and Foundation Authority compensates voluntary organisations in the Register of Non-Profit Organisations for VAT they have paid. The application is sent once the organisation is in the register.
frivillig-organisasjon-apply_vat_compensation = Do you want to apply for VAT compensation?
frivillig-organisasjon-apply_vat_compensation-help = The organisation must have operating costs of at least NOK 5,000 in the accounting year.
frivillig-organisasjon-compensation_model = Which model do you want to use?
frivillig-organisasjon-compensation_model-help = With the simplified model, the compensation is worked out from the operating costs. With the documented model, you apply for the VAT you actually paid and must be able to document it.
frivillig-organisasjon-compensation_model-simplified = Simplified model
frivillig-organisasjon-compensation_model-documented = Documented model
frivillig-organisasjon-compensation_model-show-if = Only if you apply for VAT compensation.
frivillig-organisasjon-vat_paid = How much VAT did the organisation pay in the accounting year?
frivillig-organisasjon-vat_paid-help = The total VAT on the invoices, in kroner. The auditor confirms the amount.
frivillig-organisasjon-vat_paid-show-if = Only if you apply for VAT compensation under the documented model.

# Payment
frivillig-organisasjon-step-payment = The organisation's bank account
frivillig-organisasjon-bank_account = The organisation's account number
frivillig-organisasjon-bank_account-help = 11 digits. The grassroots share and the VAT compensation are paid here.

# Services
frivillig-organisasjon-service-registration = registration in the Central Coordinating Register
frivillig-organisasjon-service-voluntary-register = registration in the Register of Non-Profit Organisations
frivillig-organisasjon-service-vat-compensation = VAT compensation
