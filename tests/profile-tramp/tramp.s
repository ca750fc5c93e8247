# The trampoline as dryad assembles it (src/main.rs: macros.S before
# profile.S in one block), here on its own.
    .include "macros.S"
    .include "profile.S"
