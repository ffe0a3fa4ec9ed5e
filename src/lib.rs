//! # Kalkulator Cakupan Jamsostek
//!
//! Exact BPJS Ketenagakerjaan ("Jamsostek") contributions, coverage and budgets, as a pure Rust
//! core behind a thin WebAssembly face.
//!
//! ## The pipeline
//! 1. [`api`] reads a request (camelCase, numbers typed the Indonesian way are understood by
//!    [`parse`]) and validates it into domain types, collecting [`errors::FieldError`]s.
//! 2. [`params`] holds every rate, amount, ceiling and relief as dated, cited data; a
//!    [`params::Lookup`] dated `asOf` reads the values in force and records what it used.
//! 3. [`rules`] computes a worker's contribution per program and payer; [`plan`] turns
//!    contributions into budgets.
//! 4. Results carry the parameters applied and warnings; [`fmt`] formats rupiah for display.
//!
//! Money is [`money::Rupiah`] (whole rupiah, checked); rates are parts per million; the one
//! rounding rule is [`money::apply_rate`]. Nothing reads a clock: the caller passes `asOf`.
//!
//! ## Glossary
//! - **BPJS Ketenagakerjaan**: the employment social-security agency; its programs are "Jamsostek".
//! - **JKK** Jaminan Kecelakaan Kerja (work accident) · **JKM** Jaminan Kematian (death) ·
//!   **JHT** Jaminan Hari Tua (old-age savings) · **JP** Jaminan Pensiun (pension) ·
//!   **JKP** Jaminan Kehilangan Pekerjaan (job loss).
//! - **PU** penerima upah: wage earners · **BPU** bukan penerima upah: informal / self-employed ·
//!   **Jakon** jasa konstruksi: construction projects.
//! - **UCJ** Universal Coverage Jamsostek: active participants ÷ workers.
//! - **APBN / APBD / APBDes**: national, regional and village budgets.
//! - **PP** Peraturan Pemerintah (government regulation) · **Inpres** presidential instruction.

pub mod api;
pub mod csv;
pub mod date;
pub mod errors;
pub mod fmt;
pub mod money;
pub mod params;
pub mod parse;
pub mod plan;
pub mod report;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
