//! Everything that depends on glibc's private contract with its `ld.so`.
//!
//! The rest of dryad talks about objects, symbols and TLS in its own terms;
//! this module mirrors glibc's structures (`struct link_map`, later
//! `_rtld_global`, `_rtld_global_ro`, the TCB) with their exact 2.36 layout
//! and compile-time offset checks, so another glibc's layout can be added
//! beside it.

pub mod link_map;
pub mod cpu_features;

/// `sizeof(struct pthread)` in glibc 2.36: the TCB at the thread pointer
/// (TLS_TCB_SIZE), and its alignment (TCB_ALIGNMENT).
pub const TCB_SIZE: usize = 2368;
pub const TCB_ALIGN: usize = 64;
/// Static TLS reserved for later dlopen'ed initial-exec modules with the
/// default tunables (`_dl_tls_static_surplus_init`, nns = 4).
pub const STATIC_TLS_SURPLUS: usize = 1664;
pub mod tunables;
pub mod printf;
pub mod pthread;
pub mod exports;
