//! What crosses the wasm boundary (`api::value`), natively: every request type reads from a
//! [`Value`] exactly as serde_json reads the same JSON (so the native tiers, which read JSON,
//! test what the page gets), and what cannot be read says why without the value itself.

use jamsostek::api::plan::{self, ScenarioRequest};
use jamsostek::api::value::{from_value, Value};
use jamsostek::api::{self, ContributionRequest, ProgramCostRequest};
use serde::de::DeserializeOwned;
use serde_json::json;
use std::fmt::Debug;

/// JSON as the wasm face reads a JS value (numbers are JS numbers; keys in their order).
fn from_json(j: &serde_json::Value) -> Value {
    match j {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Value::Text(s.clone()),
        serde_json::Value::Array(a) => Value::List(a.iter().map(from_json).collect()),
        serde_json::Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), from_json(v))).collect()),
    }
}

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
