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

/// No entry (end of a chain, an empty slot).
const NONE: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Entry {
    /// The name's GNU hash with bit 0 set (a GNU hash table's chain words
    /// keep only the other 31 bits).
    hash: u32,
    object: u32,
    /// The next object defining the same name, later in scope order.
    next: u32,
}

pub struct SymbolIndex {
    /// How many leading objects of the global scope are indexed.
    pub covered: usize,
    /// Open addressing over names: the first entry of each name's chain.
    slots: Vec<u32>,
    entries: Vec<Entry>,
}

/// What a lookup in a scope starts from: the objects, in order, and how
/// many of the leading ones the namespace's index covers (0: none, walk
/// them all).
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub list: &'a [usize],
    pub indexed: usize,
}

impl<'a> Scope<'a> {
    /// A scope that is walked object by object.
    pub fn walk(list: &'a [usize]) -> Scope<'a> {
        Scope { list, indexed: 0 }
    }
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

/// Spreads a hash over the table (GNU hashes of similar names differ
/// mostly in their low bits, which a power-of-two mask keeps anyway; the
/// multiplication mixes the high ones in).
#[inline]
fn slot_of(hash: u32, mask: usize) -> usize {
    ((hash.wrapping_mul(0x9e37_79b1)) >> 7) as usize & mask
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
        let size = (total * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut ix = SymbolIndex { covered: scope.len(), slots: alloc::vec![NONE; size], entries: Vec::with_capacity(total) };
        // Objects last to first, each name's chain growing at its head:
        // the chains end up in scope order.
        for &o in scope.iter().rev() {
            let obj = &objects[o];
            let table = &obj.symbols;
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
                let mut s = slot_of(hash, mask);
                loop {
                    let head = ix.slots[s];
                    if head == NONE {
                        ix.slots[s] = ix.entries.len() as u32;
                        ix.entries.push(Entry { hash, object: o as u32, next: NONE });
                        break;
                    }
                    let h = ix.entries[head as usize];
                    if h.hash == hash {
                        // The same hash: one entry per object is enough
                        // (the per-object test sees all its symbols).
                        if h.object != o as u32 {
                            ix.slots[s] = ix.entries.len() as u32;
                            ix.entries.push(Entry { hash, object: o as u32, next: head });
                        }
                        break;
                    }
                    s = (s + 1) & mask;
                }
            }
        }
        ix
    }

    /// The objects of the indexed prefix that have a symbol whose name has
    /// `name`'s hash and which may be a definition, in scope order.
    fn candidates<'s>(&'s self, name: &SymbolName) -> impl Iterator<Item = usize> + 's {
        let hash = name.gnu | 1;
        let mask = self.slots.len() - 1;
        let mut s = slot_of(hash, mask);
        let mut at = NONE;
        loop {
            let head = self.slots[s];
            if head == NONE {
                break;
            }
            let e = &self.entries[head as usize];
            if e.hash == hash {
                at = head;
                break;
            }
            s = (s + 1) & mask;
        }
        core::iter::from_fn(move || {
            if at == NONE {
                return None;
            }
            let e = &self.entries[at as usize];
            at = e.next;
            Some(e.object as usize)
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
