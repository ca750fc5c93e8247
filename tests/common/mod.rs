//! Shared helpers for the integration tests: build the C fixtures once,
//! run a program under the system ld.so and under dryad (as PT_INTERP,
//! directly, and patched with patchelf), and compare.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub const SYSTEM_LDSO: &str = "/lib64/ld-linux-x86-64.so.2";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The dryad.so.1 under test (`make test` builds it and sets DRYAD).
pub fn dryad() -> PathBuf {
    let p = std::env::var_os("DRYAD").map(PathBuf::from).unwrap_or_else(|| root().join("dryad.so.1"));
    assert!(p.exists(), "{} does not exist: run the tests with `make test`", p.display());
    p
}

/// Runs `make -C <src>` with OUT=<out> and DRYAD set, and returns <out>
/// (both relative to the repository).
fn build_with_make(src: &str, out: &str) -> PathBuf {
    let out = root().join(out);
    let status = Command::new("make")
        .arg("-s")
        .arg("-C")
        .arg(root().join(src))
        .arg(format!("OUT={}", out.display()))
        .arg(format!("DRYAD={}", dryad().display()))
        .status()
        .unwrap_or_else(|e| panic!("run make for {src}: {e}"));
    assert!(status.success(), "building {src} failed");
    out
}

/// Builds the fixtures (tests/fixtures/Makefile) once per test binary and
/// returns the output directory.
pub fn fixtures() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| build_with_make("tests/fixtures", "target/fixtures"))
}

/// Builds the malformed-object corpus (tests/malformed/Makefile) once per
/// test binary and returns the output directory.
pub fn malformed_corpus() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| build_with_make("tests/malformed", "target/malformed"))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    /// Exit status, or None if killed by a signal.
    pub status: Option<i32>,
    pub signal: Option<i32>,
}

pub fn run(cmd: &mut Command) -> Run {
    use std::os::unix::process::ExitStatusExt;
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code(),
        signal: out.status.signal(),
    }
}

/// A command for fixture program `name` run from the fixture directory,
/// with a clean LD_* environment plus `env`.
pub fn cmd(program: impl AsRef<std::ffi::OsStr>, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(fixtures());
    for (k, _) in std::env::vars() {
        if k.starts_with("LD_") {
            c.env_remove(k);
        }
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

/// The expected behaviour: the libc-linked twin (PROG.libc) under the
/// system ld.so (see tests/fixtures/Makefile for why a twin).
pub fn glibc_twin(prog: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    run(&mut cmd(format!("./{prog}.libc"), args, env))
}

/// A copy of fixture `prog` whose PT_INTERP patchelf set to dryad.
pub fn patched(prog: &str) -> String {
    let dir = fixtures();
    let dst = format!("{prog}.patched");
    // Made under another name and renamed into place: tests running in
    // parallel may be running the previous copy (a file being executed
    // cannot be written: ETXTBSY).
    static SERIAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!("{prog}.patching-{}-{n}", std::process::id()));
    std::fs::copy(dir.join(prog), &tmp).expect("copy fixture");
    let ok = Command::new("patchelf")
        .arg("--set-interpreter")
        .arg(dryad())
        .arg(&tmp)
        .status()
        .expect("patchelf must be installed (.ci/run installs it)");
    assert!(ok.success(), "patchelf failed on {prog}");
    std::fs::rename(&tmp, dir.join(&dst)).expect("rename the patched copy");
    dst
}

/// A copy of system program `path` whose interpreter is dryad, in
/// target/patched/ (made once per test process, so that it always names
/// the dryad.so.1 under test).
pub fn patched_system_program(path: &str) -> PathBuf {
    static DONE: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let dir = root().join("target/patched");
    std::fs::create_dir_all(&dir).unwrap();
    let name = path.rsplit('/').next().unwrap();
    let dst = dir.join(format!("{name}.dryad"));
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if !done.iter().any(|d| d == path) {
        let tmp = dir.join(format!("{name}.tmp{}", std::process::id()));
        std::fs::copy(path, &tmp).unwrap();
        let ok = Command::new("patchelf").arg("--set-interpreter").arg(dryad()).arg(&tmp).status().expect("patchelf must be installed (.ci/run installs it)");
        assert!(ok.success(), "patchelf {path}");
        std::fs::rename(&tmp, &dst).unwrap();
        done.push(path.to_string());
    }
    dst
}

/// Runs libc-free fixture `prog` under dryad in all three ways: as its
/// PT_INTERP (linked in), invoked directly, and patched with patchelf.
pub fn dryad_three_ways(prog: &str, args: &[&str], env: &[(&str, &str)]) -> Vec<(&'static str, Run)> {
    let direct_args: Vec<String> = std::iter::once(format!("./{prog}")).chain(args.iter().map(|s| s.to_string())).collect();
    let direct_args: Vec<&str> = direct_args.iter().map(|s| s.as_str()).collect();
    let patched = patched(prog);
    vec![
        ("PT_INTERP", run(&mut cmd(format!("./{prog}.dryad"), args, env))),
        ("direct", run(&mut cmd(dryad(), &direct_args, env))),
        ("patchelf", run(&mut cmd(format!("./{patched}"), args, env))),
    ]
}

/// Asserts that `got` has the same stdout and exit status as `expected`
/// and did not die of a signal.
pub fn assert_same_output(expected: &Run, got: &Run, what: &str) {
    assert_eq!(got.signal, None, "{what}: killed by signal; stderr:\n{}", got.stderr);
    assert_eq!(got.stdout, expected.stdout, "{what}: stdout differs; stderr:\n{}", got.stderr);
    assert_eq!(got.status, expected.status, "{what}: exit status differs; stderr:\n{}", got.stderr);
}

/// The whole of the comparison the foundation tests make: the glibc twin
/// and dryad three ways agree.
pub fn compare_with_glibc(prog: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let expected = glibc_twin(prog, args, env);
    assert_eq!(expected.signal, None, "the glibc twin of {prog} crashed: {}", expected.stderr);
    for (how, got) in dryad_three_ways(prog, args, env) {
        assert_same_output(&expected, &got, &format!("{prog} under dryad ({how})"));
    }
    expected
}

/// `prog args` (a program of target/fixtures/programs) under `how`:
/// "glibc", "direct" (dryad run directly) or "interp" (a copy whose
/// PT_INTERP is dryad), with `env`.
pub fn run_as(how: &str, prog: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let path = format!("programs/{prog}");
    let argv: Vec<&str> = std::iter::once(path.as_str()).chain(args.iter().copied()).collect();
    match how {
        "glibc" => run_ldso(Path::new(SYSTEM_LDSO), fixtures(), &argv, env),
        "direct" => run_ldso(&dryad(), fixtures(), &argv, env),
        _ => {
            let patched = patched(&path);
            let mut c = std::process::Command::new(fixtures().join(&patched));
            c.args(args).current_dir(fixtures());
            for (k, _) in std::env::vars() {
                if k.starts_with("LD_") || k.starts_with("DRYAD_") {
                    c.env_remove(k);
                }
            }
            c.envs(env.iter().copied());
            run(&mut c)
        }
    }
}

/// `prog args` (a libc program of target/fixtures/programs) under
/// glibc's ld.so, then dryad run directly and as its interpreter; asserts
/// that glibc's run succeeded and that dryad's match it (stdout, status,
/// no signal). Returns glibc's run.
pub fn same_three_ways(prog: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let expected = run_as("glibc", prog, args, env);
    assert_eq!(expected.status, Some(0), "{prog} under glibc's ld.so: {}", expected.stderr);
    for how in ["direct", "interp"] {
        assert_same_output(&expected, &run_as(how, prog, args, env), &format!("{prog} {args:?} under dryad ({how})"));
    }
    expected
}

/// What the chroots of other releases (tests/releases.rs) are built with
/// (debootstrap minbase plus these).
pub const RELEASE_PACKAGES: &str = "python3,perl,gawk,xz-utils,zstd,file,sqlite3,openssl,libstdc++6,libc6-dev";

/// The Debian 11 (glibc 2.31) chroot: the same, and the compilers that
/// build the test programs inside it (tests/releases.rs).
pub const BULLSEYE_PACKAGES: &str =
    "python3,perl,gawk,xz-utils,zstd,file,sqlite3,openssl,libstdc++6,gcc,g++,make,libc6-dev,rustc";

/// A Debian chroot of `suite` (another glibc release) with `packages`
/// (comma-separated) on top of debootstrap's minbase, built once by
/// tests/chroot/make-chroot.sh under target/chroots/ and reused, with the
/// dryad.so.1 under test copied to its root as /dryad.so.1.
pub fn chroot(suite: &str, packages: &str) -> PathBuf {
    static BUILD: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = BUILD.lock().unwrap_or_else(|e| e.into_inner());
    let dir = root().join("target/chroots").join(suite);
    let ok = Command::new(root().join("tests/chroot/make-chroot.sh"))
        .arg(suite)
        .arg(&dir)
        .arg(packages)
        .status()
        .unwrap_or_else(|e| panic!("run tests/chroot/make-chroot.sh: {e}"));
    assert!(ok.success(), "building the {suite} chroot failed (needs root and debootstrap; .ci/run installs it)");
    let inside = dir.join("dryad.so.1");
    let tmp = dir.join(format!("dryad.so.1.{}", std::process::id()));
    std::fs::copy(dryad(), &tmp).expect("copy dryad.so.1 into the chroot");
    std::fs::rename(&tmp, &inside).expect("install dryad.so.1 in the chroot");
    dir
}

/// `argv` run inside chroot `dir` (a path inside it first), with a clean
/// LD_* environment, in a private mount namespace with /proc mounted (as
/// on a real system: glibc finds a program's `$ORIGIN` there).
pub fn in_chroot(dir: &Path, argv: &[&str]) -> Run {
    let script = "mount -t proc proc \"$1/proc\" && exec chroot \"$@\"";
    let mut c = Command::new("unshare");
    c.args(["-m", "sh", "-c", script, "sh"]).arg(dir).args(argv).current_dir("/");
    for (k, _) in std::env::vars() {
        if k.starts_with("LD_") {
            c.env_remove(k);
        }
    }
    run(&mut c)
}

/// `argv` inside chroot `dir` with dryad bind-mounted over the chroot's
/// own ld.so in a private mount namespace, so that every process of a
/// pipeline starts under dryad.
pub fn in_chroot_as_system_ldso(dir: &Path, argv: &[&str]) -> Run {
    let ldso = dir.join("usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2");
    let script = "mount --bind \"$1\" \"$2\" && shift 2 && mount -t proc proc \"$1/proc\" && exec chroot \"$@\"";
    let mut c = Command::new("unshare");
    c.args(["-m", "sh", "-c", script, "sh"]).arg(dir.join("dryad.so.1")).arg(&ldso).arg(dir).args(argv).current_dir("/");
    for (k, _) in std::env::vars() {
        if k.starts_with("LD_") {
            c.env_remove(k);
        }
    }
    run(&mut c)
}

/// How dryad's refusal of an unsupported glibc lists the releases it
/// supports (src/glibc/release.rs `SUPPORTED`).
pub const SUPPORTED_RELEASES: &str = "glibc 2.31, 2.36, 2.41 and 2.43";

/// The synthetic programs of bench/synth.py with `n` libraries of `m`
/// exports each, one per name style (C-like, C++-like), built once under
/// target/synthetic/; returns the programs.
pub fn synthetic(n: usize, m: usize) -> Vec<PathBuf> {
    // One build at a time (tests of one binary run in parallel).
    static BUILD: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = BUILD.lock().unwrap_or_else(|e| e.into_inner());
    let out = root().join("target/synthetic");
    let r = run(Command::new("/usr/bin/python3")
        .arg(root().join("bench/synth.py"))
        .args(["--out", out.to_str().unwrap(), "--m", &m.to_string(), "--n", &n.to_string()])
        .current_dir(root()));
    assert_eq!(r.status, Some(0), "synth.py: {}", r.stderr);
    let progs: Vec<PathBuf> = r.stdout.lines().filter(|l| l.starts_with('/')).map(PathBuf::from).collect();
    assert_eq!(progs.len(), 2, "one program per name style: {}", r.stdout);
    progs
}

/// Runs `argv` with the dynamic linker `ldso` invoked directly, from
/// `dir`, with a clean LD_*/DRYAD_* environment plus `env`.
pub fn run_ldso(ldso: &Path, dir: &Path, argv: &[&str], env: &[(&str, &str)]) -> Run {
    let mut c = Command::new(ldso);
    c.args(argv).current_dir(dir);
    for (k, _) in std::env::vars() {
        if k.starts_with("LD_") || k.starts_with("DRYAD_") {
            c.env_remove(k);
        }
    }
    for (k, v) in env {
        c.env(k, v);
    }
    run(&mut c)
}

/// Removes from `run`'s stderr the one line that starts with `prefix`
/// (a check report of dryad's) and returns it; panics if there is not
/// exactly one.
pub fn take_report(run: &mut Run, prefix: &str, what: &str) -> String {
    let (line, rest): (Vec<&str>, Vec<&str>) = run.stderr.lines().partition(|l| l.starts_with(prefix));
    assert_eq!(line.len(), 1, "{what}: no (or more than one) {prefix:?} report; stderr:\n{}", run.stderr);
    let line = line[0].to_string();
    run.stderr = rest.iter().map(|l| format!("{l}\n")).collect();
    line
}

/// `argv` in `dir` under glibc's ld.so with `env`, and under dryad (both
/// invoked directly) with `env` plus `setting` (one of dryad's own
/// variables): asserts the same stdout, stderr and status, and returns
/// glibc's run. With `report` (a check report's prefix and a phrase the
/// line must contain), dryad's stderr must also hold that one line, which
/// is taken out before comparing; then the number after the prefix is
/// returned too (else 0).
pub fn same_as_glibc_with(dir: &Path, argv: &[&str], env: &[(&str, &str)], setting: (&str, &str), report: Option<(&str, &str)>) -> (Run, usize) {
    let what = format!("{argv:?} with {env:?}, {}={}", setting.0, setting.1);
    let expected = run_ldso(Path::new(SYSTEM_LDSO), dir, argv, env);
    assert_eq!(expected.signal, None, "{what} under glibc: {}", expected.stderr);
    let mut with = env.to_vec();
    with.push(setting);
    let mut got = run_ldso(&dryad(), dir, argv, &with);
    let mut n = 0;
    if let Some((prefix, phrase)) = report {
        let line = take_report(&mut got, prefix, &what);
        assert!(line.contains(phrase), "{what}: {line}");
        n = line[prefix.len()..].split(' ').next().unwrap().parse().unwrap();
    }
    assert_same_output(&expected, &got, &what);
    assert_eq!(got.stderr, expected.stderr, "{what}: stderr differs");
    (expected, n)
}

/// `s` with every hexadecimal number after "0x" (addresses: ASLR)
/// written as 0x#.
pub fn mask_hex(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('#');
    }
    out + rest
}

/// LD_DEBUG output with each line's pid taken off, dryad's path and
/// `ldso_names` (other names glibc gives its ld.so) written as the system
/// ld.so's, and addresses masked ([`mask_hex`]).
pub fn debug_masked(s: &str, ldso_names: &[&str]) -> String {
    let dryad = dryad();
    s.lines()
        .map(|l| {
            let l = l.split_once(':').map_or(l, |(pid, rest)| if pid.trim().parse::<u32>().is_ok() { rest } else { l });
            let mut l = l.replace(dryad.to_str().unwrap(), SYSTEM_LDSO);
            for n in ldso_names {
                l = l.replace(n, SYSTEM_LDSO);
            }
            mask_hex(&l) + "\n"
        })
        .collect()
}
