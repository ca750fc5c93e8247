//! libFuzzer target `load_object`: one input is one ELF file, loaded as dryad loads a
//! library (see src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    dryad_fuzz::exercise(data);
});
