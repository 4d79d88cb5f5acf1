# Offers on My page: a journey offered because Folkeregisteret reported a birth or a death.
my-page-offers = Suggested for you
offer-why-birth = The National Population Register has registered that { $name } was born on { $date }, with you as a parent.
offer-why-death = The National Population Register has registered that { $name } died on { $date }. Our condolences. You are listed as spouse or heir.
offer-nothing-sent = Nothing has been sent. It is up to you whether to start.
offer-start = Start
offer-dismiss = Not relevant
my-page-offer-dismissed = The suggestion has been removed from My page.
