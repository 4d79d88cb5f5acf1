//! The national registers prefill reads, by name: what production knows of them. The registers
//! themselves are elsewhere (`VEIVISER_REGISTERS_URL`), or simulated on this server by the
//! `simulator` module (which takes these names from here).

/// Folkeregisteret, the national population register: people, their relations and addresses.
pub const FOLKEREGISTERET: &str = "folkeregisteret";
/// Enhetsregisteret, the central coordinating register of legal entities: units and roles.
pub const ENHETSREGISTERET: &str = "enhetsregisteret";
/// Aa-registeret, the employer and employee register: a person's employments.
pub const AA_REGISTERET: &str = "aa-registeret";
/// All of them, as targets of scopes, static tokens and faults.
pub const REGISTERS: [&str; 3] = [FOLKEREGISTERET, ENHETSREGISTERET, AA_REGISTERET];

/// The variable of a register's or agency's own static token: `VEIVISER_AGENCY_TOKEN_NAV`,
/// `…_AA_REGISTERET` (a hyphen is no part of a variable's name).
pub fn token_variable(target: &str) -> String {
    format!(
        "VEIVISER_AGENCY_TOKEN_{}",
        target.to_uppercase().replace('-', "_")
    )
}
