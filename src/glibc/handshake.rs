// The libc handshake, written once for every glibc release: each release
// module (v2_36/mod.rs, ...) includes this file as its `handshake` module,
// with its own `layout`, `pthread` and `cpu_features` in scope as
// `super::...`, so the same steps fill that release's structures. The
// steps, in the order rtld::run reaches them through the abi::Libc events
// (docs/06-tls-and-the-libc-handshake.md):
//
// 1. `early` (configure), after loading and before relocation: tunables,
//    `cpu_features` (IFUNC resolvers read it during relocation), the
//    `_rtld_global_ro` scalars, `__libc_stack_end`, `_dl_argv`,
//    `__libc_enable_secure`.
// 2. `initial_thread` (thread_ready), once static TLS is laid out and %fs
//    installed: the TLS sizes, the stack lists and the initial `struct
//    pthread`.
// 3. `publish_link_maps` (publish), before relocation: a glibc-layout
//    `struct link_map` per object, the namespace in `_rtld_global`,
//    `.dynamic` rewritten in place as glibc does.
// 4. `before_initialisers`, after relocation: mark the maps relocated
//    and call libc's `__libc_early_init(true)`.

use super::exports;
use super::layout::*;
use super::tunables;
use crate::config::Config;
use crate::namespace::Namespace;
use crate::object::{Object, ObjectKind};
use crate::startup::{at, InitialStack};
use crate::symbols::{SymbolName, Version};
use crate::tls::StartupTls;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ffi::c_void;
use core::sync::atomic::Ordering::Relaxed;
use goblin::elf::dynamic::*;
use goblin::elf::program_header::{PF_X, PT_GNU_STACK, PT_LOAD};

const _: () = assert!(size_of::<RtldGlobal>() <= super::RTLD_GLOBAL_STORAGE && align_of::<RtldGlobal>() <= 8);
const _: () = assert!(size_of::<RtldGlobalRo>() <= super::RTLD_GLOBAL_RO_STORAGE && align_of::<RtldGlobalRo>() <= 8);

/// This release's `struct rtld_global` in the exported storage.
fn gl() -> *mut RtldGlobal {
    &raw mut super::_rtld_global as *mut RtldGlobal
}
/// This release's `struct rtld_global_ro` in the exported storage.
fn glro() -> *mut RtldGlobalRo {
    &raw mut super::_rtld_global_ro as *mut RtldGlobalRo
}

/// A search-path element that marks "ld.so is initialised": libc's
/// `_IO_vtable_check` tests `GLRO(dl_init_all_dirs) != NULL`, and
/// `__libc_freeres` frees `GL(dl_all_dirs)` up to it (nothing, here).
static mut ALL_DIRS: [usize; 8] = [0; 8];

const AT_PLATFORM: usize = 15;
const AT_CLKTCK: usize = 17;
const AT_FPUCW: usize = 18;
const AT_HWCAP2: usize = 26;
const FPU_DEFAULT: u16 = 0x037f;

/// Step 1: before loading.
pub fn early(stack: &InitialStack, config: &Config) {
    // SAFETY: the storage is large and aligned enough (asserted above);
    // nothing has read it yet (libc is not relocated).
    unsafe {
        gl().write(RtldGlobal::INITIAL);
        glro().write(RtldGlobalRo::INITIAL);
        super::CPU_FEATURES.store(&raw const (*glro()).cpu_features as *mut u8, core::sync::atomic::Ordering::Release);
    }
    super::PTHREAD_STACK_FIELDS.call_once(|| super::PthreadStackFields {
        stackblock: super::pthread::STACKBLOCK,
        stackblock_size: super::pthread::STACKBLOCK_SIZE,
        guardsize: super::pthread::GUARDSIZE,
    });
    let cpu = super::startup_cpu(stack, config);

    let platform = cpu.platform.map(|p| p.as_ptr()).or_else(|| stack.aux(AT_PLATFORM).map(|p| p as *const u8));
    // SAFETY: single-threaded startup; nothing else touches the globals yet.
    unsafe {
        let ro = glro();
        (*ro).dl_debug_mask = glibc_debug_mask(config.debug);
        (*ro).dl_platform = platform.unwrap_or(core::ptr::null());
        (*ro).dl_platformlen = platform.map_or(0, |p| crate::startup::cstr(p).len());
        (*ro).dl_pagesize = stack.aux(at::PAGESZ).unwrap_or(4096);
        (*ro).dl_inhibit_cache = config.inhibit_cache as i32;
        (*ro).dl_clktck = stack.aux(AT_CLKTCK).unwrap_or(0) as i32;
        (*ro).dl_debug_fd = crate::debuglog::fd();
        (*ro).dl_lazy = (!config.bind_now) as i32;
        (*ro).dl_bind_not = config.bind_not as i32;
        (*ro).dl_fpu_control = stack.aux(AT_FPUCW).map_or(FPU_DEFAULT, |v| v as u16);
        (*ro).dl_hwcap = cpu.hwcap;
        (*ro).dl_hwcap2 = stack.aux(AT_HWCAP2).unwrap_or(0) as u64;
        (*ro).dl_auxv = stack.auxv as *mut Elf64Auxv;
        // The release's cpu_features module computes exactly this
        // layout's struct (each release module asserts the sizes match).
        core::ptr::copy_nonoverlapping(
            cpu.features.as_bytes().as_ptr(),
            &raw mut (*ro).cpu_features as *mut u8,
            core::mem::size_of_val(&(*ro).cpu_features),
        );
        super::specific::ro_release_fields(ro, stack);
        (*ro).dl_profile_output = if config.secure { c"/var/profile".as_ptr() } else { c"/var/tmp".as_ptr() } as *const u8;
        (*ro).dl_sysinfo_dso = stack.aux(at::SYSINFO_EHDR).unwrap_or(0) as *const c_void;
        (*ro).dl_debug_printf = Some(core::mem::transmute::<usize, DebugPrintfFn>(_dl_debug_printf as *const () as usize));
        (*ro).dl_mcount = Some(core::mem::transmute::<usize, McountFn>(exports::_dl_mcount as *const () as usize));
        (*ro).dl_tls_get_addr_soft = Some(tls_get_addr_soft);
        super::specific::ro_since_2_34(ro, cpu.minsigstacksize);
        (*ro).dl_open = Some(core::mem::transmute::<usize, DlOpenFn>(dl_open as *const () as usize));
        (*ro).dl_close = Some(dl_close);
        (*ro).dl_lookup_symbol_x =
            Some(core::mem::transmute::<usize, LookupSymbolXFn>(super::lookup_x::dl_lookup_symbol_x as *const () as usize));

        exports::__libc_enable_secure = config.secure as i32;
        exports::__libc_stack_end = stack.sp as *mut c_void;
        exports::_dl_argv = stack.argv;
    }
}

extern "C" {
    /// arch/x86_64/varargs.S
    fn _dl_debug_printf();
}

/// `GLRO(dl_debug_mask)`: glibc's DL_DEBUG_* bits for the LD_DEBUG
/// categories (libc prints its own lines, e.g. "initialize program:",
/// when DL_DEBUG_IMPCALLS is set, which every category but `scopes` and
/// `statistics` implies).
fn glibc_debug_mask(ours: u32) -> i32 {
    use crate::config::debug as d;
    const LIBS: i32 = 1;
    const IMPCALLS: i32 = 2;
    const BINDINGS: i32 = 4;
    const SYMBOLS: i32 = 8;
    const VERSIONS: i32 = 16;
    const RELOC: i32 = 32;
    const FILES: i32 = 64;
    const STATISTICS: i32 = 128;
    const UNUSED: i32 = 256;
    const SCOPES: i32 = 512;
    // 2.43 on (dryad keeps the bits only for a release that has them).
    const TLS: i32 = 1 << 11;
    const SECURITY: i32 = 1 << 12;
    let mut m = 0;
    for (bit, glibc) in [
        (d::LIBS, LIBS),
        (d::BINDINGS, BINDINGS),
        (d::SYMBOLS, SYMBOLS),
        (d::VERSIONS, VERSIONS),
        (d::RELOC, RELOC),
        (d::FILES, FILES),
        (d::IMPCALLS, IMPCALLS),
        (d::STATISTICS, STATISTICS),
        (d::UNUSED, UNUSED),
        (d::SCOPES, SCOPES),
        (d::TLS, TLS),
        (d::SECURITY, SECURITY),
    ] {
        if ours & bit != 0 {
            m |= glibc;
        }
    }
    m
}


/// Step 2: the TLS layout is known and %fs points at the zeroed TCB.
/// `pointer_guard` is glibc's PTR_MANGLE secret (from AT_RANDOM).
pub fn initial_thread(tls: &StartupTls, tp: usize, pointer_guard: usize) {
    // SAFETY: single-threaded startup; tp is the TCB (tcbhead_t, 704 bytes).
    unsafe {
        (*(tp as *mut TcbHead)).self_ = tp as *mut c_void;
        (*(tp as *mut TcbHead)).pointer_guard = pointer_guard;
        let g = gl();
        let ro = glro();
        super::specific::set_tls_static(g, ro, tls.layout.size, tls.layout.align);
        (*ro).dl_tls_static_surplus = tls.layout.surplus;
        (*g).dl_tls_static_used = tls.layout.used;
        (*g).dl_tls_static_optional = tunables::get(tunables::OPTIONAL_STATIC_TLS) as usize;
        (*g).dl_tls_static_nelem = tls.modules.len();
        (*g).dl_tls_max_dtv_idx = tls.layout.max_modid;
        (*g).dl_initial_dtv = tls.initial_dtv as *mut c_void;
        (*g).dl_tls_generation = 1;
        // Releases whose ld.so owns the dlerror catch frames keep the
        // innermost one in `struct pthread` (0: libc owns them).
        super::errors::own_catch_frames(super::specific::RTLD_CATCH_OFFSET);
        super::specific::initial_thread(g, tp, tunables::get(tunables::PTHREAD_RSEQ) != 0, tls.layout.extra_offset);
    }
}

/// The part of the static TLS surplus TLSDESC accesses may take
/// (`glibc.rtld.optional_static_tls`, glibc's `dl_tls_static_optional`).
pub fn optional_static_tls() -> usize {
    tunables::get(tunables::OPTIONAL_STATIC_TLS) as usize
}

/// A dlopen'ed module got a block in the static TLS surplus: its link
/// map's `l_tls_offset` (libthread_db and 2.31's libpthread read it), the
/// counts in `_rtld_global`, then the image copied into every running
/// thread's block, as glibc's `dl_init_static_tls` does.
pub fn init_static_tls(obj: &Object, m: &crate::tls::TlsModule) {
    let map = obj.handle.cast::<LinkMap>();
    if map.is_null() {
        return;
    }
    let (used, optional) = crate::tls::surplus_state();
    // SAFETY: the object's live link map; `_rtld_global` is ours; the
    // namespace lock is held (dlopen), as glibc holds dl_load_lock.
    unsafe {
        (*map).l_tls_offset = m.offset as isize;
        let g = gl();
        (*g).dl_tls_static_used = used;
        (*g).dl_tls_static_optional = optional;
        super::specific::init_static_tls(g, map);
    }
}

/// dlclose gave static TLS back: `_rtld_global`'s count follows.
pub fn static_tls_released() {
    // SAFETY: `_rtld_global` is ours; the namespace lock is held.
    unsafe { (*gl()).dl_tls_static_used = crate::tls::surplus_state().0 };
}

/// The static TLS surplus glibc reserves with the current tunables
/// (`_dl_tls_static_surplus_init`).
pub fn static_tls_surplus() -> usize {
    // Each audit module gets a namespace more (glibc's
    // `_dl_tls_static_surplus_init(naudit)`).
    let nns = (tunables::get(tunables::RTLD_NNS) as usize).min(crate::namespace::NAMESPACES);
    let naudit = crate::audit::requested();
    if crate::namespace::NAMESPACES - nns < naudit {
        // glibc's words; the namespaces glibc.rtld.nns keeps for dlmopen
        // are not the audit modules'.
        crate::error::fatal_line(&alloc::format!("Failed loading {} audit modules, {} are supported.", naudit, crate::namespace::NAMESPACES - nns));
    }
    let nns = nns + naudit;
    let opt = tunables::get(tunables::OPTIONAL_STATIC_TLS) as usize;
    let (libc_ie_tls, other_ie_tls, legacy_tls) = super::specific::STATIC_TLS_SURPLUS_TERMS;
    (nns - 1) * libc_ie_tls + nns * other_ie_tls + opt + legacy_tls
}

/// Step 3: glibc link maps for every object, in the `l_next` chain order
/// debuggers and `dl_iterate_phdr` see, and the namespace that owns them.
///
/// With audit modules this runs twice: before they are loaded (the
/// program, dryad and the vDSO) and once the program's dependencies are;
/// the modules' namespaces (published as dlmopen publishes) stay as they
/// are.
pub fn publish_link_maps(ns: &mut Namespace) {
    let program: Vec<usize> = (0..ns.objects.len()).filter(|&i| ns.objects[i].lmid == 0).collect();
    give_link_maps(ns, program.iter().copied());
    let chain: Vec<usize> = ns.chain_order().into_iter().filter(|&i| ns.objects[i].lmid == 0).collect();
    for &i in &chain {
        fill_link_map(ns, i);
    }
    if !chain.contains(&ns.dryad) && crate::audit::requested() != 0 {
        // Not on the chain (yet): the audit modules read its map all the
        // same (la_objopen).
        fill_link_map(ns, ns.dryad);
    }
    let maps: Vec<*mut LinkMap> = chain.iter().map(|&i| ns.objects[i].handle.cast::<LinkMap>()).collect();
    let search: Vec<*mut LinkMap> = ns.search_list.iter().map(|&i| ns.objects[i].handle.cast::<LinkMap>()).collect();
    let search = search.leak();
    let main = ns.objects[ns.main].handle.cast::<LinkMap>();
    let libc = ns.objects.iter().find(|o| o.lmid == 0 && o.soname == Some(b"libc.so.6")).map(|o| o.handle.cast::<LinkMap>());
    // SAFETY: the maps are live allocations owned by their objects;
    // single-threaded startup.
    unsafe {
        for (k, &m) in maps.iter().enumerate() {
            (*m).l_prev = if k > 0 { maps[k - 1] } else { core::ptr::null_mut() };
            (*m).l_next = maps.get(k + 1).copied().unwrap_or(core::ptr::null_mut());
            (*m).l_scope_mem[0] = &raw mut (*main).l_searchlist;
            (*m).l_scope = (*m).l_scope_mem.as_mut_ptr();
            (*m).l_scope_max = 4;
            (*m).l_local_scope[0] = &raw mut (*m).l_searchlist;
        }
        (*main).l_searchlist.r_list = search.as_mut_ptr();
        (*main).l_searchlist.r_nlist = search.len() as u32;
        // Objects of the global scope; the program is opened once.
        for &i in &ns.search_list {
            (*ns.objects[i].handle.cast::<LinkMap>()).l_bits |= L_GLOBAL;
        }
        (*main).l_direct_opencount = 1;
        // l_initfini: each object's [itself, direct dependencies...], the
        // program's the whole list in initialiser order reversed (glibc's
        // sorted list), NULL-terminated. libc's __libc_freeres reads it.
        for (i, o) in ns.objects.iter().enumerate().filter(|(_, o)| o.lmid == 0) {
            let list: Vec<*mut LinkMap> = if i == ns.main {
                ns.init_order.iter().rev().map(|&k| ns.objects[k].handle.cast::<LinkMap>()).chain(core::iter::once(core::ptr::null_mut())).collect()
            } else if o.needed.is_empty() {
                continue;
            } else {
                core::iter::once(o.handle.cast::<LinkMap>()).chain(o.needed.iter().map(|&k| ns.objects[k].handle.cast::<LinkMap>())).chain(core::iter::once(core::ptr::null_mut())).collect()
            };
            (*o.handle.cast::<LinkMap>()).l_initfini = list.leak().as_mut_ptr();
        }
        // Serial numbers in glibc's creation order: program, vDSO, ld.so,
        // then the libraries as they were loaded.
        let mut serial = 3u64;
        for o in ns.objects.iter().filter(|o| o.lmid == 0) {
            (*o.handle.cast::<LinkMap>()).l_serial = match o.kind {
                ObjectKind::Main | ObjectKind::Dryad => 0,
                ObjectKind::Vdso => 1,
                ObjectKind::Library => {
                    serial += 1;
                    serial - 1
                }
            };
        }
        let g = gl();
        let ns0 = &raw mut (*g).dl_ns[0];
        (*ns0).ns_loaded = main;
        (*ns0).ns_nloaded = maps.len() as u32;
        (*ns0).ns_main_searchlist = &raw mut (*main).l_searchlist;
        super::specific::set_libc_map(ns0, libc.unwrap_or(core::ptr::null_mut()));
        (*g).dl_nns = (*g).dl_nns.max(1);
        (*g).dl_load_adds = (*g).dl_load_adds.max(maps.len() as u64);
        super::specific::set_stack_flags(g, stack_flags(&ns.objects[ns.main]));
        (*g).dl_all_dirs = &raw mut ALL_DIRS as *mut RSearchPathElem;
        let ro = glro();
        (*ro).dl_init_all_dirs = &raw mut ALL_DIRS as *mut RSearchPathElem;
        (*ro).dl_initial_searchlist = (*main).l_searchlist;
        // TLS modules: the slotinfo list libthread_db and libc's
        // __libc_freeres walk (62 spare entries, like glibc).
        let tls: Vec<(usize, *mut LinkMap)> = ns.objects.iter().filter_map(|o| o.tls.map(|t| (t.modid, o.handle.cast::<LinkMap>()))).collect();
        let max = tls.iter().map(|t| t.0).max().unwrap_or(0);
        let len = max + 1 + 62;
        let words = 2 + 2 * len;
        let list = alloc::vec![0usize; words].leak().as_mut_ptr();
        *list = len;
        // glibc's init_tls first stores the TLS maps from index 0 with
        // generation 0; after relocation each goes to its module id with
        // generation 1. Index 0 keeps the first map (a harmless quirk that
        // libthread_db tolerates); mirror both.
        for (k, &(modid, map)) in tls.iter().enumerate() {
            if k == 0 {
                *list.add(3) = map as usize;
            }
            *list.add(2 + 2 * modid) = 1;
            *list.add(3 + 2 * modid) = map as usize;
        }
        (*g).dl_tls_dtv_slotinfo_list = list as *mut DtvSlotinfoList;
    }
    if let Some(v) = ns.objects.iter().find(|o| o.kind == ObjectKind::Vdso) {
        // Shown and counted already if the core did so where glibc does.
        publish_vdso(v, if ns.vdso_announced { 0 } else { ns.config.debug });
    }
}

/// The vDSO's link map becomes `GLRO(dl_sysinfo_map)` (libc's time and
/// gettimeofday IFUNCs look their implementations up in it) and its
/// functions the `_dl_vdso_*` pointers (clock_gettime, getcpu, ...).
/// Each is a lookup in the vDSO's own scope, as glibc's
/// `setup_vdso_pointers` makes it: `LD_DEBUG=symbols` shows it, and
/// `statistics` counts it (`debug`: dryad's LD_DEBUG mask).
fn publish_vdso(vdso: &Object, debug: u32) {
    let m = vdso.handle.cast::<LinkMap>();
    let find = |name: &[u8]| crate::debuglog::vdso_lookup(vdso, name, debug);
    // SAFETY: the vDSO's functions have the C signatures of the GLRO
    // fields (clock_gettime, gettimeofday, time, getcpu, clock_getres);
    // `m` is the vDSO's own link map; single-threaded startup.
    unsafe {
        // The vDSO's local scope is itself (glibc's setup_vdso).
        (*m).l_searchlist.r_list = &raw mut (*m).l_real;
        (*m).l_searchlist.r_nlist = 1;
        let ro = glro();
        (*ro).dl_sysinfo_map = m;
        let f = |addr: usize| if addr == 0 { None } else { Some(addr) };
        (*ro).dl_vdso_clock_gettime64 = f(find(b"__vdso_clock_gettime")).map(|a| core::mem::transmute::<usize, VdsoClockFn>(a));
        (*ro).dl_vdso_gettimeofday = f(find(b"__vdso_gettimeofday")).map(|a| core::mem::transmute::<usize, VdsoGettimeofdayFn>(a));
        (*ro).dl_vdso_time = f(find(b"__vdso_time")).map(|a| core::mem::transmute::<usize, VdsoTimeFn>(a));
        (*ro).dl_vdso_getcpu = f(find(b"__vdso_getcpu")).map(|a| core::mem::transmute::<usize, VdsoGetcpuFn>(a));
        (*ro).dl_vdso_clock_getres_time64 = f(find(b"__vdso_clock_getres")).map(|a| core::mem::transmute::<usize, VdsoClockFn>(a));
        super::specific::vdso_release_fields(ro, &find);
    }
}

/// `p_flags` of the program's PT_GNU_STACK, if it has one.
fn stack_flags(main: &Object) -> Option<u32> {
    main.phdrs.iter().find(|p| p.p_type == PT_GNU_STACK).map(|p| p.p_flags)
}

/// Fills object `i`'s glibc link map (the fields libc reads, see
/// docs/glibc-2.36.md §3) and rewrites its `.dynamic` the way glibc does.
/// A zeroed `struct link_map` for each of `objects` that has none yet: the
/// object's [`crate::abi::Handle`]. A startup object's lives as long as the
/// process; a dlopen'ed one until dlclose unloads it (`unlink_closed`).
fn give_link_maps(ns: &mut Namespace, objects: impl Iterator<Item = usize>) {
    for i in objects {
        let o = &mut ns.objects[i];
        if o.handle.is_null() {
            o.handle = crate::abi::Handle::from_ptr(new_link_map());
        }
    }
}

fn fill_link_map(ns: &mut Namespace, i: usize) {
    let obj = &ns.objects[i];
    let m = obj.handle.cast::<LinkMap>();
    let writable_dynamic = obj.segments.iter().any(|s| s.prot & libc::PROT_WRITE != 0 && obj.dynamic_addr >= s.start && obj.dynamic_addr < s.end);
    let name_ptr = if obj.kind == ObjectKind::Main { c"".as_ptr() as *const u8 } else { obj.path_c().as_ptr() };
    // The vDSO's dynamic section is the kernel's, read-only.
    let writable_dynamic = writable_dynamic && obj.kind != ObjectKind::Vdso;
    let soname = obj.soname.map(|s| leak_cstr(s)).unwrap_or(name_ptr);
    let libname = Box::leak(Box::new(LibnameList { name: soname, next: core::ptr::null_mut(), dont_free: 1 }));
    let origin = obj.origin.as_ref().map_or(usize::MAX as *const u8, |o| leak_cstr(o));
    // glibc's l_text_end: the page-rounded end of the file-backed part of
    // the (last) executable segment.
    let text_end = obj
        .phdrs
        .iter()
        .filter(|p| p.p_type == PT_LOAD && p.p_flags & PF_X != 0)
        .map(|p| (obj.base + (p.p_vaddr + p.p_filesz) as usize).next_multiple_of(4096))
        .max()
        .unwrap_or(obj.map_end);
    // SAFETY: `m` is this object's own link map; `.dynamic` entries are
    // read and (when writable) rewritten inside the object's dynamic
    // section, bounded by DT_NULL as already validated by DynamicInfo.
    unsafe {
        // Filled once already (auditing fills a map as its object is
        // mapped, then again with the rest): `.dynamic` is rewritten once.
        let rewrite = writable_dynamic && (*m).l_real.is_null();
        (*m).l_addr = obj.base as u64;
        (*m).l_name = name_ptr as *mut u8;
        (*m).l_ld = obj.dynamic_addr as *mut Elf64Dyn;
        (*m).l_real = m;
        (*m).l_ns = obj.lmid as i64;
        (*m).l_libname = libname;
        (*m).l_phdr = obj.phdr_addr as *const Elf64Phdr;
        (*m).l_phnum = obj.phdrs.len() as u16;
        (*m).l_entry = obj.entry as u64;
        (*m).l_loader = obj.loader.map_or(core::ptr::null_mut(), |l| ns.objects[l].handle.cast::<LinkMap>());
        (*m).l_origin = origin;
        (*m).l_map_start = obj.map_start as u64;
        (*m).l_map_end = obj.map_end as u64;
        super::specific::set_text_end(m, text_end as u64);
        (*m).l_flags = obj.dynamic.flags as u32;
        (*m).l_flags_1 = obj.dynamic.flags_1 as u32;
        if let Some((dev, ino)) = obj.file_id {
            (*m).l_file_id = RFileId { dev, ino };
        }
        if let Some((addr, size)) = obj.relro {
            (*m).l_relro_addr = addr as u64;
            (*m).l_relro_size = size;
        }
        let mut bits = if obj.kind == ObjectKind::Main { 0 } else { 1 }; // lt_executable / lt_library
        if obj.kind == ObjectKind::Vdso {
            bits |= L_RELOCATED;
        } else {
            bits |= L_CONTIGUOUS;
        }
        if obj.kind == ObjectKind::Dryad {
            // ld.so counts as initialised from the start (it has no
            // initialisers of its own to run).
            bits |= L_INIT_CALLED;
        }
        if !writable_dynamic {
            bits |= L_LD_READONLY;
        }
        if obj.kind == ObjectKind::Dryad {
            bits |= L_RELOCATED;
        }
        // (What auditing set stays.)
        (*m).l_bits = bits | ((*m).l_bits & (L_AUDIT_ANY_PLT | L_AUDITING));
        if let Some(t) = obj.tls {
            (*m).l_tls_initimage = t.image as *mut c_void;
            (*m).l_tls_initimage_size = t.filesz;
            (*m).l_tls_blocksize = t.memsz;
            (*m).l_tls_align = t.align;
            (*m).l_tls_firstbyte_offset = t.firstbyte;
            (*m).l_tls_offset = t.offset as isize;
            (*m).l_tls_modid = t.modid;
        }

        // l_info: pointers to the dynamic entries, indexed like glibc.
        let mut d = obj.dynamic_addr as *mut Elf64Dyn;
        let mut ldnum = 0u16;
        while (*d).d_tag != DT_NULL as i64 {
            if let Some(k) = l_info_index((*d).d_tag) {
                (*m).l_info[k] = d;
            }
            if rewrite
                && matches!(
                    (*d).d_tag as u64,
                    DT_HASH | DT_PLTGOT | DT_STRTAB | DT_SYMTAB | crate::elf::DT_RELR | DT_JMPREL | DT_VERSYM | DT_GNU_HASH
                )
                || (rewrite && matches!((*d).d_tag as u64, DT_RELA | DT_REL) && (*d).d_un != 0)
            {
                (*d).d_un = (*d).d_un.wrapping_add(obj.base as u64);
            }
            d = d.add(1);
            ldnum += 1;
        }
        (*m).l_ldnum = ldnum + 1;
        // A read-only dynamic section (the vDSO's) cannot be adjusted in
        // place. From 2.35 libc knows (`l_ld_readonly`) and adds `l_addr`
        // itself; before that (L_LD_READONLY is 0 in those layouts) it
        // trusts `l_info`, so the address entries point at adjusted
        // copies, as glibc's `elf_get_dynamic_info` makes them for the vDSO.
        if !writable_dynamic && L_LD_READONLY == 0 && obj.base != 0 {
            for tag in [DT_HASH, DT_PLTGOT, DT_STRTAB, DT_SYMTAB, DT_RELA, DT_REL, DT_JMPREL, DT_VERSYM, DT_GNU_HASH] {
                let Some(k) = l_info_index(tag as i64) else { continue };
                let e = (*m).l_info[k];
                if !e.is_null() {
                    let copy = Box::leak(Box::new(Elf64Dyn { d_tag: (*e).d_tag, d_un: (*e).d_un.wrapping_add(obj.base as u64) }));
                    (*m).l_info[k] = copy;
                }
            }
        }
        setup_hash(obj, m);
    }
}

/// The hash-table fields `_dl_addr` reads (glibc's `_dl_setup_hash`).
///
/// # Safety
/// `m` is `obj`'s link map; the hash tables were validated at load.
unsafe fn setup_hash(obj: &Object, m: *mut LinkMap) {
    // SAFETY: see above.
    unsafe {
        if let Some(h) = obj.dynamic.gnu_hash {
            let w = h as *const u32;
            let nbuckets = *w;
            let symbias = *w.add(1);
            let nwords = *w.add(2);
            (*m).l_nbuckets = nbuckets;
            (*m).l_gnu_bitmask_idxbits = nwords - 1;
            (*m).l_gnu_shift = *w.add(3);
            (*m).l_gnu_bitmask = w.add(4) as *const u64;
            let buckets = (w.add(4) as *const u64).add(nwords as usize) as *const u32;
            (*m).l_gnu_buckets = buckets;
            (*m).l_gnu_chain_zero = buckets.add(nbuckets as usize).wrapping_sub(symbias as usize);
        } else if let Some(h) = obj.dynamic.hash {
            let w = h as *const u32;
            let nbuckets = *w;
            (*m).l_nbuckets = nbuckets;
            // The SysV fields share storage with the GNU ones: l_chain is
            // at l_gnu_buckets, l_buckets at l_gnu_chain_zero.
            (*m).l_gnu_chain_zero = w.add(2);
            (*m).l_gnu_buckets = w.add(2 + nbuckets as usize);
        }
    }
}

/// `s` as a C string in `buf` (cut at its size, or at a NUL inside `s`).
fn stack_cstr(buf: &mut [u8], s: &[u8]) -> *const u8 {
    let n = s.iter().position(|&c| c == 0).unwrap_or(s.len()).min(buf.len() - 1);
    buf[..n].copy_from_slice(&s[..n]);
    buf[n] = 0;
    buf.as_ptr()
}

fn leak_cstr(s: &[u8]) -> *const u8 {
    let mut v = Vec::with_capacity(s.len() + 1);
    v.extend_from_slice(s);
    v.push(0);
    v.leak().as_ptr()
}

/// Gives back a string [`leak_cstr`] made.
///
/// # Safety
/// `p` came from `leak_cstr` (whose Vec had exactly its length plus the
/// NUL as capacity: `with_capacity` allocates exactly that) and is not
/// used any more.
unsafe fn free_cstr(p: *const u8) {
    // SAFETY: the caller's contract.
    unsafe {
        let len = crate::startup::cstr(p).len() + 1;
        drop(Vec::from_raw_parts(p as *mut u8, len, len));
    }
}

/// Records how many relocations needed a symbol lookup
/// (`GL(dl_num_relocations)`, reported by `LD_DEBUG=statistics`).
pub fn count_relocations(symbolic: usize) {
    // SAFETY: single-threaded startup.
    unsafe { (*gl()).dl_num_relocations = symbolic as u64 };
}

/// A lookup glibc's ld.so makes for itself in the global scope, on behalf
/// of object `undef`: shown by `LD_DEBUG=symbols` and `bindings`, counted
/// by `statistics`.
fn ldso_lookup(ns: &Namespace, undef: usize, name: &SymbolName, version: Option<&Version>, class: crate::lookup::RefClass) -> Option<crate::lookup::Definition> {
    if ns.config.debug & crate::config::debug::STATISTICS != 0 {
        crate::debuglog::count_lookups(1, 0);
    }
    let found = ns.lookup(ns.scope(&ns.search_list), name, version, class);
    if let Some(d) = &found {
        if ns.config.debug & crate::config::debug::BINDINGS != 0 {
            crate::debuglog::binding(ns.debug_name(undef), ns.debug_name(d.object), name.name, version.map(|v| v.name));
        }
    }
    found
}

/// glibc's `_dl_debug_post_relocate` (2.42, backported to Debian's 2.41):
/// `_r_debug` looked up from the program through the global scope; if the
/// definition found is not dryad's own (the program has a copy of it, made
/// by a COPY relocation, or another object interposes one) and is large
/// enough, it is marked version 1 and from then on kept up to date with
/// dryad's (`r_map`, `r_state`).
fn r_debug_post_relocate(ns: &Namespace) {
    let Some(d) = ldso_lookup(ns, ns.main, &SymbolName::new(b"_r_debug"), None, crate::lookup::RefClass::Normal) else { return };
    if d.sym.st_size as usize >= crate::rdebug::BASE_SIZE {
        crate::rdebug::set_main_copy(d.address(&ns.objects));
    }
}

/// Step 4: after every object is relocated and TLS images are copied.
/// Marks the maps relocated and runs libc's early initialisation.
pub fn before_initialisers(ns: &Namespace) {
    for o in &ns.objects {
        // SAFETY: live link maps, single-threaded.
        unsafe { (*o.handle.cast::<LinkMap>()).l_bits |= L_RELOCATED };
    }
    let Some(libc) = ns.objects.iter().position(|o| o.lmid == 0 && o.soname == Some(b"libc.so.6")) else { return };
    let find = |name: &[u8]| {
        crate::lookup::lookup_in(&ns.objects[libc], &SymbolName::new(name), None, crate::lookup::RefClass::Normal)
            .map_or(0, |s| ns.objects[libc].base + s.st_value as usize)
    };
    // The program's allocator, bound as the program binds it (the global
    // scope, version GLIBC_2.2.5), as glibc's __rtld_malloc_init_real does
    // (since 2.35; in the same order, realloc too: LD_DEBUG=symbols shows
    // these lookups and `statistics` counts them). Then the lookups of
    // glibc's ld.so re-relocating itself against the global scope, which
    // it does when an object needs it (always, libc does): dryad has
    // nothing to relocate, but LD_DEBUG shows and counts them as glibc's.
    let alloc = |name: &[u8]| {
        let v = Version { name: b"GLIBC_2.2.5", hash: crate::elf::elf_hash(b"GLIBC_2.2.5"), hidden: false, file: None, weak: false };
        let key = SymbolName::new(name);
        let found = if super::specific::RTLD_MALLOC_INIT {
            ldso_lookup(ns, ns.main, &key, Some(&v), crate::lookup::RefClass::Normal)
        } else {
            crate::lookup::lookup(&ns.objects, &ns.search_list, &key, Some(&v), crate::lookup::RefClass::Normal, ns.config.dynamic_weak)
        };
        found.map_or(0, |d| {
            let v = if d.is_ifunc() { crate::reloc::call_ifunc(d.address(&ns.objects)) } else { d.address(&ns.objects) };
            // The audit modules hear of these as of a dlsym (glibc's
            // lookup_malloc_symbol).
            if super::specific::RTLD_MALLOC_INIT && crate::audit::active() { crate::audit::symbind_dlsym(ns, ns.main, d.object, &d.sym, d.index, v) } else { v }
        })
    };
    let auditing = crate::audit::active();
    // glibc's ld.so relocates itself a second time, against the global
    // scope, and says so: since 2.41 (whenever libc is loaded) before the
    // allocator is looked up, before that (when ld.so is in the global
    // scope) after.
    let relocate_ldso = || {
        if ns.config.debug(crate::config::debug::RELOC) {
            crate::debug_log!("\nrelocation processing: {}", crate::sys::Bytes(ns.display_name(ns.dryad)));
        }
        for &(name, version, plt) in super::specific::LDSO_OWN_REFERENCES {
            let v = Version { name: version, hash: crate::elf::elf_hash(version), hidden: false, file: None, weak: false };
            let class = if plt { crate::lookup::RefClass::Plt } else { crate::lookup::RefClass::Normal };
            let found = ldso_lookup(ns, ns.dryad, &SymbolName::new(name), Some(&v), class);
            if let Some(d) = found.filter(|_| plt) {
                // ld.so's own PLT slots, bound now.
                let flags = crate::audit::LA_SYMB_NOPLTENTER | crate::audit::LA_SYMB_NOPLTEXIT;
                crate::audit::symbind(ns, ns.dryad, d.object, &d.sym, d.index, d.address(&ns.objects), flags);
            }
        }
    };
    if super::specific::LDSO_RELOCATED_BEFORE_MALLOC && (ns.config.debug != 0 || auditing) {
        relocate_ldso();
    }
    let (calloc, free, malloc) = (alloc(b"calloc"), alloc(b"free"), alloc(b"malloc"));
    if super::specific::RTLD_MALLOC_INIT && (ns.config.debug != 0 || auditing) {
        let _ = alloc(b"realloc");
    }
    crate::tls::set_program_allocator(malloc, calloc, free);
    if !super::specific::LDSO_RELOCATED_BEFORE_MALLOC && (ns.config.debug != 0 || auditing) && ns.search_list.contains(&ns.dryad) {
        relocate_ldso();
    }
    if super::specific::R_DEBUG_POST_RELOCATE {
        r_debug_post_relocate(ns);
    }
    MUTEX_LOCK.store(find(b"pthread_mutex_lock"), core::sync::atomic::Ordering::Release);
    MUTEX_UNLOCK.store(find(b"pthread_mutex_unlock"), core::sync::atomic::Ordering::Release);
    super::errors::set_libc_functions(
        find(b"_dl_signal_error"),
        find(b"_dl_signal_exception"),
        find(b"_dl_catch_error"),
        find(b"_dl_catch_exception"),
    );
    // libc's own `_dl_catch_error` (2.36), or dryad's (2.41: ld.so owns
    // the catch frames).
    let catch_error = match super::errors::libc_catch_error() {
        0 => super::errors::_dl_catch_error as *const () as usize,
        f => f,
    };
    // SAFETY: a `_dl_catch_error`, of the GLRO(dl_catch_error) type.
    unsafe { super::specific::set_catch_error(glro(), catch_error) };
    if !libc_early_init(ns, libc, true) {
        return;
    }
    // dryad's locks around fork (rtld::fork_prepare), registered before
    // any initialiser can register its own: libc runs prepare handlers
    // last registered first, and child handlers in registration order.
    let register = find(b"__register_atfork");
    if register != 0 {
        type Handler = extern "C" fn();
        let register: extern "C" fn(Handler, Handler, Handler, *mut core::ffi::c_void) -> i32 =
            // SAFETY: libc's __register_atfork(prepare, parent, child, dso_handle).
            unsafe { core::mem::transmute(register) };
        register(crate::rtld::fork_prepare, crate::rtld::fork_parent, crate::rtld::fork_child, core::ptr::null_mut());
    }
}

/// A second libc, in a `dlmopen` namespace, relocated: glibc's
/// `_dl_call_libc_early_init(libc_map, false)` (2.32 on; 2.31's libc has
/// no such function and finds out for itself, see docs/glibc-2.31.md).
pub fn secondary_libc(ns: &Namespace, libc: usize) {
    libc_early_init(ns, libc, false);
}

/// Calls libc object `libc`'s `__libc_early_init(initial)`, if it has
/// one (2.32 on); returns whether it had.
fn libc_early_init(ns: &Namespace, libc: usize, initial: bool) -> bool {
    let name = SymbolName::new(b"__libc_early_init");
    let Some(sym) = crate::lookup::lookup_in(&ns.objects[libc], &name, None, crate::lookup::RefClass::Normal) else {
        return false;
    };
    let f: extern "C" fn(bool) =
        // SAFETY: that libc's __libc_early_init(_Bool initial), relocated.
        unsafe { core::mem::transmute(ns.objects[libc].base + sym.st_value as usize) };
    f(initial);
    true
}

/// Link maps for objects dlopen just loaded (`new`, relocated), the opened
/// object `root` and its dependency list `local`: filled like the startup
/// ones, appended to the `l_next` chain, with glibc's scopes (global scope,
/// then the opened object's list) and, for RTLD_GLOBAL, added to the
/// program's search list that libc's `dlsym(RTLD_DEFAULT)` walks.
pub fn publish_opened(ns: &mut Namespace, new: &[usize], root: usize, local: &[usize], global: bool) {
    let lmid = ns.objects[root].lmid;
    // The map whose list is the namespace's global scope: the program's,
    // or a dlmopen namespace's first object's (glibc: `_ns_loaded`).
    let global_map = match lmid {
        0 => ns.objects[ns.main].handle.cast::<LinkMap>(),
        n => ns.objects[ns.lmid_roots[n].unwrap_or(root)].handle.cast::<LinkMap>(),
    };
    let root_map = ns.objects[root].handle.cast::<LinkMap>();
    let local_maps: Vec<*mut LinkMap> = local.iter().map(|&i| ns.objects[i].handle.cast::<LinkMap>()).collect();
    // A boxed slice: dlclose gives it back (`unlink_closed`).
    let local_maps = Box::leak(local_maps.into_boxed_slice());
    // SAFETY: live link maps; the namespace write lock is held, and libc
    // walks the chain under its own lock only in dl_iterate_phdr (the new
    // maps are fully filled before they are linked in).
    let _write = LoadWriteLock::acquire();
    unsafe {
        let g = gl();
        let head = &raw mut (*g).dl_ns[lmid].ns_loaded;
        let mut tail = *head;
        while !tail.is_null() && !(*tail).l_next.is_null() {
            tail = (*tail).l_next;
        }
        // A dlmopen namespace sees dryad through a map of its own, made
        // when its tree first needs dryad (glibc's ld.so "mirror": l_real
        // is the real map), in the chain where glibc maps it: after the
        // new object that comes before dryad in the list.
        let mut proxy_after = None;
        if lmid != 0 && LDSO_PROXIES[lmid].load(Relaxed).is_null() {
            if let Some(p) = local.iter().position(|&i| i == ns.dryad) {
                proxy_after = Some(local[..p].iter().rev().find(|i| new.contains(i)).copied());
            }
        }
        let mut linked = 0u32;
        let mut link = |m: *mut LinkMap, tail: &mut *mut LinkMap| {
            (*m).l_prev = *tail;
            (*m).l_next = core::ptr::null_mut();
            if tail.is_null() {
                *head = m;
            } else {
                (**tail).l_next = m;
            }
            *tail = m;
            linked += 1;
        };
        let make_proxy = || {
            let real = ns.objects[ns.dryad].handle.cast::<LinkMap>();
            let m = new_link_map();
            (*m).l_addr = (*real).l_addr;
            (*m).l_name = (*real).l_name;
            (*m).l_ld = (*real).l_ld;
            (*m).l_real = real;
            (*m).l_ns = lmid as i64;
            (*m).l_libname = (*real).l_libname;
            (*m).l_bits = 2 | L_RELOCATED | L_INIT_CALLED; // lt_loaded
            LDSO_PROXIES[lmid].store(m, Relaxed);
            m
        };
        if proxy_after == Some(None) {
            link(make_proxy(), &mut tail);
        }
        for &i in new {
            let m = ns.objects[i].handle.cast::<LinkMap>();
            (*m).l_bits = ((*m).l_bits & !L_TYPE_MASK) | 2 | L_RELOCATED; // lt_loaded
            (*m).l_scope_mem[0] = &raw mut (*global_map).l_searchlist;
            // The opener's list, unless it is the global scope (a dlmopen
            // namespace's first tree).
            (*m).l_scope_mem[1] = if root_map == global_map { core::ptr::null_mut() } else { &raw mut (*root_map).l_searchlist };
            (*m).l_scope = (*m).l_scope_mem.as_mut_ptr();
            (*m).l_scope_max = 4;
            (*m).l_local_scope[0] = &raw mut (*m).l_searchlist;
            link(m, &mut tail);
            (*m).l_serial = i as u64 + 2;
            if proxy_after == Some(Some(i)) {
                link(make_proxy(), &mut tail);
            }
        }
        if lmid != 0 {
            if let Some(&c) = new.iter().find(|&&i| ns.objects[i].soname == Some(b"libc.so.6")) {
                super::specific::set_libc_map(&raw mut (*g).dl_ns[lmid], ns.objects[c].handle.cast::<LinkMap>());
            }
            (*g).dl_nns = (*g).dl_nns.max(lmid + 1);
            // Debuggers find the namespace's list through `_r_debug`.
            super::specific::namespace_list(lmid, (*g).dl_ns[lmid].ns_loaded);
        }
        (*root_map).l_searchlist.r_list = local_maps.as_mut_ptr();
        (*root_map).l_searchlist.r_nlist = local_maps.len() as u32;
        (*root_map).l_direct_opencount += 1;
        add_scopes(ns, root, local);
        if global {
            publish_global_scope(ns);
        }
        (*g).dl_ns[lmid].ns_nloaded += linked;
        (*g).dl_load_adds += linked as u64;
        // New TLS modules: their slotinfo entries and the counts libc and
        // libthread_db read.
        for &i in new {
            if let Some(t) = ns.objects[i].tls {
                let list = (*g).dl_tls_dtv_slotinfo_list as *mut usize;
                if !list.is_null() && t.modid < *list {
                    *list.add(2 + 2 * t.modid) = crate::tls::dryad_tls_generation.load(core::sync::atomic::Ordering::Acquire);
                    *list.add(3 + 2 * t.modid) = ns.objects[i].handle.cast::<LinkMap>() as usize;
                }
                (*g).dl_tls_max_dtv_idx = (*g).dl_tls_max_dtv_idx.max(t.modid);
                (*g).dl_tls_generation = crate::tls::dryad_tls_generation.load(core::sync::atomic::Ordering::Acquire);
            }
        }
    }
}

/// glibc's `update_scopes` in the link maps: each object of `local` that
/// this dlopen (of `root`) gave one more scope ([`Object::added_scopes`])
/// gets `root`'s search list at the end of its `l_scope`, which libc's
/// `dlsym(RTLD_DEFAULT)` and lookups search; the array grows if it is
/// full.
///
/// # Safety
/// Live link maps; the namespace write lock is held.
unsafe fn add_scopes(ns: &Namespace, root: usize, local: &[usize]) {
    let list = &raw mut (*ns.objects[root].handle.cast::<LinkMap>()).l_searchlist;
    for &l in local {
        if !ns.objects[l].added_scopes.last().is_some_and(|(r, _)| *r == root) {
            continue;
        }
        let m = ns.objects[l].handle.cast::<LinkMap>();
        // SAFETY: the caller's contract; l_scope has l_scope_max entries,
        // NULL-terminated.
        unsafe {
            let mut n = 0;
            while n < (*m).l_scope_max && !(*(*m).l_scope.add(n)).is_null() {
                if *(*m).l_scope.add(n) == list {
                    break;
                }
                n += 1;
            }
            if n < (*m).l_scope_max && *(*m).l_scope.add(n) == list {
                continue;
            }
            if n + 1 >= (*m).l_scope_max {
                // A bigger array, twice the size: the old one stays valid
                // for a lookup under way (as glibc keeps it until no
                // thread is inside one, dryad keeps the first one, which
                // is inside the map, and frees a grown one with it).
                let max = (*m).l_scope_max * 2;
                let mut grown: Vec<*mut RScopeElem> = alloc::vec![core::ptr::null_mut(); max];
                for (k, slot) in grown.iter_mut().enumerate().take(n) {
                    *slot = *(*m).l_scope.add(k);
                }
                (*m).l_scope = Box::leak(grown.into_boxed_slice()).as_mut_ptr();
                (*m).l_scope_max = max;
            }
            // Terminated first, then the new entry (a lookup in another
            // thread sees either list whole).
            *(*m).l_scope.add(n + 1) = core::ptr::null_mut();
            core::sync::atomic::fence(core::sync::atomic::Ordering::Release);
            *(*m).l_scope.add(n) = list;
        }
    }
}

/// Fills the link maps of objects dlopen loaded, before they are
/// relocated (like startup's: `.dynamic` is rewritten in place and lies in
/// RELRO, which relocation then protects).
pub fn fill_opened(ns: &mut Namespace, new: &[usize]) {
    give_link_maps(ns, new.iter().copied());
    for &i in new {
        fill_link_map(ns, i);
    }
}

/// Holds `GL(dl_load_write_lock)` (libc's `dl_iterate_phdr` walks the
/// `l_next` chain under it) through libc's own `pthread_mutex_lock`, the
/// way glibc's ld.so does once libc is loaded.
struct LoadWriteLock(Option<extern "C" fn(*mut RtldLock) -> i32>);

/// Each `dlmopen` namespace's map of dryad (index: the namespace; null:
/// none yet). Written under the namespace lock.
static LDSO_PROXIES: [core::sync::atomic::AtomicPtr<LinkMap>; crate::namespace::NAMESPACES] =
    [const { core::sync::atomic::AtomicPtr::new(core::ptr::null_mut()) }; crate::namespace::NAMESPACES];

static MUTEX_LOCK: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);
static MUTEX_UNLOCK: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

impl LoadWriteLock {
    fn acquire() -> LoadWriteLock {
        use core::sync::atomic::Ordering::Acquire;
        let (lock, unlock) = (MUTEX_LOCK.load(Acquire), MUTEX_UNLOCK.load(Acquire));
        if lock == 0 || unlock == 0 {
            return LoadWriteLock(None);
        }
        // SAFETY: libc's pthread_mutex_lock/unlock, and the lock is a
        // glibc recursive mutex in _rtld_global.
        unsafe {
            let lock: extern "C" fn(*mut RtldLock) -> i32 = core::mem::transmute(lock);
            lock(&raw mut (*gl()).dl_load_write_lock);
            LoadWriteLock(Some(core::mem::transmute::<usize, extern "C" fn(*mut RtldLock) -> i32>(unlock)))
        }
    }
}

impl Drop for LoadWriteLock {
    fn drop(&mut self) {
        if let Some(unlock) = self.0 {
            // SAFETY: the lock this guard took.
            unlock(unsafe { &raw mut (*gl()).dl_load_write_lock });
        }
    }
}

/// Before `fork`: `GL(dl_load_write_lock)` taken (see `dl_open` for the
/// order), so that no other thread holds it when the process is copied.
pub fn fork_lock_load_write() {
    core::mem::forget(LoadWriteLock::acquire());
}

/// After `fork`: the lock `fork_lock_load_write` took, released in the
/// parent; in the child, made anew (its owner's thread id is the
/// parent's, glibc resets `dl_load_lock` the same way).
pub fn fork_unlock_load_write(child: bool) {
    if child {
        // SAFETY: the child has this one thread; `_rtld_global` is ours.
        unsafe { (*gl()).dl_load_write_lock = RtldLock::RECURSIVE };
    } else {
        let unlock = MUTEX_UNLOCK.load(core::sync::atomic::Ordering::Acquire);
        if unlock != 0 && MUTEX_LOCK.load(core::sync::atomic::Ordering::Acquire) != 0 {
            // SAFETY: libc's pthread_mutex_unlock, on the recursive mutex
            // this thread locked in `fork_lock_load_write`.
            unsafe {
                let unlock: extern "C" fn(*mut RtldLock) -> i32 = core::mem::transmute(unlock);
                unlock(&raw mut (*gl()).dl_load_write_lock);
            }
        }
    }
}

/// dlopen of an object that is already loaded: count the reference and,
/// if it never was a dlopen root, give it the search list `dlsym(handle)`
/// walks (itself and its dependencies). `global_grew`: RTLD_GLOBAL added
/// objects to the global scope, which libc must then see.
pub fn opened_again(ns: &Namespace, root: usize, local: &[usize], global_grew: bool) {
    let map = ns.objects[root].handle.cast::<LinkMap>();
    // SAFETY: a live link map; the namespace write lock is held.
    unsafe {
        (*map).l_direct_opencount += 1;
        if (*map).l_searchlist.r_nlist == 0 {
            let maps: Vec<*mut LinkMap> = local.iter().map(|&i| ns.objects[i].handle.cast::<LinkMap>()).collect();
            // A boxed slice: dlclose gives it back (`unlink_closed`).
            let maps = Box::leak(maps.into_boxed_slice());
            (*map).l_searchlist.r_list = maps.as_mut_ptr();
            (*map).l_searchlist.r_nlist = maps.len() as u32;
        }
        add_scopes(ns, root, local);
    }
    if global_grew {
        publish_global_scope(ns);
    }
}

/// RTLD_GLOBAL objects joined dryad's global scope: libc's copy follows.
pub fn global_scope_grew(ns: &Namespace) {
    publish_global_scope(ns);
}

/// The program's `l_searchlist` (glibc's global scope, which libc's
/// `dlsym(RTLD_DEFAULT)` searches) mirrors dryad's search list.
fn publish_global_scope(ns: &Namespace) {
    let maps: Vec<*mut LinkMap> = ns.search_list.iter().map(|&i| ns.objects[i].handle.cast::<LinkMap>()).collect();
    let maps = maps.leak();
    let main = ns.objects[ns.main].handle.cast::<LinkMap>();
    // SAFETY: the program's live link map; the namespace write lock is held.
    unsafe {
        for &m in maps.iter() {
            (*m).l_bits |= L_GLOBAL;
        }
        (*main).l_searchlist.r_list = maps.as_mut_ptr();
        (*main).l_searchlist.r_nlist = maps.len() as u32;
    }
}

/// Records that the main stack was made executable (the release's stack
/// flags gain "executable", so libc gives new threads executable stacks
/// too).
pub fn stack_is_executable() {
    // SAFETY: single-threaded startup (or dlopen under the load lock).
    unsafe { super::specific::add_exec_stack(gl()) };
}

/// Marks object `idx`'s initialisers as called in its link map.
pub fn mark_init_called(obj: &Object) {
    // SAFETY: a live link map.
    unsafe { (*obj.handle.cast::<LinkMap>()).l_bits |= L_INIT_CALLED };
}

// ----- functions libc calls through _rtld_global_ro -----------------------

/// `GLRO(dl_tls_get_addr_soft)`: the calling thread's block of the module
/// `map`, or NULL (dl_iterate_phdr reports it as `dlpi_tls_data`).
unsafe extern "C" fn tls_get_addr_soft(map: *mut LinkMap) -> *mut c_void {
    // SAFETY: libc passes a live link map; %fs:8 is the thread's DTV.
    unsafe {
        let modid = (*map).l_tls_modid;
        if modid == 0 {
            return core::ptr::null_mut();
        }
        let dtv: *const crate::tls::DtvSlot;
        core::arch::asm!("mov {}, qword ptr fs:8", out(reg) dtv, options(nostack, readonly, preserves_flags));
        // A module dlopen'ed after this thread's DTV was made has no slot;
        // a slot whose id changed hands since the DTV's generation holds
        // an unloaded module's block (glibc compares the slotinfo's gen).
        if modid > (*dtv.sub(1)).val || crate::tls::slot_changed_since(modid, (*dtv).val) {
            return core::ptr::null_mut();
        }
        let v = (*dtv.add(modid)).val;
        if v == crate::tls::TLS_DTV_UNALLOCATED || v == 0 { core::ptr::null_mut() } else { v as *mut c_void }
    }
}

/// `GLRO(dl_libc_freeres)`: nothing of dryad's is allocated with libc's
/// malloc, so there is nothing to give back.
///
/// # Safety
/// None needed (it does nothing); `unsafe` for the field's C type.
#[allow(dead_code)] // not in 2.31's _rtld_global_ro
pub(crate) unsafe extern "C" fn libc_freeres() {}

/// `GLRO(dl_error_free)`: libc gives back an error string whose
/// exception had a message buffer, which [`exports::_dl_exception_create`]
/// took from the program's `malloc`.
///
/// # Safety
/// `p` is NULL or such a string, not freed before.
#[allow(dead_code)] // not in 2.31's _rtld_global_ro
pub(crate) unsafe extern "C" fn error_free(p: *mut c_void) {
    // SAFETY: libc passes only such strings.
    unsafe { crate::tls::program_free(p.cast()) };
}

/// `GLRO(dl_open)`, what libc's `dlopen` family calls: opens `file`
/// through [`crate::dlopen::open`] and runs the new initialisers with the
/// (argc, argv, envp) libc passes. Errors are signalled through libc's
/// `_dl_signal_error`, which unwinds to the catch frame libc's `dlopen`
/// set up, so `dlopen` returns NULL and `dlerror` explains.
unsafe extern "C" fn dl_open(file: *const u8, mode: i32, caller: *const c_void, nsid: isize, argc: i32, argv: *mut *mut u8, env: *mut *mut u8) -> *mut c_void {
    // SAFETY: libc passes a C string ("" for dlopen(NULL)).
    let name = unsafe { crate::startup::cstr(file) };
    // (`open` keeps a copy of the name: objects remember what they were
    // opened as.) The load lock is held until the initialisers are done.
    crate::rtld::LoadLock::take();
    // libc's `dl_load_write_lock` before the namespace lock, never after
    // it: libc's `dl_iterate_phdr` holds the former while its callback
    // runs, and a callback that binds lazily needs the latter (shared).
    // Taken inside, a dlopen would wait for such a callback while holding
    // what it waits for. Released before the initialisers run.
    let opened = {
        let _write = LoadWriteLock::acquire();
        crate::dlopen::open(name, mode, caller as usize, nsid)
    };
    match opened {
        Ok((map, inits, after)) => {
            for (name, f) in inits {
                if let Some(name) = name {
                    crate::debug_log!("\ncalling init: {}\n\n", crate::sys::Bytes(&name));
                }
                f(argc, argv as *mut *const u8, env as *mut *const u8);
            }
            after.finish();
            crate::rtld::LoadLock::release();
            map.cast::<c_void>()
        }
        Err(e) => {
            crate::rtld::LoadLock::release();
            // The strings go on this frame's stack, and `e` is dropped
            // now: signalling longjmps past this frame, so anything it
            // still owned would leak (a copy per failed dlopen, some 220
            // bytes: 22 MB for 100,000 failures). _dl_exception_create
            // copies both before the jump.
            let mut object = [0u8; 4096];
            let mut message = [0u8; 4096];
            let object = stack_cstr(&mut object, &e.object);
            let message = stack_cstr(&mut message, e.message.as_bytes());
            let errcode = e.errno.map_or(0, |n| n.into_raw());
            let lookup = e.occasion == crate::error::SYMBOL_LOOKUP;
            drop(e);
            if lookup {
                // Raised by the lookup as glibc's `_dl_lookup_symbol_x` raises it.
                super::errors::signal_exception_of(errcode, object, core::ptr::null(), message);
            } else {
                super::errors::signal_error(errcode, object, core::ptr::null(), message);
            }
            core::ptr::null_mut()
        }
    }
}

/// `GLRO(dl_close)` (`_dl_close`), which libc's `dlclose` calls inside its
/// catch frame: dryad's close ([`crate::dlclose`]) in its two parts, the
/// finalisers run between them with no lock held; an error (a handle not
/// open) is signalled for `dlerror`.
///
/// # Safety
/// `map` is a handle libc's `dlopen` returned (a link map of this
/// namespace, looked up by `dlclose::begin`, which refuses any other).
unsafe extern "C" fn dl_close(map: *mut c_void) {
    let in_use = |o: &Object| {
        // SAFETY: a live link map: libc's __cxa_thread_atexit_impl counts
        // the object's pending thread_local destructors there.
        o.handle.is_null() || unsafe { (*o.handle.cast::<LinkMap>()).l_tls_dtor_count } != 0
    };
    // Held until the finalisers are done, as dlopen holds it.
    crate::rtld::LoadLock::take();
    // libc's `dl_load_write_lock` first, as in `dl_open`.
    let write = LoadWriteLock::acquire();
    let begun = match crate::rtld::namespace_mut() {
        Some(mut ns) => {
            let r = crate::dlclose::begin(&mut ns, crate::abi::Handle::from_ptr(map), &in_use);
            if let Some(i) = ns.index_of_handle(crate::abi::Handle::from_ptr(map)) {
                // SAFETY: a live link map of the namespace; write lock held.
                unsafe { (*map.cast::<LinkMap>()).l_direct_opencount = ns.objects[i].direct_opens };
            }
            r
        }
        None => Err(crate::error::LoadError::new(b"", "dlclose before startup finished")),
    };
    drop(write);
    match begun {
        Ok((mut steps, mut closing)) => {
            loop {
                crate::dlclose::run(steps);
                let _write = LoadWriteLock::acquire();
                let Some(mut ns) = crate::rtld::namespace_mut() else { break };
                let took = !closing.objects.is_empty();
                crate::dlclose::finish(&mut ns, closing, &unlink_closed);
                static_tls_released();
                if !took {
                    break;
                }
                // A dlclose made while the finalisers ran kept what these
                // objects needed; now that they are gone, sweep again.
                (steps, closing) = crate::dlclose::sweep(&mut ns, &in_use);
            }
            crate::rtld::LoadLock::release();
        }
        Err(e) => {
            crate::rtld::LoadLock::release();
            // On this frame's stack, `e` dropped: signalling longjmps past
            // this frame (see `dl_open`).
            let (mut object, mut message) = ([0u8; 4096], [0u8; 4096]);
            let object = stack_cstr(&mut object, &e.object);
            let message = stack_cstr(&mut message, e.message.as_bytes());
            drop(e);
            super::errors::signal_error(0, object, core::ptr::null(), message);
        }
    }
}

/// The link maps of objects dlclose takes away (`gone`): out of the
/// `l_next` chain (`dl_iterate_phdr` counts them in `dlpi_subs`),
/// out of the global scope and of the scopes of the objects that stay,
/// then freed.
fn unlink_closed(ns: &mut Namespace, gone: &[usize]) {
    let maps: Vec<*mut LinkMap> = gone.iter().map(|&i| ns.objects[i].handle.cast::<LinkMap>()).collect();
    let _write = LoadWriteLock::acquire();
    // SAFETY: live link maps of this namespace, the namespace write lock
    // and the load write lock held (libc's dl_iterate_phdr walks the chain
    // under the latter); each closed map is unlinked before it is freed,
    // and no scope of a map that stays points into it afterwards.
    unsafe {
        let g = gl();
        for (&m, &i) in maps.iter().zip(gone) {
            let lmid = ns.objects[i].lmid;
            let (prev, next) = ((*m).l_prev, (*m).l_next);
            if !prev.is_null() {
                (*prev).l_next = next;
            } else if (*g).dl_ns[lmid].ns_loaded == m {
                // The first of a dlmopen namespace (the program, first of
                // namespace 0, is never unloaded).
                (*g).dl_ns[lmid].ns_loaded = next;
            }
            if !next.is_null() {
                (*next).l_prev = prev;
            }
            (*g).dl_ns[lmid].ns_nloaded -= 1;
            if lmid != 0 && ns.objects[i].soname == Some(b"libc.so.6") {
                super::specific::set_libc_map(&raw mut (*g).dl_ns[lmid], core::ptr::null_mut());
            }
        }
        // A dlmopen namespace left with only its map of dryad: that goes
        // too (glibc unloads it with the rest, nothing using it).
        for (lmid, p) in LDSO_PROXIES.iter().enumerate().skip(1) {
            let proxy = p.load(Relaxed);
            if !proxy.is_null() && (*g).dl_ns[lmid].ns_loaded == proxy && (*proxy).l_next.is_null() {
                (*g).dl_ns[lmid].ns_loaded = core::ptr::null_mut();
                (*g).dl_ns[lmid].ns_nloaded -= 1;
                p.store(core::ptr::null_mut(), Relaxed);
                // Made by `publish_opened` (`new_link_map`); unlinked,
                // nothing refers to it (its libname list is the real map's).
                free_link_map(proxy);
            }
        }
        // Debuggers' lists of the namespaces that changed.
        for lmid in 1..(*g).dl_nns {
            if gone.iter().any(|&i| ns.objects[i].lmid == lmid) {
                super::specific::namespace_list(lmid, (*g).dl_ns[lmid].ns_loaded);
            }
        }
        // Emptied namespaces at the end are given back (glibc's dl_nns).
        while (*g).dl_nns > 1 && (*g).dl_ns[(*g).dl_nns - 1].ns_loaded.is_null() {
            (*g).dl_nns -= 1;
        }
        for o in ns.objects.iter().filter(|o| !o.unloaded && !o.handle.is_null() && !gone.iter().any(|&g| ns.objects[g].handle == o.handle)) {
            let m = o.handle.cast::<LinkMap>();
            let scope = (*m).l_scope;
            let closed = |s: *mut RScopeElem| maps.iter().any(|&c| core::ptr::eq(s, &raw mut (*c).l_searchlist));
            // The closed opener's list (scope 1) becomes the object's own,
            // if it has one; any other scope of a closed object goes, and
            // the list closes up (libc stops at the first NULL).
            let own = &raw mut (*m).l_searchlist;
            let mut k = 1;
            while k < (*m).l_scope_max && !(*scope.add(k)).is_null() {
                if !closed(*scope.add(k)) {
                    k += 1;
                } else if k == 1 && (*own).r_nlist != 0 {
                    *scope.add(k) = own;
                    k += 1;
                } else {
                    let mut j = k;
                    while j + 1 < (*m).l_scope_max && !(*scope.add(j)).is_null() {
                        *scope.add(j) = *scope.add(j + 1);
                        j += 1;
                    }
                    *scope.add(j) = core::ptr::null_mut();
                }
            }
        }
        // (dl_iterate_phdr's `dlpi_subs` is `GL(dl_load_adds)` minus the
        // `ns_nloaded` counts.)
        // Their TLS modules' slotinfo entries lose their maps (libthread_db
        // reads them), at the generation of the unload.
        for &i in gone {
            if let Some(t) = ns.objects[i].tls {
                let list = (*g).dl_tls_dtv_slotinfo_list as *mut usize;
                if !list.is_null() && t.modid < *list {
                    *list.add(2 + 2 * t.modid) = crate::tls::dryad_tls_generation.load(core::sync::atomic::Ordering::Acquire) + 1;
                    *list.add(3 + 2 * t.modid) = 0;
                }
                (*g).dl_tls_generation = crate::tls::dryad_tls_generation.load(core::sync::atomic::Ordering::Acquire) + 1;
            }
        }
    }
    // The global scope libc walks, if one of them was in it.
    // SAFETY: the closed maps are still live (freed below).
    if maps.iter().any(|&m| unsafe { (*m).l_bits } & L_GLOBAL != 0) {
        publish_global_scope(ns);
    }
    // `_dl_find_object` (dladdr, the unwinder, __cxa_thread_atexit_impl)
    // must not find them once their maps are freed and memory unmapped.
    super::find_object::publish_without(ns, gone);
    for (&m, &i) in maps.iter().zip(gone) {
        let path_c = ns.objects[i].path_c().as_ptr();
        // SAFETY: each closed map was made by `give_link_maps` (`new_link_map`), its
        // search list by `publish_opened`/`opened_again` (a boxed slice),
        // its libname entry by `fill_link_map` (a Box) whose name, unless
        // it is the object's own path, and its origin (unless
        // `usize::MAX`) by `leak_cstr`; nothing refers to any of them any
        // more.
        unsafe {
            let list = (*m).l_searchlist;
            if !list.r_list.is_null() && list.r_nlist != 0 {
                drop(Box::from_raw(core::ptr::slice_from_raw_parts_mut(list.r_list, list.r_nlist as usize)));
            }
            let libname = Box::from_raw((*m).l_libname);
            if !libname.name.is_null() && libname.name != path_c {
                free_cstr(libname.name);
            }
            if (*m).l_origin as usize != usize::MAX && !(*m).l_origin.is_null() {
                free_cstr((*m).l_origin);
            }
            drop(libname);
            if (*m).l_scope != (*m).l_scope_mem.as_mut_ptr() && !(*m).l_scope.is_null() {
                // Grown by `add_scopes` (a boxed slice of l_scope_max).
                drop(Box::from_raw(core::ptr::slice_from_raw_parts_mut((*m).l_scope, (*m).l_scope_max)));
            }
            free_link_map(m);
        }
    }
}

/// Audit modules are loaded (`count`, [`crate::audit::auditors`]):
/// `GLRO(dl_naudit)` tells libc (its `dlsym` then calls
/// `_dl_audit_symbind_alt`, its start code `_dl_audit_preinit`), and
/// `GLRO(dl_audit)` lists the modules' interfaces as glibc's `struct
/// audit_ifaces` does (eight function pointers in `audit::IFACE_NAMES`
/// order, then `next`), which 2.31's libc walks itself.
pub fn auditing(count: usize) {
    let mut next: *mut usize = core::ptr::null_mut();
    for a in crate::audit::auditors().iter().rev() {
        let mut words = [0usize; 9];
        words[..8].copy_from_slice(&a.ifaces.addresses());
        words[8] = next as usize;
        next = alloc::boxed::Box::leak(alloc::boxed::Box::new(words)).as_mut_ptr();
    }
    // SAFETY: `_rtld_global_ro` is ours; startup is single-threaded.
    unsafe {
        let ro = glro();
        (*ro).dl_audit = next.cast::<AuditIfaces>();
        (*ro).dl_naudit = count as u32;
    }
}

/// Unloads what a dlopen of `handle` loaded (a rejected audit module), as
/// libc's `dlclose` would.
pub fn close(handle: crate::abi::Handle) {
    // SAFETY: a link map `dl_open` returned, open once.
    unsafe { dl_close(handle.cast::<c_void>()) };
}

/// The layout of a link map with room after it for one `struct
/// auditstate` per audit module asked for: glibc keeps each object's audit
/// states there (`link_map_audit_state`), and 2.31's libc reads them
/// there itself (its start code's `la_preinit` loop, its dlsym's).
fn link_map_layout() -> core::alloc::Layout {
    let tail = crate::audit::requested() * core::mem::size_of::<AuditState>();
    core::alloc::Layout::from_size_align(core::mem::size_of::<LinkMap>() + tail, core::mem::align_of::<LinkMap>()).unwrap_or(core::alloc::Layout::new::<LinkMap>())
}

/// A zeroed link map (with its audit states, each cookie the map's own
/// address, as glibc's `_dl_new_object` sets it).
fn new_link_map() -> *mut LinkMap {
    let layout = link_map_layout();
    // SAFETY: a non-zero size; the result is checked.
    let m = unsafe { alloc::alloc::alloc_zeroed(layout) } as *mut LinkMap;
    if m.is_null() {
        alloc::alloc::handle_alloc_error(layout);
    }
    // SAFETY: room for `requested()` states follows the map.
    unsafe {
        let states = m.add(1) as *mut AuditState;
        for k in 0..crate::audit::requested() {
            (*states.add(k)).cookie = m as usize;
        }
    }
    m
}

/// Frees a map [`new_link_map`] made.
///
/// # Safety
/// `m` came from `new_link_map` and nothing refers to it any more.
unsafe fn free_link_map(m: *mut LinkMap) {
    // SAFETY: the caller's contract; the same layout (the count of modules
    // asked for never changes once maps exist).
    unsafe { alloc::alloc::dealloc(m as *mut u8, link_map_layout()) };
}

/// Object `map`'s audit states (glibc's `link_map_audit_state`): after the
/// map.
pub fn audit_states(map: crate::abi::Handle) -> *mut crate::audit::AuditState {
    if map.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: every map is made by `new_link_map`, with the room.
    unsafe { map.cast::<LinkMap>().add(1) as *mut crate::audit::AuditState }
}

/// Object `map` wants to hear of bindings (`l_audit_any_plt`, which 2.31's
/// dlsym reads).
pub fn audit_any_plt(map: crate::abi::Handle) {
    // SAFETY: a live link map; the namespace lock is held.
    unsafe { (*map.cast::<LinkMap>()).l_bits |= L_AUDIT_ANY_PLT };
}
