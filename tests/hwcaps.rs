//! Issue 13: the glibc-hwcaps (and, for 2.36, legacy hwcap) subdirectories
//! of the library search, `--glibc-hwcaps-prepend`, `--glibc-hwcaps-mask`
//! and `--inhibit-rpath`, compared with glibc's ld.so on the same program.
//!
//! `libhw.so` comes in four builds, which print which one they are:
//! `DIR/` (baseline) and `DIR/glibc-hwcaps/x86-64-v{2,3,4}/`. `prog` finds
//! it through LD_LIBRARY_PATH, `prog-rp` through its DT_RUNPATH, `prog-rpath`
//! through a DT_RPATH. `glibc.cpu.hwcaps=-AVX512F` (`-AVX2`, `-SSE4_2`)
//! takes the CPU down to x86-64-v3 (v2, baseline) for both linkers.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn gcc(args: &[&str], dir: &Path) {
    let r = run(Command::new("gcc").args(args).current_dir(dir));
    assert_eq!(r.status, Some(0), "gcc {args:?}: {}", r.stderr);
}

/// Builds the programs and the four libraries once, in target/hwcaps/.
fn fixture() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = root().join("target/hwcaps");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("lib.c"), "const char *which(void) { return V; }\n").unwrap();
        std::fs::write(
            dir.join("prog.c"),
            "#include <stdio.h>\nconst char *which(void);\nint main(void) { puts(which()); return 0; }\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.join("d")).unwrap();
        gcc(&["-shared", "-fPIC", "-DV=\"baseline\"", "-o", "d/libhw.so", "lib.c"], &dir);
        for v in ["v2", "v3", "v4"] {
            let sub = format!("d/glibc-hwcaps/x86-64-{v}");
            std::fs::create_dir_all(dir.join(&sub)).unwrap();
            gcc(&["-shared", "-fPIC", &format!("-DV=\"{v}\""), "-o", &format!("{sub}/libhw.so"), "lib.c"], &dir);
        }
        let d = dir.join("d");
        let d = d.to_str().unwrap();
        gcc(&["-o", "prog", "prog.c", "-Ld", "-lhw"], &dir);
        gcc(&["-o", "prog-rp", "prog.c", "-Ld", "-lhw", &format!("-Wl,-rpath,{d}"), "-Wl,--enable-new-dtags"], &dir);
        gcc(&["-o", "prog-rpath", "prog.c", "-Ld", "-lhw", &format!("-Wl,-rpath,{d}"), "-Wl,--disable-new-dtags"], &dir);
        for p in ["prog", "prog-rp", "prog-rpath"] {
            std::fs::copy(dir.join(p), dir.join(format!("{p}.dryad"))).unwrap();
            let ok = Command::new("patchelf").arg("--set-interpreter").arg(dryad()).arg(dir.join(format!("{p}.dryad"))).status();
            assert!(ok.expect("patchelf must be installed (.ci/run installs it)").success(), "patchelf {p}");
        }
        dir
    })
}

/// The levels `glibc.cpu.hwcaps` can take this CPU down to, best first.
const LEVELS: [&str; 4] = ["", "glibc.cpu.hwcaps=-AVX512F", "glibc.cpu.hwcaps=-AVX2", "glibc.cpu.hwcaps=-SSE4_2"];

fn env_with<'a>(tunables: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut env = extra.to_vec();
    if !tunables.is_empty() {
        env.push(("GLIBC_TUNABLES", tunables));
    }
    env
}

/// `argv` (the program first, with its ld.so options before it) under
/// glibc's ld.so and under dryad, both run directly, and, without options,
/// the program's `.dryad` copy (PT_INTERP): the same stdout, stderr and
/// status. Returns glibc's stdout.
fn same(argv: &[&str], env: &[(&str, &str)]) -> String {
    let dir = fixture();
    let what = format!("{argv:?} with {env:?}");
    let expected = run_ldso(Path::new(SYSTEM_LDSO), dir, argv, env);
    assert_eq!(expected.signal, None, "{what} under glibc: {}", expected.stderr);
    // With LD_DEBUG, the search's lines (the initialiser lines name ld.so,
    // which dryad has no initialiser for).
    let debug = env.iter().any(|(k, _)| *k == "LD_DEBUG");
    let err = |s: &str| if debug { search_lines(s) } else { s.to_string() };
    let got = run_ldso(&dryad(), dir, argv, env);
    assert_same_output(&expected, &got, &format!("{what}, dryad run directly"));
    assert_eq!(err(&got.stderr), err(&expected.stderr), "{what}, dryad run directly: stderr");
    if !argv[0].starts_with("--") {
        let got = run(&mut as_interp(argv[0], &argv[1..], env));
        assert_same_output(&expected, &got, &format!("{what}, dryad as PT_INTERP"));
        assert_eq!(err(&got.stderr), err(&expected.stderr), "{what}, dryad as PT_INTERP: stderr");
    }
    expected.stdout
}

/// `prog`'s copy with dryad as its PT_INTERP, run from the fixture with
/// `prog` as its argv[0] (the name glibc's ld.so, run directly, knows it by).
fn as_interp(prog: &str, args: &[&str], env: &[(&str, &str)]) -> Command {
    use std::os::unix::process::CommandExt;
    let mut c = cmd(fixture().join(format!("{prog}.dryad")), args, env);
    c.current_dir(fixture()).arg0(prog);
    c
}

/// What each level chooses under glibc, as dryad must choose it too.
fn chosen(prog: &str, extra: &[(&str, &str)]) -> Vec<String> {
    LEVELS.iter().map(|t| same(&[prog], &env_with(t, extra)).trim().to_string()).collect()
}

/// The chosen builds must follow the CPU: glibc picks more than one of
/// them on this machine (else the test could not tell a search that
/// ignores the subdirectories from one that does not).
fn assert_levels_seen(chosen: &[String]) {
    assert_eq!(chosen.last().map(String::as_str), Some("baseline"), "{chosen:?}");
    assert_ne!(chosen[0], "baseline", "this CPU reaches x86-64-v2 at least: {chosen:?}");
}

#[test]
fn ld_library_path_directories_are_searched_with_their_glibc_hwcaps_subdirectories() {
    let c = chosen("./prog", &[("LD_LIBRARY_PATH", "d")]);
    assert_levels_seen(&c);
    // The same through an absolute path, and with a trailing slash.
    let abs = fixture().join("d/");
    chosen("./prog", &[("LD_LIBRARY_PATH", abs.to_str().unwrap())]);
}

#[test]
fn runpath_and_rpath_directories_are_searched_with_their_glibc_hwcaps_subdirectories() {
    assert_levels_seen(&chosen("./prog-rp", &[]));
    assert_levels_seen(&chosen("./prog-rpath", &[]));
}

/// stderr of `LD_DEBUG=libs` up to the first initialiser line, each line
/// without its pid: the search.
fn search_lines(stderr: &str) -> String {
    stderr
        .lines()
        .map(|l| l.split_once(":\t").map_or(l, |(_, rest)| rest))
        .take_while(|l| !l.starts_with("calling init"))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn ld_debug_libs_lists_the_subdirectories_searched_as_glibc_does() {
    let dir = fixture();
    for (prog, extra) in [("./prog", &[("LD_LIBRARY_PATH", "d")][..]), ("./prog-rp", &[]), ("./prog-rpath", &[]), ("./prog", &[])] {
        for t in LEVELS {
            let mut env = env_with(t, extra);
            env.push(("LD_DEBUG", "libs"));
            let expected = run_ldso(Path::new(SYSTEM_LDSO), dir, &[prog], &env);
            let want = search_lines(&expected.stderr);
            // Below x86-64-v2 only the legacy subdirectories are left (2.36).
            let sub = if t.ends_with("SSE4_2") { "/tls/x86_64/x86_64:" } else { "/glibc-hwcaps/x86-64-v2:" };
            assert!(want.contains(sub), "{prog} {env:?}: glibc's search:\n{want}");
            let direct = run_ldso(&dryad(), dir, &[prog], &env);
            assert_eq!(search_lines(&direct.stderr), want, "{prog} with {env:?}, dryad run directly");
            let interp = run(&mut as_interp(prog, &[], &env));
            assert_eq!(search_lines(&interp.stderr), want, "{prog} with {env:?}, dryad as PT_INTERP");
        }
    }
}

#[test]
fn glibc_hwcaps_mask_keeps_only_the_subdirectories_it_names() {
    for mask in ["x86-64-v2", "x86-64-v2:x86-64-v3", "x86-64-v3:", "", "*", "x86-64-v*", "nonsense"] {
        for t in LEVELS {
            same(&["--glibc-hwcaps-mask", mask, "./prog-rp"], &env_with(t, &[]));
        }
    }
    let dir = fixture();
    let v2 = run_ldso(Path::new(SYSTEM_LDSO), dir, &["--glibc-hwcaps-mask", "x86-64-v2", "./prog-rp"], &[]);
    assert_eq!(v2.stdout, "v2\n", "glibc: {}", v2.stderr);
}

#[test]
fn glibc_hwcaps_prepend_comes_first_whatever_the_cpu() {
    let dir = fixture();
    let mine = dir.join("d/glibc-hwcaps/mine");
    std::fs::create_dir_all(&mine).unwrap();
    gcc(&["-shared", "-fPIC", "-DV=\"mine\"", "-o", "d/glibc-hwcaps/mine/libhw.so", "lib.c"], dir);
    for t in LEVELS {
        assert_eq!(same(&["--glibc-hwcaps-prepend", "mine", "./prog-rp"], &env_with(t, &[])), "mine\n");
        same(&["--glibc-hwcaps-prepend", "absent::mine:", "./prog", "x"], &env_with(t, &[("LD_LIBRARY_PATH", "d"), ("LD_DEBUG", "libs")]));
        same(&["--glibc-hwcaps-prepend", "absent", "--glibc-hwcaps-mask", "x86-64-v3", "./prog-rp"], &env_with(t, &[]));
    }
}

#[test]
fn inhibit_rpath_drops_the_paths_of_the_objects_it_names() {
    // The program is named by glibc's l_name of the main map, which is
    // empty: only an empty item (not the last) inhibits its paths.
    for list in [":x", "./prog-rp", "prog-rp", "x::y", "x:"] {
        same(&["--inhibit-rpath", list, "./prog-rp"], &[]);
        same(&["--inhibit-rpath", list, "./prog-rpath"], &[]);
    }
    let dir = fixture();
    let gone = run_ldso(Path::new(SYSTEM_LDSO), dir, &["--inhibit-rpath", ":", "./prog-rp"], &[]);
    assert_eq!(gone.status, Some(127), "glibc: {}", gone.stderr);
    // A library's paths: named by the path it was opened by.
    let d = dir.join("d");
    let lib = dir.join("d/libouter.so");
    std::fs::write(dir.join("outer.c"), "const char *which(void);\nconst char *outer(void) { return which(); }\n").unwrap();
    gcc(&["-shared", "-fPIC", "-o", "d/libouter.so", "outer.c", "-Ld", "-lhw", &format!("-Wl,-rpath,{}", d.display())], dir);
    std::fs::write(
        dir.join("useouter.c"),
        "#include <stdio.h>\nconst char *outer(void);\nint main(void) { puts(outer()); return 0; }\n",
    )
    .unwrap();
    gcc(&["-o", "useouter", "useouter.c", "-Ld", "-louter", &format!("-Wl,-rpath,{}", d.display())], dir);
    for list in [lib.to_str().unwrap(), "libouter.so", "x"] {
        same(&["--inhibit-rpath", list, "./useouter"], &[("LD_DEBUG", "libs")]);
    }
    let inhibited = run_ldso(Path::new(SYSTEM_LDSO), dir, &["--inhibit-rpath", lib.to_str().unwrap(), "./useouter"], &[]);
    assert_eq!(inhibited.status, Some(127), "glibc: {}", inhibited.stderr);
}
