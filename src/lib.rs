//! dryad: a dynamic linker for x86-64 Linux, written in Rust.
//!
//! This crate is the linker as a library (so its parsing and policy code
//! can be unit-tested on the host); `src/main.rs` turns it into the
//! `dryad.so.1` binary. See `docs/` for how the pieces fit together.
//!
//! The C symbols glibc's libc imports from its ld.so (`_rtld_global`,
//! `__tls_get_addr`, ...) are exported only with the `rtld` feature, which
//! the binary's build enables (see Cargo.toml).
#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub mod sys;
pub mod abi;
pub mod audit;
#[macro_use]
pub mod debuglog;
pub mod dlclose;
pub mod dlopen;
pub mod config;
pub mod elf;
pub mod error;
pub mod glibc;
pub mod heap;
pub mod ldcache;
pub mod load;
pub mod lazy;
pub mod lookup;
pub mod namespace;
pub mod object;
pub mod rdebug;
pub mod reloc;
pub mod rtld;
pub mod search;
pub mod startup;
pub mod symbols;
pub mod symindex;
pub mod parallel;
pub mod workers;
pub mod tls;
