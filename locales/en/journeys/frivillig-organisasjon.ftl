frivillig-organisasjon-title = Starting and running a voluntary organisation
frivillig-organisasjon-summary = Register the organisation in the Central Coordinating Register and the Register of Non-Profit Organisations, and apply for VAT compensation.
frivillig-organisasjon-intro = A voluntary organisation is registered in the Central Coordinating Register for Legal Entities and may be registered in the Register of Non-Profit Organisations. It can then apply for VAT compensation and take part in the grassroots share.
frivillig-organisasjon-duration = About 20 minutes.
