/* Macros shared by the stubs that must preserve what they do not own:
 * the lazy-binding trampoline (trampoline.S), __tls_get_addr (tls.S) and
 * the TLS descriptor entries (tlsdesc.S). src/main.rs assembles this file
 * and those three as one block, so that the macros are defined there.
 * (No braces in this text: it is a format string for global_asm!.)
 */

/* The DTV fast path of __tls_get_addr: %rax = the address of the
 * variable `ti` (a tls_index: module, offset) describes, in this
 * thread's block, if the thread's DTV (%fs:8) is of the current
 * generation, long enough and has the module's block; else a jump to
 * `miss`. Uses `dtv` and `tmp` (%rax may be either). */
    .macro DTV_BLOCK ti, dtv, tmp, miss
    mov %fs:8, \dtv               /* &dtv[0] */
    mov dryad_tls_generation(%rip), \tmp
    cmp \tmp, (\dtv)              /* dtv[0] holds the generation */
    jne \miss
    mov (\ti), \tmp               /* ti->module */
    cmp -16(\dtv), \tmp           /* dtv[-1] holds the length */
    ja \miss
    shl $4, \tmp
    mov (\dtv,\tmp), %rax         /* dtv[module].val */
    cmp $-1, %rax                 /* TLS_DTV_UNALLOCATED */
    je \miss
    add 8(\ti), %rax              /* + ti->offset */
    .endm

/* The whole extended state (everything XCR0 enables) saved with XSAVE
 * into dryad_xsave_size bytes below a 64-byte aligned %rsp, and restored.
 * XSAVE sets only the XSTATE_BV bits of the components it saves and
 * leaves the rest of the 64-byte header as it was; XRSTOR faults on any
 * XSTATE_BV bit outside XCR0 and on non-zero reserved bytes, and this is
 * recycled stack: the whole header is cleared first. Both clobber %eax
 * and %edx (the component mask). */
    .macro XSAVE_STATE
    sub dryad_xsave_size(%rip), %rsp
    xor %eax, %eax
    mov %rax, 512(%rsp)
    mov %rax, 520(%rsp)
    mov %rax, 528(%rsp)
    mov %rax, 536(%rsp)
    mov %rax, 544(%rsp)
    mov %rax, 552(%rsp)
    mov %rax, 560(%rsp)
    mov %rax, 568(%rsp)
    mov $-1, %eax
    mov $-1, %edx
    xsave (%rsp)
    .endm

    .macro XRSTOR_STATE
    mov $-1, %eax
    mov $-1, %edx
    xrstor (%rsp)
    add dryad_xsave_size(%rip), %rsp
    .endm
