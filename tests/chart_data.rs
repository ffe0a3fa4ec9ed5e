//! The planning view's charts drawn apart (issue 17): the planning module's `planView` (and the
//! panels' `solveView`, `compareView`) give `chartData` instead of pictures, and `drawCharts`
//! (`drawComparison`) draws from it the same SVGs, to the byte, as drawn in one call; after the
//! trip through JSON and the wasm face's reader; and data it did not write is refused with a
//! message, never drawn, never a panic.

mod common;

use common::from_json;
use jamsostek::api::json::to_json;
use jamsostek::api::plan::{self, presets, ChartData, DrawChartsRequest, PlanViewRequest};
use jamsostek::api::read::read;
use jamsostek::fmt::Lang;
use proptest::prelude::*;


/// `data` as the page hands it over: written as JSON by the planning module, parsed, read by
/// the charts module's reader.
fn across(data: &ChartData, width: u32, lang: Lang) -> DrawChartsRequest {
    let text = to_json(&serde_json::json!({
        "data": serde_json::from_str::<serde_json::Value>(&to_json(data).expect("json")).expect("parses"),
        "width": width,
        "lang": if lang == Lang::En { "en" } else { "id" },
    }))
    .expect("json");
    read(from_json(&serde_json::from_str(&text).expect("parses"))).expect("reads")
}

#[test]
fn every_preset_draws_the_same_charts_from_its_data_as_in_one_call() {
    let mut drawn = 0;
    for p in presets::all() {
        for (width, lang) in [(328, Lang::Id), (640, Lang::En), (1200, Lang::Id)] {
            let req = PlanViewRequest { scenario: p.scenario.clone(), width: Some(width), lang: Some(lang), ..Default::default() };
            let whole = plan::plan_view_drawn::<true>(&req);
            let apart = plan::plan_view_drawn::<false>(&req);
            assert_eq!(whole.chart_data, None, "{}: drawn in one call, no data", p.id);
            let (Some(one), Some(two)) = (whole.charts, apart.charts.clone()) else {
                assert!(apart.chart_data.is_none(), "{}: no charts, no data", p.id);
                continue;
            };
            // The planning module's own: the summaries, no pictures.
            for (a, b) in [(&one.coverage, &two.coverage), (&one.budget, &two.budget), (&one.groups, &two.groups)] {
                assert_eq!(a.summary, b.summary, "{}", p.id);
                assert!(b.svg.is_empty(), "{}: the planning module does not draw", p.id);
            }
            let data = apart.chart_data.expect("the charts' data");
            let out = plan::draw_charts(&across(&data, width, lang));
            assert!(out.ok && out.errors.is_empty(), "{}: {:?}", p.id, out.errors);
            assert_eq!(out.coverage, one.coverage.svg, "{} coverage at {width}", p.id);
            assert_eq!(out.budget, one.budget.svg, "{} budget at {width}", p.id);
            assert_eq!(out.groups, one.groups.svg, "{} groups at {width}", p.id);
            drawn += 1;
        }
    }
    assert!(drawn >= 12, "presets drawn: {drawn}");
}

#[test]
fn the_national_path_and_a_plan_without_target_or_groups_draw_the_same_too() {
    let mut s = presets::all().into_iter().find(|p| p.id == "ternate").expect("ternate").scenario;
    for variant in 0..3 {
        match variant {
            0 => s.target = None,
            1 => s.groups.clear(),
            _ => {}
        }
        let req = PlanViewRequest { scenario: s.clone(), width: Some(400), ..Default::default() };
        let one = plan::plan_view_drawn::<true>(&req).charts.expect("drawn");
        let data = plan::plan_view_drawn::<false>(&req).chart_data.expect("data");
        let out = plan::draw_charts(&across(&data, 400, Lang::Id));
        assert!(out.ok, "{variant}: {:?}", out.errors);
        assert_eq!((out.coverage, out.budget, out.groups), (one.coverage.svg, one.budget.svg, one.groups.svg), "{variant}");
    }
}

#[test]
fn charts_not_asked_for_give_no_data() {
    let s = presets::all().remove(0).scenario;
    let v = plan::plan_view_drawn::<false>(&PlanViewRequest { scenario: s, charts: Some(false), ..Default::default() });
    assert!(v.charts.is_none() && v.chart_data.is_none());
}

fn refused(data: ChartData) -> plan::DrawChartsResponse {
    let out = plan::draw_charts(&DrawChartsRequest { data, ..Default::default() });
    assert!(!out.ok && out.coverage.is_empty() && out.budget.is_empty() && out.groups.is_empty());
    out
}

#[test]
fn data_it_did_not_write_is_refused_with_a_message_in_both_languages() {
    let s = presets::all().remove(0).scenario;
    let good = plan::plan_view_drawn::<false>(&PlanViewRequest { scenario: s, ..Default::default() }).chart_data.expect("data");
    let out = refused(ChartData::default());
    assert_eq!(out.errors.len(), 1);
    let e = &out.errors[0];
    assert_eq!((e.field.as_str(), e.code), ("data", "invalid"));
    assert!(e.message_id.contains("planView") && e.message_en.contains("planView"), "{e:?}");
    // Cut short, one number more, another layout, a name too many, a year out of range, a
    // negative budget, a coverage above 100 %, more years than a plan has, a name with a control
    // character or longer than validation keeps: each refused.
    let mut cases = Vec::new();
    let with = |f: &dyn Fn(&mut ChartData)| {
        let mut d = good.clone();
        f(&mut d);
        d
    };
    cases.push(with(&|d| { d.numbers.pop(); }));
    cases.push(with(&|d| d.numbers.push(Some(0))));
    cases.push(with(&|d| d.numbers[0] = Some(2)));
    cases.push(with(&|d| d.names.push("x".into())));
    cases.push(with(&|d| d.numbers[1] = Some(99_999)));
    cases.push(with(&|d| d.numbers[11] = Some(-1)));
    cases.push(with(&|d| d.numbers[8] = Some(10_001)));
    cases.push(with(&|d| {
        // 31 years, each as long as the first: the right length, more years than a plan has.
        let year: Vec<_> = d.numbers[7..22].to_vec();
        d.numbers.splice(7..22, std::iter::repeat_n(year, 31).flatten());
        d.numbers[6] = Some(31);
    }));
    cases.push(with(&|d| d.names[0] = "Ojek\u{7}".into()));
    cases.push(with(&|d| d.names[0] = "x".repeat(121)));
    cases.push(with(&|d| d.numbers[1] = None));
    for (i, d) in cases.into_iter().enumerate() {
        assert_eq!(refused(d).errors[0].field, "data", "case {i}");
    }
    // Unknown fields are named, as everywhere.
    let mut req = DrawChartsRequest { data: good, ..Default::default() };
    req.unknown.insert("widht".into(), serde::de::IgnoredAny);
    let out = plan::draw_charts(&req);
    assert!(!out.ok && out.errors.iter().any(|e| e.field == "widht"), "{:?}", out.errors);
}

/// A layout as `chart_data` writes it, with any values in its ranges: years in any order, any
/// coverage with or without its band, budgets by source up to 10^13, groups with any names.
fn layouts() -> impl Strategy<Value = ChartData> {
    let bp = || proptest::option::of(0i64..=10_000);
    let year = (1990i64..2060, bp(), bp(), bp(), 0i64..10_000_000_000_000, proptest::collection::vec(0i64..1_000_000_000_000, 10));
    (
        2000i64..2040,
        proptest::option::of((2000i64..2060, 0i64..=10_000)),
        any::<bool>(),
        bp(),
        proptest::collection::vec(year, 0..=30),
        proptest::collection::vec(("[A-Za-z ]{0,20}", 0i64..1_000_000_000_000), 0..15),
    )
        .prop_map(|(base, target, national, base_bp, years, groups)| {
            let mut n = vec![Some(1), Some(base), target.map(|t| t.0), target.map(|t| t.1), Some(i64::from(national)), base_bp];
            n.push(Some(years.len() as i64));
            for (y, c, lo, hi, budget, sources) in years {
                n.extend([Some(y), c, lo, hi, Some(budget)]);
                n.extend(sources.into_iter().map(Some));
            }
            n.push(Some(groups.len() as i64));
            n.extend(groups.iter().map(|g| Some(g.1)));
            ChartData { numbers: n, names: groups.into_iter().map(|g| g.0).collect() }
        })
}

proptest! {
    /// Every layout `chart_data` could write draws, whatever its values (never a panic).
    #[test]
    fn any_values_in_the_layout_draw(data in layouts(), width in 0u32..2000) {
        let out = plan::draw_charts(&DrawChartsRequest { data, width: Some(width), ..Default::default() });
        prop_assert!(out.ok, "{:?}", out.errors);
        prop_assert!(out.coverage.starts_with("<svg") && out.budget.starts_with("<svg") && out.groups.starts_with("<svg"));
    }

    /// Whatever numbers arrive, an answer: drawn, or refused with the message (never a panic).
    #[test]
    fn any_numbers_draw_or_are_refused(numbers in proptest::collection::vec(proptest::option::of(-3i64..12_000), 0..80),
                                       names in proptest::collection::vec("[a-z]{0,6}", 0..4)) {
        let mut numbers = numbers;
        if let Some(first) = numbers.first_mut() { *first = Some(1); }
        let out = plan::draw_charts(&DrawChartsRequest { data: ChartData { numbers, names }, width: Some(300), ..Default::default() });
        prop_assert!(out.ok || out.errors.iter().any(|e| e.field == "data"));
    }
}

/// The Ternate preset with two alternatives: fewer months, and another funder from a later year.
fn compared() -> plan::CompareViewRequest {
    let mut base = presets::all().into_iter().find(|p| p.id == "ternate").expect("ternate").scenario;
    let mut shorter = base.clone();
    shorter.groups[0].months = Some(jamsostek::api::NumInput::Text("6".into()));
    let mut later = base.clone();
    later.target = None;
    later.groups[1].start_year = Some(jamsostek::api::NumInput::Text("2027".into()));
    base.plan_name = Some("Perwali 2025".into());
    base.alternatives = vec![
        plan::PlanRequest { name: Some("6 bulan".into()), scenario: shorter, ..Default::default() },
        plan::PlanRequest { name: Some("Mulai 2027".into()), scenario: later, ..Default::default() },
    ];
    plan::CompareViewRequest { scenario: base, ..Default::default() }
}

#[test]
fn the_panels_charts_drawn_apart_are_the_same_as_drawn_in_one_call() {
    // "What reaches the target?" and "what does this budget buy?": the scenario with the answer.
    let scenario = presets::all().into_iter().find(|p| p.id == "ternate").expect("ternate").scenario;
    for (mode, width, lang) in [(plan::SolveMode::Target, 328, Lang::Id), (plan::SolveMode::Budget, 900, Lang::En)] {
        let req = plan::SolveRequest {
            scenario: scenario.clone(),
            mode: Some(mode),
            target: Some(plan::TargetRequest { pct: Some(jamsostek::api::NumInput::Text("95".into())), year: Some(jamsostek::api::NumInput::Text("2027".into())), ..Default::default() }),
            budget: Some(jamsostek::api::NumInput::Text("3.000.000.000".into())),
            width: Some(width),
            lang: Some(lang),
            ..Default::default()
        };
        let one = plan::solve_view_drawn::<true>(&req);
        let apart = plan::solve_view_drawn::<false>(&req);
        assert!(one.chart_data.is_none());
        let (Some(whole), Some(data)) = (one.charts, apart.chart_data) else { panic!("{mode:?}: {:?}", apart.solve.errors) };
        assert!(apart.charts.as_ref().is_some_and(|c| c.coverage.svg.is_empty() && c.coverage.summary == whole.coverage.summary));
        let out = plan::draw_charts(&across(&data, width, lang));
        assert!(out.ok, "{:?}", out.errors);
        assert_eq!((out.coverage, out.budget, out.groups), (whole.coverage.svg, whole.budget.svg, whole.groups.svg), "{mode:?}");
    }
    // Plans side by side: every plan's coverage overlaid.
    for (width, lang) in [(328, Lang::Id), (1000, Lang::En)] {
        let req = plan::CompareViewRequest { width: Some(width), lang: Some(lang), ..compared() };
        let one = plan::compare_view_drawn::<true>(&req);
        let apart = plan::compare_view_drawn::<false>(&req);
        assert!(one.ok && apart.ok, "{:?}", apart.errors);
        assert!(one.chart_data.is_empty() && apart.chart_data.len() == 3);
        assert_eq!(apart.coverage.as_ref().map(|c| (c.svg.is_empty(), &c.summary)), one.coverage.as_ref().map(|c| (true, &c.summary)));
        let text = to_json(&serde_json::json!({ "plans": apart.chart_data, "width": width, "lang": if lang == Lang::En { "en" } else { "id" } }))
            .expect("json");
        let req: plan::DrawComparisonRequest = read(from_json(&serde_json::from_str(&text).expect("parses"))).expect("reads");
        let out = plan::draw_comparison(&req);
        assert!(out.ok, "{:?}", out.errors);
        assert_eq!(out.svg, one.coverage.expect("drawn").svg, "at {width}");
    }
}

#[test]
fn a_comparison_it_did_not_write_is_refused_by_plan() {
    let apart = plan::compare_view_drawn::<false>(&compared());
    let draw = |plans: Vec<plan::PlanChartData>| plan::draw_comparison(&plan::DrawComparisonRequest { plans, ..Default::default() });
    assert_eq!(draw(Vec::new()).errors[0].field, "plans", "no plan");
    assert_eq!(draw(vec![apart.chart_data[0].clone(); 6]).errors[0].field, "plans", "more plans than a comparison has");
    let mut broken = apart.chart_data.clone();
    broken[1].data.numbers.pop();
    broken[2].name = "Mulai\u{0}2027".into();
    let out = draw(broken);
    assert!(!out.ok && out.svg.is_empty());
    let fields: Vec<_> = out.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["plans.1", "plans.2"]);
    assert!(out.errors[0].message_en.contains("planView"));
}
