//! The error-signalling functions of glibc's private ABI.
//!
//! libc defines and exports its own `_dl_catch_exception`,
//! `_dl_catch_error`, `_dl_signal_exception` and `_dl_signal_error`: its
//! catch frames are per-thread state inside libc. glibc's ld.so exports
//! the same names but, once libc is loaded, binds its own uses to libc's
//! copies. dryad does the same: its exports forward to libc's, found once
//! libc is relocated; with no libc loaded, a signalled error is fatal.

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

fn fatal(objname: *const u8, errstring: *const u8) -> ! {
    // SAFETY: C strings (or NULL) from the caller.
    let (o, e) = unsafe { (crate::startup::cstr(objname), crate::startup::cstr(errstring)) };
    // SAFETY: _dl_argv is set at startup.
    let prog = unsafe { crate::startup::cstr(if super::exports::_dl_argv.is_null() { core::ptr::null() } else { *super::exports::_dl_argv }) };
    crate::eprint!("{}: {}: {}{}{}\n", Bytes(prog), crate::error::ERROR_LOADING, Bytes(o), if o.is_empty() { "" } else { ": " }, Bytes(e));
    sys::exit(127)
}

/// Signals an error through libc's `_dl_signal_error` (which unwinds to
/// libc's innermost catch frame), or prints it and exits without libc.
pub fn signal_error(errcode: i32, objname: *const u8, occasion: *const u8, errstring: *const u8) {
    let f = LIBC_SIGNAL_ERROR.load(Ordering::Acquire);
    if f == 0 {
        fatal(objname, errstring);
    }
    // SAFETY: libc's `void _dl_signal_error(int, const char *, const char *, const char *)`.
    let f: extern "C" fn(i32, *const u8, *const u8, *const u8) = unsafe { core::mem::transmute(f) };
    f(errcode, objname, occasion, errstring);
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
        // SAFETY: the caller's record.
        unsafe { fatal((*exc).objname, (*exc).errstring) };
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
        // Without libc nothing can signal into a catch frame: run it.
        operate(args);
        return 0;
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
        operate(args);
        return 0;
    }
    // SAFETY: libc's function of the same signature.
    let f: extern "C" fn(*mut DlException, extern "C" fn(*mut c_void), *mut c_void) -> i32 = unsafe { core::mem::transmute(f) };
    f(exc, operate, args)
}

/// `void _dl_exception_free(struct dl_exception *)` (GLIBC_PRIVATE): the
/// strings belong to dryad ([`super::exports::_dl_exception_create`]);
/// clear the record.
///
/// # Safety
/// `exc` must be writable.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn _dl_exception_free(exc: *mut DlException) {
    // SAFETY: the caller's record.
    unsafe {
        (*exc).objname = core::ptr::null();
        (*exc).errstring = core::ptr::null();
        (*exc).message_buffer = core::ptr::null_mut();
    }
}
