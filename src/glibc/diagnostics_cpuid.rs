//! The raw CPUID dump that ends `ld.so --list-diagnostics` since glibc
//! 2.40 (here: 2.41 and 2.43), the `x86.processor[...]` lines of
//! sysdeps/x86/dl-diagnostics-cpu.c: on each CPU of the affinity mask in
//! turn (the thread pinned to it with `sched_setaffinity`, as
//! elf/dl-iterate_cpu.h does), every leaf and subleaf CPUID answers,
//! printed as the difference from the previous CPU's (the first CPU's
//! against nothing).
//!
//! What is queried: leaf 0, then leaves 1 to its maximum, each with ECX
//! 0 to 511, then leaf 0x8000_0000 and the extended leaves up to its
//! maximum, the same way. Results are kept in at most 8192 records: an
//! all-zero answer is not recorded, and a subleaf that answers as the one
//! before it (the same four registers, or the same except ECX's low byte,
//! which echoes the query's ECX as some CPUs do for unknown subleaves)
//! extends the previous record's ECX range. If the records run out, the
//! whole probe starts again with at most 128 leaves of each kind and 32
//! subleaves each. A record prints as `cpuid.eax[L]` when its leaf has no
//! distinct subleaves, else as `cpuid.subleaf_eax[L].ecx[FIRST]` with its
//! range (`until_ecx`) and, if ECX echoed the query, `ecx_query_mask`;
//! XCR0 follows as `xgetbv.ecx[0x0]` when the CPU reports OSXSAVE.
//!
//! Differences from glibc: none in what is printed. glibc passes
//! `sched_setaffinity` a request mask whose words below the CPU's are
//! uninitialised stack (they matter only from CPU 64 on); dryad's are
//! zero.

use super::cpu_features::{CpuidRegisters, CpuidSource, HostCpu};
use alloc::vec::Vec;
use core::fmt::Write;

/// At most this many leaves of each kind (basic, extended) on the second
/// pass.
const MAIN_LEAF_LIMIT: u32 = 128;
/// Subleaves queried per leaf on the first pass.
const INITIAL_SUBLEAF_LIMIT: u32 = 512;
/// Subleaves queried per leaf on the second pass.
const SUBLEAF_LIMIT: u32 = 32;
/// The first extended leaf.
const EXTENDED_LEAVES: u32 = 0x8000_0000;
/// The records one probe can keep: enough for the second pass's limits.
const CAPACITY: usize = (MAIN_LEAF_LIMIT * 2 * SUBLEAF_LIMIT) as usize;

/// One recorded answer: leaf `eax` answered `regs` for every ECX from
/// `ecx_first` to `ecx_last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Record {
    eax: u32,
    ecx_first: u32,
    ecx_last: u32,
    /// ECX's low byte was the query's ECX in every answer of the range
    /// (which then agree in everything else).
    echoes_ecx: bool,
    regs: [u32; 4],
}

impl Record {
    /// The order records are compared in between two CPUs: by leaf, then
    /// by the first subleaf.
    fn key(&self) -> u64 {
        (self.eax as u64) << 32 | self.ecx_first as u64
    }
}

fn regs(r: CpuidRegisters) -> [u32; 4] {
    [r.eax, r.ebx, r.ecx, r.edx]
}

/// What one CPU answered.
#[derive(Debug, Default)]
pub struct Probe {
    records: Vec<Record>,
    /// The last subleaf queried per leaf (511 or 31).
    ecx_limit: u32,
    /// XCR0, or 0 without OSXSAVE.
    xcr0: u64,
}

impl Probe {
    /// Queries leaf `eax`, subleaf `ecx` and records the answer; false if
    /// there was no room left (checked before the query is made, even for
    /// an answer that would have merged).
    fn store<C: CpuidSource>(&mut self, cpu: &mut C, eax: u32, ecx: u32) -> bool {
        if self.records.len() >= CAPACITY {
            return false;
        }
        let r = regs(cpu.cpuid(eax, ecx));
        if let Some(prev) = self.records.last_mut() {
            if prev.eax == eax && prev.ecx_last.wrapping_add(1) == ecx {
                // The same answer again: a range whose ECX is fixed (even
                // if its one answer so far echoed the query).
                if (!prev.echoes_ecx || prev.ecx_first == prev.ecx_last) && prev.regs == r {
                    prev.ecx_last = ecx;
                    prev.echoes_ecx = false;
                    return true;
                }
                // The same but for ECX's low byte, which echoes the query.
                if prev.echoes_ecx
                    && ecx & 0xff == r[2] & 0xff
                    && (r[0], r[1], r[2] & !0xff, r[3]) == (prev.regs[0], prev.regs[1], prev.regs[2] & !0xff, prev.regs[3])
                {
                    prev.ecx_last = ecx;
                    return true;
                }
            }
        }
        // An all-zero answer: an unsupported leaf or subleaf.
        if r == [0; 4] {
            return true;
        }
        self.records.push(Record { eax, ecx_first: ecx, ecx_last: ecx, echoes_ecx: ecx & 0xff == r[2] & 0xff, regs: r });
        true
    }

    /// One pass over every leaf; `limit`: the second pass's limits. False
    /// if the records ran out.
    fn collect_pass<C: CpuidSource>(&mut self, cpu: &mut C, limit: bool) -> bool {
        self.records.clear();
        self.ecx_limit = if limit { SUBLEAF_LIMIT } else { INITIAL_SUBLEAF_LIMIT } - 1;
        self.store(cpu, 0, 0);
        let Some(first) = self.records.first() else { return true };
        let mut max = first.regs[0];
        if limit && max >= MAIN_LEAF_LIMIT {
            max = MAIN_LEAF_LIMIT - 1;
        }
        if !self.leaves(cpu, 1, max) {
            return false;
        }
        if !self.store(cpu, EXTENDED_LEAVES, 0) {
            return false;
        }
        // The latest record's EAX: leaf 0x8000_0000's maximum, or (if it
        // answered all zeros and was not recorded) an earlier leaf's EAX,
        // as glibc reads it.
        let mut max = self.records.last().map_or(0, |r| r.regs[0]);
        if max < EXTENDED_LEAVES {
            return true;
        }
        if limit && max - EXTENDED_LEAVES >= MAIN_LEAF_LIMIT {
            max = EXTENDED_LEAVES + MAIN_LEAF_LIMIT - 1;
        }
        self.leaves(cpu, EXTENDED_LEAVES + 1, max)
    }

    /// Leaves `first..=last`, each with ECX `0..=ecx_limit`.
    fn leaves<C: CpuidSource>(&mut self, cpu: &mut C, first: u32, last: u32) -> bool {
        for eax in first..=last {
            for ecx in 0..=self.ecx_limit {
                if !self.store(cpu, eax, ecx) {
                    return false;
                }
            }
        }
        true
    }

    /// Everything `cpu` answers; `osxsave`: whether the CPU features
    /// report OSXSAVE (XCR0 is read then).
    pub fn collect<C: CpuidSource>(&mut self, cpu: &mut C, osxsave: bool) {
        if self.records.capacity() < CAPACITY {
            self.records.reserve_exact(CAPACITY - self.records.len());
        }
        if !self.collect_pass(cpu, false) {
            self.collect_pass(cpu, true);
        }
        self.xcr0 = if osxsave { cpu.xgetbv(0) } else { 0 };
    }

    /// Prints record `i` with the register values `r` (its own, or zeros
    /// for a record the next CPU lacks).
    fn print_record(&self, out: &mut dyn Write, processor: u32, i: usize, r: &[u32; 4]) {
        let q = &self.records[i];
        // A value of subleaves unless the leaf is one record for every
        // ECX queried (or one ECX 0 answer) with no neighbour of its leaf.
        let subleaf = q.ecx_first > 0
            || (q.ecx_first != q.ecx_last && !(q.ecx_first == 0 && q.ecx_last == self.ecx_limit))
            || (i > 0 && self.records[i - 1].eax == q.eax)
            || self.records.get(i + 1).is_some_and(|n| n.eax == q.eax);
        for (name, v) in ["eax", "ebx", "ecx", "edx"].iter().zip(r) {
            let _ = if subleaf {
                write!(out, "x86.processor[0x{processor:x}].cpuid.subleaf_eax[0x{:x}].ecx[0x{:x}].{name}=0x{v:x}\n", q.eax, q.ecx_first)
            } else {
                write!(out, "x86.processor[0x{processor:x}].cpuid.eax[0x{:x}].{name}=0x{v:x}\n", q.eax)
            };
        }
        if subleaf && q.ecx_first != q.ecx_last {
            let prefix = |out: &mut dyn Write| write!(out, "x86.processor[0x{processor:x}].cpuid.subleaf_eax[0x{:x}].ecx[0x{:x}]", q.eax, q.ecx_first);
            let _ = prefix(out);
            let _ = write!(out, ".until_ecx=0x{:x}\n", q.ecx_last);
            if q.echoes_ecx {
                let _ = prefix(out);
                let _ = out.write_str(".ecx_query_mask=0xff\n");
            }
        }
    }
}

/// Where the probe of one CPU ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Processor {
    /// 0, 1, ... in the order probed (not a kernel CPU number).
    pub index: u32,
    /// The kernel CPU the thread was pinned to; -1 if it could not be.
    pub requested: i32,
    /// Where `getcpu` said it ran; -1 if it could not tell.
    pub observed_cpu: i32,
    pub observed_node: i32,
}

/// Prints `current` (CPU `p`'s probe) as the difference from `base` (the
/// previous CPU's; an empty one for the first): records `current` lacks
/// are shown as zeros (up to its last record), changed and new ones with
/// their values.
pub fn report(out: &mut dyn Write, p: &Processor, current: &Probe, base: &Probe) {
    let i = p.index;
    if p.requested >= 0 {
        let _ = write!(out, "x86.processor[0x{i:x}].requested=0x{:x}\n", p.requested);
    }
    if p.observed_cpu >= 0 {
        let _ = write!(out, "x86.processor[0x{i:x}].observed=0x{:x}\n", p.observed_cpu);
    }
    if p.observed_node >= 0 {
        let _ = write!(out, "x86.processor[0x{i:x}].observed_node=0x{:x}\n", p.observed_node);
    }
    let _ = write!(out, "x86.processor[0x{i:x}].cpuid_leaves=0x{:x}\n", current.records.len());
    let _ = write!(out, "x86.processor[0x{i:x}].ecx_limit=0x{:x}\n", current.ecx_limit);
    let mut b = 0;
    for (c, rec) in current.records.iter().enumerate() {
        while b < base.records.len() && base.records[b].key() < rec.key() {
            base.print_record(out, i, b, &[0; 4]);
            b += 1;
        }
        if b < base.records.len() && base.records[b].key() == rec.key() {
            let old = &base.records[b];
            if old.ecx_last != rec.ecx_last || old.regs != rec.regs {
                current.print_record(out, i, c, &rec.regs);
            }
            b += 1;
        } else {
            current.print_record(out, i, c, &rec.regs);
        }
    }
    if current.xcr0 != base.xcr0 {
        let _ = write!(out, "x86.processor[0x{i:x}].xgetbv.ecx[0x0]=0x{:x}\n", current.xcr0);
    }
}

/// The CPUs of the thread's affinity mask, each in turn, as
/// elf/dl-iterate_cpu.h walks them: the thread is pinned to each before
/// it is probed. If the mask cannot be read, one probe where the thread
/// runs; if pinning fails, the probe runs where it is, and it is the
/// last unless it is the first.
struct Processors {
    next_index: u32,
    requested: i32,
    /// The mask as first read (8192 CPUs).
    reference: [u64; 128],
    /// Bytes of `reference` the kernel filled; <= 0: affinity unusable.
    length: isize,
}

impl Processors {
    fn new() -> Processors {
        let mut reference = [0u64; 128];
        let length = crate::sys::sched_getaffinity(&mut reference).map_or(-1, |n| n as isize);
        Processors { next_index: 0, requested: -1, reference, length }
    }

    fn next(&mut self) -> Option<Processor> {
        let index = self.next_index;
        self.next_index += 1;
        if self.length > 0 {
            loop {
                self.requested += 1;
                let word = self.requested as usize / 64;
                let bit = 1u64 << (self.requested as usize % 64);
                if word * 8 >= self.length as usize {
                    return None;
                }
                if self.reference[word] & bit != 0 {
                    let mut request = [0u64; 128];
                    request[word] = bit;
                    if crate::sys::sched_setaffinity(&request[..=word]).is_err() {
                        self.length = -1;
                        if index > 0 {
                            return None;
                        }
                    }
                    break;
                }
            }
        } else if index > 0 {
            return None;
        }
        let (observed_cpu, observed_node) = crate::sys::getcpu().map_or((-1, -1), |(c, n)| (c as i32, n as i32));
        Some(Processor { index, requested: self.requested, observed_cpu, observed_node })
    }
}

/// The `x86.processor[...]` lines: every CPU of the affinity mask probed
/// and reported in turn (the thread stays pinned to the last one).
/// `osxsave`: CPUID's OSXSAVE bit in the release's `cpu_features`.
pub fn print(out: &mut dyn Write, osxsave: bool) {
    let mut cpus = Processors::new();
    let (mut base, mut current) = (Probe::default(), Probe::default());
    while let Some(p) = cpus.next() {
        current.collect(&mut HostCpu, osxsave);
        report(out, &p, &current, &base);
        core::mem::swap(&mut current, &mut base);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    /// A CPU answering from a function of (leaf, subleaf).
    struct Table<F: Fn(u32, u32) -> [u32; 4]>(F, u64);

    impl<F: Fn(u32, u32) -> [u32; 4]> CpuidSource for Table<F> {
        fn cpuid(&mut self, leaf: u32, subleaf: u32) -> CpuidRegisters {
            let [eax, ebx, ecx, edx] = (self.0)(leaf, subleaf);
            CpuidRegisters { eax, ebx, ecx, edx }
        }
        fn xgetbv(&mut self, _xcr: u32) -> u64 {
            self.1
        }
    }

    fn probe(f: impl Fn(u32, u32) -> [u32; 4], osxsave: bool) -> Probe {
        let mut p = Probe::default();
        p.collect(&mut Table(f, 0xe7), osxsave);
        p
    }

    /// Leaf 0: max 0xb; 1: one value for every ECX; 4: two cache levels
    /// then zeros; 7: subleaf 0 and 1; 0xb: topology, where from subleaf 2
    /// on only ECX's low byte (the query) changes; extended: max
    /// 0x8000_0001.
    fn cpu(leaf: u32, sub: u32) -> [u32; 4] {
        match (leaf, sub) {
            (0, _) => [0xb, 1, 2, 3],
            (1, _) => [0xa10f11, 0x800, 0xfffa3203, 0x178bfbff],
            (4, 0) => [0x121, 0x1c0003f, 0x3f, 0],
            (4, 1) => [0x122, 0x1c0003f, 0x3f, 0],
            (7, 0) => [1, 0xf1bf07ab, 0x405fc6, 0x10],
            (7, 1) => [0x20, 0, 0, 0],
            (0xb, 0) => [0, 1, 0x100, 0],
            (0xb, 1) => [5, 2, 0x201, 0],
            (0xb, s) => [0, 0, s & 0xff, 0],
            (0x8000_0000, _) => [0x8000_0001, 0, 0, 0],
            (0x8000_0001, _) => [0, 0, 0x4003f3, 0x2fd3fbff],
            _ => [0; 4],
        }
    }

    fn lines(p: &Probe, base: &Probe, index: u32) -> String {
        let mut s = String::new();
        report(&mut s, &Processor { index, requested: index as i32, observed_cpu: index as i32, observed_node: 0 }, p, base);
        s
    }

    #[test]
    fn records_merge_equal_and_ecx_echoing_subleaves_and_skip_zeros() {
        let p = probe(cpu, true);
        assert_eq!(p.ecx_limit, 511);
        let got: Vec<(u32, u32, u32, bool)> = p.records.iter().map(|r| (r.eax, r.ecx_first, r.ecx_last, r.echoes_ecx)).collect();
        assert_eq!(
            got,
            [
                (0, 0, 0, false),
                (1, 0, 511, false),
                (4, 0, 0, false),
                (4, 1, 1, false),
                (7, 0, 0, false),
                (7, 1, 1, false),
                (0xb, 0, 0, true),
                (0xb, 1, 1, true),
                (0xb, 2, 511, true),
                (0x8000_0000, 0, 0, true),
                (0x8000_0001, 0, 511, false),
            ]
        );
        assert_eq!(p.xcr0, 0xe7);
        assert_eq!(probe(cpu, false).xcr0, 0);
    }

    #[test]
    fn first_cpu_prints_everything_in_glibcs_shapes() {
        let s = lines(&probe(cpu, true), &Probe::default(), 0);
        let want = "\
x86.processor[0x0].requested=0x0
x86.processor[0x0].observed=0x0
x86.processor[0x0].observed_node=0x0
x86.processor[0x0].cpuid_leaves=0xb
x86.processor[0x0].ecx_limit=0x1ff
x86.processor[0x0].cpuid.eax[0x0].eax=0xb
x86.processor[0x0].cpuid.eax[0x0].ebx=0x1
x86.processor[0x0].cpuid.eax[0x0].ecx=0x2
x86.processor[0x0].cpuid.eax[0x0].edx=0x3
x86.processor[0x0].cpuid.eax[0x1].eax=0xa10f11
x86.processor[0x0].cpuid.eax[0x1].ebx=0x800
x86.processor[0x0].cpuid.eax[0x1].ecx=0xfffa3203
x86.processor[0x0].cpuid.eax[0x1].edx=0x178bfbff
x86.processor[0x0].cpuid.subleaf_eax[0x4].ecx[0x0].eax=0x121
x86.processor[0x0].cpuid.subleaf_eax[0x4].ecx[0x0].ebx=0x1c0003f
x86.processor[0x0].cpuid.subleaf_eax[0x4].ecx[0x0].ecx=0x3f
x86.processor[0x0].cpuid.subleaf_eax[0x4].ecx[0x0].edx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0x4].ecx[0x1].eax=0x122
x86.processor[0x0].cpuid.subleaf_eax[0x4].ecx[0x1].ebx=0x1c0003f
x86.processor[0x0].cpuid.subleaf_eax[0x4].ecx[0x1].ecx=0x3f
x86.processor[0x0].cpuid.subleaf_eax[0x4].ecx[0x1].edx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0x7].ecx[0x0].eax=0x1
x86.processor[0x0].cpuid.subleaf_eax[0x7].ecx[0x0].ebx=0xf1bf07ab
x86.processor[0x0].cpuid.subleaf_eax[0x7].ecx[0x0].ecx=0x405fc6
x86.processor[0x0].cpuid.subleaf_eax[0x7].ecx[0x0].edx=0x10
x86.processor[0x0].cpuid.subleaf_eax[0x7].ecx[0x1].eax=0x20
x86.processor[0x0].cpuid.subleaf_eax[0x7].ecx[0x1].ebx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0x7].ecx[0x1].ecx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0x7].ecx[0x1].edx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x0].eax=0x0
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x0].ebx=0x1
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x0].ecx=0x100
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x0].edx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x1].eax=0x5
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x1].ebx=0x2
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x1].ecx=0x201
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x1].edx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x2].eax=0x0
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x2].ebx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x2].ecx=0x2
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x2].edx=0x0
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x2].until_ecx=0x1ff
x86.processor[0x0].cpuid.subleaf_eax[0xb].ecx[0x2].ecx_query_mask=0xff
x86.processor[0x0].cpuid.eax[0x80000000].eax=0x80000001
x86.processor[0x0].cpuid.eax[0x80000000].ebx=0x0
x86.processor[0x0].cpuid.eax[0x80000000].ecx=0x0
x86.processor[0x0].cpuid.eax[0x80000000].edx=0x0
x86.processor[0x0].cpuid.eax[0x80000001].eax=0x0
x86.processor[0x0].cpuid.eax[0x80000001].ebx=0x0
x86.processor[0x0].cpuid.eax[0x80000001].ecx=0x4003f3
x86.processor[0x0].cpuid.eax[0x80000001].edx=0x2fd3fbff
x86.processor[0x0].xgetbv.ecx[0x0]=0xe7
";
        assert_eq!(s, want);
    }

    #[test]
    fn a_later_cpu_prints_only_what_changed() {
        let base = probe(cpu, true);
        // The second CPU: another APIC id in leaf 1, no leaf 7 subleaf 1,
        // a new leaf 6, leaf 0xb's range cut short (its last records and
        // those after the current's last are not shown as zeros).
        let other = |leaf: u32, sub: u32| match (leaf, sub) {
            (1, _) => [0xa10f11, 0x1000800, 0xfffa3203, 0x178bfbff],
            (6, 0) => [4, 0, 0, 0],
            (7, 1) => [0; 4],
            (0xb, s) if s > 9 => [0; 4],
            (0x8000_0000, _) => [0; 4],
            _ => cpu(leaf, sub),
        };
        let s = lines(&probe(other, true), &base, 1);
        let want = "\
x86.processor[0x1].requested=0x1
x86.processor[0x1].observed=0x1
x86.processor[0x1].observed_node=0x0
x86.processor[0x1].cpuid_leaves=0x9
x86.processor[0x1].ecx_limit=0x1ff
x86.processor[0x1].cpuid.eax[0x1].eax=0xa10f11
x86.processor[0x1].cpuid.eax[0x1].ebx=0x1000800
x86.processor[0x1].cpuid.eax[0x1].ecx=0xfffa3203
x86.processor[0x1].cpuid.eax[0x1].edx=0x178bfbff
x86.processor[0x1].cpuid.eax[0x6].eax=0x4
x86.processor[0x1].cpuid.eax[0x6].ebx=0x0
x86.processor[0x1].cpuid.eax[0x6].ecx=0x0
x86.processor[0x1].cpuid.eax[0x6].edx=0x0
x86.processor[0x1].cpuid.subleaf_eax[0x7].ecx[0x1].eax=0x0
x86.processor[0x1].cpuid.subleaf_eax[0x7].ecx[0x1].ebx=0x0
x86.processor[0x1].cpuid.subleaf_eax[0x7].ecx[0x1].ecx=0x0
x86.processor[0x1].cpuid.subleaf_eax[0x7].ecx[0x1].edx=0x0
x86.processor[0x1].cpuid.subleaf_eax[0xb].ecx[0x2].eax=0x0
x86.processor[0x1].cpuid.subleaf_eax[0xb].ecx[0x2].ebx=0x0
x86.processor[0x1].cpuid.subleaf_eax[0xb].ecx[0x2].ecx=0x2
x86.processor[0x1].cpuid.subleaf_eax[0xb].ecx[0x2].edx=0x0
x86.processor[0x1].cpuid.subleaf_eax[0xb].ecx[0x2].until_ecx=0x9
x86.processor[0x1].cpuid.subleaf_eax[0xb].ecx[0x2].ecx_query_mask=0xff
";
        assert_eq!(s, want);
    }

    #[test]
    fn too_many_records_start_again_with_the_limits() {
        // Every subleaf of every leaf up to 0x200 differs: the first pass
        // runs out of records, the second keeps 128 leaves x 32 subleaves.
        let p = probe(|leaf, sub| if leaf == 0 { [0x200, 0, 0, 0] } else if leaf < 0x8000_0000 { [leaf, sub, 0x1000, 1] } else { [0; 4] }, false);
        assert_eq!(p.ecx_limit, 31);
        assert_eq!(p.records.len(), 1 + 127 * 32);
        assert_eq!(p.records.last().map(|r| (r.eax, r.ecx_first)), Some((127, 31)));
    }
}
