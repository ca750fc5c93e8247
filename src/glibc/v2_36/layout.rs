//! Exact glibc 2.36 (Debian 2.36-9+deb12u14, x86-64) layouts of the private
//! structures shared between `ld.so` and `libc.so.6`.
//!
//! libc reads and writes these through `_rtld_global` / `_rtld_global_ro`,
//! through `struct link_map` pointers and through `%fs` (the TCB), so every
//! offset here is ABI. Each offset and size below was taken from `pahole`
//! on the debug info of this machine's ld.so (build-id `7ebc65e5...`) and
//! libc.so.6 (build-id `93ac61ec...`, for `struct pthread`), and is checked
//! by a compile-time assertion next to the type. See docs/glibc-2.36.md
//! §2 (`rtld_global(_ro)`), §3 (`link_map`), §4 (TCB), §6/§7 (dl_* structs).
//!
//! Naming: glibc field names in snake_case. Fields of `rtld_global(_ro)` and
//! `link_namespaces` drop only the leading underscore, i.e. they use the
//! names of glibc's `GL(...)` / `GLRO(...)` macros (`_dl_pagesize` ->
//! `dl_pagesize`, `_ns_loaded` -> `ns_loaded`). Fields glibc spells with a
//! double underscore (`__glibc_unused1`, `__dflo_reserved`, ...) drop the
//! underscores. The only renames are `RtldGlobalRo::cpu_features`
//! (glibc: `_dl_x86_cpu_features`), `TcbHead::self_` (`self`),
//! `LinkMap::l_bits` (the bitfield word at 820) and the `RtldLock` fields.
//!
//! Everything is `#[repr(C)]`, `core` only, and has a `const` initialiser
//! (`ZERO`, and `INITIAL` where glibc has a static initialiser), so the
//! objects can be `static mut` items.

#![allow(dead_code)]

use core::ffi::c_void;
use core::mem::{align_of, offset_of, size_of};
use core::ptr::{null, null_mut};

// ---------------------------------------------------------------------------
// Sizes
// ---------------------------------------------------------------------------

/// `sizeof (struct rtld_global)` (= st_size of `_rtld_global`).
pub const RTLD_GLOBAL_SIZE: usize = 4336;
/// `sizeof (struct rtld_global_ro)` (= st_size of `_rtld_global_ro`).
pub const RTLD_GLOBAL_RO_SIZE: usize = 896;
/// `sizeof (struct link_map)` (the internal one).
pub const LINK_MAP_SIZE: usize = 1192;
/// `DL_NNS`: number of link-map namespaces (`_dl_ns[DL_NNS]`).
pub const DL_NNS: usize = 16;
/// `sizeof (struct cpu_features)`.
pub const CPU_FEATURES_SIZE: usize = 480;
/// Offset of `_dl_x86_cpu_features` in `struct rtld_global_ro`.
pub const RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET: usize = 112;

// ---------------------------------------------------------------------------
// Small ELF types used by pointers in the structures below
// ---------------------------------------------------------------------------

/// `Elf64_Dyn` (16 bytes). `l_info[]` points at these (inside `.dynamic`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Elf64Dyn {
    pub d_tag: i64,
    /// `d_un.d_val` / `d_un.d_ptr`.
    pub d_un: u64,
}

/// `Elf64_Sym` (24 bytes).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Elf64Sym {
    pub st_name: u32,
    pub st_info: u8,
    pub st_other: u8,
    pub st_shndx: u16,
    pub st_value: u64,
    pub st_size: u64,
}

/// `Elf64_Phdr` (56 bytes).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Elf64Phdr {
    pub p_type: u32,
    pub p_flags: u32,
    pub p_offset: u64,
    pub p_vaddr: u64,
    pub p_paddr: u64,
    pub p_filesz: u64,
    pub p_memsz: u64,
    pub p_align: u64,
}

/// `Elf64_auxv_t` (16 bytes); `GLRO(dl_auxv)` points at an array of these.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Elf64Auxv {
    pub a_type: u64,
    pub a_val: u64,
}

const _: () = assert!(size_of::<Elf64Dyn>() == 16);
const _: () = assert!(offset_of!(Elf64Dyn, d_tag) == 0);
const _: () = assert!(offset_of!(Elf64Dyn, d_un) == 8);
const _: () = assert!(size_of::<Elf64Sym>() == 24);
const _: () = assert!(offset_of!(Elf64Sym, st_name) == 0);
const _: () = assert!(offset_of!(Elf64Sym, st_info) == 4);
const _: () = assert!(offset_of!(Elf64Sym, st_other) == 5);
const _: () = assert!(offset_of!(Elf64Sym, st_shndx) == 6);
const _: () = assert!(offset_of!(Elf64Sym, st_value) == 8);
const _: () = assert!(offset_of!(Elf64Sym, st_size) == 16);
const _: () = assert!(size_of::<Elf64Phdr>() == 56);
const _: () = assert!(offset_of!(Elf64Phdr, p_type) == 0);
const _: () = assert!(offset_of!(Elf64Phdr, p_flags) == 4);
const _: () = assert!(offset_of!(Elf64Phdr, p_offset) == 8);
const _: () = assert!(offset_of!(Elf64Phdr, p_vaddr) == 16);
const _: () = assert!(offset_of!(Elf64Phdr, p_paddr) == 24);
const _: () = assert!(offset_of!(Elf64Phdr, p_filesz) == 32);
const _: () = assert!(offset_of!(Elf64Phdr, p_memsz) == 40);
const _: () = assert!(offset_of!(Elf64Phdr, p_align) == 48);
const _: () = assert!(size_of::<Elf64Auxv>() == 16);
const _: () = assert!(offset_of!(Elf64Auxv, a_type) == 0);
const _: () = assert!(offset_of!(Elf64Auxv, a_val) == 8);

// Opaque pointees: glibc structures that dryad never dereferences through
// these pointers (or that have no fixed size). Only pointers to them exist.

/// `struct r_search_path_elem` (opaque; variable-sized in glibc).
#[repr(C)]
pub struct RSearchPathElem {
    _opaque: [u8; 0],
}
/// `struct audit_ifaces` (opaque).
#[repr(C)]
pub struct AuditIfaces {
    _opaque: [u8; 0],
}
/// `struct reloc_result` (opaque; lazy-binding/audit PLT state).
#[repr(C)]
pub struct RelocResult {
    _opaque: [u8; 0],
}

// ---------------------------------------------------------------------------
// Lists and locks
// ---------------------------------------------------------------------------

/// `list_t` / `struct list_head` (16 bytes): `{next, prev}`, circular.
///
/// Read by libc: `GL(dl_stack_used/user/cache)` and `pthread.list` are
/// walked by pthread_create, fork (`reclaim_stacks`), `__nptl_setxid`, the
/// stack cache and libthread_db. Note the order differs from
/// [`PthreadInternalList`] (`{prev, next}`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ListHead {
    pub next: *mut ListHead,
    pub prev: *mut ListHead,
}

impl ListHead {
    pub const ZERO: ListHead = ListHead {
        next: null_mut(),
        prev: null_mut(),
    };

    /// `INIT_LIST_HEAD`: make `head` an empty circular list.
    ///
    /// # Safety
    /// `head` must be valid for writes.
    pub unsafe fn init(head: *mut ListHead) {
        // SAFETY: `head` is valid for writes (the caller's contract).
        unsafe {
            (*head).next = head;
            (*head).prev = head;
        }
    }

    /// `list_add (new, head)`: insert `new` right after `head`.
    ///
    /// # Safety
    /// Both pointers must be valid and `head` an initialised list.
    pub unsafe fn add(new: *mut ListHead, head: *mut ListHead) {
        // SAFETY: both nodes are valid and `head`'s list is initialised
        // (the caller's contract), so `head.next` is a valid node too.
        unsafe {
            let next = (*head).next;
            (*next).prev = new;
            (*new).next = next;
            (*new).prev = head;
            (*head).next = new;
        }
    }
}

const _: () = assert!(size_of::<ListHead>() == 16);
const _: () = assert!(offset_of!(ListHead, next) == 0);
const _: () = assert!(offset_of!(ListHead, prev) == 8);

/// `__pthread_list_t` / `struct __pthread_internal_list` (16 bytes):
/// `{__prev, __next}` (robust-mutex list link inside `pthread_mutex_t`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct PthreadInternalList {
    pub prev: *mut PthreadInternalList,
    pub next: *mut PthreadInternalList,
}

const _: () = assert!(size_of::<PthreadInternalList>() == 16);
const _: () = assert!(offset_of!(PthreadInternalList, prev) == 0);
const _: () = assert!(offset_of!(PthreadInternalList, next) == 8);

/// `PTHREAD_MUTEX_RECURSIVE_NP`.
pub const PTHREAD_MUTEX_RECURSIVE_NP: i32 = 1;

/// `__rtld_lock_recursive_t` = `{ pthread_mutex_t mutex; }` (40 bytes),
/// i.e. `struct __pthread_mutex_s`.
///
/// Read/written by libc: `GL(dl_load_lock)` (`_dl_addr`,
/// `__cxa_thread_atexit_impl`, dlsym), `GL(dl_load_write_lock)`
/// (`dl_iterate_phdr`) with `pthread_mutex_lock`; the fork child
/// re-initialises `dl_load_lock` and `dl_load_tls_lock` to
/// [`RtldLock::RECURSIVE`]. Also the `_ns_unique_sym_table` lock.
/// glibc field names: `__lock`, `__count`, `__owner`, `__nusers`, `__kind`,
/// `__spins`, `__elision`, `__list` (`__lock` is a C `int`; it is the futex
/// word and is declared `u32` here, same size and offset).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RtldLock {
    /// `__lock`: futex word (0 unlocked, 1 locked, 2 contended).
    pub futex: u32,
    /// `__count`: recursion depth.
    pub count: u32,
    /// `__owner`: owner TID.
    pub owner: i32,
    pub nusers: u32,
    /// `__kind`: [`PTHREAD_MUTEX_RECURSIVE_NP`] for the rtld locks.
    pub kind: i32,
    pub spins: i16,
    pub elision: i16,
    pub list: PthreadInternalList,
}

impl RtldLock {
    pub const ZERO: RtldLock = RtldLock {
        futex: 0,
        count: 0,
        owner: 0,
        nusers: 0,
        kind: 0,
        spins: 0,
        elision: 0,
        list: PthreadInternalList {
            prev: null_mut(),
            next: null_mut(),
        },
    };
    /// `_RTLD_LOCK_RECURSIVE_INITIALIZER` (`PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP`).
    pub const RECURSIVE: RtldLock = RtldLock {
        kind: PTHREAD_MUTEX_RECURSIVE_NP,
        ..RtldLock::ZERO
    };
}

const _: () = assert!(size_of::<RtldLock>() == 40);
const _: () = assert!(align_of::<RtldLock>() == 8);
const _: () = assert!(offset_of!(RtldLock, futex) == 0);
const _: () = assert!(offset_of!(RtldLock, count) == 4);
const _: () = assert!(offset_of!(RtldLock, owner) == 8);
const _: () = assert!(offset_of!(RtldLock, nusers) == 12);
const _: () = assert!(offset_of!(RtldLock, kind) == 16);
const _: () = assert!(offset_of!(RtldLock, spins) == 20);
const _: () = assert!(offset_of!(RtldLock, elision) == 22);
const _: () = assert!(offset_of!(RtldLock, list) == 24);

// ---------------------------------------------------------------------------
// Scope / version / name records referenced from link_map
// ---------------------------------------------------------------------------

/// `struct r_scope_elem` (16 bytes): a symbol-lookup scope.
///
/// Read by libc: `GLRO(dl_initial_searchlist)` (`free_mem`), and the scope
/// arrays passed to `GLRO(dl_lookup_symbol_x)` by `do_sym` (dlsym without the
/// hook) and the time/gettimeofday IFUNCs (`l_local_scope`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RScopeElem {
    pub r_list: *mut *mut LinkMap,
    pub r_nlist: u32,
}

impl RScopeElem {
    pub const ZERO: RScopeElem = RScopeElem {
        r_list: null_mut(),
        r_nlist: 0,
    };
}

const _: () = assert!(size_of::<RScopeElem>() == 16);
const _: () = assert!(offset_of!(RScopeElem, r_list) == 0);
const _: () = assert!(offset_of!(RScopeElem, r_nlist) == 8);

/// `struct r_found_version` (24 bytes): a version requirement.
///
/// Built by libc itself (dlvsym, and `{"LINUX_2.6", 0x3ae75f6, 1, NULL}` in
/// the time/gettimeofday IFUNCs) and passed to `GLRO(dl_lookup_symbol_x)`;
/// `l_versions` arrays of these are indexed by `DT_VERSYM` values.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RFoundVersion {
    pub name: *const u8,
    /// ELF hash of `name`.
    pub hash: u32,
    pub hidden: i32,
    pub filename: *const u8,
}

const _: () = assert!(size_of::<RFoundVersion>() == 24);
const _: () = assert!(offset_of!(RFoundVersion, name) == 0);
const _: () = assert!(offset_of!(RFoundVersion, hash) == 8);
const _: () = assert!(offset_of!(RFoundVersion, hidden) == 12);
const _: () = assert!(offset_of!(RFoundVersion, filename) == 16);

/// `struct libname_list` (24 bytes): the names a map answers to.
///
/// Read by libc's `free_mem` (`__libc_freeres`): it frees every
/// `l_libname->next` entry whose `dont_free` is 0 with libc's `free`, so
/// entries allocated by dryad must have `dont_free = 1`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct LibnameList {
    pub name: *const u8,
    pub next: *mut LibnameList,
    pub dont_free: i32,
}

const _: () = assert!(size_of::<LibnameList>() == 24);
const _: () = assert!(offset_of!(LibnameList, name) == 0);
const _: () = assert!(offset_of!(LibnameList, next) == 8);
const _: () = assert!(offset_of!(LibnameList, dont_free) == 16);

/// `struct r_search_path_struct` (16 bytes): `l_rpath_dirs` /
/// `l_runpath_dirs` (only ld.so reads them; `dirs == (void*)-1` = none).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RSearchPathStruct {
    pub dirs: *mut *mut RSearchPathElem,
    pub malloced: i32,
}

const _: () = assert!(size_of::<RSearchPathStruct>() == 16);
const _: () = assert!(offset_of!(RSearchPathStruct, dirs) == 0);
const _: () = assert!(offset_of!(RSearchPathStruct, malloced) == 8);

/// `struct r_file_id` (16 bytes): `{st_dev, st_ino}` of a mapped file.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RFileId {
    pub dev: u64,
    pub ino: u64,
}

const _: () = assert!(size_of::<RFileId>() == 16);
const _: () = assert!(offset_of!(RFileId, dev) == 0);
const _: () = assert!(offset_of!(RFileId, ino) == 8);

/// `struct link_map_machine` (24 bytes, x86-64).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct LinkMapMachine {
    pub plt: u64,
    pub gotplt: u64,
    pub tlsdesc_table: *mut c_void,
}

const _: () = assert!(size_of::<LinkMapMachine>() == 24);
const _: () = assert!(offset_of!(LinkMapMachine, plt) == 0);
const _: () = assert!(offset_of!(LinkMapMachine, gotplt) == 8);
const _: () = assert!(offset_of!(LinkMapMachine, tlsdesc_table) == 16);

/// The anonymous `l_lookup_cache` struct of `link_map` (32 bytes).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct LookupCache {
    pub sym: *const Elf64Sym,
    pub type_class: i32,
    pub value: *mut LinkMap,
    pub ret: *const Elf64Sym,
}

const _: () = assert!(size_of::<LookupCache>() == 32);
const _: () = assert!(offset_of!(LookupCache, sym) == 0);
const _: () = assert!(offset_of!(LookupCache, type_class) == 8);
const _: () = assert!(offset_of!(LookupCache, value) == 16);
const _: () = assert!(offset_of!(LookupCache, ret) == 24);

/// `struct link_map_reldeps` (8-byte header + flexible `list[]`).
#[repr(C)]
pub struct LinkMapReldeps {
    pub act: u32,
    pub list: [*mut LinkMap; 0],
}

const _: () = assert!(size_of::<LinkMapReldeps>() == 8);
const _: () = assert!(offset_of!(LinkMapReldeps, act) == 0);
const _: () = assert!(offset_of!(LinkMapReldeps, list) == 8);

// ---------------------------------------------------------------------------
// struct link_map
// ---------------------------------------------------------------------------

// `l_info` index mapping (elf/elf.h + ldsodefs.h, x86-64).

/// `DT_NUM`: tags `0..DT_NUM` index `l_info` directly.
pub const DT_NUM: usize = 38;
/// `DT_THISPROCNUM` (no processor-specific tags on x86-64).
pub const DT_THISPROCNUM: usize = 0;
/// `DT_VERSIONTAGNUM`: tags `DT_VERNEEDNUM-15 ..= DT_VERNEEDNUM`.
pub const DT_VERSIONTAGNUM: usize = 16;
/// `DT_EXTRANUM`: `DT_AUXILIARY`, `DT_USED`(0x7ffffffe), `DT_FILTER`.
pub const DT_EXTRANUM: usize = 3;
/// `DT_VALNUM`: tags `DT_VALRNGHI-11 ..= DT_VALRNGHI`.
pub const DT_VALNUM: usize = 12;
/// `DT_ADDRNUM`: tags `DT_ADDRRNGHI-10 ..= DT_ADDRRNGHI`.
pub const DT_ADDRNUM: usize = 11;
/// Length of `l_info` (80).
pub const L_INFO_LEN: usize =
    DT_NUM + DT_THISPROCNUM + DT_VERSIONTAGNUM + DT_EXTRANUM + DT_VALNUM + DT_ADDRNUM;

const DT_VERNEEDNUM_TAG: i64 = 0x6fff_ffff;
const DT_VALRNGHI_TAG: i64 = 0x6fff_fdff;
const DT_ADDRRNGHI_TAG: i64 = 0x6fff_feff;

/// `VERSYMIDX(tag)` = `DT_NUM + DT_THISPROCNUM + (DT_VERNEEDNUM - tag)`
/// (for `DT_VERSYM` .. `DT_VERNEEDNUM`, incl. `DT_FLAGS_1`, `DT_RELACOUNT`).
pub const fn versym_idx(tag: i64) -> usize {
    DT_NUM + DT_THISPROCNUM + (DT_VERNEEDNUM_TAG - tag) as usize
}

/// `DT_EXTRATAGIDX(tag)` = `(Elf32_Word)-((Elf32_Sword) tag << 1 >> 1) - 1`.
pub const fn dt_extratagidx(tag: i64) -> u32 {
    let t = tag as i32;
    (((t << 1) >> 1).wrapping_neg() as u32).wrapping_sub(1)
}

/// Index in `l_info` of `DT_AUXILIARY` / `DT_FILTER` (`DT_EXTRATAGIDX` based).
pub const fn extra_idx(tag: i64) -> usize {
    DT_NUM + DT_THISPROCNUM + DT_VERSIONTAGNUM + dt_extratagidx(tag) as usize
}

/// `VALIDX(tag)` = `DT_NUM + DT_THISPROCNUM + DT_VERSIONTAGNUM + DT_EXTRANUM
/// + (DT_VALRNGHI - tag)`.
pub const fn val_idx(tag: i64) -> usize {
    DT_NUM + DT_THISPROCNUM + DT_VERSIONTAGNUM + DT_EXTRANUM + (DT_VALRNGHI_TAG - tag) as usize
}

/// `ADDRIDX(tag)` = `DT_NUM + DT_THISPROCNUM + DT_VERSIONTAGNUM + DT_EXTRANUM
/// + DT_VALNUM + (DT_ADDRRNGHI - tag)`; `addr_idx(DT_GNU_HASH)` = 79.
pub const fn addr_idx(tag: i64) -> usize {
    DT_NUM
        + DT_THISPROCNUM
        + DT_VERSIONTAGNUM
        + DT_EXTRANUM
        + DT_VALNUM
        + (DT_ADDRRNGHI_TAG - tag) as usize
}

/// Where `_dl_get_dynamic_info` (elf/get-dynamic-info.h) stores a dynamic
/// entry with this tag in `l_info`, or `None` if glibc ignores the tag.
pub const fn l_info_index(tag: i64) -> Option<usize> {
    let u = tag as u64;
    if u < DT_NUM as u64 {
        Some(tag as usize)
    } else if (DT_VERNEEDNUM_TAG as u64).wrapping_sub(u) < DT_VERSIONTAGNUM as u64 {
        Some(versym_idx(tag))
    } else if (dt_extratagidx(tag) as u64) < DT_EXTRANUM as u64 {
        Some(extra_idx(tag))
    } else if (DT_VALRNGHI_TAG as u64).wrapping_sub(u) < DT_VALNUM as u64 {
        Some(val_idx(tag))
    } else if (DT_ADDRRNGHI_TAG as u64).wrapping_sub(u) < DT_ADDRNUM as u64 {
        Some(addr_idx(tag))
    } else {
        None
    }
}

/// `l_info` indices libc reads (besides plain `DT_*` < 38): see §3.
pub const L_INFO_VERNEEDNUM: usize = versym_idx(0x6fff_ffff); // 38
pub const L_INFO_VERNEED: usize = versym_idx(0x6fff_fffe); // 39
pub const L_INFO_VERDEFNUM: usize = versym_idx(0x6fff_fffd); // 40
pub const L_INFO_VERDEF: usize = versym_idx(0x6fff_fffc); // 41
pub const L_INFO_FLAGS_1: usize = versym_idx(0x6fff_fffb); // 42
pub const L_INFO_RELCOUNT: usize = versym_idx(0x6fff_fffa); // 43
pub const L_INFO_RELACOUNT: usize = versym_idx(0x6fff_fff9); // 44
pub const L_INFO_VERSYM: usize = versym_idx(0x6fff_fff0); // 53
pub const L_INFO_FILTER: usize = extra_idx(0x7fff_ffff); // 54
pub const L_INFO_AUXILIARY: usize = extra_idx(0x7fff_fffd); // 56
pub const L_INFO_GNU_PRELINKED: usize = val_idx(0x6fff_fdf5); // 67
pub const L_INFO_GNU_HASH: usize = addr_idx(0x6fff_fef5); // 79
pub const L_INFO_TLSDESC_PLT: usize = addr_idx(0x6fff_fef6); // 78
pub const L_INFO_TLSDESC_GOT: usize = addr_idx(0x6fff_fef7); // 77

const _: () = assert!(L_INFO_LEN == 80);
const _: () = assert!(L_INFO_VERNEEDNUM == 38);
const _: () = assert!(L_INFO_VERNEED == 39);
const _: () = assert!(L_INFO_VERDEF == 41);
const _: () = assert!(L_INFO_FLAGS_1 == 42);
const _: () = assert!(L_INFO_RELACOUNT == 44);
const _: () = assert!(L_INFO_VERSYM == 53);
const _: () = assert!(L_INFO_FILTER == 54);
const _: () = assert!(L_INFO_AUXILIARY == 56);
const _: () = assert!(L_INFO_GNU_HASH == 79);
const _: () = assert!(64 + 8 * L_INFO_GNU_HASH == 696);
const _: () = assert!(matches!(l_info_index(0x6fff_fef5), Some(79)));
const _: () = assert!(matches!(l_info_index(0x6fff_fff0), Some(53)));
const _: () = assert!(matches!(l_info_index(0x7fff_fffe), Some(55)));
const _: () = assert!(matches!(l_info_index(36), Some(36)));
const _: () = assert!(matches!(l_info_index(0x6fff_fdff), Some(57)));
const _: () = assert!(matches!(l_info_index(0x7fff_fffd), Some(56)));
const _: () = assert!(l_info_index(0x6fff_fe00).is_none());
const _: () = assert!(l_info_index(0x6fff_fd00).is_none());
const _: () = assert!(l_info_index(0x7000_0000).is_none());

// Bits of `LinkMap::l_bits` (the C bitfield word at link_map+820, LSB first,
// verified with gdb `ptype/o`).

/// `l_type:2` (bits 0-1), an `enum { lt_executable, lt_library, lt_loaded }`.
/// Read by libc's `_dl_addr`.
pub const L_TYPE_MASK: u32 = 0b11;
pub const LT_EXECUTABLE: u32 = 0;
pub const LT_LIBRARY: u32 = 1;
pub const LT_LOADED: u32 = 2;
/// `l_dt_relr_ref:1`.
pub const L_DT_RELR_REF: u32 = 1 << 2;
/// `l_relocated:1`.
pub const L_RELOCATED: u32 = 1 << 3;
/// `l_init_called:1`.
pub const L_INIT_CALLED: u32 = 1 << 4;
/// `l_global:1`.
pub const L_GLOBAL: u32 = 1 << 5;
/// `l_reserved:2` (bits 6-7).
pub const L_RESERVED_MASK: u32 = 0b11 << 6;
/// `l_main_map:1`.
pub const L_MAIN_MAP: u32 = 1 << 8;
/// `l_visited:1`.
pub const L_VISITED: u32 = 1 << 9;
/// `l_map_used:1`.
pub const L_MAP_USED: u32 = 1 << 10;
/// `l_map_done:1`.
pub const L_MAP_DONE: u32 = 1 << 11;
/// `l_phdr_allocated:1`.
pub const L_PHDR_ALLOCATED: u32 = 1 << 12;
/// `l_soname_added:1`.
pub const L_SONAME_ADDED: u32 = 1 << 13;
/// `l_faked:1`.
pub const L_FAKED: u32 = 1 << 14;
/// `l_need_tls_init:1`.
pub const L_NEED_TLS_INIT: u32 = 1 << 15;
/// `l_auditing:1`.
pub const L_AUDITING: u32 = 1 << 16;
/// `l_audit_any_plt:1`.
pub const L_AUDIT_ANY_PLT: u32 = 1 << 17;
/// `l_removed:1`.
pub const L_REMOVED: u32 = 1 << 18;
/// `l_contiguous:1` (libc: `dl_iterate_phdr` for ns > 0; ld.so:
/// `_dl_find_dso_for_object`).
pub const L_CONTIGUOUS: u32 = 1 << 19;
/// `l_free_initfini:1` (libc `free_mem` frees `l_initfini` when set).
pub const L_FREE_INITFINI: u32 = 1 << 20;
/// `l_ld_readonly:1` (libc's `D_PTR` adds `l_addr` when set).
pub const L_LD_READONLY: u32 = 1 << 21;
/// `l_find_object_processed:1`.
pub const L_FIND_OBJECT_PROCESSED: u32 = 1 << 22;
// Bit 23 is unused.
/// Byte 823 of the map, i.e. bits 24-31 of `l_bits`, is the separate
/// `_Bool l_nodelete_active` (not a bitfield). Only 0 and this value are valid.
pub const L_NODELETE_ACTIVE: u32 = 1 << 24;
/// Mask of the whole `l_nodelete_active` byte inside `l_bits`.
pub const L_NODELETE_ACTIVE_BYTE_MASK: u32 = 0xff << 24;

/// `l_property:2` values (stored in bits 0-1 of `LinkMap::l_property`).
pub const L_PROPERTY_MASK: u8 = 0b11;
pub const LC_PROPERTY_UNKNOWN: u8 = 0;
pub const LC_PROPERTY_NONE: u8 = 1;
pub const LC_PROPERTY_VALID: u8 = 2;

/// glibc's internal `struct link_map` (1192 bytes).
///
/// Read by libc (§3): `dl_iterate_phdr` (`l_real`, `l_addr`, `l_name`,
/// `l_phdr`, `l_phnum`, `l_tls_modid`, `l_next`, `l_contiguous`, map
/// start/end), `_dl_addr`/`dladdr`/`_IO_vtable_check` (`l_type`, `l_info`
/// SYMTAB/STRTAB/STRSZ/GNU_HASH/HASH, `l_nbuckets`, `l_gnu_buckets`,
/// `l_gnu_chain_zero`, `l_map_start`, `l_ns`), `__libc_start_main` (main map
/// `l_addr`, `l_info[DT_INIT/INIT_ARRAY/INIT_ARRAYSZ]`), dlsym/dlinfo without
/// the hook (`l_scope`, `l_local_scope`, `l_loader`, `l_origin`),
/// `__cxa_thread_atexit_impl` (`l_tls_dtor_count`), `free_mem`
/// (`l_libname`, `l_initfini`, `l_free_initfini`), the vDSO time IFUNCs
/// (`l_local_scope`), libthread_db (`l_tls_offset`, `l_tls_modid`), and gdb
/// (the public prefix `l_addr..l_prev` via `_r_debug.r_map`).
#[repr(C)]
pub struct LinkMap {
    /// Load bias.
    pub l_addr: u64,
    /// Main map: "" (not NULL); vDSO "linux-vdso.so.1"; ld.so: PT_INTERP.
    pub l_name: *mut u8,
    pub l_ld: *mut Elf64Dyn,
    pub l_next: *mut LinkMap,
    pub l_prev: *mut LinkMap,
    /// Must point to the map itself (not a proxy).
    pub l_real: *mut LinkMap,
    /// `Lmid_t` (long).
    pub l_ns: i64,
    /// Must be non-NULL (libc `free_mem`).
    pub l_libname: *mut LibnameList,
    /// Indexed by `DT_*` / [`l_info_index`].
    pub l_info: [*mut Elf64Dyn; L_INFO_LEN],
    pub l_phdr: *const Elf64Phdr,
    pub l_entry: u64,
    pub l_phnum: u16,
    pub l_ldnum: u16,
    pub l_searchlist: RScopeElem,
    pub l_symbolic_searchlist: RScopeElem,
    pub l_loader: *mut LinkMap,
    pub l_versions: *mut RFoundVersion,
    pub l_nversions: u32,
    /// `Elf_Symndx` (u32).
    pub l_nbuckets: u32,
    pub l_gnu_bitmask_idxbits: u32,
    pub l_gnu_shift: u32,
    pub l_gnu_bitmask: *const u64,
    /// Union `{ l_gnu_buckets; l_chain; }` (DT_GNU_HASH buckets, or the
    /// DT_HASH chain array).
    pub l_gnu_buckets: *const u32,
    /// Union `{ l_gnu_chain_zero; l_buckets; }`: `&chain[0] - symbias`
    /// exactly as `_dl_setup_hash` (or the DT_HASH bucket array).
    pub l_gnu_chain_zero: *const u32,
    pub l_direct_opencount: u32,
    /// Bitfield word at 820: `l_type` .. `l_find_object_processed` (see the
    /// `L_*` constants), plus `l_nodelete_active` in bits 24-31.
    pub l_bits: u32,
    pub l_nodelete_pending: bool,
    /// `l_property:2` in bits 0-1 (`LC_PROPERTY_*`); bits 2-7 unused.
    pub l_property: u8,
    pub l_x86_feature_1_and: u32,
    pub l_x86_isa_1_needed: u32,
    pub l_1_needed: u32,
    pub l_rpath_dirs: RSearchPathStruct,
    pub l_reloc_result: *mut RelocResult,
    /// `Elf64_Versym *`.
    pub l_versyms: *mut u16,
    pub l_origin: *const u8,
    pub l_map_start: u64,
    pub l_map_end: u64,
    pub l_text_end: u64,
    pub l_scope_mem: [*mut RScopeElem; 4],
    pub l_scope_max: usize,
    pub l_scope: *mut *mut RScopeElem,
    pub l_local_scope: [*mut RScopeElem; 2],
    pub l_file_id: RFileId,
    pub l_runpath_dirs: RSearchPathStruct,
    pub l_initfini: *mut *mut LinkMap,
    pub l_init_called_next: *mut LinkMap,
    pub l_reldeps: *mut LinkMapReldeps,
    pub l_reldepsmax: u32,
    pub l_used: u32,
    pub l_feature_1: u32,
    pub l_flags_1: u32,
    pub l_flags: u32,
    pub l_idx: i32,
    pub l_mach: LinkMapMachine,
    pub l_lookup_cache: LookupCache,
    pub l_tls_initimage: *mut c_void,
    pub l_tls_initimage_size: usize,
    pub l_tls_blocksize: usize,
    pub l_tls_align: usize,
    pub l_tls_firstbyte_offset: usize,
    /// `ptrdiff_t`; static TLS block is at `tp - l_tls_offset`.
    pub l_tls_offset: isize,
    pub l_tls_modid: usize,
    /// Incremented/decremented atomically by libc (C++ `thread_local` dtors).
    pub l_tls_dtor_count: usize,
    pub l_relro_addr: u64,
    pub l_relro_size: usize,
    pub l_serial: u64,
}

impl LinkMap {
    pub const ZERO: LinkMap = LinkMap {
        l_addr: 0,
        l_name: null_mut(),
        l_ld: null_mut(),
        l_next: null_mut(),
        l_prev: null_mut(),
        l_real: null_mut(),
        l_ns: 0,
        l_libname: null_mut(),
        l_info: [null_mut(); L_INFO_LEN],
        l_phdr: null(),
        l_entry: 0,
        l_phnum: 0,
        l_ldnum: 0,
        l_searchlist: RScopeElem::ZERO,
        l_symbolic_searchlist: RScopeElem::ZERO,
        l_loader: null_mut(),
        l_versions: null_mut(),
        l_nversions: 0,
        l_nbuckets: 0,
        l_gnu_bitmask_idxbits: 0,
        l_gnu_shift: 0,
        l_gnu_bitmask: null(),
        l_gnu_buckets: null(),
        l_gnu_chain_zero: null(),
        l_direct_opencount: 0,
        l_bits: 0,
        l_nodelete_pending: false,
        l_property: 0,
        l_x86_feature_1_and: 0,
        l_x86_isa_1_needed: 0,
        l_1_needed: 0,
        l_rpath_dirs: RSearchPathStruct {
            dirs: null_mut(),
            malloced: 0,
        },
        l_reloc_result: null_mut(),
        l_versyms: null_mut(),
        l_origin: null(),
        l_map_start: 0,
        l_map_end: 0,
        l_text_end: 0,
        l_scope_mem: [null_mut(); 4],
        l_scope_max: 0,
        l_scope: null_mut(),
        l_local_scope: [null_mut(); 2],
        l_file_id: RFileId { dev: 0, ino: 0 },
        l_runpath_dirs: RSearchPathStruct {
            dirs: null_mut(),
            malloced: 0,
        },
        l_initfini: null_mut(),
        l_init_called_next: null_mut(),
        l_reldeps: null_mut(),
        l_reldepsmax: 0,
        l_used: 0,
        l_feature_1: 0,
        l_flags_1: 0,
        l_flags: 0,
        l_idx: 0,
        l_mach: LinkMapMachine {
            plt: 0,
            gotplt: 0,
            tlsdesc_table: null_mut(),
        },
        l_lookup_cache: LookupCache {
            sym: null(),
            type_class: 0,
            value: null_mut(),
            ret: null(),
        },
        l_tls_initimage: null_mut(),
        l_tls_initimage_size: 0,
        l_tls_blocksize: 0,
        l_tls_align: 0,
        l_tls_firstbyte_offset: 0,
        l_tls_offset: 0,
        l_tls_modid: 0,
        l_tls_dtor_count: 0,
        l_relro_addr: 0,
        l_relro_size: 0,
        l_serial: 0,
    };

    /// `l_type` (`LT_*`).
    pub const fn l_type(&self) -> u32 {
        self.l_bits & L_TYPE_MASK
    }

    pub fn set_l_type(&mut self, lt: u32) {
        self.l_bits = (self.l_bits & !L_TYPE_MASK) | (lt & L_TYPE_MASK);
    }

    /// Whether a one-bit flag (`L_RELOCATED`, ...) is set.
    pub const fn has(&self, bit: u32) -> bool {
        self.l_bits & bit != 0
    }

    /// Set or clear a one-bit flag (`L_RELOCATED`, ...).
    pub fn set(&mut self, bit: u32, on: bool) {
        if on {
            self.l_bits |= bit;
        } else {
            self.l_bits &= !bit;
        }
    }

    /// `l_nodelete_active` (`_Bool` at byte 823).
    pub const fn l_nodelete_active(&self) -> bool {
        self.l_bits & L_NODELETE_ACTIVE_BYTE_MASK != 0
    }

    pub fn set_l_nodelete_active(&mut self, on: bool) {
        self.l_bits =
            (self.l_bits & !L_NODELETE_ACTIVE_BYTE_MASK) | if on { L_NODELETE_ACTIVE } else { 0 };
    }
}

const _: () = assert!(size_of::<LinkMap>() == LINK_MAP_SIZE);
const _: () = assert!(align_of::<LinkMap>() == 8);
const _: () = assert!(offset_of!(LinkMap, l_addr) == 0);
const _: () = assert!(offset_of!(LinkMap, l_name) == 8);
const _: () = assert!(offset_of!(LinkMap, l_ld) == 16);
const _: () = assert!(offset_of!(LinkMap, l_next) == 24);
const _: () = assert!(offset_of!(LinkMap, l_prev) == 32);
const _: () = assert!(offset_of!(LinkMap, l_real) == 40);
const _: () = assert!(offset_of!(LinkMap, l_ns) == 48);
const _: () = assert!(offset_of!(LinkMap, l_libname) == 56);
const _: () = assert!(offset_of!(LinkMap, l_info) == 64);
const _: () = assert!(offset_of!(LinkMap, l_phdr) == 704);
const _: () = assert!(offset_of!(LinkMap, l_entry) == 712);
const _: () = assert!(offset_of!(LinkMap, l_phnum) == 720);
const _: () = assert!(offset_of!(LinkMap, l_ldnum) == 722);
const _: () = assert!(offset_of!(LinkMap, l_searchlist) == 728);
const _: () = assert!(offset_of!(LinkMap, l_symbolic_searchlist) == 744);
const _: () = assert!(offset_of!(LinkMap, l_loader) == 760);
const _: () = assert!(offset_of!(LinkMap, l_versions) == 768);
const _: () = assert!(offset_of!(LinkMap, l_nversions) == 776);
const _: () = assert!(offset_of!(LinkMap, l_nbuckets) == 780);
const _: () = assert!(offset_of!(LinkMap, l_gnu_bitmask_idxbits) == 784);
const _: () = assert!(offset_of!(LinkMap, l_gnu_shift) == 788);
const _: () = assert!(offset_of!(LinkMap, l_gnu_bitmask) == 792);
const _: () = assert!(offset_of!(LinkMap, l_gnu_buckets) == 800);
const _: () = assert!(offset_of!(LinkMap, l_gnu_chain_zero) == 808);
const _: () = assert!(offset_of!(LinkMap, l_direct_opencount) == 816);
const _: () = assert!(offset_of!(LinkMap, l_bits) == 820);
const _: () = assert!(offset_of!(LinkMap, l_nodelete_pending) == 824);
const _: () = assert!(offset_of!(LinkMap, l_property) == 825);
const _: () = assert!(offset_of!(LinkMap, l_x86_feature_1_and) == 828);
const _: () = assert!(offset_of!(LinkMap, l_x86_isa_1_needed) == 832);
const _: () = assert!(offset_of!(LinkMap, l_1_needed) == 836);
const _: () = assert!(offset_of!(LinkMap, l_rpath_dirs) == 840);
const _: () = assert!(offset_of!(LinkMap, l_reloc_result) == 856);
const _: () = assert!(offset_of!(LinkMap, l_versyms) == 864);
const _: () = assert!(offset_of!(LinkMap, l_origin) == 872);
const _: () = assert!(offset_of!(LinkMap, l_map_start) == 880);
const _: () = assert!(offset_of!(LinkMap, l_map_end) == 888);
const _: () = assert!(offset_of!(LinkMap, l_text_end) == 896);
const _: () = assert!(offset_of!(LinkMap, l_scope_mem) == 904);
const _: () = assert!(offset_of!(LinkMap, l_scope_max) == 936);
const _: () = assert!(offset_of!(LinkMap, l_scope) == 944);
const _: () = assert!(offset_of!(LinkMap, l_local_scope) == 952);
const _: () = assert!(offset_of!(LinkMap, l_file_id) == 968);
const _: () = assert!(offset_of!(LinkMap, l_runpath_dirs) == 984);
const _: () = assert!(offset_of!(LinkMap, l_initfini) == 1000);
const _: () = assert!(offset_of!(LinkMap, l_init_called_next) == 1008);
const _: () = assert!(offset_of!(LinkMap, l_reldeps) == 1016);
const _: () = assert!(offset_of!(LinkMap, l_reldepsmax) == 1024);
const _: () = assert!(offset_of!(LinkMap, l_used) == 1028);
const _: () = assert!(offset_of!(LinkMap, l_feature_1) == 1032);
const _: () = assert!(offset_of!(LinkMap, l_flags_1) == 1036);
const _: () = assert!(offset_of!(LinkMap, l_flags) == 1040);
const _: () = assert!(offset_of!(LinkMap, l_idx) == 1044);
const _: () = assert!(offset_of!(LinkMap, l_mach) == 1048);
const _: () = assert!(offset_of!(LinkMap, l_lookup_cache) == 1072);
const _: () = assert!(offset_of!(LinkMap, l_tls_initimage) == 1104);
const _: () = assert!(offset_of!(LinkMap, l_tls_initimage_size) == 1112);
const _: () = assert!(offset_of!(LinkMap, l_tls_blocksize) == 1120);
const _: () = assert!(offset_of!(LinkMap, l_tls_align) == 1128);
const _: () = assert!(offset_of!(LinkMap, l_tls_firstbyte_offset) == 1136);
const _: () = assert!(offset_of!(LinkMap, l_tls_offset) == 1144);
const _: () = assert!(offset_of!(LinkMap, l_tls_modid) == 1152);
const _: () = assert!(offset_of!(LinkMap, l_tls_dtor_count) == 1160);
const _: () = assert!(offset_of!(LinkMap, l_relro_addr) == 1168);
const _: () = assert!(offset_of!(LinkMap, l_relro_size) == 1176);
const _: () = assert!(offset_of!(LinkMap, l_serial) == 1184);

// ---------------------------------------------------------------------------
// Debugger interface
// ---------------------------------------------------------------------------

/// `r_state` values.
pub const RT_CONSISTENT: i32 = 0;
pub const RT_ADD: i32 = 1;
pub const RT_DELETE: i32 = 2;

/// `struct r_debug` (40 bytes): the exported `_r_debug` (st_size 40).
///
/// Read by debuggers (gdb via the main program's `DT_DEBUG` and `r_brk`).
/// Its size is ABI: `R_X86_64_COPY` copies `min(st_size)` bytes.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RDebug {
    /// 1; 2 once dlmopen namespaces exist.
    pub r_version: i32,
    /// `struct link_map_public *` (the main map).
    pub r_map: *mut LinkMap,
    /// Address of `_dl_debug_state`.
    pub r_brk: u64,
    /// `RT_CONSISTENT` / `RT_ADD` / `RT_DELETE`.
    pub r_state: i32,
    /// ld.so load address.
    pub r_ldbase: u64,
}

impl RDebug {
    pub const ZERO: RDebug = RDebug {
        r_version: 0,
        r_map: null_mut(),
        r_brk: 0,
        r_state: 0,
        r_ldbase: 0,
    };
}

const _: () = assert!(size_of::<RDebug>() == 40);
const _: () = assert!(offset_of!(RDebug, r_version) == 0);
const _: () = assert!(offset_of!(RDebug, r_map) == 8);
const _: () = assert!(offset_of!(RDebug, r_brk) == 16);
const _: () = assert!(offset_of!(RDebug, r_state) == 24);
const _: () = assert!(offset_of!(RDebug, r_ldbase) == 32);

/// `struct r_debug_extended` (48 bytes): `_ns_debug` of each namespace
/// (ns 0 uses the global `_r_debug`; its `r_next` chains the others).
///
/// Read by debuggers only.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RDebugExtended {
    pub base: RDebug,
    pub r_next: *mut RDebugExtended,
}

impl RDebugExtended {
    pub const ZERO: RDebugExtended = RDebugExtended {
        base: RDebug::ZERO,
        r_next: null_mut(),
    };
}

const _: () = assert!(size_of::<RDebugExtended>() == 48);
const _: () = assert!(offset_of!(RDebugExtended, base) == 0);
const _: () = assert!(offset_of!(RDebugExtended, r_next) == 40);

// ---------------------------------------------------------------------------
// struct rtld_global (4336 bytes)
// ---------------------------------------------------------------------------

/// `struct unique_sym` (32 bytes): one `STB_GNU_UNIQUE` table entry.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct UniqueSym {
    pub hashval: u32,
    pub name: *const u8,
    pub sym: *const Elf64Sym,
    pub map: *const LinkMap,
}

const _: () = assert!(size_of::<UniqueSym>() == 32);
const _: () = assert!(offset_of!(UniqueSym, hashval) == 0);
const _: () = assert!(offset_of!(UniqueSym, name) == 8);
const _: () = assert!(offset_of!(UniqueSym, sym) == 16);
const _: () = assert!(offset_of!(UniqueSym, map) == 24);

/// `struct unique_sym_table` (72 bytes): per-namespace `STB_GNU_UNIQUE`
/// table. Used only by the loader's symbol lookup; libc.so.6 does not access
/// it (doc §2.3 dataflow shows no access to ns offsets 40..160).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct UniqueSymTable {
    /// Recursive rtld lock (`kind` = 1 for ns 0 in glibc's static initialiser).
    pub lock: RtldLock,
    pub entries: *mut UniqueSym,
    pub size: usize,
    pub n_elements: usize,
    pub free: Option<unsafe extern "C" fn(*mut c_void)>,
}

impl UniqueSymTable {
    pub const ZERO: UniqueSymTable = UniqueSymTable {
        lock: RtldLock::ZERO,
        entries: null_mut(),
        size: 0,
        n_elements: 0,
        free: None,
    };
}

const _: () = assert!(size_of::<UniqueSymTable>() == 72);
const _: () = assert!(offset_of!(UniqueSymTable, lock) == 0);
const _: () = assert!(offset_of!(UniqueSymTable, entries) == 40);
const _: () = assert!(offset_of!(UniqueSymTable, size) == 48);
const _: () = assert!(offset_of!(UniqueSymTable, n_elements) == 56);
const _: () = assert!(offset_of!(UniqueSymTable, free) == 64);

/// `struct link_namespaces` (160 bytes), element of `GL(dl_ns)[16]`.
///
/// Read by libc: `ns_loaded`/`ns_nloaded` of namespaces `0..dl_nns` by
/// `__libc_start_main` (ns 0 head = main map), `dl_iterate_phdr`, `do_sym`,
/// `__cxa_thread_atexit_impl`; `ns_main_searchlist` and
/// `ns_global_scope_alloc` by `free_mem`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct LinkNamespace {
    /// Head of the `l_next` chain; ns 0: the main executable.
    pub ns_loaded: *mut LinkMap,
    pub ns_nloaded: u32,
    /// `&main_map->l_searchlist`.
    pub ns_main_searchlist: *mut RScopeElem,
    /// Must stay 0 unless the global scope array came from libc's malloc.
    pub ns_global_scope_alloc: u32,
    pub ns_global_scope_pending_adds: u32,
    pub libc_map: *mut LinkMap,
    pub ns_unique_sym_table: UniqueSymTable,
    pub ns_debug: RDebugExtended,
}

impl LinkNamespace {
    pub const ZERO: LinkNamespace = LinkNamespace {
        ns_loaded: null_mut(),
        ns_nloaded: 0,
        ns_main_searchlist: null_mut(),
        ns_global_scope_alloc: 0,
        ns_global_scope_pending_adds: 0,
        libc_map: null_mut(),
        ns_unique_sym_table: UniqueSymTable::ZERO,
        ns_debug: RDebugExtended::ZERO,
    };
}

const _: () = assert!(size_of::<LinkNamespace>() == 160);
const _: () = assert!(offset_of!(LinkNamespace, ns_loaded) == 0);
const _: () = assert!(offset_of!(LinkNamespace, ns_nloaded) == 8);
const _: () = assert!(offset_of!(LinkNamespace, ns_main_searchlist) == 16);
const _: () = assert!(offset_of!(LinkNamespace, ns_global_scope_alloc) == 24);
const _: () = assert!(offset_of!(LinkNamespace, ns_global_scope_pending_adds) == 28);
const _: () = assert!(offset_of!(LinkNamespace, libc_map) == 32);
const _: () = assert!(offset_of!(LinkNamespace, ns_unique_sym_table) == 40);
const _: () = assert!(
    offset_of!(LinkNamespace, ns_unique_sym_table) + offset_of!(UniqueSymTable, entries) == 80
);
const _: () = assert!(
    offset_of!(LinkNamespace, ns_unique_sym_table) + offset_of!(UniqueSymTable, size) == 88
);
const _: () = assert!(
    offset_of!(LinkNamespace, ns_unique_sym_table) + offset_of!(UniqueSymTable, n_elements) == 96
);
const _: () = assert!(
    offset_of!(LinkNamespace, ns_unique_sym_table) + offset_of!(UniqueSymTable, free) == 104
);
const _: () = assert!(offset_of!(LinkNamespace, ns_debug) == 112);

/// `struct auditstate` (16 bytes).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct AuditState {
    pub cookie: usize,
    pub bindflags: u32,
}

impl AuditState {
    pub const ZERO: AuditState = AuditState {
        cookie: 0,
        bindflags: 0,
    };
}

const _: () = assert!(size_of::<AuditState>() == 16);
const _: () = assert!(offset_of!(AuditState, cookie) == 0);
const _: () = assert!(offset_of!(AuditState, bindflags) == 8);

/// `struct dtv_slotinfo` (16 bytes).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DtvSlotinfo {
    pub gen: usize,
    pub map: *mut LinkMap,
}

/// `struct dtv_slotinfo_list` (16-byte header + flexible `slotinfo[len]`).
///
/// Read by libc's `free_mem` (frees only the `next` chain, with libc's
/// `free`) and by libthread_db (`GL(dl_tls_dtv_slotinfo_list)`).
#[repr(C)]
pub struct DtvSlotinfoList {
    pub len: usize,
    pub next: *mut DtvSlotinfoList,
    pub slotinfo: [DtvSlotinfo; 0],
}

const _: () = assert!(size_of::<DtvSlotinfo>() == 16);
const _: () = assert!(offset_of!(DtvSlotinfo, gen) == 0);
const _: () = assert!(offset_of!(DtvSlotinfo, map) == 8);
const _: () = assert!(size_of::<DtvSlotinfoList>() == 16);
const _: () = assert!(offset_of!(DtvSlotinfoList, len) == 0);
const _: () = assert!(offset_of!(DtvSlotinfoList, next) == 8);
const _: () = assert!(offset_of!(DtvSlotinfoList, slotinfo) == 16);

/// `struct dl_scope_free_list` (408 bytes): `GL(dl_scope_free_list)`.
#[repr(C)]
pub struct DlScopeFreeList {
    pub count: usize,
    pub list: [*mut c_void; 50],
}

const _: () = assert!(size_of::<DlScopeFreeList>() == 408);
const _: () = assert!(offset_of!(DlScopeFreeList, count) == 0);
const _: () = assert!(offset_of!(DlScopeFreeList, list) == 8);

/// `DEFAULT_STACK_PERMS` (PF_R|PF_W|PF_X), glibc's initial `_dl_stack_flags`.
pub const DEFAULT_STACK_PERMS: u32 = 7;

/// `struct rtld_global` (4336 bytes): the exported `_rtld_global`
/// (GLIBC_PRIVATE, writable).
///
/// Read/written by libc.so.6 (§2.2): `dl_ns`/`dl_nns` (`__libc_start_main`,
/// `dl_iterate_phdr`, `do_sym`, `__cxa_thread_atexit_impl`, `free_mem`), the
/// three locks (`_dl_addr`, `__cxa_thread_atexit_impl`, dlsym,
/// `dl_iterate_phdr`, fork child), `dl_load_adds` (`dl_iterate_phdr`),
/// `dl_profile_map` (`_dl_mcount_wrapper_check`), `dl_all_dirs`,
/// `dl_initial_dtv`, `dl_scope_free_list` (`free_mem`), `dl_stack_flags`
/// (pthread_create, `__spawnix`), the stack lists, cache size/lock and
/// `dl_in_flight_stack` (pthread_create, fork, setxid); libthread_db reads
/// it through libc's `__nptl_rtld_global` (stack lists, slotinfo list).
#[repr(C)]
pub struct RtldGlobal {
    pub dl_ns: [LinkNamespace; DL_NNS],
    /// Number of namespaces in use (1).
    pub dl_nns: usize,
    pub dl_load_lock: RtldLock,
    pub dl_load_write_lock: RtldLock,
    pub dl_load_tls_lock: RtldLock,
    pub dl_load_adds: u64,
    pub dl_initfirst: *mut LinkMap,
    /// Keep NULL (`_dl_mcount_wrapper_check`).
    pub dl_profile_map: *mut LinkMap,
    pub dl_num_relocations: u64,
    pub dl_num_cache_relocations: u64,
    /// Must equal `GLRO(dl_init_all_dirs)` (libc `free_mem`).
    pub dl_all_dirs: *mut RSearchPathElem,
    /// ld.so's own link map (reached by libc only through `l_next`).
    pub dl_rtld_map: LinkMap,
    pub dl_rtld_auditstate: [AuditState; DL_NNS],
    /// CET state (CET is not built into this glibc; stays 0).
    pub dl_x86_feature_1: u32,
    /// `struct dl_x86_feature_control` bitfield {ibt:2, shstk:2}; 0.
    pub dl_x86_feature_control: u32,
    /// `p_flags` of the main program's PT_GNU_STACK (`DEFAULT_STACK_PERMS`
    /// if absent).
    pub dl_stack_flags: u32,
    pub dl_tls_dtv_gaps: bool,
    pub dl_tls_max_dtv_idx: usize,
    pub dl_tls_dtv_slotinfo_list: *mut DtvSlotinfoList,
    pub dl_tls_static_nelem: usize,
    pub dl_tls_static_used: usize,
    pub dl_tls_static_optional: usize,
    /// The main thread's DTV (`&dtv[1]`).
    pub dl_initial_dtv: *mut c_void,
    pub dl_tls_generation: usize,
    pub dl_scope_free_list: *mut DlScopeFreeList,
    pub dl_stack_used: ListHead,
    /// Contains the initial thread's `pd->list`.
    pub dl_stack_user: ListHead,
    pub dl_stack_cache: ListHead,
    pub dl_stack_cache_actsize: usize,
    pub dl_in_flight_stack: usize,
    /// lll lock (int).
    pub dl_stack_cache_lock: i32,
}

impl RtldGlobal {
    /// All zero (locks are *not* initialised; prefer [`RtldGlobal::INITIAL`]).
    pub const ZERO: RtldGlobal = RtldGlobal {
        dl_ns: [LinkNamespace::ZERO; DL_NNS],
        dl_nns: 0,
        dl_load_lock: RtldLock::ZERO,
        dl_load_write_lock: RtldLock::ZERO,
        dl_load_tls_lock: RtldLock::ZERO,
        dl_load_adds: 0,
        dl_initfirst: null_mut(),
        dl_profile_map: null_mut(),
        dl_num_relocations: 0,
        dl_num_cache_relocations: 0,
        dl_all_dirs: null_mut(),
        dl_rtld_map: LinkMap::ZERO,
        dl_rtld_auditstate: [AuditState::ZERO; DL_NNS],
        dl_x86_feature_1: 0,
        dl_x86_feature_control: 0,
        dl_stack_flags: 0,
        dl_tls_dtv_gaps: false,
        dl_tls_max_dtv_idx: 0,
        dl_tls_dtv_slotinfo_list: null_mut(),
        dl_tls_static_nelem: 0,
        dl_tls_static_used: 0,
        dl_tls_static_optional: 0,
        dl_initial_dtv: null_mut(),
        dl_tls_generation: 0,
        dl_scope_free_list: null_mut(),
        dl_stack_used: ListHead::ZERO,
        dl_stack_user: ListHead::ZERO,
        dl_stack_cache: ListHead::ZERO,
        dl_stack_cache_actsize: 0,
        dl_in_flight_stack: 0,
        dl_stack_cache_lock: 0,
    };

    /// glibc's static initialiser (elf/rtld.c), byte-identical to the
    /// `.data` image of `_rtld_global` in this machine's ld.so: the three
    /// locks and ns 0's unique-symbol lock recursive, `dl_nns = 1`,
    /// `dl_stack_flags = DEFAULT_STACK_PERMS`. The stack lists still need
    /// `ListHead::init` at run time (`__tls_pre_init_tp`).
    pub const INITIAL: RtldGlobal = {
        let mut g = RtldGlobal::ZERO;
        g.dl_ns[0].ns_unique_sym_table.lock = RtldLock::RECURSIVE;
        g.dl_nns = 1;
        g.dl_load_lock = RtldLock::RECURSIVE;
        g.dl_load_write_lock = RtldLock::RECURSIVE;
        g.dl_load_tls_lock = RtldLock::RECURSIVE;
        g.dl_stack_flags = DEFAULT_STACK_PERMS;
        g
    };
}

const _: () = assert!(size_of::<RtldGlobal>() == RTLD_GLOBAL_SIZE);
const _: () = assert!(align_of::<RtldGlobal>() == 8);
const _: () = assert!(offset_of!(RtldGlobal, dl_ns) == 0);
const _: () = assert!(offset_of!(RtldGlobal, dl_nns) == 2560);
const _: () = assert!(offset_of!(RtldGlobal, dl_load_lock) == 2568);
const _: () = assert!(offset_of!(RtldGlobal, dl_load_write_lock) == 2608);
const _: () = assert!(offset_of!(RtldGlobal, dl_load_tls_lock) == 2648);
const _: () = assert!(offset_of!(RtldGlobal, dl_load_adds) == 2688);
const _: () = assert!(offset_of!(RtldGlobal, dl_initfirst) == 2696);
const _: () = assert!(offset_of!(RtldGlobal, dl_profile_map) == 2704);
const _: () = assert!(offset_of!(RtldGlobal, dl_num_relocations) == 2712);
const _: () = assert!(offset_of!(RtldGlobal, dl_num_cache_relocations) == 2720);
const _: () = assert!(offset_of!(RtldGlobal, dl_all_dirs) == 2728);
const _: () = assert!(offset_of!(RtldGlobal, dl_rtld_map) == 2736);
const _: () = assert!(offset_of!(RtldGlobal, dl_rtld_auditstate) == 3928);
const _: () = assert!(offset_of!(RtldGlobal, dl_x86_feature_1) == 4184);
const _: () = assert!(offset_of!(RtldGlobal, dl_x86_feature_control) == 4188);
const _: () = assert!(offset_of!(RtldGlobal, dl_stack_flags) == 4192);
const _: () = assert!(offset_of!(RtldGlobal, dl_tls_dtv_gaps) == 4196);
const _: () = assert!(offset_of!(RtldGlobal, dl_tls_max_dtv_idx) == 4200);
const _: () = assert!(offset_of!(RtldGlobal, dl_tls_dtv_slotinfo_list) == 4208);
const _: () = assert!(offset_of!(RtldGlobal, dl_tls_static_nelem) == 4216);
const _: () = assert!(offset_of!(RtldGlobal, dl_tls_static_used) == 4224);
const _: () = assert!(offset_of!(RtldGlobal, dl_tls_static_optional) == 4232);
const _: () = assert!(offset_of!(RtldGlobal, dl_initial_dtv) == 4240);
const _: () = assert!(offset_of!(RtldGlobal, dl_tls_generation) == 4248);
const _: () = assert!(offset_of!(RtldGlobal, dl_scope_free_list) == 4256);
const _: () = assert!(offset_of!(RtldGlobal, dl_stack_used) == 4264);
const _: () = assert!(offset_of!(RtldGlobal, dl_stack_user) == 4280);
const _: () = assert!(offset_of!(RtldGlobal, dl_stack_cache) == 4296);
const _: () = assert!(offset_of!(RtldGlobal, dl_stack_cache_actsize) == 4312);
const _: () = assert!(offset_of!(RtldGlobal, dl_in_flight_stack) == 4320);
const _: () = assert!(offset_of!(RtldGlobal, dl_stack_cache_lock) == 4328);
// Nested offsets libc uses directly.
const _: () = assert!(offset_of!(RtldGlobal, dl_load_lock) + offset_of!(RtldLock, kind) == 2584);
const _: () = assert!(
    offset_of!(RtldGlobal, dl_ns)
        + offset_of!(LinkNamespace, ns_unique_sym_table)
        + offset_of!(UniqueSymTable, lock)
        + offset_of!(RtldLock, kind)
        == 56
);

// ---------------------------------------------------------------------------
// struct rtld_global_ro (896 bytes)
// ---------------------------------------------------------------------------

/// Storage type of `RtldGlobalRo::cpu_features`. To be replaced by
/// `crate::glibc::cpu_features::CpuFeatures` (480 bytes, align 8: the offset
/// 112 and the rest of the layout do not change; the const asserts below
/// check it) together with [`CPU_FEATURES_ZERO`] (`CpuFeatures::zeroed()`).
pub type CpuFeaturesStorage = [u8; CPU_FEATURES_SIZE];
/// Const zero value of [`CpuFeaturesStorage`].
pub const CPU_FEATURES_ZERO: CpuFeaturesStorage = [0u8; CPU_FEATURES_SIZE];

/// `_FPU_DEFAULT` on x86-64.
pub const FPU_DEFAULT: u16 = 0x037f;
/// `DL_DEBUG_IMPCALLS`: the `dl_debug_mask` bit `__libc_start_main` tests.
pub const DL_DEBUG_IMPCALLS: i32 = 1 << 1;
/// `enum dso_sort_algorithm`.
pub const DSO_SORT_ALGORITHM_ORIGINAL: u32 = 0;
pub const DSO_SORT_ALGORITHM_DFS: u32 = 1;
/// `_dl_x86_hwcap_flags` (sysdeps/x86/dl-procinfo.c): constant strings.
pub const X86_HWCAP_FLAGS: [[u8; 9]; 3] = [*b"sse2\0\0\0\0\0", *b"x86_64\0\0\0", *b"avx512_1\0"];
/// `_dl_x86_platforms` (sysdeps/x86/dl-procinfo.c): constant strings.
pub const X86_PLATFORMS: [[u8; 9]; 4] = [
    *b"i586\0\0\0\0\0",
    *b"i686\0\0\0\0\0",
    *b"haswell\0\0",
    *b"xeon_phi\0",
];

/// `int (*)(clockid_t, struct timespec *)` (vDSO `clock_gettime`/`clock_getres`).
pub type VdsoClockFn = unsafe extern "C" fn(clockid: i32, tp: *mut c_void) -> i32;
/// `int (*)(struct timeval *, void *)` (vDSO `gettimeofday`).
pub type VdsoGettimeofdayFn = unsafe extern "C" fn(tv: *mut c_void, tz: *mut c_void) -> i32;
/// `time_t (*)(time_t *)` (vDSO `time`).
pub type VdsoTimeFn = unsafe extern "C" fn(t: *mut i64) -> i64;
/// `int (*)(unsigned *, unsigned *, void *)` (vDSO `getcpu`).
pub type VdsoGetcpuFn =
    unsafe extern "C" fn(cpu: *mut u32, node: *mut u32, cache: *mut c_void) -> i32;
/// `void (*)(const char *, ...)`.
pub type DebugPrintfFn = unsafe extern "C" fn(fmt: *const u8, ...);
/// `void (*)(Elf64_Addr frompc, Elf64_Addr selfpc)`.
pub type McountFn = unsafe extern "C" fn(frompc: u64, selfpc: u64);
/// `lookup_t (*)(const char *undef_name, struct link_map *undef_map,
/// const Elf64_Sym **ref, struct r_scope_elem *symbol_scope[],
/// const struct r_found_version *version, int type_class, int flags,
/// struct link_map *skip_map)`; `lookup_t` = `struct link_map *`.
pub type LookupSymbolXFn = unsafe extern "C" fn(
    undef_name: *const u8,
    undef_map: *mut LinkMap,
    sym_ref: *mut *const Elf64Sym,
    symbol_scope: *mut *mut RScopeElem,
    version: *const RFoundVersion,
    type_class: i32,
    flags: i32,
    skip_map: *mut LinkMap,
) -> *mut LinkMap;
/// `void *(*)(const char *file, int mode, const void *caller, Lmid_t nsid,
/// int argc, char **argv, char **env)`.
pub type DlOpenFn = unsafe extern "C" fn(
    file: *const u8,
    mode: i32,
    caller: *const c_void,
    nsid: i64,
    argc: i32,
    argv: *mut *mut u8,
    env: *mut *mut u8,
) -> *mut c_void;
/// `void (*)(void *map)`.
pub type DlCloseFn = unsafe extern "C" fn(map: *mut c_void);
/// `int (*)(const char **objname, const char **errstring, bool *mallocedp,
/// void (*operate)(void *), void *args)`.
pub type DlCatchErrorFn = unsafe extern "C" fn(
    objname: *mut *const u8,
    errstring: *mut *const u8,
    mallocedp: *mut bool,
    operate: Option<unsafe extern "C" fn(*mut c_void)>,
    args: *mut c_void,
) -> i32;
/// `void (*)(void *)`.
pub type DlErrorFreeFn = unsafe extern "C" fn(ptr: *mut c_void);
/// `void *(*)(struct link_map *)`.
pub type DlTlsGetAddrSoftFn = unsafe extern "C" fn(map: *mut LinkMap) -> *mut c_void;
/// `void (*)(void)`.
pub type DlLibcFreeresFn = unsafe extern "C" fn();
/// `int (*)(void *pc, struct dl_find_object *result)`.
pub type DlFindObjectFn = unsafe extern "C" fn(pc: *mut c_void, result: *mut DlFindObject) -> i32;

/// `struct rtld_global_ro` (896 bytes): the exported `_rtld_global_ro`
/// (GLIBC_PRIVATE; RELRO in glibc).
///
/// Read by libc.so.6 (§2.1: pagesize, minsigstacksize, clktck, fpu_control,
/// hwcap/hwcap2/auxv (getauxval), cpu_features (every IFUNC resolver),
/// tls_static_size/align, init_all_dirs, sysinfo_map and the vDSO pointers,
/// debug_mask/debug_printf, mcount, and all function pointers 808..872 for
/// dlopen/dlsym/dlclose/dlerror/dl_iterate_phdr/_dl_find_object/
/// `__libc_freeres`, the dlfcn hook, naudit), by libm.so.6 and libmvec.so.1
/// (cpu_features bytes 156..421) and by libc_malloc_debug.so.0 (pagesize).
#[repr(C)]
pub struct RtldGlobalRo {
    /// `DL_DEBUG_*` bits (LD_DEBUG); 0.
    pub dl_debug_mask: i32,
    /// AT_PLATFORM ("x86_64").
    pub dl_platform: *const u8,
    pub dl_platformlen: usize,
    /// AT_PAGESZ.
    pub dl_pagesize: usize,
    /// AT_MINSIGSTKSZ or CPUID-derived; must be non-zero.
    pub dl_minsigstacksize: usize,
    pub dl_inhibit_cache: i32,
    pub dl_initial_searchlist: RScopeElem,
    /// AT_CLKTCK.
    pub dl_clktck: i32,
    pub dl_verbose: i32,
    pub dl_debug_fd: i32,
    pub dl_lazy: i32,
    pub dl_bind_not: i32,
    pub dl_dynamic_weak: i32,
    /// `fpu_control_t` (AT_FPUCW, default [`FPU_DEFAULT`]).
    pub dl_fpu_control: u16,
    /// AT_HWCAP, overwritten by init_cpu_features (`HWCAP_X86_64` = 2...).
    pub dl_hwcap: u64,
    /// Must be non-NULL (getauxval).
    pub dl_auxv: *mut Elf64Auxv,
    /// `_dl_x86_cpu_features` (`struct cpu_features`), opaque here.
    pub cpu_features: CpuFeaturesStorage,
    pub dl_x86_hwcap_flags: [[u8; 9]; 3],
    pub dl_x86_platforms: [[u8; 9]; 4],
    pub dl_inhibit_rpath: *const u8,
    pub dl_origin_path: *const u8,
    pub dl_tls_static_size: usize,
    /// Must be non-zero (`div` in `__libc_early_init`).
    pub dl_tls_static_align: usize,
    pub dl_tls_static_surplus: usize,
    pub dl_profile: *const u8,
    pub dl_profile_output: *const u8,
    /// Non-NULL once startup is done (`rtld_active()` in libc).
    pub dl_init_all_dirs: *mut RSearchPathElem,
    /// AT_SYSINFO_EHDR (`const Elf64_Ehdr *`).
    pub dl_sysinfo_dso: *const c_void,
    /// vDSO link map, or NULL (then libc's time IFUNCs use syscalls).
    pub dl_sysinfo_map: *mut LinkMap,
    pub dl_vdso_clock_gettime64: Option<VdsoClockFn>,
    pub dl_vdso_gettimeofday: Option<VdsoGettimeofdayFn>,
    pub dl_vdso_time: Option<VdsoTimeFn>,
    pub dl_vdso_getcpu: Option<VdsoGetcpuFn>,
    pub dl_vdso_clock_getres_time64: Option<VdsoClockFn>,
    /// AT_HWCAP2.
    pub dl_hwcap2: u64,
    /// `enum dso_sort_algorithm` (`DSO_SORT_ALGORITHM_*`).
    pub dl_dso_sort_algo: u32,
    pub dl_debug_printf: Option<DebugPrintfFn>,
    pub dl_mcount: Option<McountFn>,
    pub dl_lookup_symbol_x: Option<LookupSymbolXFn>,
    pub dl_open: Option<DlOpenFn>,
    pub dl_close: Option<DlCloseFn>,
    pub dl_catch_error: Option<DlCatchErrorFn>,
    pub dl_error_free: Option<DlErrorFreeFn>,
    /// Must be non-NULL (`dl_iterate_phdr`).
    pub dl_tls_get_addr_soft: Option<DlTlsGetAddrSoftFn>,
    pub dl_libc_freeres: Option<DlLibcFreeresFn>,
    /// Target of libc's exported `_dl_find_object` (`jmp *0x360(%rax)`).
    pub dl_find_object: Option<DlFindObjectFn>,
    /// Checked first by every dl* entry point in libc.
    pub dl_dlfcn_hook: *const DlfcnHook,
    pub dl_audit: *mut AuditIfaces,
    pub dl_naudit: u32,
}

impl RtldGlobalRo {
    pub const ZERO: RtldGlobalRo = RtldGlobalRo {
        dl_debug_mask: 0,
        dl_platform: null(),
        dl_platformlen: 0,
        dl_pagesize: 0,
        dl_minsigstacksize: 0,
        dl_inhibit_cache: 0,
        dl_initial_searchlist: RScopeElem::ZERO,
        dl_clktck: 0,
        dl_verbose: 0,
        dl_debug_fd: 0,
        dl_lazy: 0,
        dl_bind_not: 0,
        dl_dynamic_weak: 0,
        dl_fpu_control: 0,
        dl_hwcap: 0,
        dl_auxv: null_mut(),
        cpu_features: CPU_FEATURES_ZERO,
        dl_x86_hwcap_flags: [[0; 9]; 3],
        dl_x86_platforms: [[0; 9]; 4],
        dl_inhibit_rpath: null(),
        dl_origin_path: null(),
        dl_tls_static_size: 0,
        dl_tls_static_align: 0,
        dl_tls_static_surplus: 0,
        dl_profile: null(),
        dl_profile_output: null(),
        dl_init_all_dirs: null_mut(),
        dl_sysinfo_dso: null(),
        dl_sysinfo_map: null_mut(),
        dl_vdso_clock_gettime64: None,
        dl_vdso_gettimeofday: None,
        dl_vdso_time: None,
        dl_vdso_getcpu: None,
        dl_vdso_clock_getres_time64: None,
        dl_hwcap2: 0,
        dl_dso_sort_algo: 0,
        dl_debug_printf: None,
        dl_mcount: None,
        dl_lookup_symbol_x: None,
        dl_open: None,
        dl_close: None,
        dl_catch_error: None,
        dl_error_free: None,
        dl_tls_get_addr_soft: None,
        dl_libc_freeres: None,
        dl_find_object: None,
        dl_dlfcn_hook: null(),
        dl_audit: null_mut(),
        dl_naudit: 0,
    };

    /// The non-pointer part of glibc's static initialiser (byte-identical to
    /// the `.data.rel.ro` image of `_rtld_global_ro` in this machine's ld.so
    /// except for the function pointers 792..856, which glibc fills by RELR
    /// relocation and dryad must set itself): `dl_pagesize = 4096`
    /// (EXEC_PAGESIZE), `dl_debug_fd = 2`, `dl_lazy = 1`, `dl_fpu_control =
    /// 0x37f`, and the hwcap/platform name tables.
    pub const INITIAL: RtldGlobalRo = RtldGlobalRo {
        dl_pagesize: 4096,
        dl_debug_fd: 2,
        dl_lazy: 1,
        dl_fpu_control: FPU_DEFAULT,
        dl_x86_hwcap_flags: X86_HWCAP_FLAGS,
        dl_x86_platforms: X86_PLATFORMS,
        ..RtldGlobalRo::ZERO
    };
}

const _: () = assert!(size_of::<RtldGlobalRo>() == RTLD_GLOBAL_RO_SIZE);
const _: () = assert!(align_of::<RtldGlobalRo>() == 8);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_debug_mask) == 0);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_platform) == 8);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_platformlen) == 16);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_pagesize) == 24);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_minsigstacksize) == 32);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_inhibit_cache) == 40);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_initial_searchlist) == 48);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_clktck) == 64);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_verbose) == 68);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_debug_fd) == 72);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_lazy) == 76);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_bind_not) == 80);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_dynamic_weak) == 84);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_fpu_control) == 88);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_hwcap) == 96);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_auxv) == 104);
const _: () = assert!(offset_of!(RtldGlobalRo, cpu_features) == RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET);
const _: () = assert!(size_of::<CpuFeaturesStorage>() == CPU_FEATURES_SIZE);
// The replacement `CpuFeatures` (align 8) keeps offset 112 only because it is
// 8-aligned and the next field is byte-aligned:
const _: () = assert!(
    RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET.is_multiple_of(8) && CPU_FEATURES_SIZE.is_multiple_of(8)
);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_x86_hwcap_flags) == 592);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_x86_platforms) == 619);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_inhibit_rpath) == 656);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_origin_path) == 664);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_tls_static_size) == 672);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_tls_static_align) == 680);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_tls_static_surplus) == 688);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_profile) == 696);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_profile_output) == 704);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_init_all_dirs) == 712);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_sysinfo_dso) == 720);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_sysinfo_map) == 728);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_vdso_clock_gettime64) == 736);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_vdso_gettimeofday) == 744);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_vdso_time) == 752);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_vdso_getcpu) == 760);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_vdso_clock_getres_time64) == 768);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_hwcap2) == 776);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_dso_sort_algo) == 784);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_debug_printf) == 792);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_mcount) == 800);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_lookup_symbol_x) == 808);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_open) == 816);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_close) == 824);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_catch_error) == 832);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_error_free) == 840);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_tls_get_addr_soft) == 848);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_libc_freeres) == 856);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_find_object) == 864);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_dlfcn_hook) == 872);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_audit) == 880);
const _: () = assert!(offset_of!(RtldGlobalRo, dl_naudit) == 888);
const _: () = assert!(size_of::<Option<LookupSymbolXFn>>() == 8);
const _: () = assert!(size_of::<Option<DebugPrintfFn>>() == 8);

// ---------------------------------------------------------------------------
// dlfcn hook, dl_find_object, dl_exception, Dl_info, tls_index
// ---------------------------------------------------------------------------

/// `Dl_info` (32 bytes, public `<dlfcn.h>`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DlInfo {
    pub dli_fname: *const u8,
    pub dli_fbase: *mut c_void,
    pub dli_sname: *const u8,
    pub dli_saddr: *mut c_void,
}

const _: () = assert!(size_of::<DlInfo>() == 32);
const _: () = assert!(offset_of!(DlInfo, dli_fname) == 0);
const _: () = assert!(offset_of!(DlInfo, dli_fbase) == 8);
const _: () = assert!(offset_of!(DlInfo, dli_sname) == 16);
const _: () = assert!(offset_of!(DlInfo, dli_saddr) == 24);

/// `struct dlfcn_hook` (104 bytes), pointed to by `GLRO(dl_dlfcn_hook)`.
///
/// Read by libc: every dl* entry point (dlopen, dlmopen, dlclose, dlsym,
/// dlvsym, dlerror, dladdr, dladdr1, dlinfo, `__libc_dlopen_mode`,
/// `__libc_dlsym`, `__libc_dlvsym`, `__libc_dlclose`) calls through it
/// when the hook pointer is non-NULL (§6.1).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DlfcnHook {
    pub dlopen: Option<
        unsafe extern "C" fn(file: *const u8, mode: i32, caller: *mut c_void) -> *mut c_void,
    >,
    pub dlclose: Option<unsafe extern "C" fn(handle: *mut c_void) -> i32>,
    pub dlsym: Option<
        unsafe extern "C" fn(
            handle: *mut c_void,
            name: *const u8,
            caller: *mut c_void,
        ) -> *mut c_void,
    >,
    pub dlvsym: Option<
        unsafe extern "C" fn(
            handle: *mut c_void,
            name: *const u8,
            version: *const u8,
            caller: *mut c_void,
        ) -> *mut c_void,
    >,
    pub dlerror: Option<unsafe extern "C" fn() -> *mut u8>,
    pub dladdr: Option<unsafe extern "C" fn(addr: *const c_void, info: *mut DlInfo) -> i32>,
    pub dladdr1: Option<
        unsafe extern "C" fn(
            addr: *const c_void,
            info: *mut DlInfo,
            extra: *mut *mut c_void,
            flags: i32,
        ) -> i32,
    >,
    pub dlinfo:
        Option<unsafe extern "C" fn(handle: *mut c_void, request: i32, arg: *mut c_void) -> i32>,
    pub dlmopen: Option<
        unsafe extern "C" fn(
            nsid: i64,
            file: *const u8,
            mode: i32,
            caller: *mut c_void,
        ) -> *mut c_void,
    >,
    pub libc_dlopen_mode: Option<unsafe extern "C" fn(name: *const u8, mode: i32) -> *mut c_void>,
    pub libc_dlsym: Option<unsafe extern "C" fn(map: *mut c_void, name: *const u8) -> *mut c_void>,
    pub libc_dlvsym: Option<
        unsafe extern "C" fn(map: *mut c_void, name: *const u8, version: *const u8) -> *mut c_void,
    >,
    pub libc_dlclose: Option<unsafe extern "C" fn(map: *mut c_void) -> i32>,
}

const _: () = assert!(size_of::<DlfcnHook>() == 104);
const _: () = assert!(offset_of!(DlfcnHook, dlopen) == 0);
const _: () = assert!(offset_of!(DlfcnHook, dlclose) == 8);
const _: () = assert!(offset_of!(DlfcnHook, dlsym) == 16);
const _: () = assert!(offset_of!(DlfcnHook, dlvsym) == 24);
const _: () = assert!(offset_of!(DlfcnHook, dlerror) == 32);
const _: () = assert!(offset_of!(DlfcnHook, dladdr) == 40);
const _: () = assert!(offset_of!(DlfcnHook, dladdr1) == 48);
const _: () = assert!(offset_of!(DlfcnHook, dlinfo) == 56);
const _: () = assert!(offset_of!(DlfcnHook, dlmopen) == 64);
const _: () = assert!(offset_of!(DlfcnHook, libc_dlopen_mode) == 72);
const _: () = assert!(offset_of!(DlfcnHook, libc_dlsym) == 80);
const _: () = assert!(offset_of!(DlfcnHook, libc_dlvsym) == 88);
const _: () = assert!(offset_of!(DlfcnHook, libc_dlclose) == 96);

/// `struct dl_find_object` (96 bytes, public `<dlfcn.h>`, x86-64: no
/// `dlfo_eh_dbase`).
///
/// Filled by `GLRO(dl_find_object)` for libc's exported
/// `_dl_find_object@GLIBC_2.35`, which libgcc_s's unwinder calls (C++
/// exceptions, Rust unwinding, pthread_cancel/exit, backtrace).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DlFindObject {
    /// 0.
    pub dlfo_flags: u64,
    /// `l_map_start`.
    pub dlfo_map_start: *mut c_void,
    /// `l_map_end`.
    pub dlfo_map_end: *mut c_void,
    pub dlfo_link_map: *mut LinkMap,
    /// `l_addr + PT_GNU_EH_FRAME.p_vaddr`, or NULL.
    pub dlfo_eh_frame: *mut c_void,
    /// glibc: `__dflo_reserved[7]` (sic).
    pub dflo_reserved: [u64; 7],
}

impl DlFindObject {
    pub const ZERO: DlFindObject = DlFindObject {
        dlfo_flags: 0,
        dlfo_map_start: null_mut(),
        dlfo_map_end: null_mut(),
        dlfo_link_map: null_mut(),
        dlfo_eh_frame: null_mut(),
        dflo_reserved: [0; 7],
    };
}

const _: () = assert!(size_of::<DlFindObject>() == 96);
const _: () = assert!(offset_of!(DlFindObject, dlfo_flags) == 0);
const _: () = assert!(offset_of!(DlFindObject, dlfo_map_start) == 8);
const _: () = assert!(offset_of!(DlFindObject, dlfo_map_end) == 16);
const _: () = assert!(offset_of!(DlFindObject, dlfo_link_map) == 24);
const _: () = assert!(offset_of!(DlFindObject, dlfo_eh_frame) == 32);
const _: () = assert!(offset_of!(DlFindObject, dflo_reserved) == 40);

/// `struct dl_exception` (24 bytes).
///
/// Filled by `_dl_exception_create` (called by libc's `_dl_signal_error`);
/// libc frees `errstring` only through `GLRO(dl_error_free)` (§6.2).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DlException {
    pub objname: *const u8,
    pub errstring: *const u8,
    /// The single malloc'ed block (`== errstring`), or NULL.
    pub message_buffer: *mut u8,
}

const _: () = assert!(size_of::<DlException>() == 24);
const _: () = assert!(offset_of!(DlException, objname) == 0);
const _: () = assert!(offset_of!(DlException, errstring) == 8);
const _: () = assert!(offset_of!(DlException, message_buffer) == 16);

/// `tls_index` = `struct dl_tls_index` (16 bytes), the argument of
/// `__tls_get_addr` (GOT pairs from DTPMOD64/DTPOFF64; libc's dlsym of TLS
/// symbols builds one).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TlsIndex {
    pub ti_module: u64,
    pub ti_offset: u64,
}

const _: () = assert!(size_of::<TlsIndex>() == 16);
const _: () = assert!(offset_of!(TlsIndex, ti_module) == 0);
const _: () = assert!(offset_of!(TlsIndex, ti_offset) == 8);

// ---------------------------------------------------------------------------
// TLS: DTV, TCB (tcbhead_t) and struct pthread offsets
// ---------------------------------------------------------------------------

/// `TLS_DTV_UNALLOCATED` (`(void *) -1l`).
pub const TLS_DTV_UNALLOCATED: usize = usize::MAX;
/// `DTV_SURPLUS`: spare DTV slots allocated beyond `dl_tls_max_dtv_idx`.
pub const DTV_SURPLUS: usize = 14;

/// `struct dtv_pointer` (16 bytes).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DtvPointer {
    /// Block address, or `TLS_DTV_UNALLOCATED`.
    pub val: *mut c_void,
    /// What to `free` (libc's `get_cached_stack` frees it with libc `free`).
    pub to_free: *mut c_void,
}

/// `dtv_t` = `union dtv` (16 bytes). `tcb->dtv` points at `dtv[1]`;
/// `dtv[-1].counter` = number of slots, `dtv[0].counter` = generation,
/// `dtv[modid].pointer` = the module's block.
///
/// Read directly by libc (`get_cached_stack`), by `__tls_get_addr` callers'
/// fast path and by libthread_db.
#[repr(C)]
#[derive(Clone, Copy)]
pub union DtvEntry {
    pub counter: usize,
    pub pointer: DtvPointer,
}

impl DtvEntry {
    pub const ZERO: DtvEntry = DtvEntry {
        pointer: DtvPointer {
            val: null_mut(),
            to_free: null_mut(),
        },
    };
    pub const UNALLOCATED: DtvEntry = DtvEntry {
        pointer: DtvPointer {
            val: TLS_DTV_UNALLOCATED as *mut c_void,
            to_free: null_mut(),
        },
    };
}

const _: () = assert!(size_of::<DtvPointer>() == 16);
const _: () = assert!(offset_of!(DtvPointer, val) == 0);
const _: () = assert!(offset_of!(DtvPointer, to_free) == 8);
const _: () = assert!(size_of::<DtvEntry>() == 16);
const _: () = assert!(offset_of!(DtvEntry, counter) == 0);
const _: () = assert!(offset_of!(DtvEntry, pointer) == 0);

/// `tcbhead_t` (704 bytes, align 32): the start of `struct pthread`;
/// `%fs` base points at it.
///
/// Read by libc through `%fs`: `tcb` (`%fs:0`), `dtv` (`%fs:8`,
/// `__tls_get_addr`), `self` (`THREAD_SELF`), `multiple_threads`,
/// `gscope_flag` (`do_sym`), `stack_guard` (`%fs:0x28`, every
/// stack-protected function incl. IFUNC resolvers), `pointer_guard`
/// (`%fs:0x30`, PTR_MANGLE), `feature_1` (copied by pthread_create); gcc's
/// split-stack / TM runtimes use `private_ss` / `private_tm`.
#[repr(C, align(32))]
#[derive(Clone, Copy)]
pub struct TcbHead {
    /// = tp.
    pub tcb: *mut c_void,
    /// `&dtv[1]`.
    pub dtv: *mut DtvEntry,
    /// glibc: `self`; = tp.
    pub self_: *mut c_void,
    pub multiple_threads: i32,
    pub gscope_flag: i32,
    pub sysinfo: usize,
    /// `*(u64 *)AT_RANDOM & ~0xff`.
    pub stack_guard: usize,
    /// `*(u64 *)(AT_RANDOM + 8)`.
    pub pointer_guard: usize,
    pub unused_vgetcpu_cache: [u64; 2],
    pub feature_1: u32,
    /// glibc: `__glibc_unused1`.
    pub glibc_unused1: i32,
    /// glibc: `__private_tm[4]`.
    pub private_tm: [*mut c_void; 4],
    /// glibc: `__private_ss`.
    pub private_ss: *mut c_void,
    pub ssp_base: u64,
    /// glibc: `__128bits __glibc_unused2[8][4]` (aligned 32).
    pub glibc_unused2: [u8; 512],
    /// glibc: `void *__padding[8]`.
    pub padding: [*mut c_void; 8],
}

impl TcbHead {
    pub const ZERO: TcbHead = TcbHead {
        tcb: null_mut(),
        dtv: null_mut(),
        self_: null_mut(),
        multiple_threads: 0,
        gscope_flag: 0,
        sysinfo: 0,
        stack_guard: 0,
        pointer_guard: 0,
        unused_vgetcpu_cache: [0; 2],
        feature_1: 0,
        glibc_unused1: 0,
        private_tm: [null_mut(); 4],
        private_ss: null_mut(),
        ssp_base: 0,
        glibc_unused2: [0; 512],
        padding: [null_mut(); 8],
    };
}

const _: () = assert!(size_of::<TcbHead>() == 704);
const _: () = assert!(align_of::<TcbHead>() == 32);
const _: () = assert!(offset_of!(TcbHead, tcb) == 0x00);
const _: () = assert!(offset_of!(TcbHead, dtv) == 0x08);
const _: () = assert!(offset_of!(TcbHead, self_) == 0x10);
const _: () = assert!(offset_of!(TcbHead, multiple_threads) == 0x18);
const _: () = assert!(offset_of!(TcbHead, gscope_flag) == 0x1c);
const _: () = assert!(offset_of!(TcbHead, sysinfo) == 0x20);
const _: () = assert!(offset_of!(TcbHead, stack_guard) == 0x28);
const _: () = assert!(offset_of!(TcbHead, pointer_guard) == 0x30);
const _: () = assert!(offset_of!(TcbHead, unused_vgetcpu_cache) == 0x38);
const _: () = assert!(offset_of!(TcbHead, feature_1) == 0x48);
const _: () = assert!(offset_of!(TcbHead, glibc_unused1) == 0x4c);
const _: () = assert!(offset_of!(TcbHead, private_tm) == 0x50);
const _: () = assert!(offset_of!(TcbHead, private_ss) == 0x70);
const _: () = assert!(offset_of!(TcbHead, ssp_base) == 0x78);
const _: () = assert!(offset_of!(TcbHead, glibc_unused2) == 0x80);
const _: () = assert!(offset_of!(TcbHead, padding) == 0x280);

/// `struct robust_list_head` (24 bytes), `pthread.robust_head`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RobustListHead {
    /// Initial thread: `&robust_head` (empty list).
    pub list: *mut c_void,
    /// [`ROBUST_FUTEX_OFFSET`].
    pub futex_offset: i64,
    pub list_op_pending: *mut c_void,
}

const _: () = assert!(size_of::<RobustListHead>() == 24);
const _: () = assert!(offset_of!(RobustListHead, list) == 0);
const _: () = assert!(offset_of!(RobustListHead, futex_offset) == 8);
const _: () = assert!(offset_of!(RobustListHead, list_op_pending) == 16);

/// `robust_head.futex_offset`: `offsetof(__lock) - offsetof(__list.__next)`
/// in `pthread_mutex_t` = 0 - 32.
pub const ROBUST_FUTEX_OFFSET: i64 = -32;
const _: () = assert!(
    ROBUST_FUTEX_OFFSET
        == offset_of!(RtldLock, futex) as i64
            - (offset_of!(RtldLock, list) + offset_of!(PthreadInternalList, next)) as i64
);

/// `pthread.rseq_area` (32 bytes, align 32): `struct rseq` as registered
/// with the kernel (`cpu_id_start`, `cpu_id`, `rseq_cs`, `flags`, padding).
///
/// Read by libc: `sched_getcpu` (`cpu_id` when >= 0), `start_thread`
/// (registers new threads only if the creator's `cpu_id >= 0`).
#[repr(C, align(32))]
#[derive(Clone, Copy)]
pub struct RseqArea {
    pub cpu_id_start: u32,
    /// `RSEQ_CPU_ID_UNINITIALIZED` (-1) before registration,
    /// `RSEQ_CPU_ID_REGISTRATION_FAILED` (-2) when not registered.
    pub cpu_id: u32,
    pub rseq_cs: u64,
    pub flags: u32,
    pub pad: [u8; 12],
}

impl RseqArea {
    pub const ZERO: RseqArea = RseqArea {
        cpu_id_start: 0,
        cpu_id: 0,
        rseq_cs: 0,
        flags: 0,
        pad: [0; 12],
    };
}

/// `RSEQ_CPU_ID_UNINITIALIZED`.
pub const RSEQ_CPU_ID_UNINITIALIZED: i32 = -1;
/// `RSEQ_CPU_ID_REGISTRATION_FAILED`.
pub const RSEQ_CPU_ID_REGISTRATION_FAILED: i32 = -2;
/// `RSEQ_SIG` on x86.
pub const RSEQ_SIG: u32 = 0x5305_3053;
/// Size passed to `rseq(2)` (`sizeof (pd->rseq_area)`).
pub const RSEQ_AREA_SIZE: usize = 32;

const _: () = assert!(size_of::<RseqArea>() == RSEQ_AREA_SIZE);
const _: () = assert!(offset_of!(RseqArea, cpu_id_start) == 0);
const _: () = assert!(offset_of!(RseqArea, cpu_id) == 4);
const _: () = assert!(offset_of!(RseqArea, rseq_cs) == 8);
const _: () = assert!(offset_of!(RseqArea, flags) == 16);

// `struct pthread` (2368 bytes, align 64) field offsets from the thread
// pointer, from pahole on libc.so.6's debug info. The TCB (`tcbhead_t`) is
// at offset 0. Used by dryad for the initial thread (`__tls_init_tp`) and
// by `__nptl_change_stack_perm`; read by libc (pthread_*, fork, setxid,
// cancellation, `sched_getcpu`) and libthread_db (`_thread_db_pthread_*`).

/// `sizeof (struct pthread)` = `TLS_TCB_SIZE` = `TLS_INIT_TCB_SIZE`.
pub const PTHREAD_SIZE: usize = 2368;
/// `TCB_ALIGNMENT` / `__alignof__ (struct pthread)`.
pub const PTHREAD_ALIGN: usize = 64;
/// `TLS_TCB_SIZE`.
pub const TLS_TCB_SIZE: usize = PTHREAD_SIZE;
/// `header` (`tcbhead_t`).
pub const PTHREAD_HEADER: usize = 0;
/// `header.dtv` (libthread_db `pthread.dtvp`).
pub const PTHREAD_DTVP: usize = 8;
/// `list` (`list_t`): initial thread is linked into `GL(dl_stack_user)`.
pub const PTHREAD_LIST: usize = 704;
/// `tid` (`pid_t`): `set_tid_address(&pd->tid)`.
pub const PTHREAD_TID: usize = 720;
/// `robust_prev`: `&pd->robust_head`.
pub const PTHREAD_ROBUST_PREV: usize = 728;
/// `robust_head` ([`RobustListHead`]).
pub const PTHREAD_ROBUST_HEAD: usize = 736;
/// `robust_head.futex_offset`.
pub const PTHREAD_ROBUST_HEAD_FUTEX_OFFSET: usize = 744;
/// `robust_head.list_op_pending`.
pub const PTHREAD_ROBUST_HEAD_LIST_OP_PENDING: usize = 752;
/// `cleanup`.
pub const PTHREAD_CLEANUP: usize = 760;
/// `cleanup_jmp_buf`.
pub const PTHREAD_CLEANUP_JMP_BUF: usize = 768;
/// `cancelhandling` (int).
pub const PTHREAD_CANCELHANDLING: usize = 776;
/// `flags` (int).
pub const PTHREAD_FLAGS: usize = 780;
/// `specific_1stblock[32]` (`struct pthread_key_data`, 16 bytes each).
pub const PTHREAD_SPECIFIC_1STBLOCK: usize = 784;
/// `specific[32]`: `specific[0] = &pd->specific_1stblock[0]`.
pub const PTHREAD_SPECIFIC: usize = 1296;
/// `specific_used` (bool).
pub const PTHREAD_SPECIFIC_USED: usize = 1552;
/// `report_events` (bool) = `__nptl_initial_report_events`.
pub const PTHREAD_REPORT_EVENTS: usize = 1553;
/// `user_stack` (bool): true for the initial thread.
pub const PTHREAD_USER_STACK: usize = 1554;
/// `stopped_start` (bool).
pub const PTHREAD_STOPPED_START: usize = 1555;
/// `setup_failed` (int).
pub const PTHREAD_SETUP_FAILED: usize = 1556;
/// `lock` (int).
pub const PTHREAD_LOCK: usize = 1560;
/// `setxid_futex` (unsigned).
pub const PTHREAD_SETXID_FUTEX: usize = 1564;
/// `joinid`.
pub const PTHREAD_JOINID: usize = 1568;
/// `result`.
pub const PTHREAD_RESULT: usize = 1576;
/// `schedparam` (`struct sched_param`, 4 bytes).
pub const PTHREAD_SCHEDPARAM: usize = 1584;
/// `schedpolicy` (int).
pub const PTHREAD_SCHEDPOLICY: usize = 1588;
/// `start_routine`.
pub const PTHREAD_START_ROUTINE: usize = 1592;
/// `arg`.
pub const PTHREAD_ARG: usize = 1600;
/// `eventbuf` (`td_eventbuf_t`, 24 bytes).
pub const PTHREAD_EVENTBUF: usize = 1608;
/// `nextevent`.
pub const PTHREAD_NEXTEVENT: usize = 1632;
/// `exc` (`struct _Unwind_Exception`, 32 bytes, align 16).
pub const PTHREAD_EXC: usize = 1648;
/// `stackblock`: NULL for the initial thread.
pub const PTHREAD_STACKBLOCK: usize = 1680;
/// `stackblock_size`: `(size_t) __libc_stack_end` for the initial thread.
pub const PTHREAD_STACKBLOCK_SIZE: usize = 1688;
/// `guardsize`.
pub const PTHREAD_GUARDSIZE: usize = 1696;
/// `reported_guardsize`.
pub const PTHREAD_REPORTED_GUARDSIZE: usize = 1704;
/// `tpp`.
pub const PTHREAD_TPP: usize = 1712;
/// `res` (`struct __res_state`, 568 bytes).
pub const PTHREAD_RES: usize = 1720;
/// `sigmask` (`internal_sigset_t`, 8 bytes).
pub const PTHREAD_SIGMASK: usize = 2288;
/// `c11` (bool).
pub const PTHREAD_C11: usize = 2296;
/// `exiting` (bool).
pub const PTHREAD_EXITING: usize = 2297;
/// `exit_lock` (int).
pub const PTHREAD_EXIT_LOCK: usize = 2300;
/// `tls_state` (`struct tls_internal_t`, 16 bytes).
pub const PTHREAD_TLS_STATE: usize = 2304;
/// `rseq_area` ([`RseqArea`]); `__rseq_offset` = this.
pub const PTHREAD_RSEQ_AREA: usize = 2336;
/// `rseq_area.cpu_id_start`.
pub const PTHREAD_RSEQ_CPU_ID_START: usize = 2336;
/// `rseq_area.cpu_id`.
pub const PTHREAD_RSEQ_CPU_ID: usize = 2340;
/// `rseq_area.rseq_cs`.
pub const PTHREAD_RSEQ_CS: usize = 2344;
/// `rseq_area.flags`.
pub const PTHREAD_RSEQ_FLAGS: usize = 2352;
/// `sizeof (struct pthread_key_data)` (`{uintptr_t seq; void *data;}`).
pub const PTHREAD_KEY_DATA_SIZE: usize = 16;
/// `PTHREAD_KEY_2NDLEVEL_SIZE` (entries of `specific_1stblock` / `specific`).
pub const PTHREAD_KEY_2NDLEVEL_SIZE: usize = 32;

const _: () = assert!(PTHREAD_LIST == size_of::<TcbHead>());
const _: () = assert!(PTHREAD_DTVP == offset_of!(TcbHead, dtv));
const _: () = assert!(
    PTHREAD_ROBUST_HEAD_FUTEX_OFFSET
        == PTHREAD_ROBUST_HEAD + offset_of!(RobustListHead, futex_offset)
);
const _: () = assert!(
    PTHREAD_ROBUST_HEAD_LIST_OP_PENDING
        == PTHREAD_ROBUST_HEAD + offset_of!(RobustListHead, list_op_pending)
);
const _: () = assert!(
    PTHREAD_SPECIFIC
        == PTHREAD_SPECIFIC_1STBLOCK + PTHREAD_KEY_2NDLEVEL_SIZE * PTHREAD_KEY_DATA_SIZE
);
const _: () = assert!(PTHREAD_SPECIFIC_USED == PTHREAD_SPECIFIC + PTHREAD_KEY_2NDLEVEL_SIZE * 8);
const _: () = assert!(
    PTHREAD_RSEQ_AREA.is_multiple_of(32) && PTHREAD_RSEQ_AREA + RSEQ_AREA_SIZE == PTHREAD_SIZE
);
const _: () =
    assert!(PTHREAD_RSEQ_CPU_ID_START == PTHREAD_RSEQ_AREA + offset_of!(RseqArea, cpu_id_start));
const _: () = assert!(PTHREAD_RSEQ_CPU_ID == PTHREAD_RSEQ_AREA + offset_of!(RseqArea, cpu_id));
const _: () = assert!(PTHREAD_RSEQ_CS == PTHREAD_RSEQ_AREA + offset_of!(RseqArea, rseq_cs));
const _: () = assert!(PTHREAD_RSEQ_FLAGS == PTHREAD_RSEQ_AREA + offset_of!(RseqArea, flags));
const _: () = assert!(PTHREAD_SIZE.is_multiple_of(PTHREAD_ALIGN));
const _: () = assert!(PTHREAD_EXC.is_multiple_of(16));
