//! The adapter for glibc 2.36 (Debian 12's 2.36-9+deb12u14 build).
//!
//! A release module brings its own layouts (`layout`, from that release's
//! debug info, with compile-time offset checks), its tunables table and
//! its `cpu_features`, and instantiates the handshake that every release
//! shares (`src/glibc/handshake.rs`, `src/glibc/pthread.rs`) over them.
//! What the release does differently in those shared steps is in its
//! `specific.rs` (docs/06-tls-and-the-libc-handshake.md, "What differs per
//! release"); the rest a release module is made of: ../release_module.rs.

#[allow(dead_code)]
pub mod layout;
pub mod specific;

pub(crate) use super::cpu_features;

/// This build's `tunable_list[]`, in id order.
pub const TUNABLES: &[tunables::Tunable] = &tunables::TABLE_2_36;

include!("../release_module.rs");
