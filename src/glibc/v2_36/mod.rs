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

use crate::abi::Libc;
use crate::config::Config;
use crate::namespace::Namespace;
use crate::object::Object;
use crate::startup::InitialStack;
use crate::tls::StartupTls;

/// The 2.36 adapter: every pipeline event goes to the handshake step
/// that serves it.
pub struct Adapter;

pub static ADAPTER: Adapter = Adapter;

impl Libc for Adapter {
    fn configure(&self, stack: &InitialStack, config: &Config) {
        handshake::early(stack, config);
    }
    fn tcb_size(&self) -> usize {
        layout::TLS_TCB_SIZE
    }
    fn tcb_align(&self) -> usize {
        layout::PTHREAD_ALIGN
    }
    fn static_tls_surplus(&self) -> usize {
        handshake::static_tls_surplus()
    }
    fn extra_static_tls(&self, stack: &InitialStack) -> crate::tls::ExtraBlock {
        specific::extra_static_tls(stack)
    }
    fn thread_ready(&self, tls: &StartupTls, tp: usize, pointer_guard: usize) {
        handshake::initial_thread(tls, tp, pointer_guard);
    }
    fn stack_made_executable(&self) {
        handshake::stack_is_executable();
    }
    fn publish(&self, ns: &mut Namespace) {
        handshake::publish_link_maps(ns);
        find_object::publish(ns);
    }
    fn relocated(&self, symbolic: usize) {
        handshake::count_relocations(symbolic);
    }
    fn before_initialisers(&self, ns: &Namespace) {
        handshake::before_initialisers(ns);
    }
    fn init_called(&self, obj: &Object) {
        handshake::mark_init_called(obj);
    }
    fn opening(&self, ns: &mut Namespace, new: &[usize]) {
        handshake::fill_opened(ns, new);
    }
    fn opened(&self, ns: &mut Namespace, new: &[usize], root: usize, local: &[usize], global: bool) {
        handshake::publish_opened(ns, new, root, local, global);
        find_object::publish(ns);
    }
    fn opened_again(&self, ns: &Namespace, root: usize, local: &[usize], global_grew: bool) {
        handshake::opened_again(ns, root, local, global_grew);
    }
}
