//! # Kalkulator Cakupan Jamsostek
//!
//! Exact BPJS Ketenagakerjaan ("Jamsostek") contributions, coverage and budgets, as a pure Rust
//! core behind a thin WebAssembly face.
//!
//! ## The pipeline, and the layers it runs through
//! Each layer imports only the ones below it (`tests/layers.rs` keeps it so):
//!
//! 1. `wasm` (wasm32 only) converts JS values to and from [`api`] types; nothing else.
//! 2. [`api`] is the JavaScript contract: camelCase request and response types; it validates a
//!    request into domain values (numbers typed the Indonesian way are read by [`parse`]),
//!    collecting [`errors::FieldError`]s, calls the domain, and converts its results.
//! 3. [`report`] is what a person reads of a result: charts (plotters, SVG), one-sentence
//!    summaries, cards, assumptions in words, CSV exports — from domain values and a
//!    [`fmt::Lang`]; it never sees the contract.
//! 4. [`plan`] turns contributions into budgets: program cost, scenarios, the projection of
//!    coverage (UCJ) and budget, solving backwards, comparing plans, the seed presets (as
//!    drafts), the national batch. It owns the planning limits (most workers, groups, years).
//! 5. [`rules`] computes a worker's contribution per program and payer (wage earners, informal
//!    workers, construction), with what it applied and warnings; and how old the rules are.
//! 6. [`params`] holds every rate, amount, ceiling and relief as dated, cited data; a
//!    [`params::Lookup`] dated `asOf` reads the values in force and records what it used.
//!    Beside it, [`regions`]: reference data of the same kind, Indonesia's provinces, regencies
//!    and villages (Kemendagri codes) with population, read from the `www/data/` files the page
//!    loads when it needs them, and the national figures (people employed, UCJ targets).
//! 7. The base: [`money`] (whole rupiah, checked; rates in ppm; [`money::apply_rate`] the one
//!    rounding rule), [`date`], [`fmt`] (rupiah and numbers in id / en), [`parse`], [`csv`]
//!    (spreadsheet CSV, resumable), [`errors`].
//!
//! Nothing reads a clock: the caller passes `asOf`. No `unwrap`, `expect`, `panic` or indexing
//! outside tests (`[lints]` in Cargo.toml): a panic would kill the wasm instance.
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
pub mod regions;
pub mod report;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
