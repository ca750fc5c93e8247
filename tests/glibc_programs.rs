//! Issue 3: C, C++ and Rust programs of our own, linked against glibc,
//! exercising what libc needs from its dynamic linker: TLS in the program
//! and in a library from 16 threads (local-exec, initial-exec and
//! general-dynamic), IFUNC choices (which memcpy/strlen implementation the
//! cpu_features made libc pick), printf with floats, errno, dladdr,
//! dl_iterate_phdr, the main thread's stack bounds, getpwuid (NSS),
//! C++ exceptions and thread_local, a caught Rust panic and dlsym from
//! Rust's std. Same stdout and status as under the system ld.so, with
//! dryad invoked directly and as PT_INTERP.

mod common;
use common::*;

fn check(prog: &str) -> Run {
    let path = format!("./programs/{prog}");
    let expected = run(&mut cmd(&path, &[], &[]));
    assert_eq!(expected.signal, None, "{prog} under the system ld.so: {}", expected.stderr);
    let direct = run(&mut cmd(dryad(), &[&path], &[]));
    assert_same_output(&expected, &direct, &format!("{prog} (dryad direct)"));
    let patched = patched(&format!("programs/{prog}"));
    let interp = run(&mut cmd(format!("./{patched}"), &[], &[]));
    assert_same_output(&expected, &interp, &format!("{prog} (PT_INTERP = dryad)"));
    expected
}

#[test]
fn c_program_tls_ifunc_and_libc_services() {
    let out = check("cprog");
    for needle in ["threads total=", "ifunc memcpy -> libc.so.6+", "main stack contains locals=1 contains __libc_stack_end=1", "getpwuid(0)=root", "phdr: libtlsdata.so", "floats: 3.142"] {
        assert!(out.stdout.contains(needle), "missing {needle:?} in:\n{}", out.stdout);
    }
}

#[test]
fn cxx_exceptions_and_thread_local() {
    let out = check("cxx");
    assert!(out.stdout.contains("caught: boom from depth"), "{}", out.stdout);
}

#[test]
fn rust_panic_caught_and_threads() {
    let out = check("rustpanic");
    assert!(out.stdout.contains("caught panic: index out of bounds"), "{}", out.stdout);
    assert_eq!(out.status, Some(9));
}

#[test]
fn binds_by_version_name_not_by_verneed_file() {
    let out = check("oldsym");
    assert_eq!(out.stdout, "dlsym@GLIBC_2.2.5(puts) matches\n");
}

#[test]
fn glibc_tunables_steer_ifunc_selection_the_same_way() {
    // Masking CPU features through GLIBC_TUNABLES changes which memcpy and
    // strlen libc's IFUNC resolvers pick; dryad computes cpu_features from
    // the same tunables, so the choice must follow.
    let env = [("GLIBC_TUNABLES", "glibc.cpu.hwcaps=-AVX2,-AVX_Fast_Unaligned_Load,-ERMS")];
    let plain = run(&mut cmd("./programs/cprog", &[], &[]));
    let expected = run(&mut cmd("./programs/cprog", &[], &env));
    let got = run(&mut cmd(dryad(), &["./programs/cprog"], &env));
    assert_same_output(&expected, &got, "cprog with GLIBC_TUNABLES");
    let ifuncs = |s: &str| s.lines().filter(|l| l.starts_with("ifunc")).map(str::to_string).collect::<Vec<_>>();
    assert_ne!(ifuncs(&plain.stdout), ifuncs(&expected.stdout), "the tunable must change some choice on this CPU");
}

#[test]
fn time_functions_use_the_vdso() {
    // With the vDSO published (GLRO(dl_sysinfo_map) and the _dl_vdso_*
    // pointers), clock_gettime/time/gettimeofday make no system call.
    let script = "import time\nfor i in range(100): time.time(); time.monotonic()\nprint('ok')";
    // Also with everything bound at startup: libc's time IFUNCs then run
    // during relocation and must already find the vDSO.
    for env in [&[][..], &[("LD_BIND_NOW", "1")][..]] {
        let r = run(&mut cmd("strace", &["-f", "-e", "trace=clock_gettime,gettimeofday,time", dryad().to_str().unwrap(), "/usr/bin/python3", "-S", "-c", script], env));
        assert_eq!(r.stdout, "ok\n", "{}", r.stderr);
        let syscalls = r.stderr.lines().filter(|l| l.contains("clock_gettime(") || l.contains("gettimeofday(")).count();
        assert_eq!(syscalls, 0, "time calls went to the kernel ({env:?}):\n{}", r.stderr);
    }
    let trace = run(&mut cmd(dryad(), &["--list", "./programs/cprog"], &[]));
    assert!(trace.stdout.starts_with("\tlinux-vdso.so.1 (0x"), "{}", trace.stdout);
}

/// probe.c's output with what legitimately differs between runs or
/// between the two loaders masked: addresses and large numbers, the thread
/// id, the CPU rseq reports, the names dladdr finds for the GLRO function
/// pointers (dryad's functions are its own), glibc's lookup-cache counter
/// (dryad has no such cache), and the line describing ld.so itself (a
/// different binary).
fn normalise_probe(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        if line.starts_with("MAP ") && (line.contains("ld-linux-x86-64.so.2'") || line.contains("dryad")) {
            out.push_str("MAP <the dynamic linker>\n");
            continue;
        }
        let mut l = String::new();
        let mut rest = line;
        // Addresses: 0x followed by 5+ hex digits.
        while let Some(i) = rest.find("0x") {
            l.push_str(&rest[..i]);
            let hex = rest[i + 2..].chars().take_while(|c| c.is_ascii_hexdigit()).count();
            l.push_str(if hex >= 5 { "ADDR" } else { &rest[i..i + 2 + hex] });
            rest = &rest[i + 2 + hex..];
        }
        l.push_str(rest);
        let l = l
            .split(' ')
            .map(|w| {
                for key in ["tid@0x2d0=", "gettid=", "cpu_id_start=", "cpu_id=", "cache_relocs="] {
                    if w.starts_with(key) {
                        return format!("{key}*");
                    }
                }
                if w.starts_with('(') && w.ends_with(')') && l.starts_with("RO+") {
                    return "(fn)".to_string();
                }
                w.to_string()
            })
            .collect::<Vec<_>>()
            .join(" ");
        out.push_str(&l);
        out.push('\n');
    }
    out
}

#[test]
fn probe_sees_the_same_glibc_structures() {
    // docs/glibc-2.36.md's probe: TCB, _rtld_global(_ro) fields, locks,
    // stack lists, TLS slotinfo, and every link map field libc reads.
    let expected = run(&mut cmd("./programs/probe", &[], &[]));
    assert_eq!(expected.status, Some(0), "{}", expected.stderr);
    let got = run(&mut cmd(dryad(), &["./programs/probe"], &[]));
    assert_eq!(got.status, Some(0), "{}", got.stderr);
    let (e, g) = (normalise_probe(&expected.stdout), normalise_probe(&got.stdout));
    for (le, lg) in e.lines().zip(g.lines()) {
        assert_eq!(lg, le, "probe output differs");
    }
    assert_eq!(e.lines().count(), g.lines().count());
    assert!(e.contains("tls_static_size=4224"), "{e}");
}

#[test]
fn an_initfirst_library_initialises_before_every_other_object() {
    // libinitfirst.so (DF_1_INITFIRST) is needed before libinitlater.so,
    // so by dependency order alone libinitlater's constructor would run
    // first; glibc runs the flagged library's first of all.
    let out = check("initorder");
    assert!(out.stdout.starts_with("init initfirst\ninit initlater\ninit program\n"), "{}", out.stdout);
}

#[test]
fn initialisers_and_finalisers_sorted_by_either_of_glibcs_algorithms() {
    // A graph on which the original sort (glibc.rtld.dynamic_sort=1) and
    // the depth-first one (the default) disagree, constructors and
    // destructors both (tests/programs/libsortorder.c).
    for (tunables, first) in [(None, "init sortc\ninit sortd\n"), (Some("glibc.rtld.dynamic_sort=1"), "init sortd\ninit sortc\n")] {
        let env: Vec<(&str, &str)> = tunables.map(|t| ("GLIBC_TUNABLES", t)).into_iter().collect();
        let path = "./programs/sortorder";
        let expected = run(&mut cmd(path, &[], &env));
        assert!(expected.stdout.starts_with(first), "{tunables:?}: {}", expected.stdout);
        let direct = run(&mut cmd(dryad(), &[path], &env));
        assert_same_output(&expected, &direct, &format!("sortorder with {tunables:?} (dryad direct)"));
        let patched = patched("programs/sortorder");
        let interp = run(&mut cmd(format!("./{patched}"), &[], &env));
        assert_same_output(&expected, &interp, &format!("sortorder with {tunables:?} (PT_INTERP = dryad)"));
    }
}
