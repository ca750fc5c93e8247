//! The adapter for glibc 2.31 (Debian 11's 2.31-13+deb11u11 build): the
//! release before libpthread was merged into libc (2.34), before
//! `__libc_early_init` (2.32), `_dl_find_object` and rseq (2.35). Its
//! layouts (from its debug info through tools/glibc-layout), tunables
//! table and `cpu_features`, and the shared handshake over them; what 2.31
//! does differently in the shared steps is in `specific.rs`
//! (docs/glibc-2.31.md).

#[allow(dead_code)]
pub mod layout;
pub mod specific;

pub(crate) use super::cpu_features_2_31 as cpu_features;

/// This build's `tunable_list[]`, in id order.
pub const TUNABLES: &[tunables::Tunable] = &tunables::TABLE_2_31;

include!("../release_module.rs");
