//! What glibc 2.43 does differently from the other releases in the steps
//! the shared handshake (../handshake.rs, ../pthread.rs) takes. Most of it
//! is 2.41's (the rseq area in an extra TLS block, ld.so's own catch
//! frames, hwcap3/4, the vDSO's getrandom); new are `_dl_readonly_area`,
//! `dlfo_sframe`, stack flags kept as `PROT_*` bits, and the initial
//! thread's `stack_mode`/`joinstate`.

use super::exports;
use super::layout::{LinkMap, RtldGlobalRo};
use super::tunables;
use crate::startup::InitialStack;

/// `_rtld_global_ro` fields of 2.43 the shared handshake does not fill:
/// `_dl_hwcap3` and `_dl_hwcap4` (AT_HWCAP3/4, 0 on kernels without
/// them), `_dl_readonly_area` (new in 2.42, for fortified `printf`), and
/// `_dl_profile_output`, which 2.43 leaves NULL unless LD_PROFILE_OUTPUT
/// is set (2.41 defaulted it to /var/tmp). `_dl_find_object` also reports
/// `dlfo_sframe` from this release on.
///
/// # Safety
/// `ro` is this release's `_rtld_global_ro`, during startup.
pub unsafe fn ro_release_fields(ro: *mut RtldGlobalRo, stack: &InitialStack) {
    // SAFETY: the caller's contract; the function has the field's C
    // signature.
    unsafe {
        (*ro).dl_hwcap3 = stack.aux(AT_HWCAP3).unwrap_or(0) as u64;
        (*ro).dl_hwcap4 = stack.aux(AT_HWCAP4).unwrap_or(0) as u64;
        (*ro).dl_readonly_area = Some(core::mem::transmute::<usize, super::layout::DlReadonlyAreaFn>(
            super::find_object::dl_readonly_area as *const () as usize,
        ));
        (*ro).dl_profile_output = core::ptr::null();
    }
    super::find_object::report_sframe();
}

/// `GL(dl_stack_prot_flags)` (2.43 replaced `_dl_stack_flags`): the
/// program's PT_GNU_STACK flags as `PROT_*` bits, or
/// `DEFAULT_STACK_PROT_PERMS` without one. libc's `allocate_stack` maps
/// thread stacks with exactly these protections.
///
/// # Safety
/// `g` is this release's `_rtld_global`, during startup.
pub unsafe fn set_stack_flags(g: *mut super::layout::RtldGlobal, pf: Option<u32>) {
    // SAFETY: the caller's contract.
    unsafe { (*g).dl_stack_prot_flags = pf.map_or(super::layout::DEFAULT_STACK_PROT_PERMS, crate::load::prot_of) };
}

/// `_dl_make_stack_executable`'s record: `GL(dl_stack_prot_flags) |=
/// PROT_EXEC`.
///
/// # Safety
/// `g` is this release's `_rtld_global`, with the load lock held or
/// during startup.
pub unsafe fn add_exec_stack(g: *mut super::layout::RtldGlobal) {
    // SAFETY: the caller's contract.
    unsafe { (*g).dl_stack_prot_flags |= libc::PROT_EXEC };
}

/// The word `set_tid_address` registers for the initial thread: 2.43's
/// `joinstate`, which the kernel clears at exit (`pthread_join` waits on
/// it; `tid` stays as it was).
pub const TID_ADDRESS: usize = super::layout::PTHREAD_JOINSTATE;

/// `ALLOCATE_GUARD_USER`: the thread's stack is not libc's.
const ALLOCATE_GUARD_USER: u32 = 2;
/// `THREAD_STATE_JOINABLE`.
const THREAD_STATE_JOINABLE: u32 = 2;

/// The initial thread's descriptor fields that differ between releases
/// (`__tls_init_tp`): `stack_mode = ALLOCATE_GUARD_USER`, `joinstate =
/// THREAD_STATE_JOINABLE`.
///
/// # Safety
/// `pd` is the initial thread's `struct pthread`.
pub unsafe fn initial_thread_fields(pd: *mut u8) {
    // SAFETY: the caller's contract; both offsets are inside the
    // descriptor and 4-byte aligned (layout asserts).
    unsafe {
        *(pd.add(super::layout::PTHREAD_STACK_MODE) as *mut u32) = ALLOCATE_GUARD_USER;
        *(pd.add(super::layout::PTHREAD_JOINSTATE) as *mut u32) = THREAD_STATE_JOINABLE;
    }
}

// What 2.43 shares with 2.41 (../since_2_41.rs) and with the releases
// since 2.34 (../since_2_34.rs).
/// `LD_DEBUG=libs` says why a candidate file was passed over (since 2.42:
/// `(no such file)`, `(incompatible ELF class)`, `(incompatible ELF machine)`).
const CANDIDATE_REASONS: bool = true;

include!("../since_2_41.rs");
include!("../since_2_34.rs");

/// Whether this release's ld.so looks the program's allocator up after
/// relocation (`__rtld_malloc_init_real`, since 2.35: calloc, free,
/// malloc, realloc), lookups `LD_DEBUG=symbols` shows.
pub const RTLD_MALLOC_INIT: bool = true;

/// The symbolic relocations of Debian's glibc 2.43 ld.so, in its
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
