//! Issue 13, items 1 and 3: dryad ships as distributions ship ld.so —
//! stripped, its debug info in a separate file (`dryad.so.1.debug`, named
//! by `.gnu_debuglink`, installed under `.build-id/`) — and gdb, perf and
//! valgrind (tests/valgrind.rs) find it there.
//!
//! gdb sessions are compared with the same session under glibc's ld.so
//! (which has its debug info from libc6-dbg) in every way dryad is
//! started: run directly, as a fixture's PT_INTERP, as the interpreter
//! patched into a system program, and bind-mounted over the system's ld.so
//! with its debug file found through `make install`'s build-id tree.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const SYSTEM_LDSO_FILE: &str = "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2";

fn gdb_base() -> Command {
    let mut c = Command::new("gdb");
    c.current_dir(fixtures());
    for (k, _) in std::env::vars() {
        if k.starts_with("LD_") {
            c.env_remove(k);
        }
    }
    // Thread creation and exit lines come in a different order each run.
    c.args(["-nx", "-batch", "-ex", "set print thread-events off"]);
    c
}

/// What varies between two runs or two linkers and says nothing about
/// the session: addresses, process ids, the interpreter's and the patched
/// program's paths.
fn normalise(text: &str, paths: &[(&str, &str)]) -> String {
    let mut t = text.to_string();
    for (from, to) in paths {
        t = t.replace(from, to);
    }
    let mut out = String::new();
    let mut rest = t.as_str();
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 2..];
        let n = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str(if n > 0 { "0xADDR" } else { "0x" });
        rest = &tail[n..];
    }
    out.push_str(rest);
    out.lines()
        .map(|l| match l.find("(process ") {
            Some(i) => {
                let end = l[i..].find(')').map_or(l.len(), |e| i + e);
                format!("{}(process N{}", &l[..i], &l[end..])
            }
            None => l.to_string(),
        })
        .map(|l| l.trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `make install` of this dryad.so.1 into a private tree (PREFIX=/usr),
/// once per test binary: the build-id debug directory gdb is pointed at
/// when dryad replaces the system's ld.so.
fn installed() -> &'static Path {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dest = root().join("target/debuginfo-install");
        let _ = std::fs::remove_dir_all(&dest);
        let dryad = dryad();
        let dir = dryad.parent().unwrap();
        // -o: install what is built (make test built it), remake nothing.
        let r = run(Command::new("make")
            .arg("-s")
            .arg("-C")
            .arg(dir)
            .args(["-o", "dryad.so.1", "install", "PREFIX=/usr"])
            .arg(format!("DESTDIR={}", dest.display())));
        assert_eq!(r.status, Some(0), "make install: {}{}", r.stdout, r.stderr);
        dest
    })
}

/// How a session is started under each linker.
struct Way {
    name: &'static str,
    /// gdb's arguments after its own options: under glibc, under dryad.
    glibc: Vec<String>,
    dryad: Vec<String>,
    /// Run dryad's session with dryad bind-mounted over the system's ld.so.
    as_system_ldso: bool,
    paths: Vec<(String, String)>,
}

fn ways() -> Vec<Way> {
    let d = dryad().display().to_string();
    let echo = patched_system_program("/usr/bin/echo").display().to_string();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let ldso_paths = vec![
        (d.clone(), "LDSO".to_string()),
        ("/usr/lib64/ld-linux-x86-64.so.2".to_string(), "LDSO".to_string()),
        ("/lib64/ld-linux-x86-64.so.2".to_string(), "LDSO".to_string()),
    ];
    let mut patched_paths = vec![(echo.clone(), "/usr/bin/echo".to_string())];
    patched_paths.extend(ldso_paths.clone());
    // (Also its thread's name, which gdb shows for a threaded program.)
    let mut fixture_paths = vec![("cprog.ptinterp".to_string(), "cprog".to_string())];
    fixture_paths.extend(ldso_paths.clone());
    vec![
        Way {
            name: "direct",
            glibc: s(&["--args", SYSTEM_LDSO, "/usr/bin/echo", "hi"]),
            dryad: s(&["--args", &d, "/usr/bin/echo", "hi"]),
            as_system_ldso: false,
            paths: ldso_paths.clone(),
        },
        Way {
            name: "PT_INTERP",
            glibc: s(&["--args", "./programs/cprog"]),
            dryad: s(&["--args", "./programs/cprog.ptinterp"]),
            as_system_ldso: false,
            paths: fixture_paths,
        },
        Way {
            name: "patchelf",
            glibc: s(&["--args", "/usr/bin/echo", "hi"]),
            dryad: s(&["--args", &echo, "hi"]),
            as_system_ldso: false,
            paths: patched_paths,
        },
        Way {
            name: "system ld.so",
            glibc: s(&["--args", "/usr/bin/echo", "hi"]),
            dryad: s(&["--args", "/usr/bin/echo", "hi"]),
            as_system_ldso: true,
            paths: ldso_paths,
        },
    ]
}

/// One gdb session (`commands` are `-ex` arguments) under glibc's ld.so and
/// under dryad the given way: both outputs, normalised.
fn session(way: &Way, commands: &[&str]) -> (String, String) {
    let mut ex: Vec<String> = Vec::new();
    if way.as_system_ldso {
        // Where `make install PREFIX=/usr` put the debug file, then the
        // system's own (libc6-dbg): for both linkers, so the sessions match.
        let debug = installed().join("usr/lib/debug");
        ex.push("-ex".into());
        ex.push(format!("set debug-file-directory {}:/usr/lib/debug", debug.display()));
    }
    for c in commands {
        ex.push("-ex".into());
        ex.push(c.to_string());
    }
    let expected = run(gdb_base().args(&ex).args(&way.glibc));
    let got = if way.as_system_ldso {
        let mut c = gdb_base();
        let gdb_args: Vec<String> = c.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
        let mut u = Command::new("unshare");
        u.current_dir(fixtures());
        for (k, _) in std::env::vars() {
            if k.starts_with("LD_") {
                u.env_remove(k);
            }
        }
        u.args(["-m", "sh", "-c", "mount --bind \"$1\" \"$2\" && shift 2 && exec \"$@\"", "sh"]);
        u.arg(dryad()).arg(SYSTEM_LDSO_FILE).arg("gdb").args(&gdb_args).args(&ex).args(&way.dryad);
        c = u;
        run(&mut c)
    } else {
        run(gdb_base().args(&ex).args(&way.dryad))
    };
    assert_eq!(expected.status, Some(0), "gdb under glibc ({}): {}{}", way.name, expected.stdout, expected.stderr);
    assert_eq!(got.status, Some(0), "gdb under dryad ({}): {}{}", way.name, got.stdout, got.stderr);
    let paths: Vec<(&str, &str)> = way.paths.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let both = |r: &Run| normalise(&format!("{}\n--- stderr\n{}", r.stdout, r.stderr), &paths);
    (both(&expected), both(&got))
}

/// The session: `break write` then `run`. glibc's ld.so has no
/// `write` of its own, so gdb finds none before libc is loaded (and, in
/// batch mode, declines a pending breakpoint); dryad's symbols used to
/// offer `core::fmt::write` (Rust's core library, v0-mangled) and the
/// stop read `Breakpoint 1.1, ...`.
#[test]
fn break_write_as_under_glibc() {
    for way in ways() {
        let (expected, got) = session(&way, &["break write", "run"]);
        assert!(expected.contains("Function \"write\" not defined."), "{}: {expected}", way.name);
        assert_eq!(got, expected, "gdb's `break write` session, {}", way.name);
    }
}

/// With a pending breakpoint it stops once, in libc's write, with one
/// location; `info sharedlibrary` lists the same objects in the same
/// order, each with its symbols read ("Yes", not "Yes (*)": dryad's debug
/// info was found).
#[test]
fn pending_break_write_stops_once_in_libc() {
    for way in ways() {
        let (expected, got) = session(
            &way,
            &["set breakpoint pending on", "break write", "run", "bt 1", "info breakpoints", "info sharedlibrary"],
        );
        assert!(expected.contains("Breakpoint 1, __GI___libc_write"), "{}: {expected}", way.name);
        assert!(got.contains("Breakpoint 1, __GI___libc_write"), "{}: stops in libc's write:\n{got}", way.name);
        assert!(!got.contains("Breakpoint 1."), "{}: one location only:\n{got}", way.name);
        let libs = |s: &str| -> Vec<String> {
            s.lines().skip_while(|l| !l.starts_with("From")).take_while(|l| !l.starts_with("--- stderr")).map(str::to_string).collect()
        };
        let dryad_line = libs(&got).into_iter().find(|l| l.ends_with("LDSO")).unwrap_or_default();
        assert!(dryad_line.contains(" Yes  "), "{}: gdb read dryad's symbols: {dryad_line}", way.name);
        assert_eq!(got, expected, "gdb session with a pending `break write`, {}", way.name);
    }
}

/// A backtrace from dryad's debugger hook to its entry point names every
/// frame: dryad's functions from the separate debug file.
#[test]
fn backtrace_through_dryad_is_symbolised() {
    for way in ways().into_iter().filter(|w| !w.as_system_ldso) {
        let mut ex = Vec::new();
        for c in ["starti", "break _dl_debug_state", "continue", "bt"] {
            ex.push("-ex");
            ex.push(c);
        }
        let r = run(gdb_base().args(&ex).args(&way.dryad));
        assert_eq!(r.status, Some(0), "{}: {}{}", way.name, r.stdout, r.stderr);
        let frames: Vec<&str> = r.stdout.lines().filter(|l| l.starts_with('#')).collect();
        assert!(frames.len() >= 4, "{}: a backtrace:\n{}", way.name, r.stdout);
        assert!(frames[0].contains("_dl_debug_state ()"), "{}: {frames:?}", way.name);
        assert!(frames.iter().any(|f| f.contains("dryad::rtld::run")), "{}: {frames:?}", way.name);
        assert!(frames.last().unwrap().contains(" _start () from "), "{}: ends at the entry point: {frames:?}", way.name);
        assert!(!frames.iter().any(|f| f.contains("?? ()")), "{}: every frame named: {frames:?}", way.name);
    }
}

/// The shipped file: no symbol table, no DWARF; a .gnu_debuglink naming
/// the debug file beside it, which has both and the same build id.
#[test]
fn shipped_stripped_with_separate_debug_info() {
    let so = dryad();
    let debug = PathBuf::from(format!("{}.debug", so.display()));
    let readelf = |args: &[&str], f: &Path| {
        let r = run(Command::new("readelf").args(args).arg(f));
        assert_eq!(r.status, Some(0), "readelf {args:?} {}: {}", f.display(), r.stderr);
        r.stdout
    };
    let sections = readelf(&["-SW"], &so);
    assert!(!sections.contains(".debug_"), "dryad.so.1 carries no DWARF:\n{sections}");
    // A symbol table of one symbol: `strlen`, for valgrind (tests/valgrind.rs).
    let syms = readelf(&["-sW"], &so);
    let local: Vec<&str> = syms
        .split("Symbol table '.symtab'")
        .nth(1)
        .unwrap_or("")
        .lines()
        .filter(|l| l.trim_start().split(':').next().is_some_and(|n| n.parse::<u32>().is_ok()) && !l.contains(" UND"))
        .filter_map(|l| l.split_whitespace().last())
        .collect();
    assert_eq!(local, ["strlen"], "dryad.so.1's symbol table keeps strlen alone:\n{syms}");
    let link = readelf(&["-p", ".gnu_debuglink"], &so);
    assert!(link.contains("dryad.so.1.debug"), "debuglink names the debug file: {link}");
    let dsections = readelf(&["-SW"], &debug);
    assert!(dsections.contains(".debug_info") && dsections.contains(".symtab"), "{dsections}");
    let id = |f: &Path| readelf(&["-n"], f).lines().find(|l| l.contains("Build ID")).map(str::to_string);
    assert!(id(&so).is_some(), "a build id");
    assert_eq!(id(&so), id(&debug), "same build id");
    // `make install` places it under the build id.
    let bid = id(&so).unwrap().rsplit(' ').next().unwrap().to_string();
    let installed = installed().join(format!("usr/lib/debug/.build-id/{}/{}.debug", &bid[..2], &bid[2..]));
    assert!(installed.exists(), "{} installed", installed.display());
    assert_eq!(std::fs::read(&installed).unwrap(), std::fs::read(&debug).unwrap());
}

/// perf record + perf report name dryad's functions (from its debug file)
/// and the program's.
#[test]
fn perf_names_dryad_and_program_functions() {
    let data = root().join(format!("target/perf-{}.data", std::process::id()));
    let python = patched_system_program("/usr/bin/python3").display().to_string();
    let d = dryad().display().to_string();
    for (how, argv) in [("direct", vec![d.as_str(), "/usr/bin/python3"]), ("patchelf", vec![python.as_str()])] {
        let mut c = Command::new("perf");
        c.args(["record", "-q", "--no-buildid-cache", "-e", "cpu-clock", "-c", "2000", "-o"]).arg(&data).arg("--");
        c.args(&argv).args(["-c", "import json, ssl, ctypes, sqlite3; print(sum(range(200000)))"]);
        c.env("LD_BIND_NOW", "1");
        let r = run(&mut c);
        assert_eq!(r.status, Some(0), "perf record ({how}): {}{}", r.stdout, r.stderr);
        assert!(r.stdout.contains("19999900000"), "{how}: the program ran: {}", r.stdout);
        let r = run(Command::new("perf").args(["report", "--stdio", "--sort", "dso,sym", "-i"]).arg(&data));
        assert_eq!(r.status, Some(0), "perf report ({how}): {}", r.stderr);
        let named = |dso: &str, sym: &str| r.stdout.lines().any(|l| l.contains(dso) && l.contains("[.] ") && l.contains(sym));
        assert!(named("dryad.so.1", "dryad::"), "{how}: perf names dryad's functions:\n{}", r.stdout);
        assert!(named("python3", "_PyEval_EvalFrameDefault"), "{how}: and the program's:\n{}", r.stdout);
    }
    let _ = std::fs::remove_file(&data);
}
