//! The adapter for glibc 2.36 (Debian 12's 2.36-9+deb12u14 build).
//!
//! A release module brings its own layouts (`layout`, from that release's
//! debug info, with compile-time offset checks), its tunables table and
//! its `cpu_features`, and instantiates the handshake that every release
//! shares (`src/glibc/handshake.rs`, `src/glibc/pthread.rs`) over them.
//! What differs between releases in the steps themselves is marked there
//! (docs/06-tls-and-the-libc-handshake.md, "What differs per release").

#[allow(dead_code)]
pub mod layout;

// The glibc-wide modules, under the names the shared handshake uses.
pub(crate) use super::{cpu_features, errors, exports, find_object, lookup_x, tunables};
pub(crate) use super::{PthreadStackFields, CPU_FEATURES, PTHREAD_STACK_FIELDS, RTLD_GLOBAL_RO_STORAGE, RTLD_GLOBAL_STORAGE, _rtld_global, _rtld_global_ro};

pub mod specific;

const _: () = assert!(cpu_features::CPU_FEATURES_SIZE == layout::CPU_FEATURES_SIZE);

/// This build's `tunable_list[]`, in id order.
pub const TUNABLES: &[tunables::Tunable] = &tunables::TABLE_2_36;

/// The initial thread's `struct pthread` (2368 bytes in 2.36).
pub mod pthread {
    include!("../pthread.rs");
}

/// The libc handshake over 2.36's structures.
#[allow(non_upper_case_globals)]
pub mod handshake {
    include!("../handshake.rs");
}

// The adapter: every pipeline event goes to the handshake step that serves
// it (shared by every release: ../adapter.rs).
include!("../adapter.rs");
