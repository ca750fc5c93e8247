//! Load-time errors and how they are reported.
//!
//! glibc's `ld.so` reports a fatal loading problem as one line,
//!
//! ```text
//! PROGRAM: OCCASION: OBJECT: MESSAGE[: STRERROR]
//! ```
//!
//! for example `./prog: error while loading shared libraries: libx.so.1:
//! cannot open shared object file: No such file or directory`, and exits
//! with status 127. [`LoadError`] carries the pieces and [`fatal`] prints
//! them the same way.

use crate::sys::{self, Bytes, Errno};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

pub const ERROR_LOADING: &str = "error while loading shared libraries";
pub const SYMBOL_LOOKUP: &str = "symbol lookup error";

#[derive(Debug, Clone)]
pub struct LoadError {
    pub occasion: &'static str,
    /// The object the message is about (may be empty).
    pub object: Vec<u8>,
    pub message: String,
    pub errno: Option<Errno>,
}

impl LoadError {
    pub fn new(object: &[u8], message: impl Into<String>) -> Self {
        LoadError { occasion: ERROR_LOADING, object: object.into(), message: message.into(), errno: None }
    }
    pub fn with_errno(object: &[u8], message: impl Into<String>, errno: Errno) -> Self {
        LoadError { errno: Some(errno), ..Self::new(object, message) }
    }
    pub fn symbol(object: &[u8], message: impl Into<String>) -> Self {
        LoadError { occasion: SYMBOL_LOOKUP, ..Self::new(object, message) }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.occasion)?;
        if !self.object.is_empty() {
            write!(f, "{}: ", Bytes(&self.object))?;
        }
        f.write_str(&self.message)?;
        if let Some(e) = self.errno {
            write!(f, ": {}", sys::strerror(e))?;
        }
        Ok(())
    }
}

pub type LoadResult<T> = Result<T, LoadError>;

/// The program's name as errors name it (argv[0], or the program of
/// `dryad.so.1 PROGRAM`), for reports made where no namespace is at hand:
/// running out of memory.
static PROGRAM: AtomicPtr<u8> = AtomicPtr::new(core::ptr::null_mut());
static PROGRAM_LEN: AtomicUsize = AtomicUsize::new(0);

/// Records the program's name (see [`PROGRAM`]).
pub fn set_program_name(name: &'static [u8]) {
    PROGRAM_LEN.store(0, Ordering::Relaxed);
    PROGRAM.store(name.as_ptr() as *mut u8, Ordering::Relaxed);
    PROGRAM_LEN.store(name.len(), Ordering::Release);
}

/// The name [`set_program_name`] recorded (empty before).
pub fn program_name() -> &'static [u8] {
    let len = PROGRAM_LEN.load(Ordering::Acquire);
    let ptr = PROGRAM.load(Ordering::Relaxed);
    if ptr.is_null() || len == 0 {
        return b"";
    }
    // SAFETY: `ptr..ptr+len` is the `'static` slice last recorded (the
    // length is stored after the pointer and cleared before it changes).
    unsafe { core::slice::from_raw_parts(ptr, len) }
}

/// dryad's heap could not grow (`ulimit -v`, or the address space is
/// full): one line shaped as glibc's loading errors, with its words for
/// this (`_dl_out_of_memory`), and exit status 127. Called by the panic
/// handler when the panic is an allocation failure.
pub fn out_of_memory() -> ! {
    // Nothing here may allocate: the heap is what failed.
    crate::eprint!("{}: {}: out of memory: {}\n", Bytes(program_name()), ERROR_LOADING, sys::strerror(Errno::ENOMEM));
    sys::exit(127)
}

/// Prints `line` on stderr as it is and exits with status 127: glibc's
/// `_dl_fatal_printf` messages, which name no program (`cannot allocate
/// TLS data structures for initial thread`).
pub fn fatal_line(line: &str) -> ! {
    crate::eprint!("{}\n", line);
    sys::exit(127)
}

/// Prints `PROGRAM: ERROR` on stderr and exits with status 127.
pub fn fatal(program: &[u8], err: &LoadError) -> ! {
    crate::eprint!("{}: {}\n", Bytes(program), err);
    sys::exit(127)
}
