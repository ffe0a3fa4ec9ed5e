//! The JS contract in headless Chromium (how the page sees the module).
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod wasm_shared;
