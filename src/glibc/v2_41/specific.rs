//! What glibc 2.41 does differently from the other releases in the steps
//! the shared handshake (../handshake.rs, ../pthread.rs) takes: most of it
//! is shared with 2.43 (../since_2_41.rs).

use super::exports;
use super::layout::{LinkMap, RtldGlobalRo};
use super::tunables;
use crate::startup::InitialStack;

/// `_rtld_global_ro` fields 2.41 adds: `_dl_hwcap3` and `_dl_hwcap4`
/// (AT_HWCAP3/4, 0 on kernels without them).
///
/// # Safety
/// `ro` is this release's `_rtld_global_ro`, during startup.
pub unsafe fn ro_release_fields(ro: *mut RtldGlobalRo, stack: &InitialStack) {
    // SAFETY: the caller's contract.
    unsafe {
        (*ro).dl_hwcap3 = stack.aux(AT_HWCAP3).unwrap_or(0) as u64;
        (*ro).dl_hwcap4 = stack.aux(AT_HWCAP4).unwrap_or(0) as u64;
    }
}


// What 2.41 shares with later releases (../since_2_41.rs), with the
// releases since 2.34 (../since_2_34.rs), and with earlier ones
// (../before_2_43.rs).
/// `LD_DEBUG=libs` gives no reason for a candidate passed over (2.42 does).
const CANDIDATE_REASONS: bool = false;

include!("../since_2_41.rs");
include!("../since_2_34.rs");
include!("../before_2_43.rs");

/// Whether this release's ld.so looks the program's allocator up after
/// relocation (`__rtld_malloc_init_real`, since 2.35: calloc, free,
/// malloc, realloc), lookups `LD_DEBUG=symbols` shows.
pub const RTLD_MALLOC_INIT: bool = true;

/// The symbolic relocations of Debian's glibc 2.41 ld.so, in its
/// relocation order (name, version, PLT class): it relocates itself again
/// against the global scope once the other objects are, and
/// `LD_DEBUG=symbols` shows those lookups (read from the Debian build
/// with `readelf -r`; dryad looks them up for LD_DEBUG only).
pub const LDSO_OWN_REFERENCES: &[(&[u8], &[u8], bool)] = &[];

/// `DT_RELACOUNT` of that ld.so (its relative relocations, which
/// `LD_DEBUG=statistics` counts; 0: it uses DT_RELR).
pub const LDSO_RELACOUNT: usize = 0;

/// `elf_machine_type_class (R_X86_64_GLOB_DAT)` of this release (no class of its own).
pub const GLOB_DAT_CLASS: u8 = 0;

/// The rtld-audit interface version this release offers (`LAV_CURRENT`,
/// <bits/link_lavcurrent.h>; 1 before 2.35).
pub const LAV_CURRENT: u32 = 2;

/// How this release's ld.so tells audit modules what it does (see
/// [`crate::audit::Rules`]).
pub const AUDIT_RULES: crate::audit::Rules = crate::audit::Rules { events_2_41: true, ..crate::audit::Rules::SINCE_2_35 };
