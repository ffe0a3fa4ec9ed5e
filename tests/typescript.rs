//! The TypeScript declarations of the JS contract (`src/api/types.d.ts`) are generated from the
//! Rust types the exports take and return (ts-rs, natively) and must equal the committed file;
//! `src/wasm.rs` puts that file into every module's `.d.ts` and names its types on each export,
//! so no export takes or returns `any`. After a deliberate change to a contract type, rewrite it
//! with `UPDATE_TYPES=1 cargo test --test typescript` and look at the diff.

use jamsostek::api::{self, batch, plan, regions};
use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};
use ts_rs::{Config, TypeVisitor, TS};

/// Collects the declaration of every named type reachable from the roots.
struct Collect {
    cfg: Config,
    seen: HashSet<TypeId>,
    decls: BTreeMap<String, (String, String)>,
    clashes: Vec<String>,
}

impl TypeVisitor for Collect {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            let name = T::ident(&self.cfg);
            let rust = std::any::type_name::<T>().to_owned();
            let decl = T::decl(&self.cfg);
            let docs = T::docs().unwrap_or_default();
            if let Some((other, _)) = self.decls.get(&name) {
                if *other != rust {
                    self.clashes.push(format!("{name}: {other} and {rust}"));
                }
            }
            // One field a line and the closing brace on its own (wasm-bindgen indents by line).
            let decl = decl.replace(", \n", ",\n").replace(", };", ",\n};").replace("{ \n", "{\n");
            self.decls.insert(name, (rust, format!("{docs}export {decl}")));
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// The request and response types of every export of the three modules.
fn generate() -> String {
    let mut c = Collect {
        // Serialised by serde-wasm-bindgen's json_compatible(): 64-bit integers arrive as numbers.
        cfg: Config::new().with_large_int("number".to_owned()),
        seen: HashSet::new(),
        decls: BTreeMap::new(),
        clashes: Vec::new(),
    };
    // core
    c.visit::<api::ProgramCostRequest>();
    c.visit::<api::ProgramCostResponse>();
    c.visit::<api::ContributionRequest>();
    c.visit::<api::ContributionResponse>();
    c.visit::<api::ParametersResponse>();
    c.visit::<api::Defaults>();
    c.visit::<api::Version>();
    c.visit::<api::RulesStatus>();
    // plan
    c.visit::<plan::ScenarioRequest>();
    c.visit::<plan::ProjectResponse>();
    c.visit::<plan::SolveRequest>();
    c.visit::<plan::SolveResponse>();
    c.visit::<plan::CompareRequest>();
    c.visit::<plan::CompareResponse>();
    c.visit::<plan::Preset>();
    c.visit::<plan::PlanViewRequest>();
    c.visit::<plan::PlanViewResponse>();
    c.visit::<plan::DrawChartsRequest>();
    c.visit::<plan::DrawChartsResponse>();
    c.visit::<plan::DrawComparisonRequest>();
    c.visit::<plan::DrawComparisonResponse>();
    c.visit::<plan::SolveViewResponse>();
    c.visit::<plan::CompareViewRequest>();
    c.visit::<plan::CompareViewResponse>();
    // files
    c.visit::<plan::ExportRequest>();
    c.visit::<plan::ExportResponse>();
    c.visit::<plan::ChartDownloadRequest>();
    c.visit::<plan::ChartDownloadResponse>();
    c.visit::<plan::ChartCsvRequest>();
    c.visit::<plan::ChartCsvResponse>();
    c.visit::<api::ImportGroupsRequest>();
    c.visit::<api::csv_import::GroupsImport>();
    c.visit::<batch::BatchRequest>();
    c.visit::<batch::BatchSummary>();
    c.visit::<batch::BatchFailure>();
    // regions
    c.visit::<regions::InfoResponse>();
    c.visit::<regions::SearchRequest>();
    c.visit::<regions::SearchResponse>();
    c.visit::<regions::RegionRequest>();
    c.visit::<regions::RegionResponse>();
    c.visit::<regions::VillagesRequest>();
    c.visit::<regions::VillagesResponse>();
    c.visit::<regions::TemplateRequest>();
    c.visit::<regions::TemplateResponse>();
    c.visit::<regions::NationalTargets>();
    assert!(c.clashes.is_empty(), "two Rust types share a TypeScript name: {:?}", c.clashes);

    let mut out = String::from(
        "// Generated from the Rust contract types by tests/typescript.rs (ts-rs): do not edit.\n\
         // Rewrite with `UPDATE_TYPES=1 cargo test --test typescript`.\n\n",
    );
    for (_, decl) in c.decls.values() {
        out.push_str(decl.trim_end());
        out.push_str("\n\n");
    }
    // BatchJob.result() builds its tables by hand (Float64Arrays, not serde): declared here.
    out.push_str(
        "/** A table of a finished batch, column by column (`count` rows; texts joined by \"\\n\"): the areas, or one \
         level's subtotals (`areas`: how many areas a row sums; 1 for an area). */\n\
         export type BatchAreas = { count: number, code: string, name: string, province: string, regency: string, \
         district: string, parent: string, official: string, line: Float64Array, areas: Float64Array, \
         workers: Float64Array, covered: Float64Array, baseBp: Float64Array, subsidised: Float64Array, \
         finalBp: Float64Array, gap: Float64Array, gapCost: Float64Array, firstBudget: Float64Array, \
         totalBudget: Float64Array };\n\n\
         /** What `BatchJob.result()` returns. */\n\
         export type BatchResult = { ok: true, summary: BatchSummary, areas: BatchAreas, \
         subtotals: { kecamatan: BatchAreas, kabupaten: BatchAreas, provinsi: BatchAreas } } | BatchFailure;\n",
    );
    out
}

#[test]
fn the_committed_declarations_are_generated_from_the_rust_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/api/types.d.ts");
    let generated = generate();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "src/api/types.d.ts is not what the Rust types say: rewrite it with UPDATE_TYPES=1 cargo test --test typescript"
    );
}

#[test]
fn no_declaration_says_any_or_unknown() {
    let generated = generate();
    for word in ["any", "unknown", "bigint"] {
        let hit = generated.lines().find(|l| !l.trim_start().starts_with("//") && !l.trim_start().starts_with('*')
            && l.split(|c: char| !c.is_alphanumeric()).any(|w| w == word));
        assert!(hit.is_none(), "a declaration uses `{word}`: {}", hit.unwrap_or_default());
    }
}

#[test]
fn every_export_in_wasm_rs_names_its_types() {
    // The thin face and its classes' rooms.
    let src = [include_str!("../src/wasm.rs"), include_str!("../src/wasm/batch.rs"), include_str!("../src/wasm/regions.rs")].concat();
    let src = src.as_str();
    let types = generate();
    // Each `pub fn` taking or returning a JsValue carries unchecked_*_type names that are declared.
    let mut checked = 0;
    for (i, chunk) in src.split("pub fn ").enumerate().skip(1) {
        let sig = chunk.split('{').next().unwrap_or_default();
        let before = src.split("pub fn ").nth(i - 1).unwrap_or_default();
        let attrs = before.rsplit("///").next().unwrap_or_default();
        if sig.contains("-> Result<JsValue") {
            let name = attrs.split("unchecked_return_type = \"").nth(1).and_then(|s| s.split('"').next());
            let name = name.unwrap_or_else(|| panic!("`{}` returns a JsValue without unchecked_return_type", sig.trim()));
            assert_declared(&types, name);
            checked += 1;
        }
        if sig.contains(": JsValue") {
            let name = sig.split("unchecked_param_type = \"").nth(1).and_then(|s| s.split('"').next());
            let name = name.unwrap_or_else(|| panic!("`{}` takes a JsValue without unchecked_param_type", sig.trim()));
            assert_declared(&types, name);
        }
    }
    assert!(checked >= 20, "only {checked} exports found in src/wasm.rs and src/wasm/");
}

fn assert_declared(types: &str, name: &str) {
    for part in name.split('|').map(|p| p.trim().trim_end_matches("[]")) {
        if ["string", "number", "boolean", "null", "undefined"].contains(&part) {
            continue;
        }
        assert!(types.contains(&format!("export type {part} ")), "`{part}` is not declared in src/api/types.d.ts");
    }
}
