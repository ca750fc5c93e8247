// The steps of the shared handshake over `_rtld_global` and `struct
// pthread` members that glibc 2.31 to 2.41 share and 2.43 changed:
// `GL(dl_stack_flags)` in `PF_*` bits, `tid` as the word the kernel clears
// at thread exit, `user_stack`. Included by the `specific` module of 2.31,
// 2.36 and 2.41, with that release's `layout` as `super::layout`.

/// `GL(dl_stack_flags)`: the program's PT_GNU_STACK `p_flags`, or
/// `DEFAULT_STACK_PERMS` without one.
///
/// # Safety
/// `g` is this release's `_rtld_global`, during startup.
pub unsafe fn set_stack_flags(g: *mut super::layout::RtldGlobal, pf: Option<u32>) {
    // SAFETY: the caller's contract.
    unsafe { (*g).dl_stack_flags = pf.unwrap_or(super::layout::DEFAULT_STACK_PERMS) };
}

/// `_dl_make_stack_executable`'s record: `GL(dl_stack_flags) |= PF_X`.
///
/// # Safety
/// `g` is this release's `_rtld_global`, with the load lock held or
/// during startup.
pub unsafe fn add_exec_stack(g: *mut super::layout::RtldGlobal) {
    // SAFETY: the caller's contract.
    unsafe { (*g).dl_stack_flags |= goblin::elf::program_header::PF_X };
}

/// The word `set_tid_address` registers for the initial thread: `tid`.
pub const TID_ADDRESS: usize = super::layout::PTHREAD_TID;

/// The initial thread's descriptor fields that differ between releases:
/// `user_stack = true` (its stack is not libc's to free).
///
/// # Safety
/// `pd` is the initial thread's `struct pthread`.
pub unsafe fn initial_thread_fields(pd: *mut u8) {
    // SAFETY: the caller's contract; the offset is inside the descriptor.
    unsafe { *pd.add(super::layout::PTHREAD_USER_STACK) = 1 };
}
