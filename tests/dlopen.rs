//! dlopen through libc (dlopen/dlsym/dlerror/dlclose): dependencies and
//! constructors, RTLD_LAZY vs RTLD_NOW (issue 4: an object with an
//! undefined function opens lazily but not with RTLD_NOW), RTLD_GLOBAL,
//! RTLD_NOLOAD, dlopen(NULL), and glibc's dlerror texts.

mod common;
use common::*;

#[test]
fn dlopen_like_glibc() {
    // Both run directly so both compute $ORIGIN the same way.
    let expected = run(&mut cmd(SYSTEM_LDSO, &["./programs/dlo"], &[]));
    let got = run(&mut cmd(dryad(), &["./programs/dlo"], &[]));
    assert_same_output(&expected, &got, "dlo (direct)");
    let kernel = run(&mut cmd("./programs/dlo", &[], &[]));
    let patched = patched("programs/dlo");
    let mut interp = run(&mut cmd(format!("./{patched}"), &[], &[]));
    // dlerror names the program by argv[0], which is the patched copy's.
    interp.stdout = interp.stdout.replace("./programs/dlo.patched:", "./programs/dlo:");
    assert_same_output(&kernel, &interp, "dlo (PT_INTERP)");
    for line in [
        "dloa_value() = 42",
        "dlopen(libdlundef.so, 0x2) -> ",
        "undefined symbol: missing_fn",
        "dlopen(libdlundef.so, 0x1) -> ok",
        "user_fn() = 100",
        "libnothere.so: cannot open shared object file: No such file or directory",
        "fini dloa",
    ] {
        assert!(got.stdout.contains(line), "{line:?} missing:\n{}", got.stdout);
    }
}

#[test]
fn python_imports_extension_modules() {
    // ctypes, ssl and json's accelerator are shared objects python dlopens
    // (with libffi, libssl and libcrypto behind them).
    let script = "import json, ctypes, ssl, hashlib\nprint(json.dumps({'k': [1, 2]}), ctypes.sizeof(ctypes.c_long), hashlib.sha256(b'x').hexdigest()[:12], ssl.OPENSSL_VERSION.split()[0])";
    let expected = run(&mut cmd("/usr/bin/python3", &["-c", script], &[]));
    assert_eq!(expected.status, Some(0), "{}", expected.stderr);
    let got = run(&mut cmd(dryad(), &["/usr/bin/python3", "-c", script], &[]));
    assert_same_output(&expected, &got, "python3 with extension modules");
}

#[test]
fn dlopen_objects_with_thread_local_storage() {
    // Dynamic TLS: a module id after dlopen, blocks allocated per thread on
    // first use (also in a thread created before the dlopen), alignment
    // and .tbss honoured, and libstdc++ loaded into a C program.
    let expected = run(&mut cmd(SYSTEM_LDSO, &["./programs/tlsdl"], &[]));
    let got = run(&mut cmd(dryad(), &["./programs/tlsdl"], &[]));
    assert_same_output(&expected, &got, "tlsdl");
    for line in ["early thread: 6 7 zero=1 align=1", "late thread: 6 7 zero=1 align=1", "main again: 8 9", "dl_iterate_phdr: libtlsdyn tls=not yet", "__cxa_get_globals: thread-local block"] {
        assert!(got.stdout.contains(line), "{line:?} missing:\n{}", got.stdout);
    }
}

#[test]
fn dlopen_handles_modes_and_late_global_scope() {
    let expected = run(&mut cmd(SYSTEM_LDSO, &["./programs/dlhandle"], &[]));
    let got = run(&mut cmd(dryad(), &["./programs/dlhandle"], &[]));
    assert_same_output(&expected, &got, "dlhandle");
    for line in ["libc handle getpid works", "invalid mode for dlopen(): Invalid argument", "user_fn() = 100"] {
        assert!(got.stdout.contains(line), "{line:?} missing:\n{}", got.stdout);
    }
}
