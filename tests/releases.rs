//! Issues 9 and 10: dryad on glibc releases other than the host's, each
//! in a Debian chroot built once under target/chroots/ (tests/chroot/
//! make-chroot.sh), with that release's own ld.so as the reference.
//!
//! The same suite runs on every release below: Debian 11 (bullseye, glibc
//! 2.31, with the test programs built inside its chroot), Debian 13
//! (trixie, glibc 2.41) and Debian sid (glibc 2.43). Every check runs a command inside
//! the chroot under the chroot's ld.so and then under dryad in three
//! ways — invoked directly (`/dryad.so.1 PROG`), as the PT_INTERP of a
//! patched copy, and bind-mounted over the chroot's own ld.so in a private
//! mount namespace (so every process of a pipeline starts under dryad) —
//! and requires the same stdout and exit status.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// A Debian release the suite runs on.
struct Release {
    suite: &'static str,
    glibc: &'static str,
    /// Offset and size of `GLRO(dl_x86_cpu_features)`.
    cpu_features: (usize, usize),
    /// The chroot's packages.
    packages: &'static str,
    /// Whether the C/C++/Rust test programs must be built inside the
    /// chroot (programs built on the host need the host's glibc 2.36
    /// symbol versions, which an older release lacks).
    build_programs: bool,
}

const TRIXIE: Release =
    Release { suite: "trixie", glibc: "2.41", cpu_features: (112, 528), packages: RELEASE_PACKAGES, build_programs: false };
const BULLSEYE: Release =
    Release { suite: "bullseye", glibc: "2.31", cpu_features: (104, 168), packages: BULLSEYE_PACKAGES, build_programs: true };
const SID: Release =
    Release { suite: "sid", glibc: "2.43", cpu_features: (112, 528), packages: RELEASE_PACKAGES, build_programs: false };

impl Release {
    fn dir(&self) -> PathBuf {
        chroot(self.suite, self.packages)
    }
}

/// The test programs the suite runs (tests/fixtures/Makefile targets in
/// its `programs` directory).
const PROGRAMS: &[&str] = &[
    "cxx", "rustpanic", "cprog", "libtlsdata.so", "threads_arena", "threads_mix", "threads_dlstorm", "libstorm0.so",
    "libstorm1.so", "libstorm2.so", "libstorm3.so", "lazy", "liblazy.so", "tlsdl", "libtlsdyn.so", "dlo", "libdloa.so",
    "libdlob.so", "cpu_features_dump", "loaderfacts", "loaderfacts_execstack", "initorder", "sortorder", "dlreload",
    "libreload1.so", "libreload2.so", "dlreldeps", "libdlca.so", "libdlcb.so", "dlcycle", "libdltls.so", "dltlsdtor",
    "libtlsdtor.so", "libtlsdtor_rs.so", "dlietls", "libietls.so", "libtlsgd.so", "libtlsgd2.so", "libtlsieref.so", "libtlsieref2.so", "libiebig.so", "tlsdesc", "libtlsdesclib.so", "libtlsdescsmall.so", "libtlsdescbig.so", "dldeep", "libdeep1.so", "libdeep2.so", "libdeep3.so", "libdeep4.so",
    "libdeepdep.so", "dlconcurrent", "libslowinit.so", "dlinfo", "libnext.so", "filters",
    "libfilter.so", "libfiltee.so", "libauxfilter.so", "libauxee.so", "libdlfilter.so", "libdlfiltee.so", "libmissingfilter.so",
    "dlmopen", "libmprint.so", "libmdep.so", "dlscope", "libscopea.so", "libscopeb.so", "libscopec.so", "dlphdr", "libphdrplug.so", "dlmcxx", "libmcxx.so",
    "auditprog", "libauditmod.so", "libaudplug.so", "libaudext.so",
];

/// The directory inside the chroot that holds the test programs: built
/// on the host and copied in, or built inside the chroot with its own
/// compilers and libraries (tests/fixtures/Makefile run there), once per
/// test binary.
fn programs(r: &Release) -> &'static str {
    let dir = r.dir();
    if !r.build_programs {
        return host_programs(&dir);
    }
    static DONE: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if !done.iter().any(|d| *d == dir) {
        let src = dir.join("opt/dryad-src");
        let _ = std::fs::remove_dir_all(&src);
        for sub in ["fixtures", "programs"] {
            std::fs::create_dir_all(src.join(sub)).unwrap();
            for e in std::fs::read_dir(root().join("tests").join(sub)).unwrap() {
                let e = e.unwrap();
                if e.file_type().unwrap().is_file() {
                    std::fs::copy(e.path(), src.join(sub).join(e.file_name())).unwrap();
                }
            }
        }
        let mut argv = vec!["/usr/bin/make", "-s", "-C", "/opt/dryad-src/fixtures", "OUT=/opt/dryad-build"];
        let targets: Vec<String> = PROGRAMS.iter().map(|p| format!("/opt/dryad-build/programs/{p}")).collect();
        argv.extend(targets.iter().map(String::as_str));
        let built = in_chroot(&dir, &argv);
        assert_eq!(built.status, Some(0), "building the test programs in the {} chroot: {}", r.suite, built.stderr);
        done.push(dir);
    }
    "/opt/dryad-build/programs"
}

/// Copies a host-built test program (and the libraries beside it) into
/// the chroot's /opt/dryad-tests, once per test binary.
fn host_programs(dir: &Path) -> &'static str {
    static DONE: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if !done.iter().any(|d| d == dir) {
        done.push(dir.to_path_buf());
        let dst = dir.join("opt/dryad-tests");
        std::fs::create_dir_all(&dst).unwrap();
        for e in std::fs::read_dir(fixtures().join("programs")).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                std::fs::copy(e.path(), dst.join(e.file_name())).unwrap();
            }
        }
    }
    "/opt/dryad-tests"
}

/// A copy of `prog` (a path inside the chroot) whose interpreter is
/// /dryad.so.1, beside the original (so that its `$ORIGIN` is the same);
/// returns its path inside the chroot.
fn patched_in(dir: &Path, prog: &str) -> String {
    let name = prog.rsplit('/').next().unwrap();
    let inside = format!("{prog}.dryad");
    let outside = dir.join(inside.trim_start_matches('/'));
    if !outside.exists() {
        // Tests run in parallel threads of one process: a name of its own
        // for each copy in progress.
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = dir.join(format!("tmp/{name}.{}.{n}", std::process::id()));
        std::fs::copy(dir.join(prog.trim_start_matches('/')), &tmp).unwrap();
        let ok = std::process::Command::new("patchelf").arg("--set-interpreter").arg("/dryad.so.1").arg(&tmp).status().unwrap();
        assert!(ok.success(), "patchelf {prog}");
        std::fs::rename(&tmp, &outside).unwrap();
    }
    inside
}

/// `prog args` inside the chroot: the reference, then dryad three ways.
fn same_in(r: &Release, prog: &str, args: &[&str]) -> Run {
    let dir = r.dir();
    let argv: Vec<&str> = std::iter::once(prog).chain(args.iter().copied()).collect();
    let expected = in_chroot(&dir, &argv);
    assert_eq!(expected.signal, None, "{prog} under {}'s ld.so: {}", r.suite, expected.stderr);
    let direct: Vec<&str> = std::iter::once("/dryad.so.1").chain(argv.iter().copied()).collect();
    let patched = patched_in(&dir, prog);
    let interp: Vec<&str> = std::iter::once(patched.as_str()).chain(args.iter().copied()).collect();
    // The patched copy's messages name it by its own path.
    let mut via_interp = in_chroot(&dir, &interp);
    via_interp.stdout = via_interp.stdout.replace(&patched, prog);
    for (how, got) in [
        ("direct", in_chroot(&dir, &direct)),
        ("PT_INTERP", via_interp),
        ("system ld.so", in_chroot_as_system_ldso(&dir, &argv)),
    ] {
        assert_same_output(&expected, &got, &format!("{prog} {args:?} on glibc {} ({how})", r.glibc));
    }
    expected
}

fn sh(r: &Release, script: &str) -> Run {
    same_in(r, "/bin/bash", &["-c", script])
}

fn coreutils_and_shell_pipelines(r: &Release) {
    let r = sh(r, "ls -la /etc | sort | head -5 | wc -l; seq 1 2000 | sha256sum; date -d @0 -u; printf '%s\\n' b a c | sort -r | tr a-z A-Z; id -u; echo $((6*7))");
    assert!(r.stdout.contains("\n42\n"), "{}", r.stdout);
}

fn text_tools(r: &Release) {
    sh(r, "printf 'one two\\nthree four\\n' | sed -E 's/(\\w+) (\\w+)/\\2 \\1/' | grep -P '^t\\w+ ' | gawk '{ print NR\": \"$1 }'");
}

fn compressors_with_threads(r: &Release) {
    sh(r, "seq 1 200000 > /tmp/d && tar -cf - /tmp/d 2>/dev/null | xz -T2 -c | xz -dc | tar -xOf - | md5sum && zstd -q -T2 -c /tmp/d | zstd -dc | md5sum");
}

fn python3_extension_modules_threads_and_processes(r: &Release) {
    let script = "import ssl, ctypes, sqlite3, threading, multiprocessing, hashlib\n\
        c = sqlite3.connect(':memory:'); c.execute('create table t(x)'); c.execute('insert into t values (41)')\n\
        print(c.execute('select x+1 from t').fetchone()[0], ssl.OPENSSL_VERSION.split()[0])\n\
        print(ctypes.CDLL(None).abs(-7), hashlib.sha256(b'x').hexdigest()[:8])\n\
        out = []\n\
        ts = [threading.Thread(target=lambda i=i: out.append(i * i)) for i in range(8)]\n\
        [t.start() for t in ts]; [t.join() for t in ts]; print(sum(out))\n\
        if __name__ == '__main__':\n\
        \x20   with multiprocessing.get_context('fork').Pool(2) as p: print(p.map(abs, [-1, -2, -3]))\n";
    let r = same_in(r, "/usr/bin/python3", &["-c", script]);
    assert!(r.stdout.starts_with("42 OpenSSL"), "{}", r.stdout);
}

fn perl_with_xs_modules(r: &Release) {
    same_in(r, "/usr/bin/perl", &["-MPOSIX", "-MList::Util=sum", "-MDigest::MD5=md5_hex", "-e", "print floor(2.5), ' ', sum(1..10), ' ', md5_hex('x'), qq{\\n}"]);
}

fn nss_iconv_file_sqlite_openssl(r: &Release) {
    sh(r, "getent passwd root; echo 'héllo' | iconv -f UTF-8 -t ISO-8859-1 | od -An -tx1; file -b /bin/ls | cut -d, -f1; sqlite3 :memory: 'select 6*7'; echo x | openssl dgst -sha256 -r");
}

fn cxx_rust_and_threaded_test_programs(r: &Release) {
    let bin = programs(r);
    for prog in ["cxx", "rustpanic", "cprog", "threads_arena", "threads_mix", "lazy", "tlsdl", "dlo", "initorder", "sortorder"] {
        same_in(r, &format!("{bin}/{prog}"), &[]);
    }
    same_in(r, &format!("{bin}/threads_dlstorm"), &[bin]);
}

fn threaded_programs_run_repeatedly(r: &Release) {
    // Issue 8's programs, on every release (fewer runs than on the host).
    let dir = r.dir();
    let bin = programs(r);
    for prog in ["threads_arena", "threads_mix"] {
        let path = format!("{bin}/{prog}");
        let expected = in_chroot(&dir, &[&path]);
        for _ in 0..50 {
            let got = in_chroot(&dir, &["/dryad.so.1", &path]);
            assert_same_output(&expected, &got, &format!("{prog} on glibc {}", r.glibc));
        }
    }
}

fn what_libc_learns_from_its_ld_so(r: &Release) {
    // The loader facts that differ per release (tests/programs/
    // loaderfacts.c): thread stack protections from the stack flags (PF_*
    // bits up to 2.41, PROT_* from 2.43), with and without an executable
    // stack; _dl_find_object, whose dlfo_sframe 2.43 fills; fortified %n,
    // which 2.43 checks with GLRO(dl_readonly_area).
    let dir = r.dir();
    let bin = programs(r);
    let prog = format!("{bin}/loaderfacts");
    let r1 = same_in(r, &prog, &["stack"]);
    assert!(r1.stdout.starts_with("main stack rw-p, thread stack rw-p"), "{}", r1.stdout);
    let r2 = same_in(r, &format!("{bin}/loaderfacts_execstack"), &["stack"]);
    assert!(r2.stdout.starts_with("main stack rwxp, thread stack rwxp"), "{}", r2.stdout);
    same_in(r, &prog, &["find"]);
    same_in(r, &prog, &["ro"]);
    // Aborted by libc (SIGABRT) or not, as under the release's ld.so.
    for mode in ["rw", "mprotected"] {
        let expected = in_chroot(&dir, &[&prog, mode]);
        for (how, got) in [
            ("direct", in_chroot(&dir, &["/dryad.so.1", &prog, mode])),
            ("system ld.so", in_chroot_as_system_ldso(&dir, &[&prog, mode])),
        ] {
            assert_eq!(
                (&got.stdout, got.status, got.signal, &got.stderr),
                (&expected.stdout, expected.status, expected.signal, &expected.stderr),
                "loaderfacts {mode} on glibc {} ({how})",
                r.glibc
            );
        }
    }
}

fn ldd_lists_dependencies(r: &Release) {
    // The release's own ldd script, with dryad as the system ld.so: the
    // script first probes the ld.so (2.31's runs it without arguments and
    // wants status 127; later ones run `--version`), then traces each
    // program through it. Load addresses vary from run to run.
    let dir = r.dir();
    let script = "ldd /usr/bin/python3 /bin/ls /usr/bin/perl | sed 's/ (0x[0-9a-f]*)//'; /lib64/ld-linux-x86-64.so.2 >/dev/null 2>&1; echo \"no program: $?\"";
    let expected = in_chroot(&dir, &["/bin/sh", "-c", script]);
    assert!(expected.stdout.contains("libc.so.6 => "), "{}", expected.stdout);
    let got = in_chroot_as_system_ldso(&dir, &["/bin/sh", "-c", script]);
    assert_same_output(&expected, &got, &format!("ldd on glibc {}", r.glibc));
}

fn list_tunables(r: &Release) {
    // `ld.so --list-tunables` (2.33 on): the release's table with the
    // values and bounds after the CPU probe, with and without tunables
    // set; 2.31's ld.so has no such option and takes it for a program.
    let dir = r.dir();
    for tunables in [None, Some("GLIBC_TUNABLES=glibc.malloc.check=2:glibc.cpu.x86_non_temporal_threshold=0x100000:glibc.cpu.hwcaps=-AVX2")] {
        let mut reference = vec!["/usr/bin/env"];
        reference.extend(tunables);
        let mut ours = reference.clone();
        reference.extend(["/lib64/ld-linux-x86-64.so.2", "--list-tunables"]);
        ours.extend(["/dryad.so.1", "--list-tunables"]);
        let expected = in_chroot(&dir, &reference);
        let got = in_chroot(&dir, &ours);
        let mask = |s: &str| s.replace("/lib64/ld-linux-x86-64.so.2", "LDSO").replace("/dryad.so.1", "LDSO");
        assert_eq!(
            (&got.stdout, got.status, mask(&got.stderr)),
            (&expected.stdout, expected.status, mask(&expected.stderr)),
            "--list-tunables on glibc {} with {tunables:?}",
            r.glibc
        );
        if r.glibc != "2.31" {
            assert!(expected.stdout.contains("glibc.malloc.check: "), "{}", expected.stdout);
        }
    }
}

fn ld_debug_libs_search(r: &Release) {
    // LD_DEBUG=libs of a search through directories holding a libc.so.6 of
    // the wrong ELF class and one for another machine, then a missing
    // directory, by LD_LIBRARY_PATH and by --library-path (named so in the
    // search path line from 2.33 on); since 2.42 each candidate passed
    // over gets a reason line. Both linkers run directly.
    let dir = r.dir();
    let libc = std::fs::read(dir.join("lib/x86_64-linux-gnu/libc.so.6")).unwrap();
    let base = dir.join("tmp/dryad-libs-search");
    for (sub, at, byte) in [("class", 4, 1u8), ("machine", 18, 183u8)] {
        std::fs::create_dir_all(base.join(sub)).unwrap();
        let mut data = libc.clone();
        data[at] = byte;
        std::fs::write(base.join(sub).join("libc.so.6"), data).unwrap();
    }
    let dirs = "/tmp/dryad-libs-search/class:/tmp/dryad-libs-search/machine:/nonexistent-dryad";
    let search = |s: &str| {
        s.lines()
            .map(|l| l.split_once(':').map_or(l, |(pid, rest)| if pid.trim().parse::<u32>().is_ok() { rest } else { l }))
            .filter(|l| ["find library=", "search path=", "trying file=", "search cache=", "    ("].iter().any(|k| l.contains(k)))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    let llp = format!("LD_LIBRARY_PATH={dirs}");
    for option in [false, true] {
        let argv = |ldso: &'static str| {
            let mut v = vec!["/usr/bin/env", "LD_DEBUG=libs"];
            if option {
                v.extend([ldso, "--library-path", dirs]);
            } else {
                v.extend([llp.as_str(), ldso]);
            }
            v.push("/bin/true");
            v
        };
        let expected = in_chroot(&dir, &argv("/lib64/ld-linux-x86-64.so.2"));
        let got = in_chroot(&dir, &argv("/dryad.so.1"));
        assert_eq!(got.status, expected.status, "{}", got.stderr);
        let (e, g) = (search(&expected.stderr), search(&got.stderr));
        assert!(e.contains("trying file=/tmp/dryad-libs-search/machine/libc.so.6"), "{}", expected.stderr);
        let named = if option && r.glibc != "2.31" { "(--library-path)" } else { "(LD_LIBRARY_PATH)" };
        assert!(e.contains(named), "{e}");
        if r.glibc == "2.43" {
            assert!(e.contains("    (incompatible ELF class)") && e.contains("    (incompatible ELF machine)") && e.contains("    (no such file)"), "{e}");
        }
        assert_eq!(g, e, "LD_DEBUG=libs on glibc {} (--library-path: {option})", r.glibc);
    }
}

fn ld_debug_tls_and_help(r: &Release) {
    // 2.43 has the `tls` and `security` categories: the initial thread's
    // TCB (dryad's line) and libc's lines for thread stacks, which it
    // prints when GLRO(dl_debug_mask) says so. Earlier releases warn of
    // them as of any unknown category. The lines of a threaded program
    // come in an order its threads decide: compared as sorted lists, with
    // addresses and thread ids masked. LD_DEBUG=help lists the release's
    // categories.
    let dir = r.dir();
    let prog = format!("{}/threads_mix", programs(r));
    let mask = |s: &str| {
        let mut lines: Vec<String> = s
            .lines()
            .map(|l| l.split_once(':').map_or(l, |(pid, rest)| if pid.trim().parse::<u32>().is_ok() { rest } else { l }))
            .map(|l| {
                let mut out = String::new();
                let mut rest = l;
                while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
                    out.push_str(&rest[..i]);
                    rest = rest[i..].trim_start_matches(|c: char| c.is_ascii_hexdigit() || c == 'x');
                    out.push('#');
                }
                out + rest
            })
            .collect();
        lines.sort();
        lines
    };
    let run = |ldso: &str, what: &str| in_chroot(&dir, &["/usr/bin/env", &format!("LD_DEBUG={what}"), ldso, &prog]);
    let (expected, got) = (run("/lib64/ld-linux-x86-64.so.2", "tls,security,nosuch"), run("/dryad.so.1", "tls,security,nosuch"));
    assert_eq!((got.status, &got.stdout), (expected.status, &expected.stdout), "{}", got.stderr);
    if r.glibc == "2.43" {
        assert!(expected.stderr.contains("TCB allocated: 0x") && expected.stderr.contains("Thread starting: TID="), "{}", expected.stderr);
    } else {
        assert!(expected.stderr.contains("warning: debug option `tls' unknown"), "{}", expected.stderr);
    }
    assert_eq!(mask(&got.stderr), mask(&expected.stderr), "LD_DEBUG=tls on glibc {}", r.glibc);
    let (expected, got) = (run("/lib64/ld-linux-x86-64.so.2", "help"), run("/dryad.so.1", "help"));
    assert_same_output(&expected, &got, &format!("LD_DEBUG=help on glibc {}", r.glibc));
    assert!(expected.stdout.contains("  scopes      display scope information"), "{}", expected.stdout);
}

fn ld_debug_all_as_the_releases_ld_so(r: &Release) {
    // Every line of LD_DEBUG=all, in order, as the release's ld.so prints
    // it, both run directly (addresses masked): where the vDSO lookups
    // come, ld.so's second relocation before or after the allocator's
    // lookups, 2.41's `_r_debug` lookup, 2.31's init/fini lines only for
    // objects with constructors/destructors, 2.43's TCB line.
    let dir = r.dir();
    let mask = |s: &str| {
        s.lines()
            .map(|l| l.split_once(':').map_or(l, |(pid, rest)| if pid.trim().parse::<u32>().is_ok() { rest } else { l }))
            .map(|l| mask_hex(l).replace("/dryad.so.1", "/lib64/ld-linux-x86-64.so.2") + "\n")
            .collect::<String>()
    };
    for args in [&["/bin/true"][..], &["/usr/bin/python3", "-c", "pass"][..]] {
        let argv = |ldso: &'static str| [&["/usr/bin/env", "LD_DEBUG=all", ldso][..], args].concat();
        let expected = in_chroot(&dir, &argv("/lib64/ld-linux-x86-64.so.2"));
        let got = in_chroot(&dir, &argv("/dryad.so.1"));
        assert_same_output(&expected, &got, &format!("{args:?} with LD_DEBUG=all on glibc {}", r.glibc));
        assert!(expected.stderr.contains("relocation processing: "), "{}", expected.stderr);
        assert_eq!(mask(&got.stderr), mask(&expected.stderr), "{args:?} with LD_DEBUG=all on glibc {}", r.glibc);
    }
}

fn list_diagnostics(r: &Release) {
    // `ld.so --list-diagnostics` (2.33 on) in the release's chroot: the
    // keys and their order exactly the release's ld.so's, and every value
    // but those that legitimately differ between two linkers started one
    // after the other: in the auxiliary vector, the vDSO's address
    // (AT_SYSINFO_EHDR), the linker's program headers (AT_PHDR; AT_PHNUM:
    // dryad's file has one more), its entry (AT_ENTRY), the random bytes'
    // address (AT_RANDOM) and the file run (AT_EXECFN). Pinned to one CPU:
    // CPUID leaf 1 reports the APIC id of the CPU it ran on. 2.31's ld.so
    // has no such option and takes it for a program, and so must dryad.
    let dir = r.dir();
    let env = [
        "LANG=caf\u{e9}\u{1}\"\\",
        "HOME=/root",
        "LD_LIBRARY_PATH=/nonexistent",
        "GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,Avoid_STOSB",
        "LD_PROFILE_OUTPUT=/tmp/profile",
    ];
    let list = |cpus: &str, ldso: &str, env: &[&str]| {
        let mut argv = vec!["/usr/bin/taskset", "-c", cpus, "/usr/bin/env", "-i"];
        argv.extend(env);
        argv.extend([ldso, "--list-diagnostics"]);
        in_chroot(&dir, &argv)
    };
    if r.glibc == "2.31" {
        let (expected, got) = (list("0", "/lib64/ld-linux-x86-64.so.2", &env), list("0", "/dryad.so.1", &env));
        assert_eq!(expected.status, Some(127), "{expected:?}");
        assert!(expected.stderr.contains("--list-diagnostics: cannot open shared object file"), "{expected:?}");
        assert_eq!(
            (&got.stdout, got.status, got.signal, &got.stderr),
            (&expected.stdout, expected.status, expected.signal, &expected.stderr),
            "--list-diagnostics on glibc 2.31"
        );
        return;
    }
    const DIFFERENT: &[&str] = &["0x21", "0x3", "0x5", "0x9", "0x19", "0x1f"];
    // With the environment above and with none (2.43's dl_profile_output
    // has no default: 0x0).
    for env in [&env[..], &[]] {
        let run = |ldso| {
            let got = list("0", ldso, env);
            assert_eq!((got.status, got.stderr.as_str()), (Some(0), ""), "{ldso} --list-diagnostics on glibc {}", r.glibc);
            got.stdout
        };
        let (expected, got) = (run("/lib64/ld-linux-x86-64.so.2"), run("/dryad.so.1"));
        for line in [&format!("version.version=\"{}\"", r.glibc)[..], "dl_hwcap3=", "x86.cpu_features.cachesize_non_temporal_divisor=", "x86.processor[0x0].cpuid_leaves="] {
            assert!(expected.contains(line), "{line} in {expected}");
        }
        let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
        let keys = |v: &[&str]| v.iter().map(|l| l.split_once('=').map_or(*l, |(k, _)| k).to_string()).collect::<Vec<_>>();
        assert_eq!(keys(&g), keys(&e), "--list-diagnostics keys on glibc {} with {env:?}", r.glibc);
        let mut a_type = "";
        for (le, lg) in e.iter().zip(&g) {
            let (key, value) = le.split_once('=').unwrap();
            if key.ends_with(".a_type") {
                a_type = value;
            }
            if (key.ends_with(".a_val") || key.ends_with(".a_val_string")) && DIFFERENT.contains(&a_type) {
                continue;
            }
            assert_eq!(lg, le, "--list-diagnostics on glibc {} with {env:?}", r.glibc);
        }
    }
    // On two CPUs, each probed in turn and reported as the difference
    // from the one before: those lines exactly (the rest was read on
    // whichever CPU the linker started on).
    if std::thread::available_parallelism().map_or(1, |n| n.get()) >= 2 {
        let processors = |ldso| {
            let got = list("0,1", ldso, &[]);
            assert_eq!(got.status, Some(0), "{got:?}");
            got.stdout.lines().filter(|l| l.starts_with("x86.processor[")).map(String::from).collect::<Vec<_>>()
        };
        let expected = processors("/lib64/ld-linux-x86-64.so.2");
        assert!(expected.iter().any(|l| l == "x86.processor[0x1].requested=0x1"), "{expected:?}");
        assert_eq!(processors("/dryad.so.1"), expected, "--list-diagnostics on two CPUs on glibc {}", r.glibc);
    }
}

fn dlclose_unloads(r: &Release) {
    // Issue 12's dlclose programs (tests/dlclose.rs) on the release: the
    // live reload, relocation dependencies and NODELETE, 3,000 TLS plugin
    // cycles with a flat resident set, a pending thread_local destructor;
    // and RTLD_DEEPBIND, a dlopen racing another's constructor, dlinfo,
    // dladdr1 and RTLD_NEXT, filters, dlmopen, update_scopes (tests/dlopen.rs);
    // the chroot's ld.so, then dryad run directly and as the system ld.so.
    let dir = r.dir();
    let bin = programs(r);
    // glibc 2.31 fails an assertion when a filter is dlopen'ed
    // (`_dl_map_object_deps`: `map->l_searchlist.r_list[0] == map`): the
    // startup filters only there.
    let noload = if r.glibc >= "2.34" { "noload" } else { "" };
    // glibc 2.31 exits (status 127) when a dlopen from inside a dlmopen
    // namespace fails: compared too, then the rest of the program.
    let script = |ldso: &str| {
        let inner = if r.glibc >= "2.34" { String::new() } else { format!("DLMOPEN_TEST=here {ldso} {bin}/dlmopen no-inner-error; echo \"status $?\";") };
        format!(
            "d=$(mktemp -d); cp {bin}/libreload1.so $d/plugin.so; cp {bin}/libreload2.so $d/next.so; \
             {ldso} {bin}/dlreload $d/plugin.so $d/next.so; echo \"status $?\"; rm -r $d; \
             {ldso} {bin}/dlreldeps; {ldso} {bin}/dlcycle 3000; {ldso} {bin}/dltlsdtor; {ldso} {bin}/dltlsdtor libtlsdtor_rs.so; \
             {ldso} {bin}/dldeep; {ldso} {bin}/dlconcurrent; {ldso} {bin}/dlinfo {bin}/dlinfo; {ldso} {bin}/filters {noload}; \
             DLMOPEN_TEST=here {ldso} {bin}/dlmopen; echo \"status $?\"; {inner} {ldso} {bin}/dlscope; LD_BIND_NOT=1 timeout 60 {ldso} {bin}/dlphdr; echo \"status $?\"; {ldso} {bin}/dlmcxx"
        )
    };
    let expected = in_chroot(&dir, &["/bin/sh", "-c", &script("")]);
    for line in ["libdeep2.so (lazy, deepbind): shared_fn: the plugin's dependency", "second: initialised", "nobody after libnext.so", "aux_fn: libauxee", "round 1: v2, count 1 then 2", "status 0", "fini b\nfini a\nb closed: gone", "3000 cycles, 0 wrong, resident set flat", "after one more dlclose: unloaded", "hello from a namespace after a close (constructed 1, counter 1)", "B's lazy call: libscopec.so's only_in_c", "2000 dlopen/dlclose cycles beside dl_iterate_phdr: done (it ran)\nstatus 0", "plugin: caught 5, last 'odd 9', thread sums 1 2 3 4\nround 1 in namespace "] {
        assert!(expected.stdout.contains(line), "glibc {}: {line:?} missing:\n{}\n{}", r.glibc, expected.stdout, expected.stderr);
    }
    let direct = in_chroot(&dir, &["/bin/sh", "-c", &script("/dryad.so.1")]);
    assert_same_output(&expected, &direct, &format!("dlclose programs on glibc {} (direct)", r.glibc));
    let system = in_chroot_as_system_ldso(&dir, &["/bin/sh", "-c", &script("")]);
    assert_same_output(&expected, &system, &format!("dlclose programs on glibc {} (system ld.so)", r.glibc));
}

fn audit_modules_as_the_release_runs_them(r: &Release) {
    // LD_AUDIT (tests/audit.rs) on the release: every call the test
    // module hears while auditprog runs (its lines and the program's on
    // one stream, in order); glibc's own sotruss-lib.so tracing /bin/echo
    // (addresses masked); python3 and a module that asks for a version
    // the release does not have. The chroot's ld.so, then dryad run
    // directly and as the system ld.so.
    let dir = r.dir();
    let bin = programs(r);
    // (sotruss-lib.so comes with libc6-dev.)
    let sotruss = "SOTRUSS_EXIT=1 LD_AUDIT=/usr/lib/x86_64-linux-gnu/audit/sotruss-lib.so";
    // glibc 2.31's profiling trampoline crashes (SIGSEGV) in auditprog's
    // call with a double argument: that call is left out there.
    let noscale = if r.glibc < "2.34" { "noscale" } else { "" };
    // glibc 2.31 cannot print its own message for a module that asks for a
    // newer version (its _dl_debug_printf knows no %d: an assertion fails);
    // that case is compared from 2.34 on.
    let version = if r.glibc < "2.34" { "unaudited" } else { "AUDIT_VERSION=9" };
    let script = |ldso: &str| {
        format!(
            "LD_AUDIT={bin}/libauditmod.so {ldso} {bin}/auditprog {noscale} 2>&1; echo \"status $?\"; \
             {sotruss} {ldso} /bin/echo hi 2>&1 | sed 's/0x[0-9a-f]*/0x/g; s/^ *[0-9]*://'; \
             LD_AUDIT={bin}/libauditmod.so {ldso} /usr/bin/python3 -c 'import json; print(json.dumps([1]))' 2>&1; \
             {version} LD_AUDIT={bin}/libauditmod.so {ldso} /bin/echo unaudited 2>&1 | sed 's/^ *[0-9]*://'"
        )
    };
    let expected = in_chroot(&dir, &["/bin/sh", "-c", &script("")]);
    let newer = if r.glibc < "2.34" { "unaudited" } else { "(maximum supported version" };
    for line in ["la_pltexit plug_add <program> -> libaudplug.so = 42\n", "libaudext: fini\n", "la_objclose libaudext.so\n", "status 7", "echo -> libc.so.6      : fclose - 0x\n", newer, "unaudited"] {
        assert!(expected.stdout.contains(line), "glibc {}: {line:?} missing:\n{}\n{}", r.glibc, expected.stdout, expected.stderr);
    }
    let direct = in_chroot(&dir, &["/bin/sh", "-c", &script("/dryad.so.1")]);
    assert_same_output(&expected, &direct, &format!("audit modules on glibc {} (direct)", r.glibc));
    let system = in_chroot_as_system_ldso(&dir, &["/bin/sh", "-c", &script("")]);
    assert_same_output(&expected, &system, &format!("audit modules on glibc {} (system ld.so)", r.glibc));
}

fn static_tls_for_dlopen(r: &Release) {
    // tests/static_tls.rs on the release: initial-exec plugins opened
    // while eight threads run (2.31: through libpthread's
    // GL(dl_init_static_tls); later: the stack lists in _rtld_global),
    // refusals, 1,000 close/open cycles; then the surplus swept through
    // glibc.rtld.optional_static_tls, so that every boundary where a
    // plugin stops fitting is the release's own.
    let dir = r.dir();
    let bin = programs(r);
    // TLS descriptors too (tlsdesc.c); the vector registers are compared
    // where the release's own slow path preserves them (2.40 on).
    let vectors = if r.glibc >= "2.40" { "vectors" } else { "" };
    let script = |ldso: &str| {
        format!(
            "{ldso} {bin}/dlietls 1000; echo \"status $?\"; {ldso} {bin}/tlsdesc 100 {vectors}; \
             GLIBC_TUNABLES=glibc.rtld.optional_static_tls=0 {ldso} {bin}/tlsdesc 10 {vectors}; echo \"status $?\"; \
             for o in $(seq 0 8 720) 2000000; do echo \"optional $o\"; \
               GLIBC_TUNABLES=glibc.rtld.optional_static_tls=$o:glibc.rtld.nns=1 {ldso} {bin}/dlietls 3; echo \"status $?\"; done"
        )
    };
    let expected = in_chroot(&dir, &["/bin/sh", "-c", &script("")]);
    for line in ["weak undefined: null", "thread 3 (running): lib 6 lib, small 12 13 descriptor", "100 close/open cycles of the big plugin, 0 wrong", "thread 7 (running at dlopen): initialised, own copy, ieref right", "libtlsgd2.so: cannot allocate memory in static TLS block", "1000 close/open cycles, 0 wrong", "libietls.so: cannot allocate memory in static TLS block", "dlopen libiebig.so: loaded, big_get 1"] {
        assert!(expected.stdout.contains(line), "glibc {}: {line:?} missing:\n{}\n{}", r.glibc, expected.stdout, expected.stderr);
    }
    let direct = in_chroot(&dir, &["/bin/sh", "-c", &script("/dryad.so.1")]);
    assert_same_output(&expected, &direct, &format!("static TLS programs on glibc {} (direct)", r.glibc));
    let system = in_chroot_as_system_ldso(&dir, &["/bin/sh", "-c", &script("")]);
    assert_same_output(&expected, &system, &format!("static TLS programs on glibc {} (system ld.so)", r.glibc));
}

#[test]
fn a_libc_of_an_unsupported_release_is_refused() {
    // 2.41's libc with its version string changed to 2.42: a release
    // dryad does not know (only the string tells it from 2.41, whose
    // newest version node it keeps), refused in one line, exit 127.
    let dir = TRIXIE.dir();
    let lib = dir.join("opt/libc242");
    std::fs::create_dir_all(&lib).unwrap();
    let mut data = std::fs::read(dir.join("usr/lib/x86_64-linux-gnu/libc.so.6")).unwrap();
    let at = data.windows(10).position(|w| w == b"NPTL 2.41\0").expect("version string") + 5;
    data[at..at + 4].copy_from_slice(b"2.42");
    std::fs::write(lib.join("libc.so.6"), data).unwrap();
    let r = in_chroot(&dir, &["/usr/bin/env", "LD_LIBRARY_PATH=/opt/libc242", "/dryad.so.1", "/bin/echo", "hi"]);
    assert_eq!(r.status, Some(127), "{r:?}");
    assert_eq!(r.stderr, format!("/bin/echo: error while loading shared libraries: /opt/libc242/libc.so.6: glibc 2.42 is not supported by dryad, which supports {SUPPORTED_RELEASES}\n"));
}

#[test]
fn a_libc_of_another_release_is_refused_by_dlmopen() {
    // tests/programs/dlmopenlibc.c, on this machine (glibc 2.36), asks
    // for a new namespace with Debian 13's libc.so.6 (2.41) by path.
    // glibc's ld.so refuses it at relocation (a GLIBC_PRIVATE symbol it
    // does not have); dryad refuses it before, naming both releases. It
    // used to run it with 2.36's private structures and crash (stack
    // smashing, status 134).
    let other = TRIXIE.dir().join("usr/lib/x86_64-linux-gnu/libc.so.6");
    let other = other.to_str().unwrap();
    let glibc = run_ldso(std::path::Path::new(SYSTEM_LDSO), &fixtures(), &["programs/dlmopenlibc", other], &[]);
    assert_eq!(glibc.status, Some(0), "{glibc:?}");
    assert!(glibc.stdout.starts_with(&format!("dlmopen: {other}: undefined symbol: ")), "{glibc:?}");
    for how in ["direct", "interp"] {
        let r = run_as(how, "dlmopenlibc", &[other], &[]);
        assert_eq!(r.status, Some(0), "{how}: {r:?}");
        assert_eq!(r.stdout, format!("dlmopen: {other}: glibc 2.41 cannot run beside glibc 2.36, the release this process started with\n"), "{how}: {r:?}");
    }
    // The same libc as the program's is another copy, in its namespace.
    let same = run_as("direct", "dlmopenlibc", &["/lib/x86_64-linux-gnu/libc.so.6"], &[]);
    assert_eq!(same.stdout, "dlmopen: opened\n", "{same:?}");
}

fn cpu_features_are_those_of_the_releases_own_ld_so(r: &Release) {
    // The bytes of GLRO(dl_x86_cpu_features) (528 at offset 112 of
    // _rtld_global_ro in 2.41 and 2.43, 168 at 104 in 2.31),
    // GLRO(dl_hwcap), the minimum signal stack size,
    // the platform and the cache tunables libc's memcpy/memset read, as
    // computed by the release's ld.so and by dryad, on this CPU (pinned to one
    // CPU: leaf 1 carries the APIC id), with and without tunables that
    // change the IFUNC choices.
    let dir = r.dir();
    let dump = format!("{}/cpu_features_dump", programs(r));
    let (offset, size) = (r.cpu_features.0.to_string(), r.cpu_features.1.to_string());
    // The tunables the ld.so writes back (by the release's ids), and
    // tunable sets that change the IFUNC choices (2.31 names its usable
    // bits `*_Usable`); 2.31 also reads LD_PREFER_MAP_32BIT_EXEC.
    let (items, sets): (&[&str], &[Option<&str>]) = if r.glibc == "2.31" {
        (
            &["t:x86_shared_cache_size:4", "t:x86_non_temporal_threshold:10", "t:x86_data_cache_size:21"],
            &[
                None,
                Some("GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2_Usable,-ERMS"),
                Some("GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX512F_Usable,-XSAVEC_Usable,Prefer_No_VZEROUPPER"),
                Some("GLIBC_TUNABLES=glibc.cpu.x86_non_temporal_threshold=0x100000:glibc.cpu.x86_data_cache_size=0x8000:glibc.cpu.x86_shared_cache_size=0x100000"),
                Some("LD_PREFER_MAP_32BIT_EXEC="),
            ],
        )
    } else {
        (
            &[
                "t:plt_rewrite_tunable:1", "t:prefer_map_32bit_exec:2", "t:x86_data_cache_size:3",
                "t:x86_memset_non_temporal_threshold:5", "t:x86_non_temporal_threshold:6",
                "t:x86_rep_movsb_threshold:7", "t:x86_rep_stosb_threshold:8", "t:x86_shared_cache_size:9",
            ],
            &[
                None,
                Some("GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-ERMS"),
                Some("GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX512F,-XSAVEC,Prefer_No_VZEROUPPER,Avoid_STOSB"),
                Some("GLIBC_TUNABLES=glibc.cpu.x86_non_temporal_threshold=0x100000:glibc.cpu.x86_memset_non_temporal_threshold=0x80000:glibc.cpu.x86_rep_movsb_threshold=4096"),
            ],
        )
    };
    for &tunables in sets {
        let mut reference = vec!["/usr/bin/taskset", "-c", "0", "/usr/bin/env"];
        reference.extend(tunables);
        let mut ours = reference.clone();
        ours.push("/dryad.so.1");
        for argv in [&mut reference, &mut ours] {
            argv.extend([dump.as_str(), &offset, &size]);
            argv.extend(items);
        }
        let expected = in_chroot(&dir, &reference);
        assert_eq!(expected.status, Some(0), "{expected:?}");
        assert!(expected.stdout.contains("features "), "{}", expected.stdout);
        let got = in_chroot(&dir, &ours);
        assert_same_output(&expected, &got, &format!("cpu_features on glibc {} with {tunables:?}", r.glibc));
    }
}


/// The suite, once per release: `release_suite!(module, RELEASE)`.
macro_rules! release_suite {
    ($m:ident, $r:expr) => {
        mod $m {
            use super::*;
            #[test]
            fn coreutils_and_shell_pipelines() {
                super::coreutils_and_shell_pipelines(&$r)
            }
            #[test]
            fn text_tools() {
                super::text_tools(&$r)
            }
            #[test]
            fn compressors_with_threads() {
                super::compressors_with_threads(&$r)
            }
            #[test]
            fn python3_extension_modules_threads_and_processes() {
                super::python3_extension_modules_threads_and_processes(&$r)
            }
            #[test]
            fn perl_with_xs_modules() {
                super::perl_with_xs_modules(&$r)
            }
            #[test]
            fn nss_iconv_file_sqlite_openssl() {
                super::nss_iconv_file_sqlite_openssl(&$r)
            }
            #[test]
            fn cxx_rust_and_threaded_test_programs() {
                super::cxx_rust_and_threaded_test_programs(&$r)
            }
            #[test]
            fn threaded_programs_run_repeatedly() {
                super::threaded_programs_run_repeatedly(&$r)
            }
            #[test]
            fn what_libc_learns_from_its_ld_so() {
                super::what_libc_learns_from_its_ld_so(&$r)
            }
            #[test]
            fn list_tunables() {
                super::list_tunables(&$r)
            }
            #[test]
            fn ldd_lists_dependencies() {
                super::ldd_lists_dependencies(&$r)
            }
            #[test]
            fn ld_debug_libs_search() {
                super::ld_debug_libs_search(&$r)
            }
            #[test]
            fn ld_debug_tls_and_help() {
                super::ld_debug_tls_and_help(&$r)
            }
            #[test]
            fn ld_debug_all_as_the_releases_ld_so() {
                super::ld_debug_all_as_the_releases_ld_so(&$r)
            }
            #[test]
            fn list_diagnostics() {
                super::list_diagnostics(&$r)
            }
            #[test]
            fn dlclose_unloads() {
                super::dlclose_unloads(&$r)
            }
            #[test]
            fn audit_modules_as_the_release_runs_them() {
                super::audit_modules_as_the_release_runs_them(&$r)
            }
            #[test]
            fn static_tls_for_dlopen() {
                super::static_tls_for_dlopen(&$r)
            }
            #[test]
            fn cpu_features_are_those_of_the_releases_own_ld_so() {
                super::cpu_features_are_those_of_the_releases_own_ld_so(&$r)
            }
        }
    };
}

release_suite!(bullseye, BULLSEYE);
release_suite!(trixie, TRIXIE);
release_suite!(sid, SID);
