// The initial thread's `struct pthread` (the TCB the thread pointer points
// at), filled as glibc's `__tls_init_tp` does. libc takes over every other
// thread; this one was created by the kernel, so its descriptor is the
// dynamic linker's job. Included by each release module as its `pthread`
// module, with that release's `layout` as `super::layout`.

use super::exports;
use syscalls::{syscall, Sysno};

pub use super::layout::{
    PTHREAD_LIST as LIST, PTHREAD_REPORT_EVENTS as REPORT_EVENTS, PTHREAD_ROBUST_HEAD as ROBUST_HEAD,
    PTHREAD_ROBUST_PREV as ROBUST_PREV, PTHREAD_SPECIFIC as SPECIFIC, PTHREAD_STACKBLOCK as STACKBLOCK,
    PTHREAD_STACKBLOCK_SIZE as STACKBLOCK_SIZE, PTHREAD_TID as TID,
};
use super::layout::{PTHREAD_GUARDSIZE, PTHREAD_SPECIFIC_1STBLOCK as SPECIFIC_1STBLOCK};
pub const GUARDSIZE: usize = PTHREAD_GUARDSIZE;

/// `robust_list_head.futex_offset`: the futex word's offset from a mutex's
/// list entry.
const ROBUST_FUTEX_OFFSET: isize = -32;

/// Fills the initial thread's descriptor at `tp` and registers its robust
/// list and rseq area with the kernel. `stack_user` is the address of
/// `_rtld_global._dl_stack_user`, the list this thread joins; `rseq` is
/// the `glibc.pthread.rseq` tunable; `extra_offset` where the static TLS
/// layout put the libc's extra block (the rseq area, for releases that
/// keep it there).
///
/// # Safety
/// `tp` must be this thread's zeroed TCB of `TCB_SIZE` bytes, and
/// `stack_user` a valid, initialised list head.
pub unsafe fn init_initial_thread(tp: usize, stack_user: *mut [usize; 2], rseq: bool, extra_offset: usize) {
    let pd = tp as *mut u8;
    // SAFETY: every offset below is inside the 2368-byte descriptor.
    unsafe {
        let word = |off: usize| pd.add(off) as *mut usize;
        // list_add(&pd->list, &GL(dl_stack_user))
        let list = pd.add(LIST) as *mut [usize; 2];
        let first = (*stack_user)[0] as *mut [usize; 2];
        (*list)[0] = first as usize;
        (*list)[1] = stack_user as usize;
        (*first)[1] = list as usize;
        (*stack_user)[0] = list as usize;

        // The word the kernel clears (and wakes) when the thread exits:
        // `tid` up to 2.41, `joinstate` from 2.43.
        let tid = syscall!(Sysno::set_tid_address, pd.add(super::specific::TID_ADDRESS)).unwrap_or(0);
        *(pd.add(TID) as *mut i32) = tid as i32;

        // The robust mutex list: empty (points at itself).
        let head = pd.add(ROBUST_HEAD);
        *word(ROBUST_PREV) = head as usize;
        *(head as *mut usize) = head as usize;
        *(head.add(8) as *mut isize) = ROBUST_FUTEX_OFFSET;
        let _ = syscall!(Sysno::set_robust_list, head, 24usize);

        *word(SPECIFIC) = pd.add(SPECIFIC_1STBLOCK) as usize;
        *pd.add(REPORT_EVENTS) = exports::__nptl_initial_report_events;
        super::specific::initial_thread_fields(pd);
        *word(STACKBLOCK_SIZE) = exports::__libc_stack_end as usize;

        super::specific::register_rseq(tp, extra_offset, rseq);
    }
}
