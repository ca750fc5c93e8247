//! Runs inputs through the fuzz target's code without libFuzzer: for the
//! regression files (fuzz/regressions) and for reproducing a crash.
//!
//!     cargo run --release --bin replay -- FILE|DIR...
fn main() {
    let mut n = 0;
    for arg in std::env::args_os().skip(1) {
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
            dryad_fuzz::exercise(&data);
            n += 1;
        }
    }
    println!("replayed {n} inputs: no crash");
}
