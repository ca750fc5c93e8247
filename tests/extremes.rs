//! Issue 14, item 5: resource exhaustion and extremes. Under each limit
//! or extreme, dryad must give what glibc's ld.so gives (run the same
//! way, invoked directly): a clean error with glibc's message and exit
//! status, or success with the same output; never a signal or a hang in
//! dryad. docs/08-malformed-input.md ("Resource limits and extremes")
//! has what each case does and what was wrong before.
//!
//! - `ulimit -v` scans, so that the failure lands in different stages:
//!   mapping the objects, dryad's heap (a thousand libraries), the static
//!   TLS of the initial thread, the threads' stacks and TLS, a dlopen'ed
//!   plugin's dynamic TLS block, a 1 GiB zero-fill mapping;
//! - `ulimit -n` 3 to 8 at startup (several DT_NEEDED) and in `dlopen`;
//! - LD_LIBRARY_PATH of 10,000 entries;
//! - a DT_NEEDED chain of 1,000 libraries and 1,000 libraries all needed
//!   by the program, generated here from two templates;
//! - a 1 GiB `.bss` in a library and in the program.

mod common;
use common::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Seconds before `timeout` ends a run that hangs (status 124).
const TIMEOUT: &str = "60";
/// Libraries in each generated set.
const LIBS: usize = 1000;

/// `argv` run from `dir` with `ulimit -FLAG VALUE` (none for an empty
/// flag), under `timeout`, with a clean LD_* environment plus `env`.
fn limited(dir: &Path, flag: &str, value: u64, argv: &[&str], env: &[(&str, &str)]) -> Run {
    let script = if flag.is_empty() { "exec \"$@\"".to_string() } else { format!("ulimit -{flag} {value} && exec \"$@\"") };
    let mut c = cmd("timeout", &[TIMEOUT, "sh", "-c", &script, "sh"], env);
    c.args(argv).current_dir(dir);
    run(&mut c)
}

fn gcc(args: &[&str]) {
    let out = Command::new("gcc").args(args).output().expect("gcc");
    assert!(out.status.success(), "gcc {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// A copy of `path` in its directory as `NAME.dryad`, with dryad as its
/// PT_INTERP.
fn with_dryad_interp(path: &Path) -> PathBuf {
    let dst = path.with_file_name(format!("{}.dryad", path.file_name().unwrap().to_str().unwrap()));
    std::fs::copy(path, &dst).unwrap();
    let ok = Command::new("patchelf").arg("--set-interpreter").arg(dryad()).arg(&dst).status().expect("patchelf (.ci/run installs it)");
    assert!(ok.success(), "patchelf {}", dst.display());
    dst
}

/// `bytes` with every occurrence of each `(from, to)` replaced (same lengths).
fn patch(bytes: &[u8], subst: &[(&str, &str)]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for (from, to) in subst {
        assert_eq!(from.len(), to.len());
        let (from, to) = (from.as_bytes(), to.as_bytes());
        let mut found = 0;
        let mut i = 0;
        while i + from.len() <= out.len() {
            if &out[i..i + from.len()] == from {
                out[i..i + from.len()].copy_from_slice(to);
                found += 1;
                i += from.len();
            } else {
                i += 1;
            }
        }
        assert!(found > 0, "{} not in the template", String::from_utf8_lossy(from));
    }
    out
}

fn chain_name(i: usize) -> String {
    format!("libchain{i:04}.so")
}
fn spray_name(i: usize) -> String {
    format!("libspray{i:04}.so")
}

/// The generated libraries and programs, once per test binary, in
/// target/extremes/chains: `libchain0000.so` needs `libchain0001.so`,
/// which needs ... `libchain0999.so`; `libspray0000.so` ...
/// `libspray0999.so` need nothing (but libc). Each is a copy of one of
/// two templates built from tests/programs/libchain.c, with its
/// DT_SONAME and DT_NEEDED strings patched (as fast as copying: building
/// 2,000 libraries with gcc would take minutes). The programs (all
/// tests/programs/chainprog.c): `chain` needs libchain0000.so, `spray`
/// all the spray libraries, both with DT_RUNPATH $ORIGIN; `chain-llp`
/// needs libchain0990.so and has no search path of its own.
fn chains() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = root().join("target/extremes/chains");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let d = dir.to_str().unwrap();
        let src = root().join("tests/programs");
        let lib_c = src.join("libchain.c");
        let lib_c = lib_c.to_str().unwrap();
        let prog_c = src.join("chainprog.c");
        let prog_c = prog_c.to_str().unwrap();
        // The templates: the end of a chain, and a link that needs it.
        let end = format!("{d}/libchainBBBB.so");
        let link = format!("{d}/libchainAAAA.so");
        gcc(&["-O1", "-fPIC", "-shared", "-Wl,-soname,libchainBBBB.so", "-o", &end, lib_c]);
        gcc(&["-O1", "-fPIC", "-shared", "-Wl,-soname,libchainAAAA.so", "-o", &link, lib_c, "-L", d, "-Wl,--no-as-needed", "-lchainBBBB", "-Wl,-rpath,$ORIGIN"]);
        let end_bytes = std::fs::read(&end).unwrap();
        let link_bytes = std::fs::read(&link).unwrap();
        std::fs::remove_file(&end).unwrap();
        std::fs::remove_file(&link).unwrap();
        for i in 0..LIBS {
            let name = chain_name(i);
            let bytes = if i + 1 < LIBS {
                patch(&link_bytes, &[("libchainAAAA.so", &name), ("libchainBBBB.so", &chain_name(i + 1))])
            } else {
                patch(&end_bytes, &[("libchainBBBB.so", &name)])
            };
            std::fs::write(dir.join(&name), bytes).unwrap();
            std::fs::write(dir.join(spray_name(i)), patch(&end_bytes, &[("libchainBBBB.so", &spray_name(i))])).unwrap();
        }
        gcc(&["-O1", "-o", &format!("{d}/chain"), prog_c, "-L", d, "-Wl,--no-as-needed", "-lchain0000", "-Wl,-rpath,$ORIGIN"]);
        gcc(&["-O1", "-o", &format!("{d}/chain-llp"), prog_c, "-L", d, "-Wl,--no-as-needed", "-lchain0990"]);
        let mut spray: Vec<String> = vec!["-O1".into(), "-o".into(), format!("{d}/spray"), prog_c.into(), "-L".into(), d.into(), "-Wl,--no-as-needed".into()];
        spray.extend((0..LIBS).map(|i| format!("-lspray{i:04}")));
        spray.push("-Wl,-rpath,$ORIGIN".into());
        gcc(&spray.iter().map(|s| s.as_str()).collect::<Vec<_>>());
        with_dryad_interp(&dir.join("chain"));
        with_dryad_interp(&dir.join("spray"));
        dir
    })
}

/// glibc's ld.so and dryad, both invoked directly on `prog` (in `dir`),
/// and dryad as the PT_INTERP of `prog.dryad` when `interp`: the same
/// stdout, stderr and exit status, no signal. Returns glibc's run.
fn same_three_ways(dir: &Path, prog: &str, interp: bool, env: &[(&str, &str)]) -> Run {
    let expected = limited(dir, "", 0, &[SYSTEM_LDSO, prog], env);
    assert_eq!(expected.signal, None, "{prog} under glibc: {}", expected.stderr);
    let dryad = dryad();
    let mut runs = vec![("direct", limited(dir, "", 0, &[dryad.to_str().unwrap(), prog], env))];
    if interp {
        runs.push(("PT_INTERP", limited(dir, "", 0, &[&format!("{prog}.dryad")], env)));
    }
    for (how, got) in runs {
        assert_same_output(&expected, &got, &format!("{prog} under dryad ({how})"));
        assert_eq!(got.stderr, expected.stderr, "{prog} under dryad ({how}): stderr");
    }
    expected
}

#[test]
fn dt_needed_chain_of_a_thousand_libraries() {
    let out = same_three_ways(chains(), "./chain", true, &[]);
    assert_eq!(out.status, Some(0), "{out:?}");
    // Initialisers from the end of the chain back to its start.
    assert!(out.stdout.starts_with("constructors=1000 first=libchain0999.so last=libchain0000.so "), "{}", out.stdout);
    assert!(out.stdout.contains("objects=1002 "), "the vDSO, 1,000 libraries and libc: {}", out.stdout);
}

#[test]
fn a_thousand_libraries_needed_by_the_program() {
    let out = same_three_ways(chains(), "./spray", true, &[]);
    assert_eq!(out.status, Some(0), "{out:?}");
    assert!(out.stdout.starts_with("constructors=1000 "), "{}", out.stdout);
    assert!(out.stdout.contains("objects=1002 "), "{}", out.stdout);
}

#[test]
fn library_path_of_ten_thousand_entries() {
    // Each entry is short (the kernel takes at most 128 KiB for one
    // environment string); 9,999 directories that do not exist, then the
    // one that holds libchain0990.so (its own chain is found through its
    // DT_RUNPATH, after LD_LIBRARY_PATH has been searched again for each).
    let dir = chains();
    let mut llp: Vec<String> = (0..9_999).map(|i| format!("/nx/d{i:05}")).collect();
    llp.push(dir.to_str().unwrap().to_string());
    let llp = llp.join(":");
    assert!(llp.len() < 128 * 1024);
    let out = same_three_ways(dir, "./chain-llp", false, &[("LD_LIBRARY_PATH", &llp)]);
    assert_eq!(out.status, Some(0), "{out:?}");
    assert!(out.stdout.starts_with("constructors=10 first=libchain0999.so last=libchain0990.so "), "{}", out.stdout);
    // Peak RSS within a sane bound of glibc's (before, every file tried
    // left some 80 bytes of dryad's heap behind: 9.8 MB against 3 MB).
    let dryad = dryad();
    let env = [("LD_LIBRARY_PATH", llp.as_str()), ("REPORT_PEAK_RSS", "1")];
    let mut glibc = limited(dir, "", 0, &[SYSTEM_LDSO, "./chain-llp"], &env);
    let mut ours = limited(dir, "", 0, &[dryad.to_str().unwrap(), "./chain-llp"], &env);
    let kb = |r: &mut Run| -> u64 { take_report(r, "VmHWM:", "chain-llp")[6..].trim().trim_end_matches("kB").trim().parse().unwrap() };
    let (g, d) = (kb(&mut glibc), kb(&mut ours));
    assert!(d <= g * 3 / 2 + 2048, "peak RSS with 10,000 search directories: dryad {d} kB, glibc {g} kB");
    // Without the last entry, nothing is found: glibc's message, from
    // both.
    let without = llp.rsplit_once(':').unwrap().0;
    let out = same_three_ways(dir, "./chain-llp", false, &[("LD_LIBRARY_PATH", without)]);
    assert_eq!(out.status, Some(127));
    assert!(out.stderr.contains("libchain0990.so: cannot open shared object file: No such file or directory"), "{}", out.stderr);
}

#[test]
fn a_gibibyte_of_bss_in_a_library_and_in_the_program() {
    let dir = fixtures();
    for prog in ["./programs/bigbss-lib", "./programs/bigbss-prog"] {
        let out = same_three_ways(dir, prog, false, &[]);
        assert_eq!(out.stdout, "bss of 1024 MiB: zero before, sum after 6\n", "{prog}: {out:?}");
        let patched = patched(prog.trim_start_matches("./"));
        let got = limited(dir, "", 0, &[&format!("./{patched}")], &[]);
        assert_same_output(&out, &got, &format!("{prog} (PT_INTERP = dryad)"));
    }
}

#[test]
fn out_of_file_descriptors_at_startup() {
    // Several DT_NEEDED (liblazy, libm, libtlsdata, libc), each opened and
    // closed in turn: with 3 descriptors (all taken by stdio) nothing can
    // be opened; from 4 on it runs. Direct (the program itself cannot be
    // opened) and as PT_INTERP (the kernel opened it; the libraries
    // cannot be), against glibc run the same way.
    let dir = fixtures();
    let patched = patched("programs/unused");
    let dryad = dryad();
    for n in 3..=8 {
        let expected = limited(dir, "n", n, &[SYSTEM_LDSO, "./programs/unused"], &[]);
        let got = limited(dir, "n", n, &[dryad.to_str().unwrap(), "./programs/unused"], &[]);
        assert_same_output(&expected, &got, &format!("ulimit -n {n}, direct"));
        assert_eq!(got.stderr, expected.stderr, "ulimit -n {n}, direct");
        let expected = limited(dir, "n", n, &["./programs/unused"], &[]);
        let got = limited(dir, "n", n, &[&format!("./{patched}")], &[]);
        assert_same_output(&expected, &got, &format!("ulimit -n {n}, PT_INTERP"));
        assert_eq!(got.stderr.replace(&format!("./{patched}"), "./programs/unused"), expected.stderr, "ulimit -n {n}, PT_INTERP");
        if n == 3 {
            assert_eq!(got.status, Some(127));
            assert!(got.stderr.contains("libtlsdata.so: cannot open shared object file: Error 24") || got.stderr.contains("liblazy.so: cannot open shared object file: Error 24"), "{}", got.stderr);
        } else {
            assert_eq!(got.status, Some(0), "ulimit -n {n}: {got:?}");
        }
    }
}

#[test]
fn out_of_file_descriptors_in_dlopen() {
    // emfile takes every free descriptor, dlopens libdloa.so (which needs
    // libdlob.so), gives them back and dlopens it again: the first fails
    // with libc's "Too many open files", the second works. By path and by
    // bare name through LD_LIBRARY_PATH (the search's errno).
    let dir = fixtures();
    let progs = dir.join("programs");
    let lib = progs.join("libdloa.so");
    let dryad = dryad();
    for (name, env) in [(lib.to_str().unwrap(), vec![]), ("libdloa.so", vec![("LD_LIBRARY_PATH", progs.to_str().unwrap())])] {
        for n in 4..=8 {
            let expected = limited(dir, "n", n, &[SYSTEM_LDSO, "./programs/emfile", name], &env);
            assert_eq!(expected.status, Some(0), "{expected:?}");
            assert!(expected.stdout.contains("cannot open shared object file: Too many open files"), "{}", expected.stdout);
            let got = limited(dir, "n", n, &[dryad.to_str().unwrap(), "./programs/emfile", name], &env);
            assert_same_output(&expected, &got, &format!("emfile {name} with ulimit -n {n}"));
        }
    }
}

/// What a run under a limit came to, for comparing sets of outcomes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Outcome {
    status: Option<i32>,
    signal: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `argv` (relative to `dir`) under glibc's ld.so and under dryad
/// (both invoked directly) with `ulimit -v` at each of `limits` (KiB),
/// and checks dryad's outcomes: no hang; a signal only below the first
/// limit at which dryad ran at all (the kernel could not map dryad
/// itself, which is larger than glibc's ld.so: it kills the process
/// before any of dryad's code runs); otherwise each outcome is one that
/// glibc gives at some limit of the scan (the same message at the same
/// stage: dryad needs a little more address space, so the stages come at
/// slightly higher limits), or, where dryad's own heap cannot grow,
/// dryad's one line for that (glibc has a message per allocation site;
/// dryad's heap serves them all) if glibc too fails to allocate somewhere
/// in the scan. Returns dryad's outcomes.
fn scan_address_space(dir: &Path, argv: &[&str], limits: &[u64]) -> BTreeSet<Outcome> {
    let outcome = |r: Run| Outcome { status: r.status, signal: r.signal, stdout: r.stdout, stderr: generated_names(&r.stderr) };
    let dryad = dryad();
    let mut glibc = BTreeSet::new();
    let mut ours = Vec::new();
    for &v in limits {
        let g: Vec<&str> = [SYSTEM_LDSO].into_iter().chain(argv.iter().copied()).collect();
        glibc.insert(outcome(limited(dir, "v", v, &g, &[])));
        let d: Vec<&str> = [dryad.to_str().unwrap()].into_iter().chain(argv.iter().copied()).collect();
        ours.push((v, outcome(limited(dir, "v", v, &d, &[]))));
    }
    let first_ran = ours.iter().position(|(_, o)| o.signal.is_none()).expect("dryad never ran");
    let mut seen = BTreeSet::new();
    for (k, (v, o)) in ours.into_iter().enumerate() {
        assert_ne!(o.status, Some(124), "{argv:?} with ulimit -v {v}: hung");
        if k < first_ran {
            continue;
        }
        assert_eq!(o.signal, None, "{argv:?} with ulimit -v {v}: killed by a signal under dryad: {o:?}");
        let oom = o.status == Some(127) && o.stdout.is_empty() && o.stderr == out_of_memory(argv[0]);
        let glibc_oom = glibc.iter().any(|g| g.status == Some(127) && (g.stderr.contains("Cannot allocate memory") || g.stderr.contains("cannot allocate")));
        assert!(
            glibc.contains(&o) || (oom && glibc_oom),
            "{argv:?} with ulimit -v {v}: dryad's outcome is none of glibc's:\n{o:?}\nglibc's:\n{glibc:#?}"
        );
        seen.insert(o);
    }
    seen
}

/// `text` with the number of every generated library's name replaced by
/// NNNN: which one fails to map depends on the limit.
fn generated_names(text: &str) -> String {
    let mut out = text.to_string();
    for stem in ["libspray", "libchain"] {
        let mut from = 0;
        while let Some(k) = out[from..].find(stem) {
            let at = from + k + stem.len();
            if out.len() >= at + 4 && out.as_bytes()[at..at + 4].iter().all(u8::is_ascii_digit) {
                out.replace_range(at..at + 4, "NNNN");
            }
            from = at;
        }
    }
    out
}

/// dryad's message when its heap cannot grow (src/error.rs `out_of_memory`).
fn out_of_memory(prog: &str) -> String {
    format!("{prog}: error while loading shared libraries: out of memory: Cannot allocate memory\n")
}

fn has(seen: &BTreeSet<Outcome>, what: &str, status: i32, needle: &str) {
    assert!(
        seen.iter().any(|o| o.status == Some(status) && (o.stderr.contains(needle) || o.stdout.contains(needle))),
        "no {what} ({needle:?}, status {status}) in:\n{seen:#?}"
    );
}

#[test]
fn address_space_exhausted_at_each_stage_of_a_program_with_big_tls() {
    // tlsbig: 4 MiB of static TLS and four threads. From low to high: the
    // objects cannot be mapped, then the initial thread's TLS cannot be
    // allocated, then the threads' stacks (pthread_create fails: the
    // program says so), then it runs.
    let limits: Vec<u64> = (1_000..42_000).step_by(250).collect();
    let seen = scan_address_space(fixtures(), &["./programs/tlsbig"], &limits);
    has(&seen, "a mapping failure", 127, "error while loading shared libraries: libc.so.6: failed to map segment from shared object");
    assert!(seen.iter().any(|o| o.stderr == "cannot allocate TLS data structures for initial thread\n" && o.status == Some(127)), "{seen:#?}");
    has(&seen, "a thread stack failure", 1, "pthread_create: Resource temporarily unavailable");
    has(&seen, "success", 0, "threads ok=4/4");
}

#[test]
fn address_space_exhausted_for_the_dynamic_tls_of_a_dlopened_plugin() {
    // tlshuge dlopens a plugin with 8 MiB of __thread data and touches
    // it: __tls_get_addr's malloc of the block fails before the rest
    // does. glibc's dl-tls.c `oom` line, word for word (dryad said
    // "dryad: cannot allocate memory for thread-local data").
    let limits: Vec<u64> = (2_000..14_000).step_by(200).collect();
    let seen = scan_address_space(fixtures(), &["./programs/tlshuge", "programs"], &limits);
    has(&seen, "a mapping failure", 127, "libc.so.6: failed to map segment from shared object");
    assert!(seen.iter().any(|o| o.stderr == "cannot allocate memory for thread-local data: ABORT\n" && o.status == Some(127)), "{seen:#?}");
    has(&seen, "success", 0, "huge_touch = 3");
}

#[test]
fn address_space_exhausted_with_a_gibibyte_of_bss() {
    for prog in ["./programs/bigbss-lib", "./programs/bigbss-prog"] {
        let limits: Vec<u64> = [1_000, 2_000, 3_000, 100_000, 1_000_000, 1_050_000, 1_100_000].into();
        let seen = scan_address_space(fixtures(), &[prog], &limits);
        has(&seen, "a mapping failure", 127, "failed to map segment from shared object");
        has(&seen, "success", 0, "bss of 1024 MiB");
    }
}

#[test]
fn address_space_exhausted_while_loading_a_thousand_libraries() {
    // Each library takes some 20 KiB of address space and some of dryad's
    // heap (64 KiB arenas): a failure to map a library and a failure of
    // the heap both come up (the heap at least at the lowest limits, where
    // the list of objects, made room for 2,003 at once, does not fit).
    let limits: Vec<u64> = [1_200, 1_500, 1_800, 2_100, 2_400].into_iter().chain((2_700..30_000).step_by(700)).collect();
    let seen = scan_address_space(chains(), &["./spray"], &limits);
    has(&seen, "a mapping failure", 127, "failed to map segment from shared object");
    has(&seen, "a heap failure", 127, &out_of_memory("./spray"));
    has(&seen, "success", 0, "constructors=1000 ");
}
