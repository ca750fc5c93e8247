//! Everything that depends on glibc's private contract with its `ld.so`.
//!
//! The rest of dryad talks about objects, symbols and TLS in its own
//! terms; this module mirrors glibc 2.36's structures (`_rtld_global`,
//! `_rtld_global_ro`, `struct link_map`, the TCB) with their exact layout
//! and compile-time offset checks (layout.rs), fills them in the order
//! libc expects (handshake.rs), and provides the functions libc imports.
//! Another glibc version's layout would be added beside it.

pub mod cpu_features;
pub mod errors;
pub mod exports;
pub mod find_object;
pub mod handshake;
pub mod layout;
pub mod lookup_x;
pub mod printf;
pub mod pthread;
pub mod release;
pub mod tunables;

pub use layout::LinkMap;

use crate::abi::Libc;
use crate::config::Config;
use crate::error::LoadResult;
use crate::namespace::Namespace;
use crate::object::Object;
use crate::startup::InitialStack;
use crate::tls::StartupTls;

/// Storage of the two objects libc reaches its ld.so's state through,
/// exported as `_rtld_global` and `_rtld_global_ro` (GLIBC_PRIVATE). Their
/// layout is the release's, so each is a block of bytes large enough for
/// every supported release's struct; the adapter writes its initial value
/// when it is configured, before libc is relocated (libc reaches both
/// through GOT entries only, never by copy relocation). `_rtld_global_ro`
/// lives in RELRO, like glibc's: written during startup, read-only once
/// the program runs.
#[repr(C, align(8))]
pub struct Storage<const N: usize>(pub [u8; N]);

/// `sizeof (struct rtld_global)`, the largest of: 2.36 4336, 2.41 2888.
pub const RTLD_GLOBAL_STORAGE: usize = 4336;
/// `sizeof (struct rtld_global_ro)`, the largest of: 2.36 896, 2.41 952.
pub const RTLD_GLOBAL_RO_STORAGE: usize = 952;

#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut _rtld_global: Storage<RTLD_GLOBAL_STORAGE> = Storage([0; RTLD_GLOBAL_STORAGE]);

#[cfg_attr(feature = "rtld", no_mangle)]
#[cfg_attr(feature = "rtld", link_section = ".data.rel.ro")]
pub static mut _rtld_global_ro: Storage<RTLD_GLOBAL_RO_STORAGE> = Storage([0; RTLD_GLOBAL_RO_STORAGE]);

/// `GLRO(dl_x86_cpu_features)` of the release in use, for
/// `_dl_x86_get_cpu_features` (set when the adapter is configured).
pub static CPU_FEATURES: core::sync::atomic::AtomicPtr<u8> = core::sync::atomic::AtomicPtr::new(core::ptr::null_mut());

/// `sizeof(struct pthread)` in glibc 2.36: the TCB at the thread pointer
/// (TLS_TCB_SIZE), and its alignment (TCB_ALIGNMENT).
pub const TCB_SIZE: usize = layout::TLS_TCB_SIZE;
pub const TCB_ALIGN: usize = layout::PTHREAD_ALIGN;

/// The adapter for glibc 2.36 (Debian 12's build): every pipeline event
/// goes to the step of [`handshake`] that serves it.
pub struct Glibc236;

static GLIBC_2_36: Glibc236 = Glibc236;

/// The adapter for the objects loaded ([`crate::abi::Select`]): the one
/// for the release of their `libc.so.6`, or a refusal naming the release
/// found and the releases supported. A program without `libc.so.6` (the
/// libc-free test fixtures) gets the 2.36 adapter, whose libc-bound steps
/// then find no libc and do nothing.
pub fn select(ns: &Namespace) -> LoadResult<&'static dyn Libc> {
    handshake::check_libc(ns)?;
    Ok(&GLIBC_2_36)
}

impl Libc for Glibc236 {
    fn configure(&self, stack: &InitialStack, config: &Config) {
        handshake::early(stack, config);
    }
    fn tcb_size(&self) -> usize {
        TCB_SIZE
    }
    fn tcb_align(&self) -> usize {
        TCB_ALIGN
    }
    fn static_tls_surplus(&self) -> usize {
        handshake::static_tls_surplus()
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
