dodsfall-og-arv-title = Death and inheritance
dodsfall-og-arv-summary = Choose how the estate is settled, notify the district court and apply to NAV for the survivor's adjustment allowance.
dodsfall-og-arv-intro = When someone dies, the heirs decide whether the estate is settled privately or publicly, or whether the surviving spouse or cohabitant keeps it undivided. Every heir must consent. Veiviser fetches the deceased and the heirs from the National Population Register, and as a survivor you can apply to NAV for the adjustment allowance at the same time.
dodsfall-og-arv-duration = About 30 minutes. Every heir must log in and consent.
dodsfall-og-arv-needs = A list of who inherits, and the will if there is one. Rough values of bank deposits, the home and other property, and the debts you know of. The estate's account number if the bank has opened one. If you apply for the adjustment allowance, also an estimate of your income this year and your own account number.

# The deceased
dodsfall-og-arv-step-deceased = The deceased
dodsfall-og-arv-step-deceased-intro = We have fetched these details from the National Population Register. Check that they are correct.
dodsfall-og-arv-deceased_pid = The deceased's national identity number
dodsfall-og-arv-deceased_pid-help = 11 digits. We fetched it from the National Population Register.
dodsfall-og-arv-deceased_name = The deceased's name
dodsfall-og-arv-death_date = Date of death
dodsfall-og-arv-death_date-help = Write the date as dd.mm.yyyy, for example 17.05.2026.
dodsfall-og-arv-has_will = Did the deceased leave a will?
dodsfall-og-arv-has_will-help = A will can decide who inherits, including people outside the family. Answer yes if you know of a will. The district court may ask for a copy.

# The citizen's relation
dodsfall-og-arv-step-relation = You and the deceased
dodsfall-og-arv-relation = What were you to the deceased?
dodsfall-og-arv-relation-help = Your answer decides which choices you get next. Only a surviving spouse or cohabitant can keep the estate undivided and apply for the adjustment allowance.
dodsfall-og-arv-relation-spouse = Spouse or registered partner
dodsfall-og-arv-relation-cohabitant = Cohabitant
dodsfall-og-arv-relation-child = Child
dodsfall-og-arv-relation-other-heir = Another heir, for example a grandchild, parent, sibling or heir under a will
dodsfall-og-arv-phone = Your phone number
dodsfall-og-arv-phone-help = The district court may call you if they have questions. Leave this empty if you would rather hear from them in writing.

# The heirs
dodsfall-og-arv-step-heirs = The heirs
dodsfall-og-arv-step-heirs-intro = We have fetched the heirs by law from the National Population Register. Every heir gets a message from Veiviser and must log in and consent before the district court deals with the case.
dodsfall-og-arv-heirs = Heirs
dodsfall-og-arv-heirs-help = Check the list. Add any heirs who are missing, for example grandchildren when one of the deceased's children has died, or heirs under a will. If you are an heir, you must be on the list too.
dodsfall-og-arv-heirs-item = Heir { $number }
dodsfall-og-arv-heir_pid = National identity number
dodsfall-og-arv-heir_name = Name
dodsfall-og-arv-heir_relation = Relation to the deceased
dodsfall-og-arv-heir_relation-spouse = Spouse or registered partner
dodsfall-og-arv-heir_relation-child = Child
dodsfall-og-arv-heir_relation-grandchild = Grandchild
dodsfall-og-arv-heir_relation-parent = Parent
dodsfall-og-arv-heir_relation-sibling = Sibling
dodsfall-og-arv-heir_relation-other = Other, for example a cohabitant or an heir under a will
dodsfall-og-arv-heirs_informed = Do all the heirs know about the death and that you are notifying the district court?
dodsfall-og-arv-heirs_informed-help = Everyone on the list gets a message from Veiviser and must consent. It goes faster when they know in advance.
dodsfall-og-arv-heirs_informed-show-if = Only if there is more than one heir.
dodsfall-og-arv-heirs_under_guardianship = Are any of the heirs under 18 or under guardianship?
dodsfall-og-arv-heirs_under_guardianship-help = Their guardian then consents on their behalf. For children, the guardians are usually the parents. The district court may ask for more information.

# The choice of settlement
dodsfall-og-arv-step-settlement = Settlement of the estate
dodsfall-og-arv-step-settlement-intro = The estate is what the deceased owned and owed. The heirs choose how it is settled. If you want a private settlement, the district court must be notified within 60 days of the death.
dodsfall-og-arv-settlement = How is the estate to be settled?
dodsfall-og-arv-settlement-help = Only the surviving spouse or cohabitant can keep the estate undivided. If that is not you, the spouse or cohabitant must confirm the choice when they consent as an heir.
dodsfall-og-arv-settlement-private = Private settlement – the heirs settle the estate themselves and take over the debts
dodsfall-og-arv-settlement-public = Public settlement – the district court appoints an administrator who settles the estate
dodsfall-og-arv-settlement-undivided = Undivided possession – the surviving spouse or cohabitant takes over the estate, and the inheritance is divided later

# Private settlement
dodsfall-og-arv-step-private = Private settlement
dodsfall-og-arv-step-private-intro = In a private settlement the heirs divide the inheritance themselves. The district court issues a probate certificate that shows banks and others who may act for the estate.
dodsfall-og-arv-debt_liability = Do the heirs take on responsibility for the deceased's debts?
dodsfall-og-arv-debt_liability-help = The heirs become personally and jointly liable for all debts, including debts you do not know of. If you are unsure whether the debts exceed the assets, choose public settlement instead. If you answer no, the estate cannot be settled privately.

# Undivided possession
dodsfall-og-arv-step-undivided = Undivided possession
dodsfall-og-arv-step-undivided-intro = In undivided possession you take over what you owned together, and the inheritance is divided only later, usually when you die or remarry. Cohabitants can keep their shared home, household goods, holiday home and car undivided if they have, have had or are expecting a child together.
dodsfall-og-arv-undivided_debt_liability = Do you take on responsibility for the deceased's debts?
dodsfall-og-arv-undivided_debt_liability-help = Whoever keeps the estate undivided becomes personally liable for all the deceased's debts.
dodsfall-og-arv-has_stepchildren = Did the deceased have children with someone other than you?
dodsfall-og-arv-has_stepchildren-help = Such children (særkullsbarn) may claim their inheritance now unless they consent to undivided possession.
dodsfall-og-arv-stepchildren_consent = Have these children consented to undivided possession?
dodsfall-og-arv-stepchildren_consent-help = They confirm their consent when they log in to Veiviser. Answer no if you have not asked them yet.
dodsfall-og-arv-stepchildren_consent-show-if = Only if the deceased had children with someone other than you.
dodsfall-og-arv-separate_property = Did the deceased have separate property?
dodsfall-og-arv-separate_property-help = Separate property (særeie) is what a marriage settlement or a will says is not to be shared. It is not part of the undivided estate unless the will or the heirs allow it.

# Public settlement
dodsfall-og-arv-step-public = Public settlement
dodsfall-og-arv-step-public-intro = The district court appoints an administrator, usually a lawyer, who settles the estate. The costs are paid by the estate, and the heirs do not become liable for the debts.
dodsfall-og-arv-public_reason = Why do you want a public settlement?
dodsfall-og-arv-public_reason-help = You do not have to answer. It may be, for example, that the heirs disagree, that the debts may exceed the assets, or that no one will take on the debts.

# Assets and debts
dodsfall-og-arv-step-assets = Assets and debts
dodsfall-og-arv-step-assets-intro = Give rough amounts on the day of death, in whole kroner. Leave a field empty if you do not know.
dodsfall-og-arv-bank_deposits = Bank deposits
dodsfall-og-arv-bank_deposits-help = The total in all the deceased's accounts.
dodsfall-og-arv-property_value = Home and other real property
dodsfall-og-arv-property_value-help = The rough market value. Do not subtract loans here; enter them as debts.
dodsfall-og-arv-other_assets = Other assets
dodsfall-og-arv-other_assets-help = For example cars, boats, shares and funds.
dodsfall-og-arv-known_debts = Debts you know of
dodsfall-og-arv-known_debts-help = The total of loans, credit and unpaid bills.
dodsfall-og-arv-estate_bank_account = The estate's account number
dodsfall-og-arv-estate_bank_account-help = 11 digits. Many banks open a separate account for the estate. Leave this empty if there is none yet.

# Survivor's adjustment allowance (NAV)
dodsfall-og-arv-step-survivors-pension = Adjustment allowance
dodsfall-og-arv-step-survivors-pension-intro = The adjustment allowance (omstillingsstønad) from NAV secures your income in the time after the death, usually for three years. You may qualify if you are under 67 and you were married for at least five years or have or had children together.
dodsfall-og-arv-apply_survivors_pension = Do you want to apply for the adjustment allowance?
dodsfall-og-arv-apply_survivors_pension-help = NAV assesses whether you qualify. The more you earn, the less you get.
dodsfall-og-arv-relationship_start = When did you marry or move in together?
dodsfall-og-arv-relationship_start-help = Write the date as dd.mm.yyyy. If you do not remember the day, give the first of the month.
dodsfall-og-arv-relationship_start-show-if = Only if you are applying for the adjustment allowance.
dodsfall-og-arv-shared_children = Do you have or did you have children together?
dodsfall-og-arv-shared_children-show-if = Only if you are applying for the adjustment allowance.
dodsfall-og-arv-own_expected_income = How much do you expect to earn this year?
dodsfall-og-arv-own_expected_income-help = Income from work and business before tax, in whole kroner. The allowance is reduced when your income is above half the National Insurance basic amount.
dodsfall-og-arv-own_expected_income-show-if = Only if you are applying for the adjustment allowance.
dodsfall-og-arv-pension_bank_account = Your account number
dodsfall-og-arv-pension_bank_account-help = 11 digits, for example 1234.56.78903. NAV pays the adjustment allowance into this account. Use your own account, not the estate's.
dodsfall-og-arv-pension_bank_account-show-if = Only if you are applying for the adjustment allowance.

# The services, as the timeline names them ("NAV — adjustment allowance")
dodsfall-og-arv-service-probate = settlement of the estate
dodsfall-og-arv-service-survivors-pension = adjustment allowance

# The heirs who consent to a private settlement (a party)
dodsfall-og-arv-party-heirs = an heir who must consent to a private settlement
