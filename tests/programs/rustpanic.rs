// Rust std: a caught panic (unwinding), threads, and the main thread's
// stack guard detection (which reads the stack bounds glibc reports).
use std::panic;

fn main() {
    panic::set_hook(Box::new(|_| {}));
    let r = panic::catch_unwind(|| {
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    match r {
        Err(e) => {
            let msg = e.downcast_ref::<String>().cloned().unwrap_or_default();
            println!("caught panic: {}", msg.split(" but").next().unwrap_or(""));
        }
        Ok(_) => println!("no panic?"),
    }
    let h = std::thread::spawn(|| (1..=10u64).product::<u64>());
    println!("thread result: {}", h.join().unwrap());
    std::process::exit(9);
}
