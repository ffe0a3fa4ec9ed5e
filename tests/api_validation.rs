//! The JS contract, natively: every bad input becomes a field-level error, in both languages.

mod common;
use common::*;
use jamsostek::api::{self, ContributionRequest, NumInput, ProgramCostRequest};

fn cost(workers: Option<NumInput>, months: Option<NumInput>) -> api::ProgramCostResponse {
    api::program_cost(&ProgramCostRequest { workers, months, as_of: on("2026-06-01"), ..Default::default() })
}

fn only_error(r: &api::ProgramCostResponse) -> (&str, &str) {
    assert!(!r.ok);
    assert!(r.total.is_none());
    assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
    let e = &r.errors[0];
    assert!(!e.message_id.is_empty() && !e.message_en.is_empty());
    (e.field.as_str(), e.code)
}

#[test]
fn program_cost_bad_workers() {
    let cases = [
        ("", "required"),
        ("-5", "negative"),
        ("12,5", "not_whole"),
        ("0", "out_of_range"),
        ("300.000.001", "out_of_range"),
        ("99999999999999999999999", "out_of_range"),
        ("1e309", "not_a_number"),
        ("dua belas", "not_a_number"),
        ("1,000", "ambiguous_separator"),
        ("<script>alert(1)</script>", "not_a_number"),
    ];
    for (input, code) in cases {
        assert_eq!(only_error(&cost(text(input), text("6"))), ("workers", code), "input {input:?}");
    }
}

#[test]
fn program_cost_bad_months() {
    for (input, code) in [("0", "out_of_range"), ("13", "out_of_range"), ("6,5", "not_whole"), ("", "required")] {
        assert_eq!(only_error(&cost(text("100"), text(input))), ("months", code), "input {input:?}");
    }
}

#[test]
fn js_numbers_are_validated_like_text() {
    let n = |f| Some(NumInput::Number(f));
    assert_eq!(only_error(&cost(n(f64::NAN), n(6.0))), ("workers", "not_a_number"));
    assert_eq!(only_error(&cost(n(f64::INFINITY), n(6.0))), ("workers", "not_a_number"));
    assert_eq!(only_error(&cost(n(-1.0), n(6.0))), ("workers", "negative"));
    assert_eq!(only_error(&cost(n(2.5), n(6.0))), ("workers", "not_whole"));
    assert_eq!(only_error(&cost(n(1e300), n(6.0))), ("workers", "out_of_range"));
    assert_eq!(only_error(&cost(n(9_007_199_254_740_993.0), n(6.0))), ("workers", "out_of_range"));
    let ok = cost(n(12_800.0), n(6.0));
    assert_eq!(ok.total.unwrap().value.get(), 1_290_240_000);
}

#[test]
fn missing_fields_are_reported_together() {
    let r = api::program_cost(&ProgramCostRequest::default());
    let fields: Vec<_> = r.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["workers", "months", "asOf"]);
}

#[test]
fn dates_before_the_rules_or_malformed_are_refused() {
    let r = api::program_cost(&ProgramCostRequest {
        workers: text("1"),
        months: text("1"),
        as_of: on("2015-06-30"),
        ..Default::default()
    });
    assert_eq!(r.errors[0].code, "before_rules");
    let r = api::program_cost(&ProgramCostRequest {
        workers: text("1"),
        months: text("1"),
        as_of: on("2026-02-30"),
        ..Default::default()
    });
    assert_eq!(r.errors[0].code, "bad_date");
}

#[test]
fn unknown_fields_are_named_in_an_error() {
    let mut req =
        ProgramCostRequest { workers: text("1"), months: text("1"), as_of: on("2026-01-01"), ..Default::default() };
    req.unknown.insert("<img src=x>".to_string(), serde::de::IgnoredAny);
    let r = api::program_cost(&req);
    assert_eq!(only_error(&r), ("<img src=x>", "unknown_field"));
}

#[test]
fn english_formatting_on_request() {
    let r = api::program_cost(&ProgramCostRequest {
        workers: text("12.800"),
        months: text("6"),
        as_of: on("2026-06-01"),
        lang: Some(jamsostek::fmt::Lang::En),
        ..Default::default()
    });
    assert_eq!(r.total.unwrap().short, "Rp 1.29 billion");
}

#[test]
fn contribution_reports_each_bad_field() {
    let r = api::contribution(&ContributionRequest { risk_class: text("6"), ..wage_earner("2024-01-01", "-1") });
    let got: Vec<_> = r.errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    assert_eq!(got, [("wage", "negative"), ("riskClass", "out_of_range")]);
    let r = api::contribution(&ContributionRequest { segment: None, ..Default::default() });
    assert!(r.errors.iter().any(|e| e.field == "segment"));
    let r = api::contribution(&ContributionRequest {
        contract_value: text("abc"),
        ..ContributionRequest {
            segment: Some(api::Segment::Construction),
            as_of: on("2024-01-01"),
            ..Default::default()
        }
    });
    assert_eq!(r.errors[0].field, "contractValue");
}

#[test]
fn totals_equal_the_sum_of_their_parts() {
    let r = run(&wage_earner("2025-01-15", "23.456.789"));
    let items: i64 = r.items.iter().map(|i| i.amount.get()).sum();
    assert_eq!(total(&r), items);
    let by_payer = [r.employer, r.worker, r.government, r.other].iter().map(|x| x.unwrap().get()).sum::<i64>();
    assert_eq!(total(&r), by_payer);
}

#[test]
fn version_names_the_rules_date() {
    let v = api::version();
    assert_eq!(v.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(v.rules_date.to_string(), "2026-04-01"); // PP 50/2025 discount for other BPU
    assert!(v.rules_reviewed >= v.rules_date);
}

#[test]
fn rules_are_flagged_old_a_year_after_their_last_check() {
    let fresh = api::rules_status("2027-06-01");
    assert!(!fresh.stale && fresh.warning.is_none());
    let old = api::rules_status("2028-01-15");
    assert!(old.stale);
    assert_eq!(old.age_days, 419);
    assert!(old.warning.unwrap().message_id.contains("2026-11-22 (419 hari lalu)"));
    assert_eq!(api::rules_status("kemarin").errors[0].field, "asOf");
}
