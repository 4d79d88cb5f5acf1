//! Addresses the portal builds: a path to come back to, carried in another address's query
//! (`/login?return=…`, `/language/en?return=…`), with its own query intact.

/// Percent-encodes a value for a query string, keeping `/` readable.
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::encode_query_value;

    #[test]
    fn return_paths_survive_a_query_string() {
        assert_eq!(
            encode_query_value("/life-event/fa-barn"),
            "/life-event/fa-barn"
        );
        assert_eq!(encode_query_value("/a?b=c&d=ø"), "/a%3Fb%3Dc%26d%3D%C3%B8");
    }
}
