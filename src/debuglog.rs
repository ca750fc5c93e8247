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

/// LD_DEBUG=tls is on (for the TLS entry points libc calls as threads come
/// and go).
pub static TLS: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

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

/// `LD_DEBUG=bindings`: a lookup by `undef` found `name` in `def`
/// (glibc's `_dl_debug_bindings`, for every lookup that succeeds). Each
/// object is named with its namespace.
#[cold]
pub fn binding(undef: (&[u8], usize), def: (&[u8], usize), name: &[u8], version: Option<&[u8]>) {
    use crate::sys::Bytes;
    let ((u, un), (d, dn)) = (undef, def);
    match version {
        Some(v) => crate::debug_log!("binding file {} [{}] to {} [{}]: normal symbol `{}' [{}]", Bytes(u), un, Bytes(d), dn, Bytes(name), Bytes(v)),
        None => crate::debug_log!("binding file {} [{}] to {} [{}]: normal symbol `{}'", Bytes(u), un, Bytes(d), dn, Bytes(name)),
    }
}

/// `LD_DEBUG=symbols`: one object asked for `name` during a lookup
/// (glibc's `do_lookup_x`).
#[cold]
/// A lookup of `name` in the vDSO alone, at the kernel's version
/// LINUX_2.6, as glibc's `setup_vdso_pointers` makes each: shown by
/// `symbols` and `bindings` and counted by `statistics` as `debug` (an
/// LD_DEBUG mask) asks. The definition's address, or 0.
pub fn vdso_lookup(vdso: &crate::object::Object, name: &[u8], debug: u32) -> usize {
    use crate::config::debug::{BINDINGS, STATISTICS, SYMBOLS};
    const NAME: &[u8] = b"linux-vdso.so.1";
    if debug & SYMBOLS != 0 {
        symbol_lookup(name, NAME, 0);
    }
    if debug & STATISTICS != 0 {
        count_lookups(1, 0);
    }
    let v = crate::symbols::Version { name: b"LINUX_2.6", hash: crate::elf::elf_hash(b"LINUX_2.6"), hidden: true, file: None, weak: false };
    let found = crate::lookup::lookup_in(vdso, &crate::symbols::SymbolName::new(name), Some(&v), crate::lookup::RefClass::Normal);
    if found.is_some() && debug & BINDINGS != 0 {
        binding((NAME, 0), (NAME, 0), name, Some(b"LINUX_2.6"));
    }
    found.map_or(0, |s| vdso.base + s.st_value as usize)
}

pub fn symbol_lookup(name: &[u8], file: &[u8], lmid: usize) {
    crate::debug_log!("symbol={};  lookup in file={} [{}]", crate::sys::Bytes(name), crate::sys::Bytes(file), lmid);
}

/// glibc's `GL(dl_num_relocations)` and `GL(dl_num_cache_relocations)`:
/// symbol lookups made and references the relocation cache answered,
/// counted while `LD_DEBUG=statistics` is on.
static LOOKUPS: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);
static CACHE_HITS: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

/// Adds to the counts `LD_DEBUG=statistics` prints.
pub fn count_lookups(lookups: usize, cache_hits: usize) {
    use core::sync::atomic::Ordering::Relaxed;
    LOOKUPS.fetch_add(lookups, Relaxed);
    CACHE_HITS.fetch_add(cache_hits, Relaxed);
}

/// (lookups, cache hits) so far.
pub fn lookup_counts() -> (usize, usize) {
    use core::sync::atomic::Ordering::Relaxed;
    (LOOKUPS.load(Relaxed), CACHE_HITS.load(Relaxed))
}

/// The time-stamp counter (glibc's `HP_TIMING_NOW` on x86-64: `rdtsc`).
pub fn cycles() -> u64 {
    // SAFETY: rdtsc reads a counter; it has no memory effects.
    unsafe { core::arch::x86_64::_rdtsc() }
}

/// Startup's time-stamps for `LD_DEBUG=statistics` (set only then): when
/// dryad started, and the cycles spent loading and relocating.
pub static START: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(0);
pub static LOAD_CYCLES: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(0);
pub static RELOC_CYCLES: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(0);

/// glibc's `print_statistics_item` percentage: tenths of a percent of
/// `total`, with the decimal point before the last digit (".5" below 1%,
/// nothing at all from 100% on, as glibc's switch over the digit count).
fn per_mille(time: u64, total: u64) -> alloc::string::String {
    let digits = alloc::format!("{}", (1000u128 * time as u128).checked_div(total as u128).unwrap_or(0));
    match digits.len() {
        1..=3 => alloc::format!("{}.{}", &digits[..digits.len() - 1], &digits[digits.len() - 1..]),
        _ => alloc::string::String::new(),
    }
}

/// `LD_DEBUG=statistics` at the end of startup (glibc's
/// `print_statistics`, elf/rtld.c): the cycles spent in the dynamic
/// linker, in relocation and in loading, the lookups, the cache's answers
/// and the relative relocations (`relative`: glibc's count, the
/// DT_RELACOUNT of the objects of the global scope not loaded at their
/// link-time address).
pub fn print_statistics(relative: usize) {
    use core::sync::atomic::Ordering::Relaxed;
    let total = cycles().wrapping_sub(START.load(Relaxed));
    let (reloc, load) = (RELOC_CYCLES.load(Relaxed), LOAD_CYCLES.load(Relaxed));
    crate::debug_log!("\nruntime linker statistics:\n  total startup time in dynamic loader: {} cycles\n", total);
    crate::debug_log!("            time needed for relocation: {} cycles ({}%)\n", reloc, per_mille(reloc, total));
    let (lookups, cached) = lookup_counts();
    crate::debug_log!(
        "                 number of relocations: {}\n      number of relocations from cache: {}\n        number of relative relocations: {}\n",
        lookups,
        cached,
        relative
    );
    crate::debug_log!("           time needed to load objects: {} cycles ({}%)\n", load, per_mille(load, total));
}

/// `LD_DEBUG=statistics` at exit (glibc's `_dl_fini`): the counts again,
/// with the lookups made since (lazy binding, dlsym, dlopen).
pub fn print_final_statistics() {
    let (lookups, cached) = lookup_counts();
    crate::debug_log!(
        "\nruntime linker statistics:\n           final number of relocations: {}\nfinal number of relocations from cache: {}\n",
        lookups,
        cached
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn percentages_as_glibc_prints_them() {
        assert_eq!(super::per_mille(149, 1000), "14.9");
        assert_eq!(super::per_mille(15, 1000), "1.5");
        assert_eq!(super::per_mille(5, 1000), ".5");
        assert_eq!(super::per_mille(0, 1000), ".0");
        assert_eq!(super::per_mille(999, 1000), "99.9");
        assert_eq!(super::per_mille(1000, 1000), "");
    }
}
