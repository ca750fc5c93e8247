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

/// Prints `PROGRAM: ERROR` on stderr and exits with status 127.
pub fn fatal(program: &[u8], err: &LoadError) -> ! {
    crate::eprint!("{}: {}\n", Bytes(program), err);
    sys::exit(127)
}
