//! Everything that depends on glibc's private contract with its `ld.so`.
//!
//! The rest of dryad talks about objects, symbols and TLS in its own terms;
//! this module mirrors glibc's structures (`struct link_map`, later
//! `_rtld_global`, `_rtld_global_ro`, the TCB) with their exact 2.36 layout
//! and compile-time offset checks, so another glibc's layout can be added
//! beside it.

pub mod link_map;
