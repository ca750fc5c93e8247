//! The initial process stack the kernel hands over, and the auxiliary
//! vector on it.
//!
//! ```text
//! sp ->  argc
//!        argv[0] ... argv[argc-1]  NULL
//!        envp[0] ... NULL
//!        auxv: (type, value) pairs ... (AT_NULL, 0)
//! ```

/// `AT_*` values dryad reads or rewrites.
pub mod at {
    pub const NULL: usize = 0;
    pub const PHDR: usize = 3;
    pub const PHENT: usize = 4;
    pub const PHNUM: usize = 5;
    pub const PAGESZ: usize = 6;
    pub const BASE: usize = 7;
    pub const ENTRY: usize = 9;
    pub const PLATFORM: usize = 15;
    pub const SECURE: usize = 23;
    pub const RANDOM: usize = 25;
    pub const EXECFN: usize = 31;
    pub const SYSINFO_EHDR: usize = 33;
}

/// A view of the initial stack. Pointers stay valid for the life of the
/// process (the stack is never unmapped).
#[derive(Clone)]
pub struct InitialStack {
    pub sp: *mut usize,
    pub argc: usize,
    pub argv: *mut *const u8,
    pub envp: *mut *const u8,
    pub auxv: *mut [usize; 2],
}

impl InitialStack {
    /// # Safety
    /// `sp` must be the stack pointer the kernel started the process with.
    pub unsafe fn parse(sp: *mut usize) -> InitialStack {
        // SAFETY: the kernel's layout, as described above.
        unsafe {
            let argc = *sp;
            let argv = sp.add(1) as *mut *const u8;
            let envp = argv.add(argc + 1);
            let mut e = envp;
            while !(*e).is_null() {
                e = e.add(1);
            }
            let auxv = e.add(1) as *mut [usize; 2];
            InitialStack { sp, argc, argv, envp, auxv }
        }
    }

    pub fn arg(&self, i: usize) -> &'static [u8] {
        if i >= self.argc {
            return b"";
        }
        // SAFETY: argv[i] for i < argc is a NUL-terminated string.
        unsafe { cstr(*self.argv.add(i)) }
    }

    pub fn env(&self) -> impl Iterator<Item = &'static [u8]> + '_ {
        self.env_where(|_| true)
    }

    /// The environment's entries whose first byte `keep` accepts (an
    /// empty entry's first byte is its NUL). The others are passed over
    /// without being measured: startup reads the environment twice (the
    /// configuration's `LD_` variables, the tunables), and a `strlen` of
    /// every entry each time was ~4K instructions of /bin/true's startup
    /// with a 1.4 KiB environment.
    pub fn env_where<'a>(&'a self, keep: impl Fn(u8) -> bool + 'a) -> impl Iterator<Item = &'static [u8]> + 'a {
        let mut p = self.envp;
        core::iter::from_fn(move || {
            // SAFETY: envp is NULL-terminated; each entry is a C string
            // (at least its NUL, so its first byte can be read).
            unsafe {
                loop {
                    if (*p).is_null() {
                        return None;
                    }
                    let entry = *p;
                    p = p.add(1);
                    if keep(*entry) {
                        return Some(cstr(entry));
                    }
                }
            }
        })
    }

    /// Removes every variable named in `names` from the environment, in
    /// place (the NULL-terminated envp array is compacted), as glibc does
    /// for its "unsecure" variables in set-user-ID programs.
    pub fn remove_env(&mut self, names: &[&[u8]]) {
        // SAFETY: envp is NULL-terminated; we only move pointers within it.
        unsafe {
            let mut read = self.envp;
            let mut write = self.envp;
            while !(*read).is_null() {
                let var = cstr(*read);
                let name = var.split(|&c| c == b'=').next().unwrap_or(var);
                if !names.contains(&name) {
                    *write = *read;
                    write = write.add(1);
                }
                read = read.add(1);
            }
            *write = core::ptr::null();
        }
    }

    pub fn aux(&self, kind: usize) -> Option<usize> {
        self.aux_slot(kind).map(|p| {
            // SAFETY: a live auxv entry.
            unsafe { (*p)[1] }
        })
    }

    pub fn aux_slot(&self, kind: usize) -> Option<*mut [usize; 2]> {
        let mut p = self.auxv;
        // SAFETY: auxv is terminated by AT_NULL.
        unsafe {
            while (*p)[0] != at::NULL {
                if (*p)[0] == kind {
                    return Some(p);
                }
                p = p.add(1);
            }
        }
        None
    }

    pub fn set_aux(&self, kind: usize, value: usize) {
        if let Some(p) = self.aux_slot(kind) {
            // SAFETY: a live, writable auxv entry on our stack.
            unsafe { (*p)[1] = value };
        }
    }

    /// Removes the first `n` arguments (dryad's own name and options) so
    /// that the program sees `argv[n..]` as its whole argv. The stack is
    /// shifted by moving `argc` up `n` words; argv, envp and auxv stay where
    /// they are. The ABI wants the stack pointer 16-byte aligned at the
    /// entry point, so for an odd `n` the whole block (argc through the
    /// auxv terminator) also moves down one word; the strings it points to
    /// do not move. Returns the new stack pointer.
    pub fn drop_args(&mut self, n: usize) -> *mut usize {
        // SAFETY: every word touched lies between the old stack pointer and
        // the end of the auxiliary vector, which this process owns; the
        // word below the old stack pointer is free stack.
        unsafe {
            let mut new_sp = self.sp.add(n);
            *new_sp = self.argc - n;
            if new_sp as usize % 16 != 0 {
                // Words from argc to the AT_NULL entry, inclusive.
                let mut end = self.auxv;
                while (*end)[0] != at::NULL {
                    end = end.add(1);
                }
                let words = (end.add(1) as usize - new_sp as usize) / 8;
                core::ptr::copy(new_sp, new_sp.sub(1), words);
                new_sp = new_sp.sub(1);
                self.envp = self.envp.sub(1);
                self.auxv = (self.auxv as *mut usize).sub(1) as *mut [usize; 2];
            }
            self.sp = new_sp;
            self.argc -= n;
            self.argv = new_sp.add(1) as *mut *const u8;
        }
        self.sp
    }
}

/// The bytes of the C string at `p`, without the NUL.
///
/// # Safety
/// `p` must point to a NUL-terminated string that is never freed.
pub unsafe fn cstr(p: *const u8) -> &'static [u8] {
    if p.is_null() {
        return b"";
    }
    let mut n = 0;
    // SAFETY: the caller guarantees a terminating NUL.
    unsafe {
        while *p.add(n) != 0 {
            n += 1;
        }
        core::slice::from_raw_parts(p, n)
    }
}
