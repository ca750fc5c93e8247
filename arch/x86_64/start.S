/* dryad's entry point and self-relocation.
 *
 * The kernel jumps here with %rsp pointing at the initial process stack:
 *     argc, argv[0..argc], NULL, envp..., NULL, auxv pairs..., AT_NULL
 * It has mapped dryad at some address but applied no relocation, so
 * every pointer stored in dryad's data (GOT slots, vtables, tables of
 * string addresses) still holds its link-time value, computed as if
 * dryad were loaded at address 0. Compiled code may read any of those at
 * any time (an unoptimised build calls even simple helpers through the
 * GOT), so dryad relocates itself here, in assembly, before the first
 * Rust instruction runs:
 *
 *   - DT_RELR, the packed relative relocations: an even word is the
 *     offset of a word to relocate (then the next word is the cursor);
 *     an odd word is a bitmap of which of the following 63 words to
 *     relocate. "Relocate" means add the load address.
 *   - DT_RELA and DT_JMPREL entries: R_X86_64_RELATIVE (load address +
 *     addend) and, for the few symbols the version script exports
 *     (references to them go through the GOT), GLOB_DAT / JUMP_SLOT /
 *     R_X86_64_64 against dryad's own symbol table. Anything else cannot
 *     be applied this early: exit with status 127.
 *
 * The load address is __ehdr_start's run-time address and the dynamic
 * section is _DYNAMIC, both taken PC-relative (no relocation needed).
 * Then dryad_start(sp, base, dynamic, &_start) runs the rest of the
 * loader in Rust and returns two words (SysV: %rax, %rdx): the program's
 * entry point and the stack pointer the program must start with (it
 * differs from ours when dryad was run directly and dropped its own
 * arguments). We jump to the entry with %rdx = dryad_fini, the function a
 * libc registers with atexit to run the finalisers of shared objects.
 */
    .set DT_NULL, 0
    .set DT_PLTRELSZ, 2
    .set DT_SYMTAB, 6
    .set DT_RELA, 7
    .set DT_RELASZ, 8
    .set DT_JMPREL, 23
    .set DT_RELRSZ, 35
    .set DT_RELR, 36
    .set R_X86_64_64, 1
    .set R_X86_64_GLOB_DAT, 6
    .set R_X86_64_JUMP_SLOT, 7
    .set R_X86_64_RELATIVE, 8

    .text
    .globl _start
    .hidden _start
    .type _start, @function
_start:
    .cfi_startproc
    .cfi_undefined rip
    xor %ebp, %ebp
    mov %rsp, %r12                /* the kernel's stack pointer */
    lea __ehdr_start(%rip), %r13  /* load address */
    lea _DYNAMIC(%rip), %r14

    /* Read the dynamic section: r8/r9 = RELA start/end, r10/r11 = RELR
     * start/end, rbx/rbp = JMPREL start/end, r15 = symbol table. */
    xor %r8d, %r8d
    xor %r9d, %r9d
    xor %r10d, %r10d
    xor %r11d, %r11d
    xor %ebx, %ebx
    xor %ebp, %ebp
    xor %r15d, %r15d
    mov %r14, %rax
1:  mov (%rax), %rcx              /* d_tag */
    mov 8(%rax), %rdx             /* d_val */
    add $16, %rax
    cmp $DT_NULL, %rcx
    je 2f
    lea (%r13,%rdx), %rsi         /* d_ptr + load address */
    cmp $DT_RELA, %rcx
    cmove %rsi, %r8
    cmp $DT_RELASZ, %rcx
    cmove %rdx, %r9
    cmp $DT_RELR, %rcx
    cmove %rsi, %r10
    cmp $DT_RELRSZ, %rcx
    cmove %rdx, %r11
    cmp $DT_JMPREL, %rcx
    cmove %rsi, %rbx
    cmp $DT_PLTRELSZ, %rcx
    cmove %rdx, %rbp
    cmp $DT_SYMTAB, %rcx
    cmove %rsi, %r15
    jmp 1b
2:  add %r8, %r9                  /* sizes -> end addresses */
    add %r10, %r11
    add %rbx, %rbp

    /* DT_RELR. rdi = where the next bitmap applies. */
    xor %edi, %edi
3:  cmp %r11, %r10
    jae 6f
    mov (%r10), %rax
    add $8, %r10
    test $1, %al
    jnz 4f
    lea (%r13,%rax), %rdi         /* an address entry */
    add %r13, (%rdi)
    add $8, %rdi
    jmp 3b
4:  shr %rax                      /* a bitmap entry: drop the marker bit */
    /* Set bits only: bsf finds the next one, and clearing the lowest
     * set bit (x & (x - 1)) moves on, so a word costs its set bits, not
     * its 63 positions (dryad's own ~950 relocations: ~22K instructions
     * bit by bit, ~6K this way). */
5:  test %rax, %rax
    jz 55f
    bsf %rax, %rcx
    add %r13, (%rdi,%rcx,8)
    lea -1(%rax), %rdx
    and %rdx, %rax
    jmp 5b
55: add $(63 * 8), %rdi
    jmp 3b

6:  call relocate_rela            /* DT_RELA: r8..r9 */
    mov %rbx, %r8
    mov %rbp, %r9
    call relocate_rela            /* DT_JMPREL */

    xor %ebp, %ebp
    mov %r12, %rdi
    mov %r13, %rsi
    mov %r14, %rdx
    lea _start(%rip), %rcx
    and $-16, %rsp
    call dryad_start
    mov %rdx, %rsp
    lea dryad_fini(%rip), %rdx
    xor %ebp, %ebp
    jmp *%rax
    .cfi_endproc
    .size _start, . - _start

/* Applies the Elf64_Rela entries in [%r8, %r9) against load address %r13
 * and symbol table %r15. Clobbers rax, rcx, rdx, rsi, rdi, r8. */
    .type relocate_rela, @function
relocate_rela:
    .cfi_startproc
7:  cmp %r9, %r8
    jae 9f
    mov (%r8), %rdi               /* r_offset */
    add %r13, %rdi                /* the word to write */
    mov 8(%r8), %rax              /* r_info: symbol << 32 | type */
    mov 16(%r8), %rdx             /* r_addend */
    add $24, %r8
    cmp $R_X86_64_RELATIVE, %eax
    jne 71f
    lea (%r13,%rdx), %rcx
    mov %rcx, (%rdi)
    jmp 7b
71: mov %rax, %rcx
    shr $32, %rcx                 /* symbol index */
    lea (%rcx,%rcx,2), %rcx       /* * 3: Elf64_Sym is 24 bytes */
    mov 8(%r15,%rcx,8), %rsi      /* st_value */
    add %r13, %rsi
    cmp $R_X86_64_GLOB_DAT, %eax
    je 72f
    cmp $R_X86_64_JUMP_SLOT, %eax
    je 72f
    cmp $R_X86_64_64, %eax
    jne 8f
    add %rdx, %rsi
72: mov %rsi, (%rdi)
    jmp 7b
8:  mov $231, %eax                /* exit_group(127): cannot continue */
    mov $127, %edi
    syscall
9:  ret
    .cfi_endproc
    .size relocate_rela, . - relocate_rela

    .section .note.GNU-stack,"",@progbits
