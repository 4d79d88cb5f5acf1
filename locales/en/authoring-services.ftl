# The forms for a draft's register look-ups (prefill) and services (issue 16).
authoring-parts-prefill-link = Register look-ups (prefill)
authoring-parts-services-link = Services and what they are sent
authoring-parts-back-prefill = Back to the look-ups
authoring-parts-back-services = Back to the services
authoring-parts-prefill-title = Register look-ups – { $journey }
authoring-parts-prefill-intro = When a citizen starts the journey, the portal makes these look-ups and fills the fields with what the register gives. The citizen can correct the answers.
authoring-parts-prefill-caption = The draft's look-ups
authoring-parts-prefill-none = The draft has no register look-ups.
authoring-parts-col-register = Register
authoring-parts-col-lookup = Look-up
authoring-parts-col-fills = Fills (field = value from the register)
authoring-parts-col-change = Change
authoring-parts-prefill-remove = Remove the look-up { $lookup }
authoring-parts-prefill-add-link = Add a look-up
authoring-parts-prefill-new-title = Add a look-up – { $journey }
authoring-parts-register-folkeregisteret = The National Population Register
authoring-parts-register-enhetsregisteret = The Central Coordinating Register for Legal Entities
authoring-parts-register-aa-registeret = The Employer and Employee Register
authoring-parts-lookup = Register and look-up
authoring-parts-lookup-choose = Choose a look-up
authoring-parts-lookup-gives = { $lookup } (gives { $keys })
authoring-parts-lookup-gives-list = { $lookup } (gives a list of { $keys })
authoring-parts-lookup-help = A look-up that gives a list fills one group (write group = items) and its fields.
authoring-parts-fill = The fields it fills
authoring-parts-fill-help = One per line: field = value from the register, for example child_pid = pid.
authoring-parts-prefill-add = Add the look-up
authoring-parts-services-title = Services – { $journey }
authoring-parts-services-intro = When the citizen submits, the portal calls these services at the agencies, each with the answers it is sent.
authoring-parts-services-caption = The draft's services
authoring-parts-services-none = The draft has no services.
authoring-parts-col-service = Service
authoring-parts-col-agency = Agency
authoring-parts-col-operation = Operation
authoring-parts-col-condition = Sent when
authoring-parts-col-after = Waits for
authoring-parts-always = Always
authoring-parts-nothing = Nothing
authoring-parts-service-edit = Change { $service }
authoring-parts-service-remove = Remove { $service }
authoring-parts-service-not-removed = The service { $service } was not removed: the draft would have these problems.
authoring-parts-service-add-link = Add a service
authoring-parts-service-title = { $service } – { $journey }
authoring-parts-service-new-title = Add a service – { $journey }
authoring-parts-service-id = The service's id
authoring-parts-service-id-help = Lowercase letters, digits and hyphens, for example child-benefit. It cannot be changed later.
authoring-parts-service-names = The service's name, as the citizen sees it
authoring-parts-service-name-in = In { $language }
authoring-parts-agency = Agency
authoring-parts-agency-choose = Choose an agency
authoring-parts-operation = Operation at the agency
authoring-parts-operation-help = The agency's name for what it is to do, for example child-benefit.
authoring-parts-condition = Send it only when (optional)
authoring-parts-condition-help = A condition on the answers, for example apply_child_benefit == true. Empty: it is always sent.
authoring-parts-after = Waits for
authoring-parts-after-help = The services that must be done before this one is sent.
authoring-parts-after-none = The draft has no other services.
authoring-parts-payload = What it is sent
authoring-parts-payload-help = One per line: key = field. Write field? when the answer may be absent; the key is then left out.
authoring-parts-service-save = Save the service
authoring-parts-service-add = Add the service
authoring-parts-needs-valid-draft = The draft has problems. These forms are built from what the check reads, so fix the problems in the text first.
authoring-parts-stale = The draft has changed since you opened the page, so nothing was saved. What you typed is below; look it over and send it again.
authoring-parts-done-prefill-added = The look-up was added to the draft.
authoring-parts-done-prefill-removed = The look-up was removed from the draft.
authoring-parts-done-service-added = The service was added to the draft.
authoring-parts-done-service-saved = The service was saved in the draft.
authoring-parts-done-service-removed = The service was removed from the draft.
authoring-action-add-prefill = Added a register look-up
authoring-action-remove-prefill = Removed a register look-up
authoring-action-add-service = Added a service
authoring-action-change-service = Changed a service
authoring-action-remove-service = Removed a service
admin-part-draft-broken = The draft's text is not valid TOML. Fix it in the text editor first.
admin-part-lookup-missing = Choose a register and a look-up.
admin-part-fill-missing = Write at least one field the look-up is to fill.
admin-part-fill-invalid = The line “{ $what }” is not written as field = value.
admin-part-fill-twice = The field { $what } is there twice.
admin-part-service-id-invalid = The id may have only lowercase letters, digits and single hyphens, and must start with a letter.
admin-part-service-id-taken = The draft already has a service with the id { $what }.
admin-part-service-name-missing = Write the name in this language.
admin-part-agency-unknown = Choose one of the agencies in the list.
admin-part-operation-missing = Write which operation the agency is to carry out.
admin-part-payload-invalid = The line “{ $what }” is not written as key = field.
admin-part-payload-twice = The key { $what } is there twice.
