//! The JS contract in Node.js (how a server-side or build-time caller sees the module).
#![cfg(target_arch = "wasm32")]

mod wasm_shared;
