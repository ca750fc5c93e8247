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

pub fn write(args: core::fmt::Arguments) {
    let text = alloc::format!("{}", args);
    let pid = crate::sys::getpid();
    let mut w = crate::sys::FdWriter::new(2);
    // A message ends a line; one final newline does not open another.
    let body = text.strip_suffix('\n').unwrap_or(&text);
    for line in body.split('\n') {
        let _ = core::fmt::Write::write_fmt(&mut w, format_args!("{:>10}:\t{}\n", pid, line));
    }
}
