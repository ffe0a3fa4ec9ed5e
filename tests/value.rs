//! What crosses the wasm boundary (`api::value`), natively: every request type reads from a
//! [`Value`] exactly as serde_json reads the same JSON (so the native tiers, which read JSON,
//! test what the page gets), and what cannot be read says why without the value itself.

mod common;

use common::from_json;
use jamsostek::api::plan::{self, ScenarioRequest};
use jamsostek::api::value::{from_value, Value};
use jamsostek::api::{self, ContributionRequest, ProgramCostRequest};
use serde::de::DeserializeOwned;
use serde_json::json;
use std::fmt::Debug;


/// Reads `j` both ways: the same value, or both refuse it.
fn reads_like_json<T: DeserializeOwned + PartialEq + Debug>(j: serde_json::Value) -> Option<T> {
    let ours = from_value::<T>(from_json(&j));
    let theirs = serde_json::from_value::<T>(j.clone());
    match (ours, theirs) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "{j}");
            Some(a)
        }
        (Err(_), Err(_)) => None,
        (a, b) => panic!("{j}: ours {a:?}, serde_json {b:?}"),
    }
}

fn presets() -> Vec<ScenarioRequest> {
    plan::presets::all().into_iter().map(|p| p.scenario).collect()
}

#[test]
fn every_preset_scenario_reads_back_as_itself_and_as_serde_json_reads_it() {
    for s in presets() {
        let j = serde_json::to_value(&s).expect("json");
        let read: ScenarioRequest = reads_like_json(j).expect("a preset reads");
        assert_eq!(read, s);
    }
}

#[test]
fn requests_of_every_type_read_as_serde_json_reads_them() {
    let scenario = serde_json::to_value(&presets()[0]).expect("json");
    let _: ProgramCostRequest =
        reads_like_json(json!({ "workers": "3.041", "months": 12, "asOf": "2026-06-01", "lang": "en", "startMonth": 3 })).expect("reads");
    let _: ContributionRequest = reads_like_json(json!({ "segment": "wage", "asOf": "2026-06-01", "wage": 5_000_000, "riskClass": 2,
        "programs": ["jkk", "jkm", "jht"], "birth": "1970-05" }))
    .expect("reads");
    let _: ContributionRequest =
        reads_like_json(json!({ "segment": "construction", "asOf": "2026-06-01", "contractValue": "1.000.000.000" })).expect("reads");
    let _: plan::SolveRequest =
        reads_like_json(json!({ "scenario": scenario, "mode": "target", "target": { "pct": "80", "year": 2028 } })).expect("reads");
    let _: plan::SolveRequest = reads_like_json(json!({ "scenario": scenario, "mode": "budget", "budget": "1.000.000.000" })).expect("reads");
    let _: plan::PlanViewRequest = reads_like_json(json!({ "scenario": scenario, "width": 360, "lang": "id", "extra": [1, { "a": null }] })).expect("reads");
    let _: plan::CompareViewRequest = reads_like_json(json!({ "scenario": scenario, "width": 1000 })).expect("reads");
    let _: plan::DrawChartsRequest =
        reads_like_json(json!({ "data": { "numbers": [1, 2026, null, -3], "names": ["Ojek"] }, "width": 360, "lang": "en" })).expect("reads");
    let _: plan::DrawComparisonRequest =
        reads_like_json(json!({ "plans": [{ "name": "Rencana dasar", "data": { "numbers": [1], "names": [] } }], "width": 360 })).expect("reads");
    let _: plan::ExportRequest = reads_like_json(json!({ "scenario": scenario, "lang": "en" })).expect("reads");
    let _: plan::ChartDownloadRequest = reads_like_json(json!({ "scenario": scenario, "which": "budget" })).expect("reads");
    let _: plan::ChartCsvRequest = reads_like_json(json!({ "scenario": scenario, "which": "groups", "lang": "id" })).expect("reads");
    let _: api::ImportGroupsRequest = reads_like_json(json!({ "text": "nama;pekerja\nOjek;3.041", "baseYear": 2026 })).expect("reads");
    let _: api::batch::BatchRequest = reads_like_json(json!({ "scenario": scenario, "lang": "en", "width": 800 })).expect("reads");
}

#[test]
fn unknown_fields_are_kept_at_every_level_as_serde_json_keeps_them() {
    let mut j = serde_json::to_value(&presets()[0]).expect("json");
    j["workerz"] = json!(1);
    j["groups"][0]["nama"] = json!({ "deep": [1, 2, 3] });
    j["settings"]["lapses"] = json!(null);
    let s: ScenarioRequest = reads_like_json(j).expect("reads");
    assert!(s.unknown.contains_key("workerz"));
    assert!(s.groups[0].unknown.contains_key("nama"));
}

#[test]
fn numbers_and_texts_and_nulls_read_the_js_way() {
    // A whole JS number reads as an integer; null and a missing field are both "none".
    let r: ProgramCostRequest = from_value(Value::Object(vec![
        ("workers".into(), Value::Number(12_800.0)),
        ("months".into(), Value::Number(6.0)),
        ("asOf".into(), Value::Null),
    ]))
    .expect("reads");
    assert_eq!(r.workers, Some(api::NumInput::Number(12_800.0)));
    assert_eq!(r.as_of, None);
    // NaN and fractions stay numbers for the field's own check to name.
    let r: ProgramCostRequest = from_value(Value::Object(vec![
        ("workers".into(), Value::Number(f64::NAN)),
        ("months".into(), Value::Number(2.5)),
    ]))
    .expect("reads");
    assert!(matches!(r.workers, Some(api::NumInput::Number(f)) if f.is_nan()));
    assert_eq!(r.months, Some(api::NumInput::Number(2.5)));
    let cost = api::program_cost(&r);
    assert!(cost.errors.iter().any(|e| e.field == "workers" && e.code == "not_a_number"));
    assert!(cost.errors.iter().any(|e| e.field == "months" && e.code == "not_whole"));
}

#[test]
fn what_cannot_be_read_says_what_it_got_and_wanted_without_the_value() {
    let err = |v: Value| from_value::<ContributionRequest>(v).expect_err("refused").to_string();
    assert_eq!(err(Value::Text("not an object".into())), "invalid type: a text, expected struct ContributionRequest");
    let e = err(Value::Object(vec![("segment".into(), Value::Text("pirate".into()))]));
    assert!(e.starts_with("unknown variant `pirate`, expected one of"), "{e}");
    let e = err(Value::Object(vec![("programs".into(), Value::Number(1.5))]));
    assert_eq!(e, "invalid type: a number, expected a sequence");
    let e = err(Value::List(vec![Value::Null]));
    assert_eq!(e, "invalid type: an array, expected struct ContributionRequest");
    // An empty array is a request with no fields, as serde-wasm-bindgen read it.
    assert_eq!(from_value::<ContributionRequest>(Value::List(Vec::new())), Ok(ContributionRequest::default()));
    let e = err(Value::Other("a function"));
    assert_eq!(e, "invalid type: a function, expected struct ContributionRequest");
    let e = from_value::<plan::GroupRequest>(Value::Object(vec![("name".into(), Value::Number(1.0))])).expect_err("refused");
    assert_eq!(e.to_string(), "invalid type: a number, expected a string");
}

// ---- api::read: the wasm face's readers, measured against serde's derive -----------------------

use jamsostek::api::read::{read, Read};
use proptest::prelude::*;
use ts_rs::{Config, TS};

/// serde's reading of `v` (the two first-load requests' unknown keys skipped).
fn serde_reads<T: DeserializeOwned>(v: &Value) -> Result<T, String> {
    from_value::<T>(v.clone()).map_err(|e| e.to_string())
}

/// `v` read by [`read`] and by serde: the same value, or both refused; with `messages`, for the
/// same reason. `known`: a request without `#[serde(flatten)]` (the first-load two), whose
/// reader lists the keys its TypeScript declaration does not have, where serde skips them.
fn reads_like_serde<T: Read + DeserializeOwned + PartialEq + Debug + TS>(v: &Value, known: bool, messages: bool) {
    let ours = read::<T>(v.clone()).map_err(|e| e.to_string());
    let theirs = serde_reads::<T>(v);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => {
            if known {
                // serde skips the unknown keys; the reader lists them, in the object's order.
                let fields = ts_names::<T>();
                let unknown: Vec<String> = v.keys().filter(|k| !fields.iter().any(|f| f == k)).map(str::to_owned).collect();
                assert_eq!(format!("{a:?}"), format!("{b:?}").replace("unknown: []", &format!("unknown: {unknown:?}")), "{v:?}");
            } else {
                // Debug, not ==: a NaN read both ways is the same reading.
                assert_eq!(format!("{a:?}"), format!("{b:?}"), "{v:?}");
            }
        }
        (Err(a), Err(b)) => {
            if messages {
                assert_eq!(a, b, "{v:?}");
            }
        }
        // The one difference: a key the struct does not know is not read, so a function in its
        // value makes it an unknown field (a field error), where serde's flatten, which buffers
        // every value, refused the whole request.
        (Ok(a), Err(b)) if b.ends_with("expected any value") && format!("{a:?}").contains("IgnoredAny") => {}
        _ => panic!("{v:?}: read {ours:?}, serde {theirs:?}"),
    }
}

/// The field names of a struct's TypeScript declaration, or the words of an enum's.
fn ts_names<T: TS>() -> Vec<String> {
    let mut decl = T::decl(&Config::default());
    while let Some(start) = decl.find("/*") {
        let end = decl[start..].find("*/").map_or(decl.len(), |e| start + e + 2);
        decl.replace_range(start..end, "");
    }
    let body = decl.split_once('=').map(|(_, b)| b.to_owned()).unwrap_or_default();
    if body.trim_start().starts_with('{') {
        body.split(['{', ',', '}', '\n']).filter_map(|f| f.trim().split_once(':')).map(|(k, _)| k.trim_end_matches('?').trim().to_owned()).collect()
    } else {
        body.split('|').map(|w| w.trim().trim_end_matches(';').trim_matches('"').to_owned()).collect()
    }
}

/// Each key of the struct's declaration, `null`: the reader knows it (it is not left as unknown),
/// and reads it as serde does.
fn knows_every_field<T: Read + DeserializeOwned + PartialEq + Debug + TS>(known: bool) {
    let names = ts_names::<T>();
    assert!(names.len() >= 2, "{names:?}");
    for k in &names {
        let v = Value::Object(vec![(k.clone(), Value::Null)]);
        if let Ok(r) = read::<T>(v.clone()) {
            let shown = format!("{r:?}");
            assert!(!shown.contains("unknown: {\"") && !shown.contains("unknown: [\""), "{}: {k} is unknown to its reader", T::name(&Config::default()));
        }
        reads_like_serde::<T>(&v, known, true);
    }
}

/// Every word of the enum's declaration reads as serde reads it, and a word it lacks is refused
/// with serde's message.
fn knows_every_word<T: Read + DeserializeOwned + PartialEq + Debug + TS>() {
    let words = ts_names::<T>();
    assert!(words.len() >= 2, "{words:?}");
    for w in &words {
        let v = Value::Text(w.clone());
        assert!(read::<T>(v.clone()).is_ok(), "{w}");
        reads_like_serde::<T>(&v, false, true);
        reads_like_serde::<T>(&Value::Object(vec![(w.clone(), Value::Null)]), false, true);
        reads_like_serde::<T>(&Value::Object(vec![(w.clone(), Value::Number(1.0))]), false, true);
    }
    for v in [Value::Text("pirate".into()), Value::Number(0.0), Value::Null, Value::Object(Vec::new()), Value::List(Vec::new())] {
        reads_like_serde::<T>(&v, false, true);
    }
}

#[test]
fn the_readers_know_every_field_and_word_the_typescript_declares() {
    use api::{ConstructionBasisKind, Segment};
    use jamsostek::plan::scenario::{Denominator, FundingSource, Level, PackageKind, VillageSet};
    use jamsostek::rules::{Funder, Industry, Program, WorkerType};
    knows_every_field::<plan::RegionRequest>(false);
    knows_every_field::<plan::WorkforceRequest>(false);
    knows_every_field::<plan::CurrentRequest>(false);
    knows_every_field::<plan::GroupRequest>(false);
    knows_every_field::<plan::TargetRequest>(false);
    knows_every_field::<plan::SettingsRequest>(false);
    knows_every_field::<ScenarioRequest>(false);
    knows_every_field::<plan::PlanRequest>(false);
    knows_every_field::<plan::PlanViewRequest>(false);
    knows_every_field::<plan::SolveRequest>(false);
    knows_every_field::<plan::CompareViewRequest>(false);
    knows_every_field::<plan::DrawChartsRequest>(false);
    knows_every_field::<plan::ChartData>(false);
    knows_every_field::<plan::DrawComparisonRequest>(false);
    knows_every_field::<plan::PlanChartData>(false);
    knows_every_field::<ProgramCostRequest>(true);
    knows_every_field::<ContributionRequest>(true);
    knows_every_word::<jamsostek::fmt::Lang>();
    knows_every_word::<Level>();
    knows_every_word::<Denominator>();
    knows_every_word::<FundingSource>();
    knows_every_word::<VillageSet>();
    knows_every_word::<PackageKind>();
    knows_every_word::<WorkerType>();
    knows_every_word::<plan::SolveMode>();
    knows_every_word::<Segment>();
    knows_every_word::<ConstructionBasisKind>();
    knows_every_word::<Program>();
    knows_every_word::<Funder>();
    knows_every_word::<Industry>();
}

#[test]
fn the_readers_read_the_presets_and_every_request_above_as_serde_does() {
    for s in presets() {
        let v = from_json(&serde_json::to_value(&s).expect("json"));
        assert_eq!(read::<ScenarioRequest>(v.clone()).as_ref(), Ok(&s));
        reads_like_serde::<ScenarioRequest>(&v, false, true);
        let request = Value::Object(vec![("scenario".into(), v.clone()), ("width".into(), Value::Number(360.0))]);
        reads_like_serde::<plan::PlanViewRequest>(&request, false, true);
        reads_like_serde::<plan::SolveRequest>(&request, false, true);
        reads_like_serde::<plan::CompareViewRequest>(&request, false, true);
    }
    for j in [
        json!({ "workers": "3.041", "months": 12, "asOf": "2026-06-01", "lang": "en", "startMonth": 3 }),
        json!([]),
        json!([1]),
        json!({ "workers": true }),
        json!({ "lang": "fr" }),
    ] {
        reads_like_serde::<ProgramCostRequest>(&from_json(&j), true, true);
    }
    for j in [
        json!({ "segment": "wage", "asOf": "2026-06-01", "wage": 5_000_000, "riskClass": 2, "programs": ["jkk", "jkm", "jht"], "birth": "1970-05" }),
        json!({ "segment": "construction", "asOf": "2026-06-01", "contractValue": "1.000.000.000", "basis": "contract" }),
        json!({ "segment": "informal", "funder": "self", "withJht": true, "workerType": "transport", "industry": "toys" }),
        json!({ "programs": ["jkk", "pirate"] }),
        json!({ "programs": 1.5 }),
        json!({ "withJht": "yes" }),
    ] {
        reads_like_serde::<ContributionRequest>(&from_json(&j), true, true);
    }
    for j in [json!({ "width": -1 }), json!({ "width": 4_294_967_296u64 }), json!({ "width": 2.5 }), json!({ "width": "360" }), json!({ "width": 1e300 }), json!({ "charts": 1 }), json!({ "scenario": [] }), json!({ "scenario": null })] {
        reads_like_serde::<plan::PlanViewRequest>(&from_json(&j), false, true);
    }
    reads_like_serde::<plan::PlanViewRequest>(&Value::Object(vec![("width".into(), Value::Number(f64::NAN))]), false, true);
    reads_like_serde::<plan::PlanViewRequest>(&Value::Other("a function"), false, true);
}

/// Keys of every request type, and a few it does not have.
const KEYS: &[&str] = &[
    "scenario", "width", "lang", "charts", "mode", "target", "budget", "group", "region", "workforce", "current", "groups",
    "settings", "planName", "alternatives", "schemaVersion", "name", "level", "baseYear", "source", "code", "parent", "total",
    "denominator", "formal", "informal", "coveragePct", "workers", "villages", "workersPerVillage", "villageSet", "covered",
    "package", "income", "months", "governmentShare", "workerType", "startYear", "startMonth", "pct", "year", "national",
    "years", "workforceGrowth", "lapse", "lapseLow", "lapseHigh", "newEnrolment", "apbdTotal", "asOf", "start", "segment",
    "wage", "riskClass", "programs", "industry", "employees", "birth", "declaredIncome", "withJht", "funder", "basis",
    "contractValue", "extra", "",
];

/// Words of every request enum, and a few that are none.
const WORDS: &[&str] = &["id", "en", "regency", "working", "apbdRegency", "desa", "bpuBasic", "transport", "target", "budget",
    "wage", "contract", "jkk", "self", "toys", "other", "pirate", "12.800", ""];

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![Just(0.0), Just(-1.0), Just(2.5), Just(360.0), Just(f64::NAN), Just(1e300), Just(4_294_967_296.0)].prop_map(Value::Number),
        prop::sample::select(WORDS).prop_map(|w| Value::Text(w.to_owned())),
        Just(Value::Other("a function")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::List),
            prop::collection::vec((prop::sample::select(KEYS).prop_map(str::to_owned), inner), 0..6).prop_map(|mut entries| {
                // A JS object has each key once.
                let mut seen = std::collections::BTreeSet::new();
                entries.retain(|(k, _)| seen.insert(k.clone()));
                Value::Object(entries)
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Generated values, of every kind and nested as requests are: each request type reads them
    /// as serde does (when several fields are wrong, the two may name different ones first).
    #[test]
    fn the_readers_read_generated_values_as_serde_does(v in value()) {
        reads_like_serde::<plan::PlanViewRequest>(&v, false, false);
        reads_like_serde::<plan::SolveRequest>(&v, false, false);
        reads_like_serde::<plan::CompareViewRequest>(&v, false, false);
        reads_like_serde::<ScenarioRequest>(&v, false, false);
        reads_like_serde::<plan::GroupRequest>(&v, false, false);
        reads_like_serde::<ProgramCostRequest>(&v, true, false);
        reads_like_serde::<ContributionRequest>(&v, true, false);
    }
}
