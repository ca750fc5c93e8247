//! glibc's tunables, as this build of libc expects them from its ld.so.
//!
//! In glibc 2.36 the tunables live in ld.so: it parses `GLIBC_TUNABLES`
//! (`name=value:name=value`) and the old environment aliases
//! (`MALLOC_ARENA_MAX`, `MALLOC_CHECK_`, ...), and libc asks for values by
//! numeric id through `__tunable_get_val(id, &value, callback)`. The ids
//! are a build-time enumeration that differs between builds and releases,
//! so each release adapter hands its table to [`select`] (Debian 12's
//! 2.36 table is [`TABLE_2_36`], docs/glibc-2.36.md §7.1, dumped from
//! ld.so's debug info), and dryad itself names tunables by their names. libc relies on two details: the value is written with the
//! tunable's own width (4 bytes for INT_32, 8 for SIZE_T/UINT_64, a pointer
//! for STRING), and the callback runs only for tunables the user set.

use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TunableType {
    Int32,
    Uint64,
    SizeT,
    Str,
}

use TunableType::*;

pub struct Tunable {
    pub name: &'static str,
    pub ty: TunableType,
    pub min: u64,
    pub max: u64,
    pub default: u64,
    /// The old environment variable that sets it, if any.
    pub env_alias: Option<&'static str>,
}

const MAX: u64 = u64::MAX;
const IMAX: u64 = i32::MAX as u64;

const fn t(name: &'static str, ty: TunableType, min: u64, max: u64, default: u64, env_alias: Option<&'static str>) -> Tunable {
    Tunable { name, ty, min, max, default, env_alias }
}

/// `tunable_list[]` of Debian's glibc 2.36, in id order.
pub static TABLE_2_36: [Tunable; 37] = [
    t("glibc.rtld.nns", SizeT, 1, 16, 4, None),
    t("glibc.elision.skip_lock_after_retries", Int32, 0, IMAX, 3, None),
    t("glibc.malloc.trim_threshold", SizeT, 0, MAX, 0, Some("MALLOC_TRIM_THRESHOLD_")),
    t("glibc.malloc.perturb", Int32, 0, 255, 0, Some("MALLOC_PERTURB_")),
    t("glibc.cpu.x86_shared_cache_size", SizeT, 0, MAX, 0, None),
    t("glibc.pthread.rseq", Int32, 0, 1, 1, None),
    t("glibc.mem.tagging", Int32, 0, 255, 0, None),
    t("glibc.elision.tries", Int32, 0, IMAX, 3, None),
    t("glibc.elision.enable", Int32, 0, 1, 0, None),
    t("glibc.malloc.hugetlb", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_rep_movsb_threshold", SizeT, 1, MAX, 0, None),
    t("glibc.malloc.mxfast", SizeT, 0, MAX, 0, None),
    t("glibc.rtld.dynamic_sort", Int32, 1, 2, 2, None),
    t("glibc.elision.skip_lock_busy", Int32, 0, IMAX, 3, None),
    t("glibc.malloc.top_pad", SizeT, 0, MAX, 0, Some("MALLOC_TOP_PAD_")),
    t("glibc.cpu.x86_rep_stosb_threshold", SizeT, 1, MAX, 2048, None),
    t("glibc.cpu.x86_non_temporal_threshold", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_shstk", Str, 0, 0, 0, None),
    t("glibc.pthread.stack_cache_size", SizeT, 0, MAX, 41943040, None),
    t("glibc.gmon.minarcs", Int32, 50, IMAX, 50, None),
    t("glibc.cpu.hwcap_mask", Uint64, 0, MAX, 6, Some("LD_HWCAP_MASK")),
    t("glibc.malloc.mmap_max", Int32, 0, IMAX, 0, Some("MALLOC_MMAP_MAX_")),
    t("glibc.elision.skip_trylock_internal_abort", Int32, 0, IMAX, 3, None),
    t("glibc.malloc.tcache_unsorted_limit", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_ibt", Str, 0, 0, 0, None),
    t("glibc.cpu.hwcaps", Str, 0, 0, 0, None),
    t("glibc.elision.skip_lock_internal_abort", Int32, 0, IMAX, 3, None),
    t("glibc.malloc.arena_max", SizeT, 1, MAX, 0, Some("MALLOC_ARENA_MAX")),
    t("glibc.malloc.mmap_threshold", SizeT, 0, MAX, 0, Some("MALLOC_MMAP_THRESHOLD_")),
    t("glibc.cpu.x86_data_cache_size", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.tcache_count", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.arena_test", SizeT, 1, MAX, 0, Some("MALLOC_ARENA_TEST")),
    t("glibc.pthread.mutex_spin_count", Int32, 0, 32767, 100, None),
    t("glibc.gmon.maxarcs", Int32, 50, IMAX, 1048576, None),
    t("glibc.rtld.optional_static_tls", SizeT, 0, MAX, 512, None),
    t("glibc.malloc.tcache_max", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.check", Int32, 0, 3, 0, Some("MALLOC_CHECK_")),
];

/// `tunable_list[]` of Debian's glibc 2.41 (2.41-12+deb13u5), in id order
/// (sorted by name since 2.40), read from its ld.so with its debug info.
pub static TABLE_2_41: [Tunable; 43] = [
    t("glibc.cpu.hwcaps", Str, 0, 0, 0, None),
    t("glibc.cpu.plt_rewrite", Int32, 0, 2, 0, None),
    t("glibc.cpu.prefer_map_32bit_exec", Int32, 0, 1, 0, Some("LD_PREFER_MAP_32BIT_EXEC")),
    t("glibc.cpu.x86_data_cache_size", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_ibt", Str, 0, 0, 0, None),
    t("glibc.cpu.x86_memset_non_temporal_threshold", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_non_temporal_threshold", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_rep_movsb_threshold", SizeT, 1, MAX, 0, None),
    t("glibc.cpu.x86_rep_stosb_threshold", SizeT, 1, MAX, 2048, None),
    t("glibc.cpu.x86_shared_cache_size", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_shstk", Str, 0, 0, 0, None),
    t("glibc.elision.enable", Int32, 0, 1, 0, None),
    t("glibc.elision.skip_lock_after_retries", Int32, 0, IMAX, 3, None),
    t("glibc.elision.skip_lock_busy", Int32, 0, IMAX, 3, None),
    t("glibc.elision.skip_lock_internal_abort", Int32, 0, IMAX, 3, None),
    t("glibc.elision.skip_trylock_internal_abort", Int32, 0, IMAX, 3, None),
    t("glibc.elision.tries", Int32, 0, IMAX, 3, None),
    t("glibc.gmon.maxarcs", Int32, 50, IMAX, 1048576, None),
    t("glibc.gmon.minarcs", Int32, 50, IMAX, 50, None),
    t("glibc.malloc.arena_max", SizeT, 1, MAX, 0, Some("MALLOC_ARENA_MAX")),
    t("glibc.malloc.arena_test", SizeT, 1, MAX, 0, Some("MALLOC_ARENA_TEST")),
    t("glibc.malloc.check", Int32, 0, 3, 0, Some("MALLOC_CHECK_")),
    t("glibc.malloc.hugetlb", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.mmap_max", Int32, 0, IMAX, 0, Some("MALLOC_MMAP_MAX_")),
    t("glibc.malloc.mmap_threshold", SizeT, 0, MAX, 0, Some("MALLOC_MMAP_THRESHOLD_")),
    t("glibc.malloc.mxfast", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.perturb", Int32, 0, 255, 0, Some("MALLOC_PERTURB_")),
    t("glibc.malloc.tcache_count", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.tcache_max", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.tcache_unsorted_limit", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.top_pad", SizeT, 0, MAX, 131072, Some("MALLOC_TOP_PAD_")),
    t("glibc.malloc.trim_threshold", SizeT, 0, MAX, 0, Some("MALLOC_TRIM_THRESHOLD_")),
    t("glibc.mem.decorate_maps", Int32, 0, 1, 0, None),
    t("glibc.mem.tagging", Int32, 0, 255, 0, None),
    t("glibc.pthread.mutex_spin_count", Int32, 0, 32767, 100, None),
    t("glibc.pthread.rseq", Int32, 0, 1, 1, None),
    t("glibc.pthread.stack_cache_size", SizeT, 0, MAX, 41943040, None),
    t("glibc.pthread.stack_hugetlb", Int32, 0, 1, 1, None),
    t("glibc.rtld.dynamic_sort", Int32, 1, 2, 2, None),
    t("glibc.rtld.enable_secure", Int32, 0, 1, 0, None),
    t("glibc.rtld.execstack", Int32, 0, 2, 1, None),
    t("glibc.rtld.nns", SizeT, 1, 16, 4, None),
    t("glibc.rtld.optional_static_tls", SizeT, 0, MAX, 512, None),
];


/// `tunable_list[]` of Debian's glibc 2.43 (2.43-7), in id order, read
/// from its ld.so with its debug info: 2.41's without the six
/// `glibc.elision.*` tunables (lock elision was removed in 2.42); every
/// other entry, bound and default is unchanged.
pub static TABLE_2_43: [Tunable; 37] = [
    t("glibc.cpu.hwcaps", Str, 0, 0, 0, None),
    t("glibc.cpu.plt_rewrite", Int32, 0, 2, 0, None),
    t("glibc.cpu.prefer_map_32bit_exec", Int32, 0, 1, 0, Some("LD_PREFER_MAP_32BIT_EXEC")),
    t("glibc.cpu.x86_data_cache_size", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_ibt", Str, 0, 0, 0, None),
    t("glibc.cpu.x86_memset_non_temporal_threshold", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_non_temporal_threshold", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_rep_movsb_threshold", SizeT, 1, MAX, 0, None),
    t("glibc.cpu.x86_rep_stosb_threshold", SizeT, 1, MAX, 2048, None),
    t("glibc.cpu.x86_shared_cache_size", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_shstk", Str, 0, 0, 0, None),
    t("glibc.gmon.maxarcs", Int32, 50, IMAX, 1048576, None),
    t("glibc.gmon.minarcs", Int32, 50, IMAX, 50, None),
    t("glibc.malloc.arena_max", SizeT, 1, MAX, 0, Some("MALLOC_ARENA_MAX")),
    t("glibc.malloc.arena_test", SizeT, 1, MAX, 0, Some("MALLOC_ARENA_TEST")),
    t("glibc.malloc.check", Int32, 0, 3, 0, Some("MALLOC_CHECK_")),
    t("glibc.malloc.hugetlb", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.mmap_max", Int32, 0, IMAX, 0, Some("MALLOC_MMAP_MAX_")),
    t("glibc.malloc.mmap_threshold", SizeT, 0, MAX, 0, Some("MALLOC_MMAP_THRESHOLD_")),
    t("glibc.malloc.mxfast", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.perturb", Int32, 0, 255, 0, Some("MALLOC_PERTURB_")),
    t("glibc.malloc.tcache_count", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.tcache_max", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.tcache_unsorted_limit", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.top_pad", SizeT, 0, MAX, 131072, Some("MALLOC_TOP_PAD_")),
    t("glibc.malloc.trim_threshold", SizeT, 0, MAX, 0, Some("MALLOC_TRIM_THRESHOLD_")),
    t("glibc.mem.decorate_maps", Int32, 0, 1, 0, None),
    t("glibc.mem.tagging", Int32, 0, 255, 0, None),
    t("glibc.pthread.mutex_spin_count", Int32, 0, 32767, 100, None),
    t("glibc.pthread.rseq", Int32, 0, 1, 1, None),
    t("glibc.pthread.stack_cache_size", SizeT, 0, MAX, 41943040, None),
    t("glibc.pthread.stack_hugetlb", Int32, 0, 1, 1, None),
    t("glibc.rtld.dynamic_sort", Int32, 1, 2, 2, None),
    t("glibc.rtld.enable_secure", Int32, 0, 1, 0, None),
    t("glibc.rtld.execstack", Int32, 0, 2, 1, None),
    t("glibc.rtld.nns", SizeT, 1, 16, 4, None),
    t("glibc.rtld.optional_static_tls", SizeT, 0, MAX, 512, None),
];

/// `tunable_list[]` of Debian's glibc 2.31 (2.31-13+deb11u*), in id order
/// (the order of dl-tunable-list.h, not sorted), read from its ld.so with
/// its debug info. Debian backported `glibc.rtld.nns` and
/// `glibc.rtld.optional_static_tls` (upstream 2.32). The INT_32 elision and
/// mmap_max tunables have a minimum of INT_MIN there; values are parsed as
/// unsigned numbers here, so 0 is the same bound.
pub static TABLE_2_31: [Tunable; 28] = [
    t("glibc.rtld.nns", SizeT, 1, 16, 4, None),
    t("glibc.elision.skip_lock_after_retries", Int32, 0, IMAX, 3, None),
    t("glibc.malloc.trim_threshold", SizeT, 0, MAX, 0, Some("MALLOC_TRIM_THRESHOLD_")),
    t("glibc.malloc.perturb", Int32, 0, 255, 0, Some("MALLOC_PERTURB_")),
    t("glibc.cpu.x86_shared_cache_size", SizeT, 0, MAX, 0, None),
    t("glibc.elision.tries", Int32, 0, IMAX, 3, None),
    t("glibc.elision.enable", Int32, 0, 1, 0, None),
    t("glibc.malloc.mxfast", SizeT, 0, MAX, 0, None),
    t("glibc.elision.skip_lock_busy", Int32, 0, IMAX, 3, None),
    t("glibc.malloc.top_pad", SizeT, 0, MAX, 0, Some("MALLOC_TOP_PAD_")),
    t("glibc.cpu.x86_non_temporal_threshold", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_shstk", Str, 0, 0, 0, None),
    t("glibc.cpu.hwcap_mask", Uint64, 0, MAX, 6, Some("LD_HWCAP_MASK")),
    t("glibc.malloc.mmap_max", Int32, 0, IMAX, 0, Some("MALLOC_MMAP_MAX_")),
    t("glibc.elision.skip_trylock_internal_abort", Int32, 0, IMAX, 3, None),
    t("glibc.malloc.tcache_unsorted_limit", SizeT, 0, MAX, 0, None),
    t("glibc.cpu.x86_ibt", Str, 0, 0, 0, None),
    t("glibc.cpu.hwcaps", Str, 0, 0, 0, None),
    t("glibc.elision.skip_lock_internal_abort", Int32, 0, IMAX, 3, None),
    t("glibc.malloc.arena_max", SizeT, 1, MAX, 0, Some("MALLOC_ARENA_MAX")),
    t("glibc.malloc.mmap_threshold", SizeT, 0, MAX, 0, Some("MALLOC_MMAP_THRESHOLD_")),
    t("glibc.cpu.x86_data_cache_size", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.tcache_count", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.arena_test", SizeT, 1, MAX, 0, Some("MALLOC_ARENA_TEST")),
    t("glibc.pthread.mutex_spin_count", Int32, 0, 32767, 100, None),
    t("glibc.rtld.optional_static_tls", SizeT, 0, MAX, 512, None),
    t("glibc.malloc.tcache_max", SizeT, 0, MAX, 0, None),
    t("glibc.malloc.check", Int32, 0, 3, 0, Some("MALLOC_CHECK_")),
];

/// Names of the tunables dryad itself reads or writes.
pub const RTLD_NNS: &str = "glibc.rtld.nns";
pub const X86_SHARED_CACHE_SIZE: &str = "glibc.cpu.x86_shared_cache_size";
pub const PTHREAD_RSEQ: &str = "glibc.pthread.rseq";
pub const X86_REP_MOVSB_THRESHOLD: &str = "glibc.cpu.x86_rep_movsb_threshold";
pub const X86_REP_STOSB_THRESHOLD: &str = "glibc.cpu.x86_rep_stosb_threshold";
pub const X86_NON_TEMPORAL_THRESHOLD: &str = "glibc.cpu.x86_non_temporal_threshold";
pub const HWCAP_MASK: &str = "glibc.cpu.hwcap_mask";
pub const CPU_HWCAPS: &str = "glibc.cpu.hwcaps";
pub const X86_DATA_CACHE_SIZE: &str = "glibc.cpu.x86_data_cache_size";
pub const OPTIONAL_STATIC_TLS: &str = "glibc.rtld.optional_static_tls";

/// Room for the largest release's table (each table asserts it fits).
pub const MAX_TUNABLES: usize = 64;
const _: () = assert!(TABLE_2_31.len() <= MAX_TUNABLES && TABLE_2_36.len() <= MAX_TUNABLES && TABLE_2_41.len() <= MAX_TUNABLES && TABLE_2_43.len() <= MAX_TUNABLES);

/// The table of the release in use (its ids are libc's).
static TABLE: spin::Once<&'static [Tunable]> = spin::Once::new();

/// Chooses the release's table (once, at startup, before [`init`]).
pub fn select(table: &'static [Tunable]) {
    TABLE.call_once(|| &table[..table.len().min(MAX_TUNABLES)]);
}

fn table() -> &'static [Tunable] {
    TABLE.get().copied().unwrap_or(&TABLE_2_36)
}

/// The id of `name` in the release's table.
pub fn id(name: &str) -> Option<usize> {
    table().iter().position(|t| t.name == name)
}

/// Current values (numbers, or the address of a NUL-terminated string),
/// and whether each was set (by the user, or written back by ld.so), by id.
/// Written only at startup, before any other thread exists.
static VALUES: [AtomicU64; MAX_TUNABLES] = [const { AtomicU64::new(0) }; MAX_TUNABLES];
static SET: [AtomicBool; MAX_TUNABLES] = [const { AtomicBool::new(false) }; MAX_TUNABLES];
/// The current bounds, by id: the table's, until ld.so narrows them
/// (`TUNABLE_SET_WITH_BOUNDS`, for the cpu tunables).
static MIN: [AtomicU64; MAX_TUNABLES] = [const { AtomicU64::new(0) }; MAX_TUNABLES];
static MAX_BOUND: [AtomicU64; MAX_TUNABLES] = [const { AtomicU64::new(0) }; MAX_TUNABLES];

/// The value of tunable `name` (0 if this release has no such tunable).
pub fn get(name: &str) -> u64 {
    id(name).map_or(0, get_id)
}

/// Whether `name` was set by the user or written back by ld.so.
pub fn is_set(name: &str) -> bool {
    id(name).is_some_and(is_set_id)
}

/// Sets `name` to `value` and its bounds, as glibc's
/// `TUNABLE_SET_WITH_BOUNDS` does for the cpu tunables after probing (the
/// bounds are what `ld.so --list-tunables` prints).
pub fn set_with_bounds(name: &str, value: u64, min: u64, max: u64, initialized: bool) {
    if let Some(id) = id(name) {
        set_id(id, value, initialized);
        MIN[id].store(min, Ordering::Relaxed);
        MAX_BOUND[id].store(max, Ordering::Relaxed);
    }
}

/// `ld.so --list-tunables` (`__tunables_print`): every tunable in id
/// order, `name: value (min: MIN, max: MAX)`, numbers as glibc prints
/// them (INT_32 in decimal, the others in hex), a string tunable not set
/// as `name:`.
pub fn print() {
    for (id, t) in table().iter().enumerate() {
        let (v, min, max) = (get_id(id), MIN[id].load(Ordering::Relaxed), MAX_BOUND[id].load(Ordering::Relaxed));
        match t.ty {
            Str if !is_set_id(id) => crate::print!("{}:\n", t.name),
            // SAFETY: a set STRING value is the address of a NUL-terminated
            // string in the environment block.
            Str => crate::print!("{}: {}\n", t.name, crate::sys::Bytes(unsafe { crate::startup::cstr(v as *const u8) })),
            Int32 => crate::print!("{}: {} (min: {}, max: {})\n", t.name, v as i32, min as i32, max as i32),
            Uint64 | SizeT => crate::print!("{}: {:#x} (min: {:#x}, max: {:#x})\n", t.name, v, min, max),
        }
    }
}

/// The string value of a STRING tunable the user set (without the NUL).
pub fn string(name: &str) -> Option<&'static [u8]> {
    let id = id(name)?;
    if !is_set_id(id) || table()[id].ty != Str {
        return None;
    }
    // SAFETY: STRING values are addresses of NUL-terminated strings in the
    // environment block or leaked copies of it, which are never freed.
    Some(unsafe { crate::startup::cstr(get_id(id) as *const u8) })
}

fn get_id(id: usize) -> u64 {
    VALUES[id].load(Ordering::Relaxed)
}

fn is_set_id(id: usize) -> bool {
    SET[id].load(Ordering::Relaxed)
}

fn set_id(id: usize, value: u64, initialized: bool) {
    VALUES[id].store(value, Ordering::Relaxed);
    SET[id].store(initialized, Ordering::Relaxed);
}

/// glibc's `_dl_strtoul`: decimal, 0x-hex or 0-octal, the whole string.
fn parse_number(s: &[u8]) -> Option<u64> {
    let (digits, radix) = if let Some(h) = s.strip_prefix(b"0x").or_else(|| s.strip_prefix(b"0X")) {
        (h, 16)
    } else if s.len() > 1 && s[0] == b'0' {
        (&s[1..], 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &c in digits {
        let d = (c as char).to_digit(radix)? as u64;
        v = v.checked_mul(radix as u64)?.checked_add(d)?;
    }
    Some(v)
}

/// Applies `value` to tunable `id` if it parses and is in range.
fn initialize(id: usize, value: &'static [u8], value_ptr: usize) {
    let t = &table()[id];
    if t.ty == Str {
        set_id(id, value_ptr as u64, true);
        return;
    }
    let Some(v) = parse_number(value) else { return };
    if v < t.min || v > t.max {
        return;
    }
    set_id(id, v, true);
}

/// The first bytes a variable that [`init`] reads can start with: those of
/// GLIBC_TUNABLES and of the aliases. The others (most of the
/// environment) skip the search of the table; [`init`]'s callers pass them
/// over without measuring them ([`crate::startup::InitialStack::env_where`]).
pub fn first_bytes() -> [bool; 256] {
    let mut first = [false; 256];
    first[usize::from(b'G')] = true;
    for t in table() {
        if let Some(&b) = t.env_alias.and_then(|a| a.as_bytes().first()) {
            first[usize::from(b)] = true;
        }
    }
    first
}

/// Reads `GLIBC_TUNABLES` and the aliases from the environment. Strings
/// keep pointing into the environment block, which lives as long as the
/// process. In secure mode (set-user-ID programs) nothing is read.
pub fn init(env: impl Iterator<Item = &'static [u8]>, secure: bool) {
    for (i, t) in table().iter().enumerate() {
        set_id(i, t.default, false);
        MIN[i].store(t.min, Ordering::Relaxed);
        MAX_BOUND[i].store(t.max, Ordering::Relaxed);
    }
    if secure {
        return;
    }
    let first = first_bytes();
    for var in env {
        if !var.first().is_some_and(|&b| first[usize::from(b)]) {
            continue;
        }
        let Some(eq) = var.iter().position(|&c| c == b'=') else { continue };
        let (name, value) = (&var[..eq], &var[eq + 1..]);
        if name == b"GLIBC_TUNABLES" {
            parse_tunables(value);
        } else if let Some(id) = table().iter().position(|t| t.env_alias.map(str::as_bytes) == Some(name)) {
            initialize(id, value, value.as_ptr() as usize);
        }
    }
}

/// `name=value:name=value...`. STRING values need a NUL of their own, so
/// each one is copied (once, leaked: tunables live forever).
fn parse_tunables(list: &'static [u8]) {
    for item in list.split(|&c| c == b':') {
        let Some(eq) = item.iter().position(|&c| c == b'=') else { continue };
        let (name, value) = (&item[..eq], &item[eq + 1..]);
        let Some(id) = table().iter().position(|t| t.name.as_bytes() == name) else { continue };
        if table()[id].ty == Str {
            let mut copy = alloc::vec::Vec::with_capacity(value.len() + 1);
            copy.extend_from_slice(value);
            copy.push(0);
            let leaked: &'static [u8] = copy.leak();
            initialize(id, &leaked[..value.len()], leaked.as_ptr() as usize);
        } else {
            initialize(id, value, 0);
        }
    }
}

/// glibc's `tunable_val_t`: the value handed to callbacks.
#[repr(C)]
pub union TunableVal {
    pub numval: i64,
    pub strval: *const u8,
}

pub type TunableCallback = Option<unsafe extern "C" fn(*mut TunableVal)>;

/// `void __tunable_get_val(tunable_id_t id, void *valp, tunable_callback_t cb)`
/// (GLIBC_PRIVATE): libc's malloc, pthread and elision code read their
/// settings through it.
///
/// # Safety
/// `valp` must point to writable storage of the tunable's type.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn __tunable_get_val(id: u32, valp: *mut u8, cb: TunableCallback) {
    let id = id as usize;
    let Some(t) = table().get(id) else { return };
    let v = get_id(id);
    // SAFETY: the caller passes storage of the tunable's own type.
    unsafe {
        match t.ty {
            Int32 => core::ptr::write_unaligned(valp as *mut i32, v as i32),
            Uint64 | SizeT | Str => core::ptr::write_unaligned(valp as *mut u64, v),
        }
    }
    if is_set_id(id) {
        if let Some(cb) = cb {
            let mut val = if t.ty == Str { TunableVal { strval: v as *const u8 } } else { TunableVal { numval: v as i64 } };
            // SAFETY: libc's callback for this tunable, with glibc's argument.
            unsafe { cb(&mut val) };
        }
    }
}

/// `bool __tunable_is_initialized(tunable_id_t id)` (GLIBC_PRIVATE, 2.40
/// on): whether the user set tunable `id` (libc 2.41's malloc asks before
/// applying its hugetlb and tcache defaults).
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn __tunable_is_initialized(id: u32) -> bool {
    (id as usize) < table().len() && is_set_id(id as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_like_dl_strtoul() {
        assert_eq!(parse_number(b"42"), Some(42));
        assert_eq!(parse_number(b"0x10"), Some(16));
        assert_eq!(parse_number(b"010"), Some(8));
        assert_eq!(parse_number(b"0"), Some(0));
        assert_eq!(parse_number(b"12k"), None);
        assert_eq!(parse_number(b""), None);
    }

    #[test]
    fn env_and_glibc_tunables() {
        let env: [&'static [u8]; 3] =
            [b"MALLOC_ARENA_MAX=2", b"GLIBC_TUNABLES=glibc.malloc.check=3:glibc.pthread.rseq=0:glibc.cpu.hwcaps=-AVX2:glibc.malloc.perturb=999", b"X=1"];
        init(env.into_iter(), false);
        assert_eq!(id("glibc.malloc.arena_max"), Some(27), "2.36's ids");
        assert_eq!(id("glibc.malloc.check"), Some(36));
        assert_eq!((get("glibc.malloc.arena_max"), is_set("glibc.malloc.arena_max")), (2, true));
        assert_eq!((get("glibc.malloc.check"), is_set("glibc.malloc.check")), (3, true));
        assert_eq!((get(PTHREAD_RSEQ), is_set(PTHREAD_RSEQ)), (0, true));
        assert_eq!(string(CPU_HWCAPS), Some(&b"-AVX2"[..]));
        assert!(!is_set("glibc.malloc.perturb"), "out of range values are ignored");
        assert_eq!(get("glibc.pthread.stack_cache_size"), 41943040, "defaults");
        assert_eq!(get("glibc.no.such"), 0);
        let mut out = 0i32;
        // SAFETY: an INT_32 tunable written into an i32.
        unsafe { __tunable_get_val(36, &mut out as *mut i32 as *mut u8, None) };
        assert_eq!(out, 3);
    }
}
