//! The adapter for glibc 2.43 (Debian sid's 2.43-7 build): its layouts
//! (from its debug info through tools/glibc-layout), its tunables table,
//! its `cpu_features` (2.41's module in its 2.43 mode: only the Hygon
//! tuning differs), and the shared handshake over them.

#[allow(dead_code)]
pub mod layout;
pub mod specific;

pub(crate) use super::cpu_features_2_41::v2_43 as cpu_features;

/// This build's `tunable_list[]`, in id order.
pub const TUNABLES: &[tunables::Tunable] = &tunables::TABLE_2_43;

include!("../release_module.rs");

/// `ld.so --list-diagnostics` for 2.43 (see ../diagnostics.rs): 2.41's
/// `cpu_features` lines and the CPUID dump of every processor.
pub fn list_diagnostics(stack: &crate::startup::InitialStack, config: &crate::config::Config) {
    print_diagnostics(stack, config, &super::diagnostics::V2_43, super::diagnostics::print_cpu_2_41);
}
