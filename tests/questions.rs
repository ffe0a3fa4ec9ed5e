//! The planning questions officials ask, answered through the page's calls: what reaching a
//! target costs, what a yearly budget buys (and adding either answer to the scenario), and
//! plans side by side.

mod common;
use common::text;
use jamsostek::api::plan::{
    self, CompareViewRequest, GroupRequest, PlanRequest, ScenarioRequest, SolveMode, SolveRequest, TargetRequest,
};
use jamsostek::fmt::Lang;
use serde_json::json;

/// A regency's labour office: 200,000 workers, 90,000 covered (45 %) in 2025, aiming at 80 % by 2029.
fn regency() -> ScenarioRequest {
    serde_json::from_value(json!({
        "schemaVersion": 1,
        "region": { "name": "Kabupaten Contoh", "level": "regency", "baseYear": "2025" },
        "workforce": { "total": "200.000" },
        "current": { "total": "90.000" },
        "target": { "pct": "80", "year": "2029" },
        "settings": { "years": "5" }
    }))
    .unwrap()
}

fn view(mode: SolveMode, lang: Lang) -> SolveRequest {
    SolveRequest { scenario: regency(), mode: Some(mode), lang: Some(lang), ..Default::default() }
}

#[test]
fn rp_2_miliar_a_year_buys_9_920_workers_at_rp_201_600_with_rp_128_000_left() {
    let r = plan::solve_view(&SolveRequest { budget: text("Rp 2.000.000.000"), ..view(SolveMode::Budget, Lang::Id) });
    assert!(r.solve.ok, "{:?}", r.solve.errors);
    assert_eq!(r.solve.workers, Some(9_920), "2,000,000,000 ÷ 201,600, rounded down");
    let first = &r.solve.years[0];
    assert_eq!(first.cost_per_worker.unwrap().get(), 201_600);
    assert_eq!(first.left.unwrap().get(), 128_000);
    assert_eq!(
        r.summary,
        "Rp\u{a0}2\u{a0}miliar per tahun menanggung 9.920 pekerja pada 2026 (Rp\u{a0}201.600 per pekerja setahun); cakupan 45,00% → 49,96%; sisa Rp\u{a0}128.000."
    );
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.groups[0].name.as_deref(), Some("Dibiayai anggaran Rp\u{a0}2\u{a0}miliar per tahun"));
    // The scenario with the answer added: the budget it spends is the budget spent, never more.
    let p = r.projection.unwrap();
    assert!(p.ok);
    assert_eq!(p.years[0].budget.get(), 1_999_872_000);
    assert_eq!(p.years[0].coverage_pct, Some(49.96));
    assert!(r.charts.is_some() && r.cards.is_some());
}

#[test]
fn a_budget_too_small_for_one_worker_says_so() {
    let r = plan::solve_view(&SolveRequest { budget: text("100.000"), ..view(SolveMode::Budget, Lang::En) });
    assert!(r.solve.ok);
    assert_eq!(r.summary, "Rp\u{a0}100,000 a year is not enough for one worker (Rp\u{a0}201,600 per worker a year).");
    assert!(r.groups.is_empty());
}

#[test]
fn the_budget_that_reaches_80_percent_by_2029_and_the_groups_that_add_it_reach_it() {
    let r = plan::solve_view(&view(SolveMode::Target, Lang::Id));
    assert!(r.solve.ok, "{:?}", r.solve.errors);
    // The straight path 45 % → 80 % over four years asks for 70,000 more in 2029.
    let at = r.solve.years.iter().find(|y| y.year == 2029).unwrap();
    assert_eq!(at.workers, 70_000);
    assert_eq!(at.path_pct, Some(80.0));
    assert!(r.summary.starts_with("Untuk mencapai 80% pada 2029: tanggung 70.000 pekerja lagi pada 2029"), "{}", r.summary);
    // One group a year for what that year adds; together they are the 2029 total.
    let added: i64 = r.groups.iter().map(|g| jamsostek::parse::parse_whole(match &g.workers {
        Some(jamsostek::api::NumInput::Text(t)) => t,
        _ => "0",
    }).unwrap()).sum();
    assert_eq!(added, 70_000);
    assert_eq!(r.groups.len(), 4);
    assert_eq!(r.groups[0].name.as_deref(), Some("Tambahan menuju target 80% (mulai 2026)"));
    // The scenario with them reaches the path in every year, and the target in 2029.
    let p = r.projection.unwrap();
    for y in &r.solve.years {
        let with = p.years.iter().find(|x| x.year == y.year).unwrap();
        assert!(with.coverage_pct >= y.path_pct, "{} below the path", y.year);
    }
    assert_eq!(p.years.iter().find(|y| y.year == 2029).unwrap().gap, Some(0));
    // And the groups, typed back into the scenario, give the same projection: the same years, but
    // for the budget by group, which the view's answers leave to `project`.
    let mut s = regency();
    s.groups.extend(r.groups.iter().cloned());
    let mut full = plan::project(&s).years;
    assert!(p.years.iter().all(|y| y.budget_by_group.is_empty()));
    assert!(full.iter().all(|y| !y.budget_by_group.is_empty()));
    for y in &mut full {
        y.budget_by_group.clear();
    }
    assert_eq!(full, p.years);
}

#[test]
fn the_extra_workers_can_be_paid_another_way() {
    let group = GroupRequest { months: text("6"), source: Some(jamsostek::plan::scenario::FundingSource::Apbdes), ..Default::default() };
    let r = plan::solve_view(&SolveRequest { budget: text("1.008.000"), group: Some(group), ..view(SolveMode::Budget, Lang::Id) });
    assert_eq!(r.solve.workers, Some(10), "Rp 100,800 for six months");
    assert_eq!(r.groups[0].months, text("6"));
}

#[test]
fn a_target_in_the_first_projected_year_is_said_as_one_year() {
    let r = plan::solve_view(&SolveRequest {
        target: Some(TargetRequest { pct: text("50"), year: text("2026"), ..Default::default() }),
        ..view(SolveMode::Target, Lang::En)
    });
    assert!(r.solve.ok, "{:?}", r.solve.errors);
    // 45 % → 50 % of 200,000 in 2026: 10,000 more workers at Rp 201,600 a year.
    assert_eq!(r.summary, "To reach 50% by 2026: pay for 10,000 more workers in 2026, an extra Rp\u{a0}2.02\u{a0}billion.");
}

#[test]
fn a_bad_question_is_refused_beside_its_field() {
    let r = plan::solve_view(&SolveRequest {
        target: Some(TargetRequest { pct: text("180"), year: text("2029"), ..Default::default() }),
        ..view(SolveMode::Target, Lang::Id)
    });
    assert!(!r.solve.ok);
    assert_eq!(r.solve.errors[0].field, "target.pct");
    assert!(r.groups.is_empty() && r.projection.is_none());
}

fn plans() -> CompareViewRequest {
    let mut base = regency();
    base.groups = vec![serde_json::from_value(json!({ "name": "Petani", "workers": "10.000", "months": "12" })).unwrap()];
    let mut six = base.clone();
    six.groups[0].months = text("6");
    let mut later = base.clone();
    later.groups[0].start_year = text("2027");
    later.groups[0].source = Some(jamsostek::plan::scenario::FundingSource::Apbdes);
    base.plan_name = Some("12 bulan".into());
    base.alternatives = vec![
        PlanRequest { name: Some("6 bulan".into()), scenario: six, ..Default::default() },
        PlanRequest { name: Some("APBDes mulai 2027".into()), scenario: later, ..Default::default() },
    ];
    CompareViewRequest { scenario: base, ..Default::default() }
}

#[test]
fn three_plans_side_by_side_with_the_budget_difference_per_year() {
    let r = plan::compare_view(&plans());
    assert!(r.ok, "{:?}", r.errors);
    assert_eq!(r.plans.len(), 3);
    assert!(r.plans[0].delta.is_empty());
    // Six months instead of twelve: half the premium, the same workers covered.
    let six = &r.plans[1];
    assert_eq!(six.delta[0].year, 2026);
    assert_eq!(six.delta[0].budget.get(), -(10_000 * 16_800 * 6));
    assert_eq!(six.delta[0].covered, 0);
    assert_eq!(
        six.summary,
        "6 bulan dibanding 12 bulan: pada 2030 cakupannya sama; anggaran Rp\u{a0}5,04\u{a0}miliar lebih sedikit selama 5 tahun."
    );
    let en = plan::compare_view(&CompareViewRequest { lang: Some(Lang::En), ..plans() });
    assert_eq!(en.plans[1].summary, "6 bulan against 12 bulan: the same coverage in 2030; budget Rp\u{a0}5.04\u{a0}billion less over 5 years.");
    // Starting a year later covers 10,000 fewer in 2026.
    assert_eq!(r.plans[2].delta[0].covered, -10_000);
    assert!(r.plans[2].summary.starts_with("APBDes mulai 2027 dibanding 12 bulan: pada 2030 cakupannya sama;"), "{}", r.plans[2].summary);
    let chart = r.coverage.unwrap();
    assert!(chart.svg.contains("APBDes mulai 2027") && chart.svg.contains("12 bulan"));
    assert!(chart.summary.starts_with("Cakupan pada 2030: 12 bulan "), "{}", chart.summary);
    assert!(r.plans.iter().all(|p| p.cards.is_some()));
}

#[test]
fn a_bad_plan_is_named_by_its_place_and_one_plan_is_not_a_comparison() {
    let mut req = plans();
    req.scenario.alternatives[1].scenario.workforce.total = text("banyak");
    let r = plan::compare_view(&req);
    assert!(!r.ok);
    assert_eq!(r.errors[0].field, "alternatives.1.scenario.workforce.total");
    assert!(r.coverage.is_none());
    let mut base = plans();
    base.scenario.current.total = text("x");
    assert_eq!(plan::compare_view(&base).errors[0].field, "current.total", "the baseline's own paths");
    req.scenario.alternatives.clear();
    assert_eq!(plan::compare_view(&req).errors[0].field, "alternatives");
    let mut nested = plans();
    nested.scenario.alternatives[0].scenario.alternatives = vec![PlanRequest::default()];
    assert_eq!(plan::compare_view(&nested).errors[0].field, "alternatives.0.scenario.alternatives");
}

#[test]
fn alternatives_travel_with_the_scenario_into_its_csv_and_json() {
    let req = plans();
    let r = plan::export_csv(&plan::ExportRequest { scenario: req.scenario.clone(), ..Default::default() });
    assert!(r.ok, "{:?}", r.errors);
    let lines: Vec<&str> = r.csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "Kalkulator Cakupan Jamsostek: proyeksi cakupan dan anggaran");
    assert!(lines.contains(&"Kalkulator Cakupan Jamsostek: perbandingan rencana"));
    assert!(lines.contains(&"12 bulan;6 bulan;2026;0;0,00;-1008000000"), "a negative number stays a number: {lines:?}");
    assert!(lines.iter().any(|l| l.starts_with("APBDes mulai 2027;2026;")));
    // The JSON a file or link carries reads back to the same plans.
    let json = serde_json::to_value(&req.scenario).unwrap();
    assert_eq!(json["planName"], "12 bulan");
    assert_eq!(json["alternatives"][1]["name"], "APBDes mulai 2027");
    let back: ScenarioRequest = serde_json::from_value(json).unwrap();
    assert_eq!(back, req.scenario);
    // Without alternatives the JSON is what it was.
    assert!(serde_json::to_value(regency()).unwrap().get("alternatives").is_none());
}

#[test]
fn contradicting_inputs_are_named_beside_both_fields_with_the_value_used() {
    let mut s = regency();
    s.current.coverage_pct = text("50");
    s.groups = vec![serde_json::from_value(json!({
        "name": "Desa", "workers": "5.000", "villages": "128", "workersPerVillage": "100"
    }))
    .unwrap()];
    let v = plan::plan_view(&plan::PlanViewRequest { scenario: s, ..Default::default() });
    assert!(v.projection.ok);
    assert_eq!(v.projection.base.as_ref().unwrap().coverage_pct, Some(45.0), "participants win over the percentage");
    let fields: Vec<&str> = v.notices.iter().map(|n| n.field.as_str()).collect();
    assert_eq!(fields, ["current.coveragePct", "current.total", "groups.0.workers", "groups.0.villages"]);
    assert!(v.notices.iter().all(|n| n.code == "conflict"));
    assert_eq!(v.notices[0].message_id, "Diisi juga jumlah peserta: itu yang dipakai, persen cakupan ini diabaikan.");
    assert_eq!(v.projection.groups[0].workers, 12_800, "villages × workers per village is used");
}

#[test]
fn cards_name_the_two_gaps_apart_and_show_the_budget_as_a_share_of_the_apbd() {
    let mut s = regency();
    s.groups = vec![serde_json::from_value(json!({ "name": "Petani", "workers": "10.000" })).unwrap()];
    s.settings.apbd_total = text("2.000.000.000.000");
    let v = plan::plan_view(&plan::PlanViewRequest { scenario: s, ..Default::default() });
    let c = v.cards.unwrap();
    assert_eq!(c.uncovered, Some(100_000), "all workers still without protection in 2026");
    assert_eq!(c.target_gap, Some(60_000), "what the 80 % target still needs in 2029");
    // 10,000 × Rp 201,600 = Rp 2.016 billion of Rp 2,000 billion.
    assert_eq!(c.apbd_share, "0,10%");
    assert!(v.notices.is_empty());
}

#[test]
fn only_money_spent_through_the_regions_apbd_is_a_share_of_it() {
    let view = |groups: serde_json::Value, level: &str| {
        let mut s = regency();
        s.region.level = serde_json::from_value(json!(level)).unwrap();
        s.groups = serde_json::from_value(groups).unwrap();
        s.settings.apbd_total = text("2.000.000.000.000");
        plan::plan_view(&plan::PlanViewRequest { scenario: s, ..Default::default() }).cards.unwrap().apbd_share
    };
    // An APBDes plan (village budgets) and a state-budget plan: no share of the regency's APBD.
    assert_eq!(view(json!([{ "name": "Desa", "workers": "10.000", "source": "apbdes" }]), "regency"), "");
    assert_eq!(view(json!([{ "name": "Pusat", "workers": "10.000", "source": "apbn" }]), "regency"), "");
    // A provincial budget is not the regency's APBD; for a province it is.
    assert_eq!(view(json!([{ "name": "Prov", "workers": "10.000", "source": "apbdProvince" }]), "regency"), "");
    assert_eq!(view(json!([{ "name": "Prov", "workers": "10.000", "source": "apbdProvince" }]), "province"), "0,10%");
    // Mixed: only the APBD part (and DBHCHT, spent through the APBD) counts: 2 × Rp 2.016 billion.
    let mixed = json!([
        { "name": "Petani", "workers": "10.000", "source": "apbdRegency" },
        { "name": "Buruh rokok", "workers": "10.000", "source": "dbhcht" },
        { "name": "Desa", "workers": "10.000", "source": "apbdes" }
    ]);
    assert_eq!(view(mixed, "regency"), "0,20%");
}

#[test]
fn a_contradiction_stays_said_while_another_field_is_in_error() {
    let mut s = regency();
    s.current.coverage_pct = text("50");
    s.settings.years = text("-1");
    let v = plan::plan_view(&plan::PlanViewRequest { scenario: s, ..Default::default() });
    assert!(!v.projection.ok);
    let fields: Vec<&str> = v.notices.iter().map(|n| n.field.as_str()).collect();
    assert_eq!(fields, ["current.coveragePct", "current.total"]);
}
