//! The adapter for glibc 2.41 (Debian 13's 2.41-12+deb13u5 build): its
//! layouts (from its debug info through tools/glibc-layout), its tunables
//! table and its `cpu_features`, and the shared handshake over them.

#[allow(dead_code)]
pub mod layout;
pub mod specific;

pub(crate) use super::cpu_features_2_41 as cpu_features;

/// This build's `tunable_list[]`, in id order.
pub const TUNABLES: &[tunables::Tunable] = &tunables::TABLE_2_41;

include!("../release_module.rs");

/// `ld.so --list-diagnostics` for 2.41 (see ../diagnostics.rs): 2.41's
/// `cpu_features` lines and the CPUID dump of every processor.
pub fn list_diagnostics(stack: &crate::startup::InitialStack, config: &crate::config::Config) {
    print_diagnostics(stack, config, &super::diagnostics::V2_41, super::diagnostics::print_cpu_2_41);
}
