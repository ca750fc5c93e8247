//! A scope-wide symbol index: for every symbol hash some object of the
//! global scope defines a name with, the objects that do, in scope order.
//!
//! Without it a lookup asks each object of the scope in turn (its bloom
//! filter, then its hash chain) until one has an acceptable definition: a
//! reference to a libc function from the 100th library of a program costs
//! a hundred probes. With it, the name's GNU hash (which the lookup
//! computes anyway) is looked up in one table, and only the objects
//! listed there are asked, each with the same per-object test as the walk
//! ([`crate::lookup::lookup_in_object`]): names, versions, hidden versions,
//! the PLT and COPY rules, weak and unique bindings. An object the index
//! does not list for a hash has no symbol of a name with that hash that
//! the per-object test could accept (the index lists every symbol the
//! object's hash table can reach whose value, type and binding could make
//! it a definition), so skipping it cannot change the answer: the index
//! gives the walk's answer, only sooner. Names are not compared in the
//! index: two names with the same 32-bit hash share a list (rare: the
//! per-object test then turns the other name's objects down).
//!
//! The index covers the first `covered` objects of the global scope, as it
//! was when the index was built. The global scope only grows at its end
//! (RTLD_GLOBAL), so those objects stay its prefix: a lookup takes the
//! index's answer for the prefix, and walks the rest (objects that joined
//! later, a dlopen'ed object's local scope) object by object.
//!
//! Building it reads every exported symbol of the scope once, which costs
//! more than a few hundred walks through a short scope: [`worth_building`]
//! decides, from the number of symbolic relocations about to be processed
//! and the length of the scope.

use crate::lookup::{first_definition, Definition, RefClass};
use crate::object::Object;
use crate::symbols::{SymbolName, Version};
use alloc::vec::Vec;

/// One slot of the table: a hash (bit 0 set) in the high half, the
/// object's index plus one in the low half; 0 is an empty slot.
type Slot = u64;

pub struct SymbolIndex {
    /// How many leading objects of the global scope are indexed.
    pub covered: usize,
    /// Open addressing with linear probing. Slots of one hash lie in the
    /// run of occupied slots that starts at the hash's home slot, in the
    /// order they were inserted: scope order.
    slots: Vec<Slot>,
}

/// What a lookup in a scope starts from: the objects, in order, and how
/// many of the leading ones the namespace's index covers (0: none, walk
/// them all).
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub list: &'a [usize],
    pub indexed: usize,
}

/// Whether a symbol can ever be a definition for the per-object test
/// (its value, type and binding; the class and version tests come later).
fn may_define(sym: &crate::elf::Sym) -> bool {
    use goblin::elf::section_header::SHN_ABS;
    use goblin::elf::sym::*;
    let kind = sym.st_info & 0xf;
    if sym.st_value == 0 && sym.st_shndx as u32 != SHN_ABS && kind != STT_TLS {
        return false;
    }
    matches!(kind, STT_NOTYPE | STT_OBJECT | STT_FUNC | STT_COMMON | STT_TLS | STT_GNU_IFUNC)
        && matches!(sym.st_info >> 4, STB_GLOBAL | STB_WEAK | STB_GNU_UNIQUE)
}

/// The home slot of `hash` in a table of `len` slots: the hash mixed
/// (GNU hashes of similar names differ mostly in their low bits) and
/// mapped onto `0..len` by a multiplication, so any table size works.
#[inline]
fn home(hash: u32, len: usize) -> usize {
    ((hash.wrapping_mul(0x9e37_79b1) as u64 * len as u64) >> 32) as usize
}

/// Whether building the index for `scope_len` objects exporting
/// `exported` symbols costs less than walking the scope for `lookups`
/// references. A walk costs about one bloom-filter probe (some 20
/// instructions) per object passed, half the scope on average; indexing
/// a symbol costs about 60.
pub fn worth_building(lookups: usize, scope_len: usize, exported: usize) -> bool {
    scope_len >= 8 && lookups.saturating_mul(scope_len) / 2 > exported.saturating_mul(3)
}

impl SymbolIndex {
    /// Indexes `scope` (the global scope; object indices into `objects`).
    pub fn build(objects: &[Object], scope: &[usize]) -> SymbolIndex {
        let total: usize = scope.iter().map(|&o| objects[o].symbols.exported_range().len()).sum();
        // At most 60% full: a run of occupied slots stays short.
        let len = (total + total * 2 / 3).max(16);
        let mut slots: Vec<Slot> = alloc::vec![0; len];
        // Objects in scope order: a later object's slot for a hash comes
        // later in that hash's run.
        for &o in scope {
            let obj = &objects[o];
            let table = &obj.symbols;
            let mine = o as u64 + 1;
            for (i, hash) in table.exported() {
                let Some(sym) = table.sym(&obj.image, i) else { continue };
                if !may_define(&sym) {
                    continue;
                }
                let hash = match hash {
                    Some(h) => h | 1,
                    None => match table.name_and_hash(&sym) {
                        Some((_, h)) => h | 1,
                        None => continue,
                    },
                };
                let slot = (hash as u64) << 32 | mine;
                let mut s = home(hash, len);
                loop {
                    let v = slots[s];
                    if v == 0 {
                        slots[s] = slot;
                        break;
                    }
                    if v == slot {
                        // This object is listed for this hash already (the
                        // per-object test sees all its symbols).
                        break;
                    }
                    s += 1;
                    if s == len {
                        s = 0;
                    }
                }
            }
        }
        SymbolIndex { covered: scope.len(), slots }
    }

    /// The objects of the indexed prefix that have a symbol whose name has
    /// `name`'s hash and which may be a definition, in scope order.
    fn candidates(&self, name: &SymbolName) -> impl Iterator<Item = usize> + '_ {
        let hash = name.gnu | 1;
        let len = self.slots.len();
        let mut s = home(hash, len);
        core::iter::from_fn(move || loop {
            let v = self.slots[s];
            if v == 0 {
                return None;
            }
            s += 1;
            if s == len {
                s = 0;
            }
            if (v >> 32) as u32 == hash {
                return Some((v as u32 - 1) as usize);
            }
        })
    }
}

/// Searches `scope` for `name`, as [`crate::lookup::lookup`] does object
/// by object, using `index` for the scope's indexed prefix.
pub fn lookup(
    objects: &[Object],
    index: Option<&SymbolIndex>,
    scope: Scope,
    name: &SymbolName,
    version: Option<&Version>,
    class: RefClass,
    dynamic_weak: bool,
) -> Option<Definition> {
    match index {
        Some(ix) if scope.indexed > 0 => {
            debug_assert!(scope.indexed == ix.covered);
            let candidates = ix.candidates(name).chain(scope.list[scope.indexed..].iter().copied());
            first_definition(objects, candidates, name, version, class, dynamic_weak)
        }
        _ => first_definition(objects, scope.list.iter().copied(), name, version, class, dynamic_weak),
    }
}
