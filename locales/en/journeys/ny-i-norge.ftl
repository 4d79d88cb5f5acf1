ny-i-norge-title = New in Norway
ny-i-norge-summary = Report your move to Norway, get a tax card, choose a GP and find services in your municipality.
ny-i-norge-intro = When you move to Norway, you report the move to the Tax Administration and get a national identity number or D number, a tax card and a GP. Your municipality has services for new residents.
ny-i-norge-duration = About 25 minutes.
