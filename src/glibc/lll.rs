//! glibc's low-level lock (`lll_lock`/`lll_unlock` on an `int`, private
//! futex): 0 free, 1 taken, 2 taken with waiters. dryad takes the locks
//! libc shares with its ld.so this way (`GL(dl_stack_cache_lock)`), so
//! that libc's own `lll_lock` calls and dryad's exclude each other.

use core::sync::atomic::{AtomicI32, Ordering};
use syscalls::{syscall, Sysno};

const FUTEX_WAIT_PRIVATE: usize = 128;
const FUTEX_WAKE_PRIVATE: usize = 129;

/// Takes the lock at `word`.
///
/// # Safety
/// `word` is a live, aligned `int` used only as an `lll_lock`.
pub unsafe fn lock(word: *mut i32) {
    // SAFETY: the caller's contract; an aligned i32 may be used atomically.
    let a = unsafe { AtomicI32::from_ptr(word) };
    if a.compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed).is_ok() {
        return;
    }
    // glibc's __lll_lock_wait: mark waiters, sleep while it stays taken.
    while a.swap(2, Ordering::Acquire) != 0 {
        // SAFETY: FUTEX_WAIT on the lock word; returns when woken or when
        // the word is no longer 2.
        let _ = unsafe { syscall!(Sysno::futex, word, FUTEX_WAIT_PRIVATE, 2usize, 0usize) };
    }
}

/// Releases the lock at `word`, waking a waiter if there may be one.
///
/// # Safety
/// `word` is an `lll_lock` this thread holds.
pub unsafe fn unlock(word: *mut i32) {
    // SAFETY: the caller's contract.
    let a = unsafe { AtomicI32::from_ptr(word) };
    if a.swap(0, Ordering::Release) > 1 {
        // SAFETY: FUTEX_WAKE of one waiter on the lock word.
        let _ = unsafe { syscall!(Sysno::futex, word, FUTEX_WAKE_PRIVATE, 1usize) };
    }
}
