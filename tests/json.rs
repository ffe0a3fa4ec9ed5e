//! The small modules' responses as JSON text (`api::json`, which `JSON.parse` turns into the
//! response in the browser): every response reads back as serde_json writes it, numbers equal to
//! the last bit, and what JavaScript cannot hold exactly is refused rather than written.

use jamsostek::api::json::to_json;
use jamsostek::api::plan::{self, CompareViewRequest, PlanRequest, PlanViewRequest, SolveMode, SolveRequest, TargetRequest};
use jamsostek::api::{self, ContributionRequest, NumInput, ProgramCostRequest, Segment};
use jamsostek::fmt::Lang;
use serde::Serialize;
use serde_json::Value as J;

/// The same JSON value, a number equal to a number whatever its written form (`72` and `72.0`).
fn same(a: &J, b: &J, at: &str) {
    match (a, b) {
        (J::Number(x), J::Number(y)) => {
            assert_eq!(x.as_f64().map(f64::to_bits), y.as_f64().map(f64::to_bits), "{at}: {x} vs {y}");
        }
        (J::Array(x), J::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{at}: length");
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                same(x, y, &format!("{at}.{i}"));
            }
        }
        (J::Object(x), J::Object(y)) => {
            assert_eq!(x.keys().collect::<Vec<_>>(), y.keys().collect::<Vec<_>>(), "{at}: keys");
            for (k, x) in x {
                same(x, &y[k], &format!("{at}.{k}"));
            }
        }
        _ => assert_eq!(a, b, "{at}"),
    }
}

fn writes_as_serde_json<T: Serialize>(value: &T) -> usize {
    let text = to_json(value).expect("written");
    let ours: J = serde_json::from_str(&text).expect("valid JSON");
    same(&ours, &serde_json::to_value(value).expect("serde_json"), "$");
    text.len()
}

fn presets() -> Vec<plan::Preset> {
    plan::presets::all()
}

#[test]
fn every_response_of_the_small_modules_reads_back_as_serde_json_writes_it() {
    let mut bytes = writes_as_serde_json(&presets());
    bytes += writes_as_serde_json(&api::defaults());
    bytes += writes_as_serde_json(&api::version());
    bytes += writes_as_serde_json(&api::parameters("2026-06-01"));
    bytes += writes_as_serde_json(&api::rules_status("2026-06-01"));
    bytes += writes_as_serde_json(&api::rules_status("2031-01-01"));
    for lang in [Lang::Id, Lang::En] {
        for p in presets() {
            let mut s = p.scenario.clone();
            bytes += writes_as_serde_json(&plan::plan_view(&PlanViewRequest { scenario: s.clone(), width: Some(360), lang: Some(lang), ..Default::default() }));
            bytes += writes_as_serde_json(&plan::project(&s));
            for mode in [SolveMode::Target, SolveMode::Budget] {
                let req = SolveRequest {
                    scenario: s.clone(),
                    mode: Some(mode),
                    target: Some(TargetRequest { pct: Some(NumInput::Text("80".into())), year: Some(NumInput::Number(2029.0)), ..Default::default() }),
                    budget: Some(NumInput::Text("1.000.000.000".into())),
                    lang: Some(lang),
                    ..Default::default()
                };
                bytes += writes_as_serde_json(&plan::solve_view(&req));
                bytes += writes_as_serde_json(&plan::solve(&req));
            }
            s.alternatives = vec![PlanRequest { name: Some("B".into()), scenario: presets()[0].scenario.clone(), ..Default::default() }];
            bytes += writes_as_serde_json(&plan::compare_view(&CompareViewRequest { scenario: s, width: Some(1000), lang: Some(lang), ..Default::default() }));
        }
        bytes += writes_as_serde_json(&api::program_cost(&ProgramCostRequest {
            workers: Some(NumInput::Text("3.041".into())),
            months: Some(NumInput::Number(12.0)),
            as_of: Some("2026-06-01".into()),
            lang: Some(lang),
            ..Default::default()
        }));
        for segment in [Segment::Wage, Segment::Informal, Segment::Construction] {
            bytes += writes_as_serde_json(&api::contribution(&ContributionRequest {
                segment: Some(segment),
                as_of: Some("2026-06-01".into()),
                wage: Some(NumInput::Text("5.000.000".into())),
                contract_value: Some(NumInput::Text("1.000.000.000".into())),
                birth: Some("1970-05".into()),
                lang: Some(lang),
                ..Default::default()
            }));
        }
        // Bad input: the errors' texts, and a scenario too wrong to project.
        bytes += writes_as_serde_json(&api::program_cost(&ProgramCostRequest { workers: Some(NumInput::Number(f64::NAN)), ..Default::default() }));
        bytes += writes_as_serde_json(&plan::plan_view(&PlanViewRequest::default()));
    }
    assert!(bytes > 500_000, "{bytes} bytes written");
}

#[test]
fn floats_are_the_decimals_they_were_divided_from_and_texts_are_escaped() {
    for (v, text) in [(72.73, "72.73"), (7273.0 / 100.0, "72.73"), (0.05, "0.05"), (-1.5, "-1.5"), (100.0, "100"), (0.0, "0"),
        (1.0 / 3.0 * 3.0, "1"), (-0.001, "-0.001"), (123_456.789_012_345, "123456.789012345"), (9_007_199_254_740_991.0, "9007199254740991")]
    {
        assert_eq!(to_json(&v).expect("written"), text);
        assert_eq!(text.parse::<f64>().map(f64::to_bits), Ok(f64::to_bits(v)), "{text} reads back as {v}");
    }
    for bp in -20_000i64..=20_000 {
        let v = bp as f64 / 100.0;
        let text = to_json(&v).expect("written");
        assert_eq!(text.parse::<f64>().map(f64::to_bits), Ok(v.to_bits()), "{bp} bp");
    }
    for v in [f64::NAN, f64::INFINITY, 1.0 / 3.0, 1e300, 0.1 + 0.2] {
        assert!(to_json(&v).is_err(), "{v} refused");
    }
    assert!(to_json(&(1i64 << 53)).is_err());
    assert_eq!(to_json(&((1i64 << 53) - 1)).expect("written"), "9007199254740991");
    assert_eq!(to_json(&-((1i64 << 53) - 1)).expect("written"), "-9007199254740991");
    assert_eq!(to_json(&i64::MIN).map_err(|e| e.to_string()), Err("a number beyond 2^53 can't be represented as a JavaScript number".into()));
    assert_eq!(to_json("a \"b\" \\ c\nd\u{1}\té — ✓").expect("written"), r#""a \"b\" \\ c\nd\u0001\u0009é — ✓""#);
    let text = "<svg a=\"1\">\u{2028}\r</svg>";
    assert_eq!(serde_json::from_str::<String>(&to_json(text).expect("written")).expect("JSON"), text);
    assert_eq!(to_json(&Some(vec![(1, "x")])).expect("written"), r#"[[1,"x"]]"#);
    assert_eq!(to_json(&Option::<u8>::None).expect("written"), "null");
    let map: std::collections::BTreeMap<_, _> = [(jamsostek::plan::scenario::FundingSource::Apbn, 1), (jamsostek::plan::scenario::FundingSource::DbhSawit, 2)].into();
    assert_eq!(to_json(&map).expect("written"), r#"{"apbn":1,"dbhSawit":2}"#);
}
