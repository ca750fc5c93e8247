//! `LD_DEBUG` output: one line per event on stderr, prefixed with the
//! process id as glibc does (`  1234:\tmessage`).

/// Writes one `LD_DEBUG` line.
#[macro_export]
macro_rules! debug_log {
    ($($arg:tt)*) => {{
        let mut w = $crate::sys::FdWriter::new(2);
        let _ = core::fmt::Write::write_fmt(&mut w, format_args!("{:>6}:\t", $crate::sys::getpid()));
        let _ = core::fmt::Write::write_fmt(&mut w, format_args!($($arg)*));
        w.write_bytes(b"\n");
    }};
}
