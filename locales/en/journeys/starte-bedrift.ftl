starte-bedrift-title = Starting and running a business
starte-bedrift-summary = Register the business, register it for VAT and register as an employer.
starte-bedrift-intro = When you start a business, you register it in the Central Coordinating Register for Legal Entities, register it for VAT when turnover requires it, and register as an employer if you will have employees.
starte-bedrift-duration = About 25 minutes.
