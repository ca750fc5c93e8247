// Issue 12: libtlsdtor.cpp's plugin as a Rust cdylib: a `thread_local!`
// whose value has a destructor (Rust's std registers it through
// __cxa_thread_atexit_impl, which counts it in the plugin's link map).
// glibc keeps the plugin loaded while such a destructor is pending.
use std::cell::Cell;
use std::io::Write;

struct Tracker {
    n: Cell<i32>,
}

impl Drop for Tracker {
    fn drop(&mut self) {
        let mut out = std::io::stdout();
        let _ = writeln!(out, "thread_local destructor ran (n={}, Rust)", self.n.get());
        let _ = out.flush();
    }
}

thread_local! {
    static TRACKER: Tracker = Tracker { n: Cell::new(0) };
}

#[no_mangle]
pub extern "C" fn tracker_touch() -> i32 {
    TRACKER.with(|t| {
        t.n.set(t.n.get() + 1);
        t.n.get()
    })
}
