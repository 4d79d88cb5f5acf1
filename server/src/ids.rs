//! Random ids and tokens, for everything that needs one: CSRF tokens, OpenID `state`, draft ids,
//! delivery ids and leases, submission references, incident ids, and the embedded provider's
//! codes, tokens and key ids. Neutral ground: production code and the development code (the
//! embedded provider, the simulator) both take them from here, so neither leans on the other.
//!
//! Every value comes from the thread-local CSPRNG (`rand::thread_rng`, reseeded from the OS).

use rand::{Rng, RngCore};

/// `bytes` random bytes, base64url without padding: codes, tokens, session ids, key ids.
pub fn random_token(bytes: usize) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes(bytes))
}

/// `bytes` random bytes as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    random_bytes(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn random_bytes(bytes: usize) -> Vec<u8> {
    let mut buffer = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut buffer);
    buffer
}

/// Crockford's base 32: no I, L, O or U to misread.
const READABLE: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// `length` characters from Crockford's base 32 (five bits each).
fn readable_code(length: usize) -> String {
    let mut rng = rand::thread_rng();
    (0..length)
        .map(|_| char::from(READABLE[rng.gen_range(0..READABLE.len())]))
        .collect()
}

/// A human reference, `VV-<year>-XXXXXXXX`: eight random characters from Crockford's base 32
/// (no I, L, O or U to misread), 40 bits, drawn again on the rare clash.
pub fn new_reference(year: &str) -> String {
    format!("VV-{year}-{}", readable_code(8))
}

/// A case number of the portal's own inbox, `<AGENCY>-XXXXXXXX` (`KOMMUNE-7K3M9QXZ`): eight
/// random readable characters, 40 bits.
pub fn case_number(agency: &str) -> String {
    format!("{}-{}", agency.to_uppercase(), readable_code(8))
}

/// A short id a person can read out on the phone: eight characters, no look-alikes.
pub fn incident_id() -> String {
    readable_code(8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_hex_have_the_asked_length_and_alphabet() {
        let token = random_token(32);
        assert_eq!(token.len(), 43);
        assert!(token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let hex = random_hex(16);
        assert_eq!(hex.len(), 32);
        assert!(hex
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
        assert_ne!(random_token(16), random_token(16));
    }

    #[test]
    fn references_and_incidents_are_readable() {
        let reference = new_reference("2026");
        let code = reference.strip_prefix("VV-2026-").expect("prefix");
        let incident = incident_id();
        for code in [code, incident.as_str()] {
            assert_eq!(code.len(), 8);
            assert!(code.bytes().all(|b| READABLE.contains(&b)), "{code}");
        }
    }
}
