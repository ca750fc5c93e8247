// The steps of the shared handshake (handshake.rs, pthread.rs) over
// `_rtld_global`/`_rtld_global_ro` members that every release since
// 2.34/2.35 has and glibc 2.31 lacks (libpthread merged into libc, ld.so
// taking over the initial thread, `_dl_find_object`). Included by the
// `specific` module of each such release (2.36, 2.41, 2.43), with that
// release's `layout` as `super::layout`; 2.31's `specific` has its own
// versions of these functions.

// `_dl_find_object` (find_object.rs) fills the release's struct through
// the shared type.
const _: () = assert!(core::mem::size_of::<super::layout::DlFindObject>() == core::mem::size_of::<crate::glibc::shared::DlFindObject>());

/// The terms of `_dl_tls_static_surplus_init` (elf/dl-tls.c): the
/// initial-exec TLS of libc in each namespace but the first
/// (`LIBC_IE_TLS`), of other libraries in every namespace
/// (`OTHER_IE_TLS`), and `LEGACY_TLS`, which keeps the surplus at the
/// 1664 bytes of the releases before it was configurable.
pub const STATIC_TLS_SURPLUS_TERMS: (usize, usize, usize) = (144, 144, 144);

/// `glibc.rtld.dynamic_sort` (2.35 on): 1 the original algorithm, 2 (the
/// default) the depth-first one.
pub fn dso_sort() -> crate::namespace::DsoSort {
    match super::tunables::get("glibc.rtld.dynamic_sort") {
        1 => crate::namespace::DsoSort::Original,
        _ => crate::namespace::DsoSort::Dfs,
    }
}

/// `_rtld_global_ro` members of the newer releases: the minimum signal
/// stack size (AT_MINSIGSTKSZ or the CPU's XSAVE size), the DSO sort
/// algorithm (`glibc.rtld.dynamic_sort`'s default), and the functions
/// libc calls through it: `_dl_find_object`, `__libc_freeres`'s and
/// `dlerror`'s hooks.
///
/// # Safety
/// `ro` is this release's `_rtld_global_ro`, during startup.
pub unsafe fn ro_since_2_34(ro: *mut super::layout::RtldGlobalRo, minsigstacksize: usize) {
    use super::layout::DlFindObjectFn;
    // SAFETY: the caller's contract; `dl_find_object` has the C signature
    // of the field over the `struct dl_find_object` every release lays
    // out alike.
    unsafe {
        (*ro).dl_minsigstacksize = minsigstacksize;
        // `enum dso_sort_algorithm`: 0 original, 1 depth-first.
        (*ro).dl_dso_sort_algo = (dso_sort() == crate::namespace::DsoSort::Dfs) as _;
        (*ro).dl_find_object = Some(core::mem::transmute::<usize, DlFindObjectFn>(super::find_object::dl_find_object as *const () as usize));
        (*ro).dl_libc_freeres = Some(super::handshake::libc_freeres);
        (*ro).dl_error_free = Some(super::handshake::error_free);
    }
}

/// The static TLS block's size and alignment, which these releases keep
/// in `_rtld_global_ro`.
///
/// # Safety
/// `ro` is this release's `_rtld_global_ro`, during startup.
pub unsafe fn set_tls_static(_g: *mut super::layout::RtldGlobal, ro: *mut super::layout::RtldGlobalRo, size: usize, align: usize) {
    // SAFETY: the caller's contract.
    unsafe {
        (*ro).dl_tls_static_size = size;
        (*ro).dl_tls_static_align = align;
    }
}

/// The initial thread: the stack lists libc's `pthread_create` keeps in
/// `_rtld_global` (empty, then the initial thread in `_dl_stack_user`),
/// and its `struct pthread` (../pthread.rs), which ld.so fills in these
/// releases (`__tls_init_tp`).
///
/// # Safety
/// `g` is this release's `_rtld_global` and `tp` the initial thread's
/// zeroed TCB, during startup.
pub unsafe fn initial_thread(g: *mut super::layout::RtldGlobal, tp: usize, rseq: bool, extra_offset: usize) {
    // SAFETY: the caller's contract.
    unsafe {
        for head in [&raw mut (*g).dl_stack_used, &raw mut (*g).dl_stack_user, &raw mut (*g).dl_stack_cache] {
            (*head).next = head;
            (*head).prev = head;
        }
        super::pthread::init_initial_thread(tp, &raw mut (*g).dl_stack_user as *mut [usize; 2], rseq, extra_offset);
    }
}

/// `GL(dl_ns)[0].libc_map`: the namespace's libc (2.34 on).
///
/// # Safety
/// `ns0` is this release's namespace 0, during startup.
/// Since 2.35 debuggers find a `dlmopen` namespace's list (showing
/// `first`) through `_r_debug.r_next` ([`crate::rdebug::namespace_list`]).
pub fn namespace_list(lmid: usize, first: *mut super::layout::LinkMap) {
    crate::rdebug::namespace_list(lmid, crate::abi::Handle::from_ptr(first));
}

pub unsafe fn set_libc_map(ns0: *mut super::layout::LinkNamespace, libc: *mut super::layout::LinkMap) {
    // SAFETY: the caller's contract.
    unsafe { (*ns0).libc_map = libc };
}

/// `GLRO(dl_catch_error)` (2.34 on: libc's `dlerror` machinery calls
/// it).
///
/// # Safety
/// `ro` is this release's `_rtld_global_ro`; `f` is a `_dl_catch_error`.
pub unsafe fn set_catch_error(ro: *mut super::layout::RtldGlobalRo, f: usize) {
    // SAFETY: the caller's contract.
    unsafe { (*ro).dl_catch_error = Some(core::mem::transmute::<usize, super::layout::DlCatchErrorFn>(f)) };
}

/// glibc's `_dl_init_static_tls` (2.34 on, in ld.so): the module's image
/// copied into its static block in every thread libc knows, those on
/// stacks it allocated (`GL(dl_stack_used)`) and the others
/// (`GL(dl_stack_user)`, the initial thread among them), under
/// `GL(dl_stack_cache_lock)` as libc's `pthread_create` and thread exit
/// take it (`sys::futex_lock`: glibc's `lll_lock` protocol).
///
/// # Safety
/// `g` is this release's `_rtld_global`, after startup; `map` is a live
/// link map whose `l_tls_offset` is in the static surplus.
pub unsafe fn init_static_tls(g: *mut super::layout::RtldGlobal, map: *mut super::layout::LinkMap) {
    // SAFETY: the caller's contract; every list entry is a live thread's
    // `struct pthread` (its `list` member), which its TCB begins.
    unsafe {
        // An aligned `int` libc uses only as an `lll_lock`.
        let lock = core::sync::atomic::AtomicI32::from_ptr(&raw mut (*g).dl_stack_cache_lock);
        crate::sys::futex_lock(lock);
        for head in [&raw mut (*g).dl_stack_used, &raw mut (*g).dl_stack_user] {
            let mut p = (*head).next;
            while !p.is_null() && p != head {
                let tp = p as usize - super::layout::PTHREAD_LIST;
                let dest = (tp as isize - (*map).l_tls_offset) as *mut u8;
                let init = (*map).l_tls_initimage_size;
                core::ptr::copy_nonoverlapping((*map).l_tls_initimage as *const u8, dest, init);
                core::ptr::write_bytes(dest.add(init), 0, (*map).l_tls_blocksize - init);
                p = (*p).next;
            }
        }
        crate::sys::futex_unlock(lock);
    }
}
