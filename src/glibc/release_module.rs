// What every release module (v2_36/mod.rs, ...) is made of besides its own
// `layout`, `specific`, `cpu_features` and `TUNABLES`: each includes this
// file. It brings the glibc-wide modules in under the names the shared
// code uses, checks the sizes the shared code relies on, and instantiates
// the shared handshake, initial-thread setup and adapter over the
// release's layout.

pub(crate) use super::{errors, exports, find_object, lookup_x, tunables};
pub(crate) use super::{PthreadStackFields, CPU_FEATURES, PTHREAD_STACK_FIELDS, RTLD_GLOBAL_RO_STORAGE, RTLD_GLOBAL_STORAGE, _rtld_global, _rtld_global_ro};

const _: () = assert!(cpu_features::CPU_FEATURES_SIZE == layout::CPU_FEATURES_SIZE);

/// The initial thread's `struct pthread` (../pthread.rs over this
/// release's layout).
pub mod pthread {
    include!("pthread.rs");
}

/// The libc handshake (../handshake.rs) over this release's structures.
#[allow(non_upper_case_globals)]
pub mod handshake {
    include!("handshake.rs");
}

/// `ld.so --list-tunables` for this release: its table, read from the
/// environment as at startup, with the CPU probe's write-back.
#[allow(dead_code)] // not a command-line option of 2.31's ld.so
pub fn list_tunables(stack: &crate::startup::InitialStack, config: &crate::config::Config) {
    tunables::select(TUNABLES);
    tunables::init(stack.env(), config.secure);
    let _ = specific::init_cpu(stack);
    tunables::print();
}

// The adapter: every pipeline event goes to the handshake step that serves
// it (../adapter.rs).
include!("adapter.rs");
