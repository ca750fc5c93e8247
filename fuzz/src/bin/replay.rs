//! Runs inputs through a fuzz target's code without libFuzzer: for the
//! regression files (fuzz/regressions*) and for reproducing a crash.
//!
//!     cargo run --release --bin replay -- [--target NAME] FILE|DIR...
//!
//! NAME is `load_object` (the default), `ld_cache` or `search_config`.
fn main() {
    let mut n = 0;
    let mut args = std::env::args_os().skip(1).peekable();
    let mut target = "load_object".to_string();
    if args.peek().is_some_and(|a| a == "--target") {
        args.next();
        target = args.next().expect("--target NAME").into_string().expect("a target name");
    }
    let Some(&(_, exercise)) = dryad_fuzz::TARGETS.iter().find(|(name, _)| *name == target) else {
        let names: Vec<_> = dryad_fuzz::TARGETS.iter().map(|(n, _)| *n).collect();
        panic!("no fuzz target {target:?} (targets: {})", names.join(", "));
    };
    for arg in args {
        let path = std::path::PathBuf::from(arg);
        let files: Vec<_> = if path.is_dir() {
            let mut v: Vec<_> = std::fs::read_dir(&path).expect("read dir").map(|e| e.expect("entry").path()).collect();
            v.sort();
            v
        } else {
            vec![path]
        };
        for f in files {
            let data = std::fs::read(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            exercise(&data);
            n += 1;
        }
    }
    println!("{target}: replayed {n} inputs: no crash");
}
