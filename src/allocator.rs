//! The WebAssembly's global allocator, for both modules (the chart module and the Yew app):
//! talc, which takes its memory from `memory.grow` as it needs it and is about 2 KB (gzip)
//! smaller than the standard library's dlmalloc (issue 17; README, "Performance").
//! Single-threaded WebAssembly only, which both modules are.

#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
