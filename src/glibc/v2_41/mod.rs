//! The adapter for glibc 2.41 (Debian 13's 2.41-12+deb13u5 build): its
//! layouts (from its debug info through tools/glibc-layout), its tunables
//! table and its `cpu_features`, and the shared handshake over them.

#[allow(dead_code)]
pub mod layout;

// The glibc-wide modules, under the names the shared handshake uses.
pub(crate) use super::cpu_features_2_41 as cpu_features;
pub(crate) use super::{errors, exports, find_object, lookup_x, tunables};
pub(crate) use super::{PthreadStackFields, CPU_FEATURES, PTHREAD_STACK_FIELDS, RTLD_GLOBAL_RO_STORAGE, RTLD_GLOBAL_STORAGE, _rtld_global, _rtld_global_ro};

pub mod specific;

const _: () = assert!(cpu_features::CPU_FEATURES_SIZE == layout::CPU_FEATURES_SIZE);
const _: () = assert!(core::mem::size_of::<layout::DlFindObject>() == core::mem::size_of::<super::shared::DlFindObject>());

/// This build's `tunable_list[]`, in id order.
pub const TUNABLES: &[tunables::Tunable] = &tunables::TABLE_2_41;

/// The initial thread's `struct pthread` (2368 bytes in 2.41).
pub mod pthread {
    include!("../pthread.rs");
}

/// The libc handshake over 2.41's structures.
#[allow(non_upper_case_globals)]
pub mod handshake {
    include!("../handshake.rs");
}

// The adapter: every pipeline event goes to the handshake step that serves
// it (shared by every release: ../adapter.rs).
include!("../adapter.rs");
