# Deliveries that did not arrive: an agency's admins (and, read-only, the caseworkers of
# agencies with a case system of their own).

deliveries-title = Deliveries that did not arrive: { $agency }
deliveries-sent-title = Sent to { $agency }
deliveries-back-admin = Back to administration
deliveries-intro-admin = These calls are waiting to be sent, being retried, or were given up. You can send a call that was given up again; the agency still gets it only once.
deliveries-intro-read-only = These calls are waiting to be sent, being retried, or were given up. The agency's administrators can send the ones given up again.
deliveries-intro-sent = What Veiviser sent to the agency's own case system, when it was delivered, and what the agency last reported about the case.
deliveries-lists-label = Calls
deliveries-show-undelivered = Not delivered
deliveries-show-sent = Delivered
deliveries-retry = Send again
deliveries-retry-all = Send every call given up again
deliveries-done-retried = Put back in the queue: { $count }
deliveries-done-nothing = There was nothing to send again: the call is no longer given up.
deliveries-more = Only the newest calls are shown. "Send every call given up again" covers them all.
deliveries-empty = Everything to { $agency } has been delivered.
deliveries-sent-empty = Nothing has been delivered to { $agency } yet.
deliveries-caption = Calls to { $agency } not delivered
deliveries-sent-caption = Calls delivered to { $agency }
deliveries-column-reference = Reference
deliveries-column-service = Life event and service
deliveries-column-state = State
deliveries-column-attempts = Attempts
deliveries-column-error = Last error
deliveries-column-queued = Queued
deliveries-column-next = Next attempt
deliveries-column-retries = Sent again
deliveries-column-delivered = Delivered
deliveries-column-case-number = Case number
deliveries-column-status = Latest status
deliveries-column-payload = What was sent
deliveries-column-action = Action
deliveries-state-waiting = Waiting to be sent
deliveries-state-retrying = Being retried
deliveries-state-dead = Given up
deliveries-held = Waiting for an answer from someone who takes part
deliveries-state-delivered = Delivered
deliveries-given-up-at = Given up { $time }
deliveries-no-retries = None
deliveries-retried-by-operator = operator
deliveries-no-status = Nothing reported yet
deliveries-show-payload = Show what was sent
case-history-retried = The call was sent again after it had been given up.

# Operations: every agency's calls not delivered, for operators (the platform's own staff, of
# no agency). They never see a case's contents.
operator-title = Operations: deliveries that did not arrive
operator-intro = How many calls to each agency are not delivered yet. Choose an agency to see its calls with the last error and send the ones given up again. You do not see the cases' contents.
operator-none-dead = No call has been given up.
operator-dead-total = Given up in all: { $count }
operator-caption = Calls not delivered, by agency
operator-column-agency = Agency
operator-column-pending = Waiting or being retried
operator-column-dead = Given up
deliveries-back-operator = Back to operations
