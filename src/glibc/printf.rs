//! The small printf behind `_dl_fatal_printf` and `_dl_debug_printf`
//! (entered from arch/x86_64/varargs.S). It understands what glibc's own
//! `_dl_debug_vdprintf` does: `%s %d %i %u %x %p %c %%`, the `l`, `z` and
//! `j` length modifiers, a `*` or numeric width and a `.*` precision for
//! strings.

use crate::sys::{self, FdWriter};

/// Reads variadic integer arguments: first the saved registers, then the
/// caller's stack.
struct Args {
    regs: *const usize,
    nregs: usize,
    stack: *const usize,
    n: usize,
}

impl Args {
    fn next(&mut self) -> usize {
        // SAFETY: varargs.S passes the saved argument registers and the
        // address of the caller's stack arguments; the format says how many
        // there are.
        let v = unsafe { if self.n < self.nregs { *self.regs.add(self.n) } else { *self.stack.add(self.n - self.nregs) } };
        self.n += 1;
        v
    }
}

/// Where formatted output goes.
trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for FdWriter {
    fn put(&mut self, bytes: &[u8]) {
        self.write_bytes(bytes);
    }
}

impl Sink for alloc::vec::Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

fn number(w: &mut impl Sink, mut v: u64, radix: u64, negative: bool, width: usize) {
    let mut buf = [0u8; 24];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b"0123456789abcdef"[(v % radix) as usize];
        v /= radix;
        if v == 0 {
            break;
        }
    }
    if negative {
        i -= 1;
        buf[i] = b'-';
    }
    for _ in (buf.len() - i)..width {
        w.put(b" ");
    }
    w.put(&buf[i..]);
}

/// Formats `fmt` with the arguments in `args` into `w`.
///
/// # Safety
/// `fmt` is a C format string whose conversions match `args`.
unsafe fn format(w: &mut impl Sink, fmt: *const u8, args: &mut Args) {
    // SAFETY: the caller passes a NUL-terminated format.
    let f = unsafe { crate::startup::cstr(fmt) };
    let mut i = 0;
    while i < f.len() {
        if f[i] != b'%' {
            let end = f[i..].iter().position(|&c| c == b'%').map_or(f.len(), |p| i + p);
            w.put(&f[i..end]);
            i = end;
            continue;
        }
        i += 1;
        let mut width = 0usize;
        let mut precision: Option<usize> = None;
        if f.get(i) == Some(&b'*') {
            width = args.next();
            i += 1;
        }
        while let Some(d) = f.get(i).filter(|c| c.is_ascii_digit()) {
            width = width * 10 + (d - b'0') as usize;
            i += 1;
        }
        if f.get(i) == Some(&b'.') && f.get(i + 1) == Some(&b'*') {
            precision = Some(args.next());
            i += 2;
        }
        let mut long = false;
        while let Some(&m) = f.get(i).filter(|c| matches!(c, b'l' | b'z' | b'j')) {
            long = true;
            let _ = m;
            i += 1;
        }
        let Some(&conv) = f.get(i) else { break };
        i += 1;
        match conv {
            b's' => {
                let p = args.next() as *const u8;
                // SAFETY: %s takes a C string.
                let s = if p.is_null() { &b"(null)"[..] } else { unsafe { crate::startup::cstr(p) } };
                let s = &s[..precision.unwrap_or(s.len()).min(s.len())];
                for _ in s.len()..width {
                    w.put(b" ");
                }
                w.put(s);
            }
            b'd' | b'i' => {
                let v = args.next();
                let v = if long { v as i64 } else { v as i32 as i64 };
                number(w, v.unsigned_abs(), 10, v < 0, width);
            }
            b'u' => {
                let v = args.next();
                number(w, if long { v as u64 } else { v as u32 as u64 }, 10, false, width);
            }
            b'x' => {
                let v = args.next();
                number(w, if long { v as u64 } else { v as u32 as u64 }, 16, false, width);
            }
            b'p' => {
                w.put(b"0x");
                number(w, args.next() as u64, 16, false, width);
            }
            b'c' => w.put(&[args.next() as u8]),
            b'%' => w.put(b"%"),
            other => w.put(&[b'%', other]),
        }
    }
}

/// # Safety
/// `fmt` is a C format string whose conversions match the arguments that
/// `regs`/`stack` describe (as prepared by varargs.S).
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn dryad_vprintf(fd: i32, fmt: *const u8, regs: *const usize, stack: *const usize, fatal: i32) {
    let mut args = Args { regs, nregs: 5, stack, n: 0 };
    if fatal == 0 {
        // _dl_debug_printf: LD_DEBUG output, each line with the pid prefix.
        let mut text = alloc::vec::Vec::new();
        // SAFETY: forwarded from the caller.
        unsafe { format(&mut text, fmt, &mut args) };
        crate::debuglog::write(format_args!("{}", crate::sys::Bytes(&text)));
        return;
    }
    let mut w = FdWriter::new(fd);
    // SAFETY: forwarded from the caller.
    unsafe { format(&mut w, fmt, &mut args) };
    w.flush();
    sys::exit(127);
}

/// The body of `_dl_exception_create_format(struct dl_exception *,
/// const char *objname, const char *fmt, ...)` (entered from varargs.S
/// with the three variadic registers rcx, r8, r9 saved): formats the
/// message and creates the exception like `_dl_exception_create`.
///
/// # Safety
/// As for glibc's function.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn dryad_exception_create_format(
    exc: *mut super::exports::DlException,
    objname: *const u8,
    fmt: *const u8,
    regs: *const usize,
    stack: *const usize,
) {
    let mut msg = alloc::vec::Vec::new();
    let mut args = Args { regs, nregs: 3, stack, n: 0 };
    // SAFETY: forwarded from the caller.
    unsafe { format(&mut msg, fmt, &mut args) };
    msg.push(0);
    // SAFETY: `msg` is NUL-terminated; the record is the caller's.
    unsafe { super::exports::_dl_exception_create(exc, objname, msg.as_ptr()) };
}
