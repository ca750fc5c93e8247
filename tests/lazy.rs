//! Issue 4: lazy binding. Same results as the system ld.so for first
//! calls carrying vector, long double and variadic arguments, a first
//! call from a signal handler and 32 threads racing through 200 unbound
//! PLT slots; proof (LD_DEBUG=bindings) that binding happens at the first
//! call, not at startup; LD_BIND_NOW, LD_BIND_NOT; an undefined function
//! that is never called does not stop the program.

mod common;
use common::*;

fn both(prog: &str, args: &[&str], env: &[(&str, &str)]) -> (Run, Run, Run) {
    let path = format!("./programs/{prog}");
    let expected = run(&mut cmd(&path, args, env));
    let mut dargs = vec![path.as_str()];
    dargs.extend_from_slice(args);
    let direct = run(&mut cmd(dryad(), &dargs, env));
    let patched = patched(&format!("programs/{prog}"));
    let interp = run(&mut cmd(format!("./{patched}"), args, env));
    (expected, direct, interp)
}

#[test]
fn first_calls_through_the_trampoline() {
    // Several runs: the threads race differently each time.
    for _ in 0..5 {
        let (expected, direct, interp) = both("lazy", &[], &[]);
        assert_same_output(&expected, &direct, "lazy (direct)");
        assert_same_output(&expected, &interp, "lazy (PT_INTERP)");
    }
    let (expected, ..) = both("lazy", &[], &[]);
    for line in ["vadd: 108.5", "ldmul: 1.250000", "fsum: 10.75", "handler: 100", "racers: 934400", "late: 1001 1002"] {
        assert!(expected.stdout.contains(line), "{line} missing:\n{}", expected.stdout);
    }
}

/// Where in stderr the binding of `lazy_late` is logged, relative to the
/// marker the program prints just before calling it.
fn late_binding_positions(env: &[(&str, &str)]) -> (usize, Vec<usize>) {
    let mut env = env.to_vec();
    env.push(("LD_DEBUG", "bindings"));
    let r = run(&mut cmd(dryad(), &["./programs/lazy"], &env));
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    let marker = lines.iter().position(|l| l.contains("MARKER")).expect("marker");
    let bindings = lines.iter().enumerate().filter(|(_, l)| l.contains("`lazy_late'")).map(|(i, _)| i).collect();
    (marker, bindings)
}

#[test]
fn binding_happens_at_the_first_call() {
    let (marker, bindings) = late_binding_positions(&[]);
    assert_eq!(bindings.len(), 1, "bound once");
    assert!(bindings[0] > marker, "lazy_late was bound before it was called");
    // With LD_BIND_NOW everything is bound at startup.
    let (marker, bindings) = late_binding_positions(&[("LD_BIND_NOW", "1")]);
    assert_eq!(bindings.len(), 1);
    assert!(bindings[0] < marker, "LD_BIND_NOW must bind before main");
    // With LD_BIND_NOT the slot is never written: each call resolves.
    let (marker, bindings) = late_binding_positions(&[("LD_BIND_NOT", "1")]);
    assert_eq!(bindings.len(), 2, "two calls, two resolutions");
    assert!(bindings.iter().all(|&b| b > marker));
}

#[test]
fn undefined_function_fails_only_when_called() {
    let (expected, direct, interp) = both("undefcall", &[], &[]);
    assert_eq!(expected.status, Some(0));
    assert_same_output(&expected, &direct, "undefcall (direct)");
    assert_same_output(&expected, &interp, "undefcall (PT_INTERP)");
    let (expected, direct, _) = both("undefcall", &["call"], &[]);
    assert_eq!(expected.status, Some(127));
    assert_same_output(&expected, &direct, "undefcall call");
    assert_eq!(direct.stderr, expected.stderr);
    assert_eq!(direct.stderr, "./programs/undefcall: symbol lookup error: ./programs/undefcall: undefined symbol: vanished_fn\n");
    // Bound at startup, the same program cannot start.
    let (expected, direct, _) = both("undefcall", &[], &[("LD_BIND_NOW", "1")]);
    assert_eq!(expected.status, Some(127));
    assert_same_output(&expected, &direct, "undefcall with LD_BIND_NOW");
    assert!(direct.stdout.is_empty());
}

#[test]
fn ifunc_resolver_calling_through_the_plt_during_startup() {
    let (expected, direct, interp) = both("ifuncplt", &[], &[]);
    assert_eq!(expected.stdout, "ifn=7\n");
    assert_same_output(&expected, &direct, "ifuncplt (direct)");
    assert_same_output(&expected, &interp, "ifuncplt (PT_INTERP)");
}
