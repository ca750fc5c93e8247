//! What the user asked for: `LD_*` environment variables and, when dryad is
//! run directly, its command-line options (the same as glibc's `ld.so`).
//!
//! In secure mode (AT_SECURE: set-user-ID and similar programs) the
//! variables that could make a privileged program load attacker-chosen code
//! are ignored: LD_LIBRARY_PATH, and LD_PRELOAD entries that contain a '/'.

use alloc::vec::Vec;

/// `LD_DEBUG` categories.
pub mod debug {
    pub const LIBS: u32 = 1 << 0;
    pub const RELOC: u32 = 1 << 1;
    pub const FILES: u32 = 1 << 2;
    pub const SYMBOLS: u32 = 1 << 3;
    pub const BINDINGS: u32 = 1 << 4;
    pub const VERSIONS: u32 = 1 << 5;
    pub const SCOPES: u32 = 1 << 6;
    pub const STATISTICS: u32 = 1 << 7;
    /// glibc's DL_DEBUG_IMPCALLS: the "calling init"/"calling fini" lines
    /// (and libc's "initialize program"/"transferring control"), which
    /// every category but `scopes` and `statistics` turns on.
    pub const IMPCALLS: u32 = 1 << 8;
    /// `ldd -u`: with LD_TRACE_LOADED_OBJECTS, the program's direct
    /// dependencies none of its references bind to; otherwise every PLT
    /// slot is bound now and undefined symbols are no error (as glibc).
    pub const UNUSED: u32 = 1 << 9;
    /// `tls` (glibc 2.43 on): thread control blocks allocated and freed
    /// (libc prints its own lines for thread stacks).
    pub const TLS: u32 = 1 << 10;
    /// `security` (glibc 2.43 on): nothing is printed on x86-64.
    pub const SECURITY: u32 = 1 << 11;
    /// The categories only some releases have ([`NAMES`]' last field).
    pub const RELEASE_CATEGORIES: u32 = TLS | SECURITY;
    pub const ALL: u32 = LIBS | RELOC | FILES | SYMBOLS | BINDINGS | VERSIONS | SCOPES | IMPCALLS | TLS | SECURITY;

    /// (name, mask, help text, known only to the releases that have the
    /// release categories).
    pub const NAMES: &[(&[u8], u32, &str, bool)] = &[
        (b"libs", LIBS | IMPCALLS, "display library search paths", false),
        (b"reloc", RELOC | IMPCALLS, "display relocation processing", false),
        (b"files", FILES | IMPCALLS, "display progress for input file", false),
        (b"symbols", SYMBOLS | IMPCALLS, "display symbol table processing", false),
        (b"bindings", BINDINGS | IMPCALLS, "display information about symbol binding", false),
        (b"versions", VERSIONS | IMPCALLS, "display version dependencies", false),
        (b"scopes", SCOPES, "display scope information", false),
        (b"tls", TLS, "display TLS structures processing", true),
        (b"security", SECURITY, "show security warnings for input files", true),
        (b"all", ALL, "all previous options combined", false),
        (b"statistics", STATISTICS, "display relocation statistics", false),
        (b"unused", UNUSED, "determined unused DSOs", false),
        (b"help", 0, "display this help message and exit", false),
    ];
}

/// Variables glibc removes from the environment of set-user-ID programs
/// (UNSECURE_ENVVARS of Debian's glibc 2.36), so that neither the program
/// nor its children act on them.
pub const UNSECURE_ENVVARS: &[&[u8]] = &[
    b"GLIBC_TUNABLES", b"GCONV_PATH", b"GETCONF_DIR", b"HOSTALIASES", b"LD_AUDIT", b"LD_DEBUG", b"LD_DEBUG_OUTPUT",
    b"LD_DYNAMIC_WEAK", b"LD_HWCAP_MASK", b"LD_LIBRARY_PATH", b"LD_ORIGIN_PATH", b"LD_PRELOAD", b"LD_PROFILE",
    b"LD_SHOW_AUXV", b"LOCALDOMAIN", b"LOCPATH", b"MALLOC_TRACE", b"NIS_PATH", b"NLSPATH", b"RESOLV_HOST_CONF",
    b"RES_OPTIONS", b"TMPDIR", b"TZDIR",
];

#[derive(Default, Debug)]
pub struct Config {
    /// LD_LIBRARY_PATH (or --library-path), unsplit.
    pub library_path: Option<&'static [u8]>,
    /// The library path came from `--library-path` and the libc's release
    /// names it so in `LD_DEBUG=libs` (glibc 2.33 on).
    pub library_path_option: bool,
    /// LD_PRELOAD entries, then --preload entries.
    pub preload: Vec<&'static [u8]>,
    /// --preload was given (glibc names it in preload errors).
    pub preload_option: bool,
    /// LD_AUDIT's modules, then --audit's (':'-separated, as glibc splits
    /// them; in secure mode names with a '/' are dropped, as glibc's
    /// `audit_list_next` drops them), then the program's DT_AUDIT and
    /// DT_DEPAUDIT ([`Config::add_audit_list`]); loaded by
    /// `rtld::start_auditing`.
    pub audit: Vec<&'static [u8]>,
    pub bind_now: bool,
    pub bind_not: bool,
    /// LD_TRACE_LOADED_OBJECTS / --list: print the objects, don't run.
    pub trace: bool,
    /// Tracing was asked for with --list (missing libraries are fatal
    /// then), not with LD_TRACE_LOADED_OBJECTS.
    pub list_option: bool,
    /// LD_DEBUG_OUTPUT: LD_DEBUG's lines go to this name plus `.PID`.
    pub debug_output: Option<&'static [u8]>,
    /// --tree (with or without --list): print the dependency tree, with
    /// every candidate tried for a library not found.
    pub tree: bool,
    /// --verify: check that the program is dynamically linked, don't run.
    pub verify: bool,
    pub debug: u32,
    pub debug_help: bool,
    /// LD_DEBUG items not every release knows, in order, each with whether
    /// it is a release category (else no release knows it): warned of by
    /// [`Config::finish_debug`] once the release is known.
    pub debug_pending: Vec<(&'static [u8], bool)>,
    pub inhibit_cache: bool,
    /// --inhibit-rpath: objects (by the name they were opened by) whose
    /// DT_RPATH and DT_RUNPATH are ignored, colon-separated.
    pub inhibit_rpath: Option<&'static [u8]>,
    /// --glibc-hwcaps-prepend: glibc-hwcaps subdirectories searched first.
    pub glibc_hwcaps_prepend: Option<&'static [u8]>,
    /// --glibc-hwcaps-mask: the built-in glibc-hwcaps subdirectories kept.
    pub glibc_hwcaps_mask: Option<&'static [u8]>,
    pub secure: bool,
    /// --argv0: the name the program sees as argv[0].
    pub argv0: Option<&'static [u8]>,
    /// LD_DYNAMIC_WEAK: a weak definition yields to a later global one.
    pub dynamic_weak: bool,
    /// DRYAD_SYMBOL_INDEX: whether lookups use a scope-wide symbol index.
    pub symbol_index: IndexMode,
    /// DRYAD_RELOC_THREADS: how many threads relocate at startup.
    pub reloc_threads: ThreadsMode,
}

/// `DRYAD_RELOC_THREADS` (dryad's own; see docs/10-startup-speed.md): `auto` (the default:
/// worker threads for large programs only), a number of threads (`1`:
/// serial), or `check`: relocate serially and in parallel and compare
/// every written word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThreadsMode {
    #[default]
    Auto,
    Fixed(usize),
    Check,
}

/// `DRYAD_SYMBOL_INDEX` (dryad's own; see docs/10-startup-speed.md): `auto` (the default:
/// built when it pays), `on`, `off`, or `check`, which builds it and
/// resolves every symbolic relocation both ways, index and walk, stopping
/// with an error at the first different answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IndexMode {
    #[default]
    Auto,
    On,
    Off,
    Check,
}

/// Splits a list on any of `seps`, dropping empty items.
pub fn split_list<'a>(list: &'a [u8], seps: &'a [u8]) -> impl Iterator<Item = &'a [u8]> + 'a {
    list.split(move |c| seps.contains(c)).filter(|s| !s.is_empty())
}

impl Config {
    /// Adds the audit modules a ':'-separated `list` names (LD_AUDIT,
    /// `--audit`, the program's DT_AUDIT/DT_DEPAUDIT), in order; in secure
    /// mode a name with a '/' is dropped (glibc's `audit_list_next`).
    pub fn add_audit_list(&mut self, list: &'static [u8]) {
        let secure = self.secure;
        self.audit.extend(split_list(list, b":").filter(|m| !(secure && m.contains(&b'/'))));
    }

    /// Whether LD_DEBUG needs to know if the release has the release
    /// categories (to warn, to print help, or to keep their bits).
    pub fn debug_asks_release(&self) -> bool {
        self.debug & debug::RELEASE_CATEGORIES != 0 || self.debug_help
    }

    /// Ends LD_DEBUG's parsing once it is known whether the libc's release
    /// has the release categories: glibc's process_dl_debug warning on
    /// stderr (no pid) for each item it does not know, in order (the other
    /// categories still count), and the release categories' bits dropped
    /// where they are unknown.
    pub fn finish_debug(&mut self, release_categories: bool) {
        for &(item, gated) in &self.debug_pending {
            if !gated || !release_categories {
                crate::eprint!("warning: debug option `{}' unknown; try LD_DEBUG=help\n", crate::sys::Bytes(item));
            }
        }
        if !release_categories {
            self.debug &= !debug::RELEASE_CATEGORIES;
        }
    }

    /// How `LD_DEBUG=libs` names the library path's directories.
    pub fn library_path_source(&self) -> &'static str {
        if self.library_path_option { "--library-path" } else { "LD_LIBRARY_PATH" }
    }

    pub fn from_env<'a>(env: impl Iterator<Item = &'static [u8]>, secure: bool) -> Config {
        let mut c = Config { secure, ..Default::default() };
        for var in env {
            let Some(eq) = var.iter().position(|&b| b == b'=') else { continue };
            let (name, value) = (&var[..eq], &var[eq + 1..]);
            match name {
                b"LD_LIBRARY_PATH" if !secure => c.library_path = Some(value),
                // glibc keeps the last LD_PRELOAD only (rtld.c's
                // process_envvars stores each one over the one before).
                b"LD_PRELOAD" => {
                    c.preload.clear();
                    for item in split_list(value, b" :") {
                        if secure && item.contains(&b'/') {
                            continue;
                        }
                        c.preload.push(item);
                    }
                }
                b"LD_AUDIT" => {
                    c.audit.clear();
                    c.add_audit_list(value);
                }
                b"LD_BIND_NOW" if !value.is_empty() => c.bind_now = true,
                b"LD_BIND_NOT" if !value.is_empty() => c.bind_not = true,
                // glibc traces whatever the value, even an empty one.
                b"LD_TRACE_LOADED_OBJECTS" => c.trace = true,
                b"LD_DEBUG" if !secure || value == b"help" => c.parse_debug(value),
                b"LD_DEBUG_OUTPUT" if !secure && !value.is_empty() => c.debug_output = Some(value),
                // glibc: any value, even an empty one; not in secure mode.
                b"LD_DYNAMIC_WEAK" if !secure => c.dynamic_weak = true,
                b"DRYAD_RELOC_THREADS" => {
                    c.reloc_threads = match value {
                        b"check" => ThreadsMode::Check,
                        _ => match core::str::from_utf8(value).ok().and_then(|v| v.parse().ok()) {
                            Some(n) => ThreadsMode::Fixed(n),
                            None => ThreadsMode::Auto,
                        },
                    }
                }
                b"DRYAD_SYMBOL_INDEX" => {
                    c.symbol_index = match value {
                        b"on" => IndexMode::On,
                        b"off" => IndexMode::Off,
                        b"check" => IndexMode::Check,
                        _ => IndexMode::Auto,
                    }
                }
                _ => {}
            }
        }
        c
    }

    pub fn parse_debug(&mut self, value: &'static [u8]) {
        for item in split_list(value, b" ,:") {
            if item == b"help" {
                self.debug_help = true;
            }
            if let Some(&(_, mask, _, gated)) = debug::NAMES.iter().find(|(n, _, _, _)| *n == item) {
                self.debug |= mask;
                if gated {
                    self.debug_pending.push((item, true));
                }
            } else if item != b"help" {
                self.debug_pending.push((item, false));
            }
        }
        // glibc: to see every reference of the program, `unused` binds
        // the PLT now too (GLRO(dl_lazy) = 0).
        if self.debug & debug::UNUSED != 0 {
            self.bind_now = true;
        }
    }

    pub fn debug(&self, mask: u32) -> bool {
        self.debug & mask != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [&'static str]) -> impl Iterator<Item = &'static [u8]> + 'a {
        vars.iter().map(|s| s.as_bytes())
    }

    #[test]
    fn reads_ld_variables() {
        let c = Config::from_env(
            env(&["PATH=/bin", "LD_LIBRARY_PATH=/a:/b", "LD_PRELOAD=x.so /p/y.so:z.so", "LD_BIND_NOW=1", "LD_DEBUG=libs,bindings"]),
            false,
        );
        assert_eq!(c.library_path, Some(&b"/a:/b"[..]));
        assert_eq!(c.preload, [&b"x.so"[..], b"/p/y.so", b"z.so"]);
        assert!(c.bind_now && !c.trace);
        assert!(c.debug(debug::LIBS) && c.debug(debug::BINDINGS) && !c.debug(debug::RELOC));
    }

    #[test]
    fn the_last_ld_preload_wins() {
        let c = Config::from_env(env(&["LD_PRELOAD=a.so b.so", "LD_LIBRARY_PATH=/x", "LD_PRELOAD=c.so", "LD_LIBRARY_PATH=/y"]), false);
        assert_eq!(c.preload, [&b"c.so"[..]]);
        assert_eq!(c.library_path, Some(&b"/y"[..]));
        let c = Config::from_env(env(&["LD_PRELOAD=ok.so", "LD_PRELOAD=/evil/x.so"]), true);
        assert!(c.preload.is_empty(), "secure mode: the last list, without its '/' entries");
    }

    #[test]
    fn empty_values_do_not_enable() {
        let c = Config::from_env(env(&["LD_BIND_NOW="]), false);
        assert!(!c.bind_now);
    }

    #[test]
    fn secure_mode_ignores_dangerous_variables() {
        let c = Config::from_env(env(&["LD_LIBRARY_PATH=/evil", "LD_PRELOAD=/evil/x.so libok.so", "LD_DEBUG=all"]), true);
        assert_eq!(c.library_path, None);
        assert_eq!(c.preload, [&b"libok.so"[..]]);
        assert_eq!(c.debug, 0);
    }
}
