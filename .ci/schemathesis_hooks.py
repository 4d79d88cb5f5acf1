"""Signs schemathesis's generated status reports as an agency would (the agency contract's
veiviserSignature: lowercase hex HMAC-SHA256 of `<timestamp>.<raw body>`), so the property-based
test reaches past the signature check into the report's own checks. The body is serialized here,
once, and sent as those exact bytes. The key is the demo's shared callback key, which the test
portal runs with (`VEIVISER_CALLBACK_SECRET`)."""

import hashlib
import hmac
import json
import os
import time

import schemathesis

KEY = os.environ.get("VEIVISER_CALLBACK_SECRET", "simulator-callback-secret").encode()


@schemathesis.hook
def before_call(context, case, kwargs):
    body = case.body
    if isinstance(body, (bytes, bytearray)):
        raw = bytes(body)
    else:
        try:
            raw = json.dumps(body, ensure_ascii=False).encode()
        except (TypeError, ValueError):
            return
        case.body = raw
    timestamp = str(int(time.time()))
    signature = hmac.new(KEY, timestamp.encode() + b"." + raw, hashlib.sha256).hexdigest()
    headers = dict(case.headers or {})
    headers["X-Veiviser-Timestamp"] = timestamp
    headers["X-Veiviser-Signature"] = signature
    case.headers = headers
