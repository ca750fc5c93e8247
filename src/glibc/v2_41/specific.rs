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
include!("../since_2_41.rs");
include!("../since_2_34.rs");
include!("../before_2_43.rs");
