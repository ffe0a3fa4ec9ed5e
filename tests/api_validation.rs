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
    req.unknown.push("<img src=x>".to_string());
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
    assert_eq!(r.total.unwrap().short, "Rp\u{a0}1.29\u{a0}billion");
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
fn impossible_birth_dates_are_field_errors_in_both_languages() {
    let born = |birth: &str| {
        let r = api::contribution(&ContributionRequest { birth: Some(birth.into()), ..wage_earner("2026-03-15", "5.000.000") });
        assert!(!r.ok, "{birth}");
        let e = &r.errors[0];
        assert_eq!(e.field, "birth");
        assert!(!e.message_id.is_empty() && !e.message_en.is_empty() && e.message_id != e.message_en);
        (e.code, e.message_id.clone())
    };
    let (code, id) = born("2027");
    assert_eq!(code, "out_of_range");
    assert!(id.contains("1900") && id.contains("2026") && !id.contains("2.026"), "{id}");
    assert_eq!(born("1899").0, "out_of_range");
    assert_eq!(born("1970-13"), ("out_of_range", "Isi angka dari 1 sampai 12.".to_string()));
    assert_eq!(born("1970-0").0, "out_of_range");
    for bad in ["abc", "66", "1966-", "1966-123", "12-1966", "1966/12", "1.966"] {
        assert_eq!(born(bad).0, "bad_birth", "{bad}");
    }
    assert_eq!(born("2026-04"), ("born_after_date", "Lahir sesudah tanggal yang dihitung.".to_string()));
    // Born this month, or with the field left empty: accepted.
    for fine in ["2026-03", "1966-1", " 1966-12 ", ""] {
        let r = api::contribution(&ContributionRequest { birth: Some(fine.into()), ..wage_earner("2026-03-15", "5.000.000") });
        assert!(r.ok, "{fine}: {:?}", r.errors);
    }
}

#[test]
fn totals_equal_the_sum_of_their_parts() {
    let r = run(&wage_earner("2025-01-15", "23.456.789"));
    let items: i64 = r.items.iter().map(|i| i.amount.get()).sum();
    assert_eq!(total(&r), items);
    let by_payer =
        [r.employer, r.worker, r.apbn, r.apbd, r.apbdes, r.other].iter().map(|x| x.unwrap().get()).sum::<i64>();
    assert_eq!(total(&r), by_payer);
}

/// The field names serde's derive reads for `T` (what it passes to `deserialize_struct`).
fn serde_fields<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    struct Capture(std::rc::Rc<std::cell::Cell<&'static [&'static str]>>);
    impl<'de> serde::Deserializer<'de> for Capture {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.set(fields);
            Err(serde::de::Error::custom("captured"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let cell = std::rc::Rc::new(std::cell::Cell::new(&[][..]));
    let _ = T::deserialize(Capture(cell.clone()));
    cell.get()
}

/// The keys the wasm face's reader of `T` leaves as unknown, from an object of `keys`, each `null`.
fn left_unknown<T: jamsostek::api::read::Read + std::fmt::Debug>(keys: &[&str], unknown: impl Fn(&T) -> Vec<String>) -> Vec<String> {
    use jamsostek::api::value::Value;
    let v = Value::Object(keys.iter().map(|k| ((*k).to_owned(), Value::Null)).collect());
    unknown(&jamsostek::api::read::read::<T>(v).expect("reads"))
}

#[test]
fn the_first_load_requests_name_exactly_the_fields_serde_reads() {
    // Without `#[serde(flatten)]`, their reader lists the keys it did not take: none of serde's
    // fields, and every other key, in the object's order.
    for (fields, unknown) in [
        (serde_fields::<ProgramCostRequest>(), left_unknown::<ProgramCostRequest>(serde_fields::<ProgramCostRequest>(), |r| r.unknown.clone())),
        (serde_fields::<ContributionRequest>(), left_unknown::<ContributionRequest>(serde_fields::<ContributionRequest>(), |r| r.unknown.clone())),
    ] {
        assert!(fields.len() >= 5, "{fields:?}");
        assert_eq!(unknown, Vec::<String>::new(), "{fields:?}");
    }
    let unknown = left_unknown::<ContributionRequest>(&["segment", "wages", "birth", "Segment"], |r| r.unknown.clone());
    assert_eq!(unknown, ["wages", "Segment"]);
}

#[test]
fn version_names_the_rules_date() {
    let v = api::version();
    assert_eq!(v.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(v.rules_date.to_string(), "2026-04-01"); // PP 50/2025 discount for other BPU
    assert!(v.rules_reviewed >= v.rules_date);
}

#[test]
fn the_stale_rules_warning_names_the_values_that_are_old_and_not_those_checked_since() {
    // 2027-11-30: 373 days after the audit of 2026-11-22, 363 after the check of 2026-12-02.
    let r = api::rules_status("2027-11-30");
    assert!(r.stale);
    assert!(r.old.contains(&"pu.jp.ceiling") && r.old.contains(&"bpu.jkk"));
    for id in ["pu.jp.pensionAge", "benefit.jkm.lumpSum", "benefit.scholarship.perChild"] {
        assert!(!r.old.contains(&id), "{id} was checked less than a year ago");
    }
    assert!(!r.old.contains(&"relief.pp49_2020.jkkJkmCut"), "a rule no longer in force is not named");
    let w = r.warning.unwrap();
    let named = r.old.len() - 3;
    assert!(w.message_id.contains("2026-11-22 (373 hari lalu): JKK tingkat risiko sangat rendah (kelas 1), "), "{}", w.message_id);
    assert!(w.message_id.contains(&format!(" dan {named} lainnya. Tarif mungkin")), "{}", w.message_id);
    assert!(w.message_en.contains(&format!(" and {named} more. Rates may")), "{}", w.message_en);
    // Two days later the pension age is old too.
    assert!(api::rules_status("2027-12-03").old.contains(&"pu.jp.pensionAge"));
}

#[test]
fn rules_are_flagged_old_a_year_after_their_last_check() {
    let fresh = api::rules_status("2027-06-01");
    assert!(!fresh.stale && fresh.warning.is_none());
    let old = api::rules_status("2028-01-15");
    assert!(old.stale);
    assert_eq!(old.age_days, 419);
    assert!(old.warning.unwrap().message_id.contains("2026-11-22 (419 hari lalu)"));
    assert!(old.old.contains(&"pu.jp.pensionAge"), "checked 2026-12-02: 409 days before");
    assert_eq!(api::rules_status("kemarin").errors[0].field, "asOf");
}

/// A JSON value as the shape check walks it (the wasm face walks JS values the same way).
#[derive(Clone)]
struct Json(serde_json::Value);

impl api::shape::Node for Json {
    fn children(&self, keys: bool, room: usize, out: &mut Vec<(String, Json)>) -> bool {
        let key = |k: String| if keys { k } else { String::new() };
        match &self.0 {
            serde_json::Value::Array(a) if a.len() > room => false,
            serde_json::Value::Object(o) if o.len() > room => false,
            serde_json::Value::Array(a) => {
                out.extend(a.iter().enumerate().map(|(i, v)| (key(i.to_string()), Json(v.clone()))));
                true
            }
            serde_json::Value::Object(o) => {
                out.extend(o.iter().map(|(k, v)| (key(k.clone()), Json(v.clone()))));
                true
            }
            _ => true,
        }
    }
}

/// `{"groups":[{"name":"x","extra":[[[…]]]}]}` with `depth` arrays inside `extra`.
fn nested_group(depth: usize) -> serde_json::Value {
    let mut v = serde_json::json!(1);
    for _ in 0..depth {
        v = serde_json::Value::Array(vec![v]);
    }
    serde_json::json!({ "region": { "baseYear": 2024 }, "groups": [{ "name": "x", "extra": v }] })
}

/// `{"groups":[{"extra":[[[…]]]}]}` a million levels deep, made as it is walked (a JSON value
/// that deep would overflow the test's own stack when dropped).
#[derive(Clone)]
enum Deep {
    Root,
    Groups,
    Group,
    Nest(usize),
}

impl api::shape::Node for Deep {
    fn children(&self, keys: bool, _room: usize, out: &mut Vec<(String, Deep)>) -> bool {
        let key = |k: &str| if keys { k.to_string() } else { String::new() };
        match self {
            Deep::Root => out.push((key("groups"), Deep::Groups)),
            Deep::Groups => out.push((key("0"), Deep::Group)),
            Deep::Group => out.push((key("extra"), Deep::Nest(1_000_000))),
            Deep::Nest(0) => {}
            Deep::Nest(n) => out.push((key("0"), Deep::Nest(n - 1))),
        }
        true
    }
}

#[test]
fn a_request_nested_thousands_deep_is_refused_before_it_is_read() {
    let e = api::shape::check(Deep::Root).unwrap_err();
    assert_eq!((e.field.as_str(), e.code), ("groups.0.extra", "too_deep"));
    assert!(e.message_id.contains("32 tingkat") && e.message_en.contains("32 levels"), "{e:?}");
    // A deep JSON value the same (a few hundred levels: what this test's stack can drop).
    let e = api::shape::check(Json(nested_group(300))).unwrap_err();
    assert_eq!((e.field.as_str(), e.code), ("groups.0.extra", "too_deep"));
    // Just within the limit, the request is read and the stray field named as always.
    let ok = nested_group(api::shape::MAX_DEPTH - 4);
    assert_eq!(api::shape::check(Json(ok.clone())), Ok(()));
    let scenario: api::plan::ScenarioRequest = serde_json::from_value(ok).unwrap();
    let r = api::plan::project(&scenario);
    assert!(r.errors.iter().any(|e| e.field == "groups.0.extra" && e.code == "unknown_field"), "{:?}", r.errors);
}

#[test]
fn a_request_with_too_many_values_is_refused_without_walking_them() {
    // An array longer than the limit is refused on its length, before its items are read.
    let many = serde_json::json!({ "groups": vec![serde_json::json!({ "workers": "1" }); 200_001] });
    let e = api::shape::check(Json(many)).unwrap_err();
    assert_eq!((e.field.as_str(), e.code), ("groups", "too_large"));
    assert!(e.message_id.contains("200.000") && e.message_en.contains("200,000"));
    // Fewer, bigger items: refused inside, where the count passed the limit.
    let many = serde_json::json!({ "groups": vec![serde_json::json!({ "workers": "1", "name": "x" }); 70_000] });
    let e = api::shape::check(Json(many)).unwrap_err();
    assert!(e.field.starts_with("groups.") && e.code == "too_large", "{e:?}");
    // The largest real request passes: five plans of 1,000 groups of a dozen fields.
    let group = serde_json::json!({ "name": "Petani", "workers": "1.000", "package": "bpuBasic", "months": "12",
        "governmentShare": "100", "source": "apbdRegency", "workerType": "other", "startYear": "2025", "income": "1.000.000",
        "covered": "0", "villages": "", "workersPerVillage": "" });
    let plan =
        serde_json::json!({ "region": { "name": "Kota Ternate", "baseYear": "2024" }, "groups": vec![group; 1_000] });
    let alternatives: Vec<_> =
        (0..4).map(|i| serde_json::json!({ "name": format!("Alt {i}"), "scenario": plan.clone() })).collect();
    let mut root = plan.clone();
    root["alternatives"] = serde_json::Value::Array(alternatives);
    assert_eq!(api::shape::check(Json(serde_json::json!({ "scenario": root }))), Ok(()));
}

#[test]
fn every_response_says_a_refusal_in_its_own_shape() {
    use api::shape::Refused;
    let e = || api::FieldError::new("groups", "too_deep", "x", "y");
    let r = api::ProgramCostResponse::refused(e());
    assert!(!r.ok && r.total.is_none() && r.errors == vec![e()]);
    let r = api::plan::PlanViewResponse::refused(e());
    assert!(!r.projection.ok && r.projection.errors == vec![e()] && r.charts.is_none());
    let r = api::plan::SolveViewResponse::refused(e());
    assert!(!r.solve.ok && r.solve.errors == vec![e()]);
    let r = api::plan::CompareViewResponse::refused(e());
    assert!(!r.ok && r.errors == vec![e()]);
    let r = api::csv_import::GroupsImport::refused(e());
    assert!(!r.ok && r.errors[0].code == "too_deep");
}

#[test]
fn a_percentage_that_is_not_a_number_is_shown_a_percentage_for_example() {
    use jamsostek::api::plan::{self, PlanViewRequest, SettingsRequest};
    use jamsostek::api::NumInput;
    let mut scenario = plan::presets::all().remove(0).scenario;
    scenario.settings = SettingsRequest { lapse: Some(NumInput::Text("abc".into())), ..Default::default() };
    let r = plan::plan_view(&PlanViewRequest { scenario, charts: Some(false), ..Default::default() });
    let e = r.projection.errors.iter().find(|e| e.field == "settings.lapse").expect("the lapse's error");
    assert_eq!((e.code, e.message_id.as_str()), ("not_a_number", "Bukan angka. Tulis persentase seperti 80 atau 72,5."));
    assert_eq!(e.message_en, "Not a number. Write a percentage like 80 or 72.5.");
    // A count keeps its own example.
    let cost = jamsostek::api::program_cost(&jamsostek::api::ProgramCostRequest { workers: Some(NumInput::Text("abc".into())), ..Default::default() });
    assert!(cost.errors.iter().any(|e| e.field == "workers" && e.message_id == "Bukan angka. Tulis seperti 12.800 atau 12800."));
}
