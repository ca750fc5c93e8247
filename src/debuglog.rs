//! `LD_DEBUG` output: one line per event on stderr, prefixed with the
//! process id right-aligned in ten columns, as glibc does
//! (`      1234:\tmessage`).

/// Writes an `LD_DEBUG` message: every line (a message may contain
/// newlines, as glibc's "\ncalling init: ...\n" does) gets the pid prefix.
#[macro_export]
macro_rules! debug_log {
    ($($arg:tt)*) => {{
        $crate::debuglog::write(format_args!($($arg)*));
    }};
}

/// Where the lines go: stderr, or `LD_DEBUG_OUTPUT`'s file.
static FD: core::sync::atomic::AtomicI32 = core::sync::atomic::AtomicI32::new(2);

/// `LD_DEBUG_OUTPUT=NAME`: the output goes to `NAME.PID` (appended to,
/// created if need be), as with glibc; if it cannot be opened, to stderr.
pub fn set_output(name: &[u8]) {
    let mut path = name.to_vec();
    path.extend_from_slice(alloc::format!(".{}", crate::sys::getpid()).as_bytes());
    if let Ok(fd) = crate::sys::open_append(&path) {
        FD.store(fd, core::sync::atomic::Ordering::Relaxed);
    }
}

/// The descriptor debug output goes to (`GLRO(dl_debug_fd)`).
pub fn fd() -> i32 {
    FD.load(core::sync::atomic::Ordering::Relaxed)
}

/// glibc's `_dl_signal_cexception` line: with any `LD_DEBUG` category but
/// `statistics` (`mask`: the categories on), an error is reported where it
/// is raised, before anything else is said of it — "continued" when a
/// receiver carries on (the startup version check, which reports every
/// missing version before exiting; `ldd`'s trace), "fatal" otherwise.
pub fn error(mask: u32, object: &[u8], occasion: &str, message: &str, continued: bool) {
    if mask & !crate::config::debug::STATISTICS != 0 {
        let how = if continued { "continued" } else { "fatal" };
        write(format_args!("{}: error: {}: {} ({})", crate::sys::Bytes(object), occasion, message, how));
    }
}

pub fn write(args: core::fmt::Arguments) {
    let text = alloc::format!("{}", args);
    let pid = crate::sys::getpid();
    let mut w = crate::sys::FdWriter::new(fd());
    // A message ends a line; one final newline does not open another.
    let body = text.strip_suffix('\n').unwrap_or(&text);
    for line in body.split('\n') {
        let _ = core::fmt::Write::write_fmt(&mut w, format_args!("{:>10}:\t{}\n", pid, line));
    }
}
