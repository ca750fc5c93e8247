//! Worker threads for startup relocation: raw `clone` threads sharing
//! dryad's address space, on stacks dryad maps itself.
//!
//! There is no thread library yet (libc is not initialised, and dryad has
//! none of its own), so a worker is the least a thread can be: a stack, a
//! `clone(CLONE_VM | CLONE_THREAD | ...)` that starts it on a function, and
//! `CLONE_CHILD_CLEARTID`, through which the kernel clears a word and wakes
//! its futex when the worker has exited, which is how the starting thread
//! waits for it before unmapping the stack.
//!
//! A worker shares the starting thread's thread pointer (`%fs` is not set
//! with CLONE_SETTLS): it must not touch thread-local state, and the code
//! it runs does not: it reads the namespace, writes relocated words into
//! objects it was given alone, and allocates from dryad's heap (a spin
//! lock). It runs no code of the program's (no IFUNC resolver: those
//! relocations are set aside, see [`crate::reloc::relocate_object_with`])
//! and it blocks every signal, so no handler of the program can run on it.

use core::sync::atomic::{AtomicI32, Ordering};
use syscalls::{syscall, Sysno};

/// A worker's stack. Relocation runs shallow (no resolvers, no recursion):
/// a few KiB are used; the rest is never touched, so costs nothing.
const STACK_SIZE: usize = 256 * 1024;

/// How many CPUs this process may run on (sched_getaffinity), at least 1.
pub fn cpus() -> usize {
    let mut mask = [0u64; 16];
    // SAFETY: the kernel writes at most `size_of_val(&mask)` bytes into it.
    match unsafe { syscall!(Sysno::sched_getaffinity, 0, core::mem::size_of_val(&mask), mask.as_mut_ptr()) } {
        Ok(n) => mask[..(n / 8).min(mask.len())].iter().map(|w| w.count_ones() as usize).sum::<usize>().max(1),
        Err(_) => 1,
    }
}

/// A running worker; [`Worker::join`] waits for it.
pub struct Worker {
    stack: usize,
    /// The worker's thread id until it exits (the kernel then zeroes it:
    /// CLONE_CHILD_CLEARTID), on the heap so that its address is stable.
    tid: alloc::boxed::Box<AtomicI32>,
}

/// What a worker runs: `run(arg)`, then it exits.
pub type Entry = unsafe extern "C" fn(arg: usize);

/// Starts a worker running `entry(arg)`. None if the system would not
/// give a stack or a thread (the caller then does the work itself).
///
/// # Safety
/// `entry` must be safe to run on another thread with `arg`, touching no
/// thread-local state, and everything `arg` points to must outlive the
/// worker, i.e. until [`Worker::join`] returns.
pub unsafe fn spawn(entry: Entry, arg: usize) -> Option<Worker> {
    // SAFETY: a fresh anonymous mapping, owned by the worker until joined.
    let stack = unsafe {
        crate::sys::mmap(0, STACK_SIZE, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_STACK | libc::MAP_NORESERVE, -1, 0)
    }
    .ok()?;
    let tid = alloc::boxed::Box::new(AtomicI32::new(0));
    let flags = libc::CLONE_VM
        | libc::CLONE_FS
        | libc::CLONE_FILES
        | libc::CLONE_SIGHAND
        | libc::CLONE_THREAD
        | libc::CLONE_SYSVSEM
        | libc::CLONE_PARENT_SETTID
        | libc::CLONE_CHILD_CLEARTID;
    // The new thread starts with this stack pointer (16-byte aligned; the
    // `call` below pushes the return address, as the ABI expects).
    let top = stack + STACK_SIZE;
    let tid_ptr = tid.as_ptr();
    let ret: isize;
    // SAFETY: clone(2) with the flags above. In the new thread, which has
    // only its fresh stack and the registers the kernel copied, the code
    // calls `thread_main(entry, arg)` (callee-saved r12 and r13 hold them,
    // and survive the system call in both threads), which never returns.
    // The starting thread continues after label 2 with the new thread's id.
    unsafe {
        core::arch::asm!(
            "syscall",
            "test rax, rax",
            "jnz 2f",
            "xor ebp, ebp",
            "mov rdi, r12",
            "mov rsi, r13",
            "call {main}",
            "ud2",
            "2:",
            main = sym thread_main,
            inlateout("rax") Sysno::clone as usize as isize => ret,
            in("rdi") flags as usize,
            in("rsi") top,
            in("rdx") tid_ptr,
            in("r10") tid_ptr,
            in("r8") 0usize,
            in("r12") entry as usize,
            in("r13") arg,
            lateout("rcx") _,
            lateout("r11") _,
        );
    }
    if ret < 0 {
        // SAFETY: no thread was started on the stack.
        let _ = unsafe { crate::sys::munmap(stack, STACK_SIZE) };
        return None;
    }
    Some(Worker { stack, tid })
}

/// The first Rust frame of a worker: blocks every signal, runs the entry,
/// and ends the thread (only the thread: `exit`, not `exit_group`).
extern "C" fn thread_main(entry: usize, arg: usize) -> ! {
    let all: u64 = !0;
    // SAFETY: sets this thread's signal mask from a live word.
    let _ = unsafe { syscall!(Sysno::rt_sigprocmask, libc::SIG_SETMASK, &all as *const u64, 0usize, 8usize) };
    // SAFETY: `spawn`'s caller vouched for `entry` and `arg`.
    unsafe {
        let f: Entry = core::mem::transmute(entry);
        f(arg);
    }
    loop {
        // SAFETY: exit ends this thread only; its stack is not used again
        // (the kernel clears the tid word after the thread has left it).
        let _ = unsafe { syscall!(Sysno::exit, 0) };
    }
}

impl Worker {
    /// Waits until the worker has exited, then frees its stack.
    pub fn join(self) {
        loop {
            let t = self.tid.load(Ordering::Acquire);
            if t == 0 {
                break;
            }
            // SAFETY: waits on a live word while it still holds `t`.
            let _ = unsafe { syscall!(Sysno::futex, self.tid.as_ptr(), libc::FUTEX_WAIT, t, 0usize) };
        }
        // SAFETY: the worker has exited: nothing runs on its stack.
        let _ = unsafe { crate::sys::munmap(self.stack, STACK_SIZE) };
    }
}
