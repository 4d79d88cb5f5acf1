# Login, logout, roles, and the embedded test login.

login-link = Log in
logout-button = Log out
user-menu-label = Logged-in user
caseworker-link = Casework
admin-link = Administration
operator-link = Operations

login-error-title = The login was refused
login-error-state = The login could not be completed because it did not belong to this browser session. Please log in again.
login-error-token = We could not confirm your identity from the login service.
login-error-level = This service requires logging in at the high security level, for example with BankID.
login-error-rate = There have been too many login attempts from your address. Wait a little and try again.
login-error-provider = The login service did not answer as expected. Please try again later.
login-error-retry = Log in again

logged-out-title = You are logged out
logged-out-body = You are logged out of Veiviser and of the login service.

forbidden-title = You do not have access to this page
forbidden-body = This page is for the agencies' caseworkers and administrators. If you believe you should have access, contact the agency you work for.

caseworker-title = Casework
caseworker-agencies = You are a caseworker for:
admin-title = Administration
admin-agencies = You administer the journeys of:

error-summary-title = There is a problem
error-identity-number-length = The national identity number must have 11 digits.
error-identity-number-digits = The national identity number can only contain digits.
error-identity-number-date = The first six digits of the national identity number must be a date.
error-identity-number-checksum = The national identity number is not valid. Check that you typed it correctly.

idp-title = Test login
idp-intro = This is a login service for development and testing, with synthetic people. It is never used in production.
idp-person-legend = Who do you want to log in as?
idp-person-other = Another synthetic person
idp-typed-pid = Synthetic national identity number or D number
idp-level-legend = Security level
idp-level-substantial = Substantial (like MinID)
idp-level-high = High (like BankID)
idp-submit = Log in
idp-error-client = The login request came from an unknown service or asked for an unknown return address.
idp-logged-out = You are logged out.

session-warning = You will soon be logged out because you have not been active. Your session ends in { $minutes } minutes.
session-stay = Stay logged in
session-idle-note = You are logged out after { $minutes } minutes without activity. What you have saved is not lost.

user-login-method = { $method }, { $level } assurance level
user-level-high = high
user-level-substantial = substantial
user-method-unknown = unknown method
request-refused-title = The request was refused
request-refused-body = The form was not sent from Veiviser or belonged to a session that has ended, so nothing was changed. Go back, reload the page and try again.
