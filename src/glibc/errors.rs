//! The error-signalling functions of glibc's private ABI.
//!
//! Who owns the catch frames depends on the release. glibc 2.36's libc
//! defines and exports its own `_dl_catch_exception`, `_dl_catch_error`,
//! `_dl_signal_exception` and `_dl_signal_error` (its catch frames are
//! per-thread state inside libc); glibc's ld.so exports the same names but,
//! once libc is loaded, binds its own uses to libc's copies. dryad does the
//! same there: its exports forward to libc's, found once libc is relocated.
//!
//! From glibc 2.41 on (elf/dl-catch.c), only ld.so has them: libc imports
//! them and reaches `_dl_catch_error` through `GLRO(dl_catch_error)`, and
//! the innermost catch frame of each thread hangs off its `struct
//! pthread` (`rtld_catch`). dryad then implements them itself: a catch
//! frame saves the callee-saved registers in `dryad_catch_run` (assembly
//! below, so that no Rust frame "returns twice"), and a signal restores
//! them in `dryad_catch_throw`, which makes `dryad_catch_run` return 1.
//! Frames skipped over are libc's and dryad's own, none of which owns a
//! resource that must be dropped (dryad's `dl_open` signals only once its
//! own values are gone or leaked).
//!
//! With no libc loaded, a signalled error is fatal.

use super::shared::DlException;
use crate::sys::{self, Bytes};
use core::ffi::c_void;
use core::sync::atomic::{AtomicUsize, Ordering};

static LIBC_SIGNAL_ERROR: AtomicUsize = AtomicUsize::new(0);
static LIBC_SIGNAL_EXCEPTION: AtomicUsize = AtomicUsize::new(0);
static LIBC_CATCH_ERROR: AtomicUsize = AtomicUsize::new(0);
static LIBC_CATCH_EXCEPTION: AtomicUsize = AtomicUsize::new(0);

/// Remembers libc's implementations (addresses of its exported symbols).
pub fn set_libc_functions(signal_error: usize, signal_exception: usize, catch_error: usize, catch_exception: usize) {
    LIBC_SIGNAL_ERROR.store(signal_error, Ordering::Release);
    LIBC_SIGNAL_EXCEPTION.store(signal_exception, Ordering::Release);
    LIBC_CATCH_ERROR.store(catch_error, Ordering::Release);
    LIBC_CATCH_EXCEPTION.store(catch_exception, Ordering::Release);
}

pub fn libc_catch_error() -> usize {
    LIBC_CATCH_ERROR.load(Ordering::Acquire)
}

/// Offset of `struct pthread`'s `rtld_catch` from the thread pointer, for
/// releases whose ld.so owns the catch frames (0: libc owns them, or none).
static RTLD_CATCH_OFFSET: AtomicUsize = AtomicUsize::new(0);

/// Makes dryad own the catch frames, kept at `%fs:offset` per thread
/// (glibc 2.41's `struct pthread.rtld_catch`).
pub fn own_catch_frames(offset: usize) {
    RTLD_CATCH_OFFSET.store(offset, Ordering::Release);
}

/// glibc's `struct rtld_catch`: where a signal stores the exception and
/// the error code, and the registers to return to.
#[repr(C)]
struct RtldCatch {
    exception: *mut DlException,
    errcode: *mut i32,
    env: [u64; 8],
}

extern "C" {
    /// Saves the callee-saved registers, stack and return address in `env`
    /// and calls `operate(args)`; returns 0 when it returns, 1 when a
    /// [`dryad_catch_throw`] with this `env` unwinds to it.
    fn dryad_catch_run(env: *mut u64, operate: extern "C" fn(*mut c_void), args: *mut c_void) -> i32;
    /// Returns from the `dryad_catch_run` that filled `env`, with 1.
    fn dryad_catch_throw(env: *const u64) -> !;
}

core::arch::global_asm!(
    ".pushsection .text.dryad_catch, \"ax\", @progbits",
    ".globl dryad_catch_run",
    ".hidden dryad_catch_run",
    ".type dryad_catch_run, @function",
    "dryad_catch_run:",
    "mov [rdi], rbx",
    "mov [rdi + 8], rbp",
    "mov [rdi + 16], r12",
    "mov [rdi + 24], r13",
    "mov [rdi + 32], r14",
    "mov [rdi + 40], r15",
    "lea rax, [rsp + 8]",
    "mov [rdi + 48], rax",
    "mov rax, [rsp]",
    "mov [rdi + 56], rax",
    "sub rsp, 8",
    "mov rax, rsi",
    "mov rdi, rdx",
    "call rax",
    "add rsp, 8",
    "xor eax, eax",
    "ret",
    ".size dryad_catch_run, . - dryad_catch_run",
    ".globl dryad_catch_throw",
    ".hidden dryad_catch_throw",
    ".type dryad_catch_throw, @function",
    "dryad_catch_throw:",
    "mov eax, 1",
    "mov rbx, [rdi]",
    "mov rbp, [rdi + 8]",
    "mov r12, [rdi + 16]",
    "mov r13, [rdi + 24]",
    "mov r14, [rdi + 32]",
    "mov r15, [rdi + 40]",
    "mov rsp, [rdi + 48]",
    "jmp qword ptr [rdi + 56]",
    ".size dryad_catch_throw, . - dryad_catch_throw",
    ".popsection",
);

/// This thread's innermost catch frame slot, when dryad owns them.
fn catch_slot() -> Option<*mut *mut RtldCatch> {
    let off = RTLD_CATCH_OFFSET.load(Ordering::Acquire);
    (off != 0).then(|| (crate::tls::thread_pointer() + off) as *mut *mut RtldCatch)
}

/// The innermost catch frame, if dryad owns them and one is set.
fn current_catch() -> Option<*mut RtldCatch> {
    // SAFETY: the slot is this thread's `struct pthread` field.
    catch_slot().map(|s| unsafe { *s }).filter(|c| !c.is_null())
}

/// glibc's `fatal_error` (elf/dl-catch.c): the message, exit 127.
fn fatal(errcode: i32, objname: *const u8, occasion: *const u8, errstring: *const u8) -> ! {
    // SAFETY: C strings (or NULL) from the caller.
    let (o, e, occ) = unsafe { (crate::startup::cstr(objname), crate::startup::cstr(errstring), crate::startup::cstr(occasion)) };
    // SAFETY: _dl_argv is set at startup.
    let prog = unsafe { crate::startup::cstr(if super::exports::_dl_argv.is_null() { core::ptr::null() } else { *super::exports::_dl_argv }) };
    let occ = if occ.is_empty() { crate::error::ERROR_LOADING.as_bytes() } else { occ };
    let reason = if errcode != 0 { alloc::format!(": {}", sys::strerror(sys::Errno::new(errcode))) } else { alloc::string::String::new() };
    crate::eprint!("{}: {}: {}{}{}{}\n", Bytes(prog), Bytes(occ), Bytes(o), if o.is_empty() { "" } else { ": " }, Bytes(e), reason);
    sys::exit(127)
}

/// Signals an error through libc's `_dl_signal_error` (which unwinds to
/// libc's innermost catch frame), or prints it and exits without libc.
pub fn signal_error(errcode: i32, objname: *const u8, occasion: *const u8, errstring: *const u8) {
    let f = LIBC_SIGNAL_ERROR.load(Ordering::Acquire);
    if f == 0 {
        let errstring = if errstring.is_null() { c"DYNAMIC LINKER BUG!!!".as_ptr() as *const u8 } else { errstring };
        if let Some(c) = current_catch() {
            // SAFETY: a live catch frame of this thread (its owner is below
            // us on the stack): fill its record and return to it.
            unsafe {
                super::exports::_dl_exception_create((*c).exception as *mut super::exports::DlException, objname, errstring);
                *(*c).errcode = errcode;
                dryad_catch_throw((*c).env.as_ptr());
            }
        }
        fatal(errcode, objname, occasion, errstring);
    }
    // SAFETY: libc's `void _dl_signal_error(int, const char *, const char *, const char *)`.
    let f: extern "C" fn(i32, *const u8, *const u8, *const u8) = unsafe { core::mem::transmute(f) };
    f(errcode, objname, occasion, errstring);
}

/// An error glibc's ld.so raises as an exception it makes itself
/// (`_dl_signal_cexception`: undefined symbols, missing versions), rather
/// than through `_dl_signal_error`, which in 2.31 and 2.36 is libc's once
/// libc is loaded and calls back into the dynamic linker for
/// `_dl_exception_create` — a lazy binding of libc's that `LD_DEBUG=bindings`
/// shows, and that glibc makes only on the paths that take it.
pub fn signal_exception_of(errcode: i32, objname: *const u8, occasion: *const u8, errstring: *const u8) {
    let mut exc = DlException { objname: core::ptr::null(), errstring: core::ptr::null(), message_buffer: core::ptr::null_mut() };
    // SAFETY: C strings from the caller (NULL reads as ""), into a record
    // of our own that `_dl_signal_exception` takes over (libc copies it
    // into its catch frame, or it is reported and the process exits).
    unsafe {
        super::exports::_dl_exception_create((&raw mut exc).cast(), objname, errstring);
        _dl_signal_exception(errcode, &raw mut exc, occasion);
    }
}

/// `_dl_signal_error` (GLIBC_PRIVATE).
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn _dl_signal_error(errcode: i32, objname: *const u8, occasion: *const u8, errstring: *const u8) {
    signal_error(errcode, objname, occasion, errstring)
}

/// `_dl_signal_exception` (GLIBC_PRIVATE).
///
/// # Safety
/// `exc` must be a valid exception record.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_signal_exception(errcode: i32, exc: *mut DlException, occasion: *const u8) {
    let f = LIBC_SIGNAL_EXCEPTION.load(Ordering::Acquire);
    if f == 0 {
        if let Some(c) = current_catch() {
            // SAFETY: as in signal_error; `exc` is the caller's record.
            unsafe {
                core::ptr::copy_nonoverlapping(exc, (*c).exception, 1);
                *(*c).errcode = errcode;
                dryad_catch_throw((*c).env.as_ptr());
            }
        }
        // SAFETY: the caller's record.
        unsafe { fatal(errcode, (*exc).objname, occasion, (*exc).errstring) };
    }
    // SAFETY: libc's function of the same signature.
    let f: extern "C" fn(i32, *mut DlException, *const u8) = unsafe { core::mem::transmute(f) };
    f(errcode, exc, occasion);
}

/// `int _dl_catch_error(const char **objname, const char **errstring,
/// bool *mallocedp, void (*operate)(void *), void *args)` (GLIBC_PRIVATE).
///
/// # Safety
/// Pointers as for glibc's function.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_catch_error(
    objname: *mut *const u8,
    errstring: *mut *const u8,
    mallocedp: *mut bool,
    operate: extern "C" fn(*mut c_void),
    args: *mut c_void,
) -> i32 {
    let f = LIBC_CATCH_ERROR.load(Ordering::Acquire);
    if f == 0 {
        let mut exc = DlException { objname: core::ptr::null(), errstring: core::ptr::null(), message_buffer: core::ptr::null_mut() };
        // SAFETY: forwarded; then the caller's out-pointers.
        unsafe {
            let code = _dl_catch_exception(&mut exc, operate, args);
            *objname = exc.objname;
            *errstring = exc.errstring;
            *mallocedp = !exc.message_buffer.is_null() && exc.message_buffer as *const u8 == exc.errstring;
            return code;
        }
    }
    type CatchError = extern "C" fn(*mut *const u8, *mut *const u8, *mut bool, extern "C" fn(*mut c_void), *mut c_void) -> i32;
    // SAFETY: libc's function of the same signature.
    let f: CatchError = unsafe { core::mem::transmute(f) };
    f(objname, errstring, mallocedp, operate, args)
}

/// `int _dl_catch_exception(struct dl_exception *, void (*operate)(void *),
/// void *args)` (GLIBC_PRIVATE).
///
/// # Safety
/// Pointers as for glibc's function.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_catch_exception(exc: *mut DlException, operate: extern "C" fn(*mut c_void), args: *mut c_void) -> i32 {
    let f = LIBC_CATCH_EXCEPTION.load(Ordering::Acquire);
    if f == 0 {
        let Some(slot) = catch_slot() else {
            // Without libc nothing can signal into a catch frame: run it.
            operate(args);
            if !exc.is_null() {
                // SAFETY: the caller's record, cleared as glibc clears it
                // (nothing in it is freed: it may be uninitialised).
                unsafe {
                    (*exc).objname = core::ptr::null();
                    (*exc).errstring = core::ptr::null();
                    (*exc).message_buffer = core::ptr::null_mut();
                }
            }
            return 0;
        };
        // SAFETY: `slot` is this thread's; the frame `c` lives until this
        // function returns, and is unlinked before it does.
        unsafe {
            let old = *slot;
            if exc.is_null() {
                // glibc: a NULL exception turns catching off for `operate`.
                *slot = core::ptr::null_mut();
                operate(args);
                *slot = old;
                return 0;
            }
            let mut errcode: i32 = 0;
            let mut c = RtldCatch { exception: exc, errcode: &mut errcode, env: [0; 8] };
            *slot = &mut c;
            let thrown = dryad_catch_run(c.env.as_mut_ptr(), operate, args);
            *slot = old;
            if thrown == 0 {
                // glibc clears the record (`*exception = (struct
                // dl_exception) { NULL }`); it frees nothing: the caller's
                // record may hold whatever was on its stack.
                (*exc).objname = core::ptr::null();
                (*exc).errstring = core::ptr::null();
                (*exc).message_buffer = core::ptr::null_mut();
                return 0;
            }
            return core::ptr::read_volatile(&errcode);
        }
    }
    // SAFETY: libc's function of the same signature.
    let f: extern "C" fn(*mut DlException, extern "C" fn(*mut c_void), *mut c_void) -> i32 = unsafe { core::mem::transmute(f) };
    f(exc, operate, args)
}

/// `void _dl_exception_free(struct dl_exception *)` (GLIBC_PRIVATE): gives
/// back the message buffer (the program's `malloc`'s, see
/// [`super::exports::_dl_exception_create`]; none for strings dryad
/// keeps) and clears the record.
///
/// # Safety
/// `exc` must be writable.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_exception_free(exc: *mut DlException) {
    // SAFETY: the caller's record; a message buffer is the program's
    // `malloc`'s (see `_dl_exception_create`).
    unsafe {
        crate::tls::program_free((*exc).message_buffer);
        (*exc).objname = core::ptr::null();
        (*exc).errstring = core::ptr::null();
        (*exc).message_buffer = core::ptr::null_mut();
    }
}
