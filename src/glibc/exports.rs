//! The symbols glibc's `libc.so.6` imports from its `ld.so` (besides the
//! two big globals, see [`super::handshake`]), with glibc's names, types
//! and versions (the versions come from linker-scripts/dryad.map).

// C symbol names (glibc ABI), exported with the `rtld` feature.
#![allow(non_upper_case_globals)]

use crate::sys;
use crate::tls::{self, DtvSlot};
use core::ffi::c_void;

// ----- data ---------------------------------------------------------------

/// `int __libc_enable_secure` (GLIBC_PRIVATE): AT_SECURE.
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut __libc_enable_secure: i32 = 0;

/// `void *__libc_stack_end` (GLIBC_2.2.5): the initial stack pointer
/// (&argc). Set before relocation: programs may COPY-relocate it.
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut __libc_stack_end: *mut c_void = core::ptr::null_mut();

/// `char **_dl_argv` (GLIBC_PRIVATE): the program's argv.
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut _dl_argv: *mut *const u8 = core::ptr::null_mut();

/// rseq registration of the initial thread (GLIBC_2.35): the area's
/// offset from the thread pointer, the size registered (Debian's 2.36
/// uses 20, 0 if not registered) and flags.
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut __rseq_size: u32 = 0;
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut __rseq_offset: isize = 0;
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut __rseq_flags: u32 = 0;

/// `bool __nptl_initial_report_events` (GLIBC_PRIVATE), set by debuggers
/// through libthread_db.
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut __nptl_initial_report_events: u8 = 0;

// ----- TLS for new threads -----------------------------------------------

/// `void *_dl_allocate_tls(void *mem)`: libc's pthread_create passes the
/// new thread's (zeroed) TCB; dryad gives it a DTV and its static TLS
/// blocks. Returns NULL with errno ENOMEM on failure (libc checks errno).
///
/// # Safety
/// `mem` must be a TCB inside a static TLS area of the startup layout.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_allocate_tls(mem: *mut c_void) -> *mut c_void {
    if mem.is_null() {
        // libc always passes its own TCB; allocating one here is not
        // needed by any caller.
        return core::ptr::null_mut();
    }
    let Some(state) = tls::startup_state() else { return core::ptr::null_mut() };
    let dtv = tls::new_dtv(&state.modules, state.layout.max_modid, mem as usize);
    if dtv.is_null() {
        // calloc failed and set errno (ENOMEM): libc's pthread_create
        // returns EAGAIN.
        return core::ptr::null_mut();
    }
    // SAFETY: tcbhead_t.dtv is the second word of the TCB.
    unsafe { *(mem as *mut *mut DtvSlot).add(1) = dtv };
    // SAFETY: forwarded.
    unsafe { _dl_allocate_tls_init(mem, true) }
}

/// `void *_dl_allocate_tls_init(void *tcb, bool init_tls)`: (re)fills the
/// DTV of a thread and copies the TLS initialisation images into its
/// static blocks (libc calls it again when it reuses a cached stack).
///
/// # Safety
/// `tcb` must have a DTV installed by `_dl_allocate_tls`.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_allocate_tls_init(tcb: *mut c_void, _init_tls: bool) -> *mut c_void {
    let Some(state) = tls::startup_state() else { return tcb };
    let tp = tcb as usize;
    // SAFETY: the DTV pointer was installed by _dl_allocate_tls (libc may
    // have zeroed its slots when recycling a stack); a DTV shorter than
    // the current module count is replaced by a fresh one.
    unsafe {
        let slot = (tcb as *mut *mut DtvSlot).add(1);
        let mut dtv = *slot;
        let len = (*dtv.sub(1)).val;
        if len < tls::MAX_MODID.load(core::sync::atomic::Ordering::Acquire) {
            let fresh = tls::new_dtv(&state.modules, state.layout.max_modid, tp);
            if fresh.is_null() {
                // glibc's _dl_resize_dtv fails the same way (its `oom`).
                crate::error::fatal_line("cannot allocate memory for thread-local data: ABORT");
            }
            tls::free_dtv(dtv);
            dtv = fresh;
            *slot = dtv;
        }
        let len = (*dtv.sub(1)).val;
        for m in 1..=len {
            *dtv.add(m) = DtvSlot { val: tls::TLS_DTV_UNALLOCATED, to_free: 0 };
        }
        (*dtv).val = tls::dryad_tls_generation.load(core::sync::atomic::Ordering::Acquire);
        for m in &state.modules {
            *dtv.add(m.modid) = DtvSlot { val: tp - m.offset, to_free: 0 };
        }
        tls::init_blocks(&state.modules, tp);
        // dlopen'ed modules with a block in the static surplus.
        tls::init_placed_dynamic(dtv, tp);
    }
    tcb
}

/// `void _dl_deallocate_tls(void *tcb, bool dealloc_tcb)`: frees a
/// thread's DTV (libc owns the TCB and always passes false).
///
/// # Safety
/// `tcb` must be a TCB whose DTV came from `_dl_allocate_tls`.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_deallocate_tls(tcb: *mut c_void, dealloc_tcb: bool) {
    if crate::debuglog::TLS.load(core::sync::atomic::Ordering::Relaxed) {
        crate::debug_log!("TCB deallocating: 0x{:x} (dealloc_tcb={})", tcb as usize, dealloc_tcb as i32);
    }
    // SAFETY: tcbhead_t.dtv of a thread set up by _dl_allocate_tls; its
    // dynamic blocks came from libc's malloc.
    unsafe {
        let dtv = *(tcb as *const *mut DtvSlot).add(1);
        let len = (*dtv.sub(1)).val;
        for m in 1..=len {
            tls::free_block((*dtv.add(m)).to_free);
        }
        tls::free_dtv(dtv);
    }
}

/// `void _dl_get_tls_static_info(size_t *size, size_t *align)`, used by
/// the sanitizers.
///
/// # Safety
/// Both pointers must be writable.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_get_tls_static_info(size: *mut usize, align: *mut usize) {
    let l = tls::startup_state().map(|s| s.layout).unwrap_or_default();
    // SAFETY: the caller's pointers.
    unsafe {
        *size = l.size;
        *align = l.align;
    }
}

/// `int __nptl_change_stack_perm(struct pthread *pd)`: makes a thread
/// stack executable (for programs whose PT_GNU_STACK asks for it).
///
/// # Safety
/// `pd` must be a libc thread descriptor.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn __nptl_change_stack_perm(pd: *mut u8) -> i32 {
    let Some(f) = super::PTHREAD_STACK_FIELDS.get() else { return libc::EINVAL };
    // SAFETY: reading libc's descriptor fields at the offsets of the
    // release in use.
    let (block, size, guard) = unsafe {
        (
            *(pd.add(f.stackblock) as *const usize),
            *(pd.add(f.stackblock_size) as *const usize),
            *(pd.add(f.guardsize) as *const usize),
        )
    };
    let prot = libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC;
    // SAFETY: the thread's own stack, minus its guard page.
    match unsafe { sys::mprotect(block + guard, size - guard, prot) } {
        Ok(()) => 0,
        Err(e) => e.into_raw(),
    }
}

// ----- errors -------------------------------------------------------------

/// glibc's `struct dl_exception`.
#[repr(C)]
pub struct DlException {
    pub objname: *const u8,
    pub errstring: *const u8,
    pub message_buffer: *mut u8,
}

/// `void _dl_exception_create(struct dl_exception *, const char *objname,
/// const char *errstring)`: one allocation holds both strings, error
/// first. Once the program's allocator is known (after relocation) it is
/// libc's `malloc`, as in glibc, and `message_buffer` points at it: libc
/// frees such strings itself (2.31's `dlerror` calls `free` on every
/// error string it is given; later releases call `GLRO(dl_error_free)`
/// when `message_buffer` is set). Before that (startup errors, which are
/// fatal) the buffer is dryad's and `message_buffer` stays NULL. If
/// `malloc` fails, glibc's static "out of memory" with no object name.
///
/// # Safety
/// `exc` writable; the strings NUL-terminated or NULL.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_exception_create(exc: *mut DlException, objname: *const u8, errstring: *const u8) {
    // SAFETY: C strings from the caller.
    let (obj, err) = unsafe { (crate::startup::cstr(objname), crate::startup::cstr(errstring)) };
    let len = obj.len() + err.len() + 2;
    let (p, libcs) = match crate::tls::program_malloc(len) {
        Some(p) => (p, true),
        // Startup: dryad's heap, never freed.
        None => (core::mem::ManuallyDrop::new(alloc::vec::Vec::<u8>::with_capacity(len)).as_mut_ptr(), false),
    };
    // SAFETY: `exc` is the caller's writable record; `p`, if not NULL, has
    // room for both strings and their NULs.
    unsafe {
        if p.is_null() {
            (*exc).errstring = c"out of memory".as_ptr() as *const u8;
            (*exc).objname = c"".as_ptr() as *const u8;
            (*exc).message_buffer = core::ptr::null_mut();
            return;
        }
        core::ptr::copy_nonoverlapping(err.as_ptr(), p, err.len());
        *p.add(err.len()) = 0;
        let o = p.add(err.len() + 1);
        core::ptr::copy_nonoverlapping(obj.as_ptr(), o, obj.len());
        *o.add(obj.len()) = 0;
        (*exc).errstring = p;
        (*exc).objname = o;
        (*exc).message_buffer = if libcs { p } else { core::ptr::null_mut() };
    }
}

// ----- audit and profiling ------------------------------------------------

/// `void _dl_audit_preinit(struct link_map *)`: libc's start code calls it
/// just before `main` (2.34 on, always); each audit module's `la_preinit`
/// hears of it.
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn _dl_audit_preinit(_map: *mut c_void) {
    if !crate::audit::active() {
        return;
    }
    if let Some(ns) = crate::rtld::namespace() {
        crate::audit::preinit(&ns);
    }
}

/// `_dl_audit_symbind_alt(l, ref, value, result)`: libc's `dlsym` found
/// `*value` for object `l` (the caller's) in `result`, whose symbol `ref`
/// defines it; the audit modules may change it (`la_symbind64` with
/// LA_SYMB_DLSYM). Called only when `GLRO(dl_naudit) > 0`.
///
/// # Safety
/// `value` must be readable and writable; `ref_` a symbol of `result`'s
/// dynamic symbol table; `l` and `result` link maps (or null).
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_audit_symbind_alt(l: *mut c_void, ref_: *const c_void, value: *mut *mut c_void, result: *mut c_void) {
    let Some(ns) = crate::rtld::namespace() else { return };
    let (Some(from), Some(to)) = (ns.index_of_handle(crate::abi::Handle::from_ptr(l)), ns.index_of_handle(crate::abi::Handle::from_ptr(result))) else { return };
    let def = &ns.objects[to];
    let symtab = def.symbols.sym_addr(0);
    let ndx = (ref_ as usize).wrapping_sub(symtab) / core::mem::size_of::<crate::elf::Sym>();
    let Some(sym) = def.symbols.sym(&def.image, ndx) else { return };
    // SAFETY: the caller's pointer.
    unsafe { *value = crate::audit::symbind_dlsym(&ns, from, to, &sym, ndx, *value as usize) as *mut c_void };
}

/// `void _dl_mcount(ElfW(Addr) frompc, ElfW(Addr) selfpc)`: records an arc
/// for LD_PROFILE; dryad does not implement LD_PROFILE, and glibc's does
/// nothing either while no object is being profiled.
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn _dl_mcount(_from: usize, _self: usize) {}

/// Placeholder that keeps the GLIBC_2.34 version node non-empty, as in
/// glibc, where it is a non-default (hidden) version:
/// `__rtld_version_placeholder@GLIBC_2.34`. The `.symver` below gives it
/// that version; the version script leaves the name itself out.
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn dryad_rtld_version_placeholder() {}

#[cfg(feature = "rtld")]
core::arch::global_asm!(".symver dryad_rtld_version_placeholder, __rtld_version_placeholder@GLIBC_2.34");

/// `const struct cpu_features *__get_cpu_features(void)` (GLIBC_PRIVATE):
/// 2.31's name of [`_dl_x86_get_cpu_features`] (libm's and libmvec's
/// IFUNC resolvers call it).
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn __get_cpu_features() -> *const u8 {
    super::CPU_FEATURES.load(core::sync::atomic::Ordering::Acquire)
}

/// `int _dl_make_stack_executable(void **stack_endp)` (GLIBC_PRIVATE, up
/// to 2.33): 2.31's libpthread calls it first when a dlopen'ed object
/// needs an executable stack, then makes every thread's stack executable.
/// The page at `*stack_endp` (the main stack, growing down) gains
/// PROT_EXEC, `*stack_endp` is cleared and the release's stack flags gain
/// "executable".
///
/// # Safety
/// `stack_endp` points at an address inside the main thread's stack.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_make_stack_executable(stack_endp: *mut *mut c_void) -> i32 {
    // SAFETY: the caller's contract: `*stack_endp` is in the main stack.
    if let Err(e) = unsafe { crate::rtld::make_main_stack_executable(*stack_endp as usize) } {
        return e.into_raw();
    }
    // SAFETY: the caller's pointer.
    unsafe { *stack_endp = core::ptr::null_mut() };
    if let Some(l) = crate::abi::libc() {
        l.stack_made_executable();
    }
    0
}

/// `const struct cpu_features *_dl_x86_get_cpu_features(void)`
/// (GLIBC_PRIVATE).
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn _dl_x86_get_cpu_features() -> *const u8 {
    super::CPU_FEATURES.load(core::sync::atomic::Ordering::Acquire)
}

/// `Dl_serpath` / `Dl_serinfo` of `<dlfcn.h>` (dlinfo RTLD_DI_SERINFO).
#[repr(C)]
pub struct DlSerpath {
    pub dls_name: *mut u8,
    pub dls_flags: u32,
}

#[repr(C)]
pub struct DlSerinfo {
    pub dls_size: usize,
    pub dls_cnt: u32,
    pub dls_serpath: [DlSerpath; 0],
}

/// `void _dl_rtld_di_serinfo(struct link_map *, Dl_serinfo *, bool counting)`
/// (GLIBC_PRIVATE): the directories searched for dependencies of `map`,
/// in order (RPATHs, LD_LIBRARY_PATH, RUNPATH, default directories; not
/// the cache), for `dlinfo(RTLD_DI_SERINFOSIZE / RTLD_DI_SERINFO)`. With
/// `counting`, only `dls_size` and `dls_cnt` are filled; otherwise the
/// caller's buffer (sized by the counting call) receives the entries and
/// the strings after them.
///
/// # Safety
/// `si` must be writable for the size the counting call reported.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_rtld_di_serinfo(map: *mut super::LinkMap, si: *mut DlSerinfo, counting: bool) {
    let dirs = crate::rtld::search_dirs_for_map(crate::abi::Handle::from_ptr(map));
    let header = core::mem::size_of::<DlSerinfo>();
    let entries = dirs.len() * core::mem::size_of::<DlSerpath>();
    let strings: usize = dirs.iter().map(|d| d.len() + 1).sum();
    // SAFETY: the caller's buffer, big enough per the counting call.
    unsafe {
        if counting {
            (*si).dls_size = header + entries + strings;
            (*si).dls_cnt = dirs.len() as u32;
            return;
        }
        let paths = (*si).dls_serpath.as_mut_ptr();
        let mut text = (si as *mut u8).add(header + entries);
        for (i, d) in dirs.iter().enumerate() {
            core::ptr::copy_nonoverlapping(d.as_ptr(), text, d.len());
            *text.add(d.len()) = 0;
            *paths.add(i) = DlSerpath { dls_name: text, dls_flags: 0 };
            text = text.add(d.len() + 1);
        }
        (*si).dls_cnt = dirs.len() as u32;
    }
}
