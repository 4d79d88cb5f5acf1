//! The national registers prefill reads, by name: what production knows of them. The registers
//! themselves are elsewhere (`VEIVISER_REGISTERS_URL`), or simulated on this server by the
//! `simulator` module (which takes these names from here).

/// Folkeregisteret, the national population register: people, their relations and addresses.
pub const FOLKEREGISTERET: &str = "folkeregisteret";
/// Enhetsregisteret, the central coordinating register of legal entities: units and roles.
pub const ENHETSREGISTERET: &str = "enhetsregisteret";
/// Both, as targets of scopes, static tokens and faults.
pub const REGISTERS: [&str; 2] = [FOLKEREGISTERET, ENHETSREGISTERET];
