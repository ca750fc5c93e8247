//! glibc's `struct link_map` (1192 bytes in 2.36), the record debuggers and
//! libc walk for every loaded object.
//!
//! Its first five fields are public ABI (`<link.h>`: `l_addr`, `l_name`,
//! `l_ld`, `l_next`, `l_prev`), read by gdb through `_r_debug.r_map` and by
//! `dl_iterate_phdr` users; the rest is glibc-internal. dryad allocates one
//! per object with the full size so that libc can later read the internal
//! fields at their real offsets (see docs/glibc-2.36.md §3).

use core::mem::{offset_of, size_of};

pub const LINK_MAP_SIZE: usize = 1192;

#[repr(C)]
pub struct LinkMap {
    pub l_addr: usize,
    pub l_name: *const u8,
    pub l_ld: usize,
    pub l_next: *mut LinkMap,
    pub l_prev: *mut LinkMap,
    /// Must point to the map itself (`dl_iterate_phdr` follows it).
    pub l_real: *mut LinkMap,
    rest: [u8; LINK_MAP_SIZE - 48],
}

const _: () = assert!(size_of::<LinkMap>() == LINK_MAP_SIZE);
const _: () = assert!(offset_of!(LinkMap, l_name) == 8);
const _: () = assert!(offset_of!(LinkMap, l_ld) == 16);
const _: () = assert!(offset_of!(LinkMap, l_next) == 24);
const _: () = assert!(offset_of!(LinkMap, l_prev) == 32);
const _: () = assert!(offset_of!(LinkMap, l_real) == 40);

impl LinkMap {
    pub fn new(l_addr: usize, l_name: *const u8, l_ld: usize) -> LinkMap {
        LinkMap {
            l_addr,
            l_name,
            l_ld,
            l_next: core::ptr::null_mut(),
            l_prev: core::ptr::null_mut(),
            l_real: core::ptr::null_mut(),
            rest: [0; LINK_MAP_SIZE - 48],
        }
    }
}
