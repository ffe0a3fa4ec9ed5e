//! Named legal cases, written the way the regulations read. Amounts in whole rupiah.

mod common;
use common::*;
use jamsostek::api::{
    self, ConstructionBasisKind, ContributionRequest, ContributionResponse, ProgramCostRequest, Segment,
};
use jamsostek::rules::{Funder, Industry, Payer, Program, WorkerType};

// ---- BPU (informal workers): PP 44/2015, PP 46/2015, PP 50/2025 ----

#[test]
fn in_march_2026_a_bpu_worker_on_rp_1_000_000_pays_the_basic_package_of_rp_16_800() {
    let r = run(&informal("2026-03-15"));
    assert_eq!(due(&r, Program::Jkk, Some(Payer::Worker)), 10_000);
    assert_eq!(due(&r, Program::Jkm, Some(Payer::Worker)), 6_800);
    assert_eq!(total(&r), 16_800);
}

// ---- What the basic package buys: PP 82/2019 ----

#[test]
fn in_2026_rp_16_800_a_month_buys_care_rp_42_million_on_death_48_times_the_income_and_scholarships() {
    let r = run(&informal("2026-03-15"));
    let b = r.buys.as_ref().expect("the line on what the premium buys");
    for needle in ["Rp\u{a0}16.800 sebulan", "sesuai kebutuhan medis", "Rp\u{a0}42\u{a0}juta", "Rp\u{a0}48\u{a0}juta", "2 anak hingga Rp\u{a0}174\u{a0}juta", "(PP 82/2019)"] {
        assert!(b.message_id.contains(needle), "{needle} in {}", b.message_id);
    }
    for needle in ["Rp\u{a0}16,800 a month", "Rp\u{a0}42\u{a0}million", "Rp\u{a0}48\u{a0}million", "2 children up to Rp\u{a0}174\u{a0}million"] {
        assert!(b.message_en.contains(needle), "{needle} in {}", b.message_en);
    }
    for id in ["benefit.jkm.lumpSum", "benefit.jkm.periodic", "benefit.jkm.funeral", "benefit.scholarship.perChild", "benefit.jkk.deathTimes"] {
        let a = r.applied.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("{id} cited"));
        assert!(a.citation.regulation.starts_with("PP 82/2019"), "{id}");
    }
    // A higher declared income buys a higher work-accident death benefit, on the level (capped at the top).
    let r = run(&ContributionRequest { declared_income: text("3.000.000"), ..informal("2026-03-15") });
    assert!(r.buys.unwrap().message_id.starts_with("Rp\u{a0}36.800 sebulan"));
    let r = run(&ContributionRequest { declared_income: text("50.000.000"), ..informal("2026-03-15") });
    assert!(r.buys.unwrap().message_id.contains("(Rp\u{a0}993,6\u{a0}juta bila"), "48 × Rp 20,700,000");
    // Halved by PP 50/2025, the same benefits.
    let r = run(&informal("2026-06-01"));
    assert!(r.buys.unwrap().message_id.starts_with("Rp\u{a0}8.400 sebulan"));
    // Wage earners and construction get no such line (it is the BPU package's).
    assert!(run(&wage_earner("2026-03-15", "5.000.000")).buys.is_none());
}

#[test]
fn the_pp_82_2019_benefits_start_in_december_2019_and_the_line_with_them() {
    assert!(run(&informal("2019-11-30")).buys.is_none(), "PP 44/2015's earlier amounts are not in the tables");
    assert!(run(&informal("2019-12-01")).buys.is_some());
    let cost = |d: &str| {
        api::program_cost(&ProgramCostRequest { workers: text("100"), months: text("12"), as_of: on(d), ..Default::default() })
    };
    assert!(cost("2019-11-30").buys.is_none());
    let c = cost("2026-03-15");
    assert!(c.buys.unwrap().message_id.starts_with("Rp\u{a0}16.800 sebulan membeli"));
    assert!(c.applied.iter().any(|a| a.id == "benefit.jkm.lumpSum"));
}

#[test]
fn in_june_2026_pp_50_2025_halves_jkk_and_jkm_for_other_bpu_workers_to_rp_8_400() {
    let r = run(&informal("2026-06-01"));
    assert_eq!(due(&r, Program::Jkk, None), 5_000);
    assert_eq!(due(&r, Program::Jkm, None), 3_400);
    assert_eq!(total(&r), 8_400);
    assert!(applied(&r, "relief.pp50_2025.otherCut"));
}

#[test]
fn in_june_2026_a_bpu_worker_paid_by_apbd_still_costs_rp_16_800() {
    let r = run(&ContributionRequest { funder: Some(Funder::Apbd), ..informal("2026-06-01") });
    assert_eq!(total(&r), 16_800);
    assert_eq!(r.apbd.unwrap().get(), 16_800);
    assert_eq!((r.apbn.unwrap().get(), r.apbdes.unwrap().get()), (0, 0), "a regional budget, not the APBN");
    assert!(has_warning(&r, "discount_not_for_government"));
}

#[test]
fn in_june_2026_village_money_reads_two_ways_rp_16_800_in_full_or_rp_8_400_discounted() {
    let r = run(&ContributionRequest { funder: Some(Funder::Apbdes), ..informal("2026-06-01") });
    // Dana Desa is an APBN transfer: read so, PP 50/2025's exclusion applies (the figure used).
    assert_eq!(total(&r), 16_800);
    // Read as the village's own budget, neither APBN nor APBD: the discount applies.
    assert_eq!(r.if_discounted.map(|x| x.get()), Some(8_400));
    let w = r.warnings.iter().find(|w| w.code == "village_budget_two_readings").expect("both readings said");
    for needle in ["Rp\u{a0}16.800", "Rp\u{a0}8.400", "PP 50/2025", "Permendes PDTT 16/2025", "APBN"] {
        assert!(w.message_id.contains(needle), "{needle} in {}", w.message_id);
    }
    assert!(w.message_en.contains("Rp\u{a0}16,800") && w.message_en.contains("Rp\u{a0}8,400"));
    assert!(applied(&r, "relief.pp50_2025.otherCut"), "the discount's parameter is cited");
    // A transport worker is already in the discount in January 2026; other workers are not.
    let t = run(&ContributionRequest {
        funder: Some(Funder::Apbdes),
        worker_type: Some(WorkerType::Transport),
        ..informal("2026-01-15")
    });
    assert_eq!((total(&t), t.if_discounted.map(|x| x.get())), (16_800, Some(8_400)));
    let o = run(&ContributionRequest { funder: Some(Funder::Apbdes), ..informal("2026-01-15") });
    assert_eq!((total(&o), o.if_discounted), (16_800, None), "one reading where they agree");
    assert!(!o.warnings.iter().any(|w| w.code == "village_budget_two_readings"));
    // With JHT, only JKK and JKM are discounted under the other reading.
    let j = run(&ContributionRequest { funder: Some(Funder::Apbdes), with_jht: Some(true), ..informal("2026-06-01") });
    assert_eq!((total(&j), j.if_discounted.map(|x| x.get())), (36_800, Some(28_400)));
}

#[test]
fn the_apbn_and_village_budgets_are_payers_apart_from_the_apbd() {
    let r = run(&ContributionRequest { funder: Some(Funder::Apbn), ..informal("2026-06-01") });
    assert_eq!((r.apbn.unwrap().get(), r.apbd.unwrap().get()), (16_800, 0));
    assert!(r.items.iter().all(|i| i.payer == Payer::Apbn));
    let r = run(&ContributionRequest { funder: Some(Funder::Apbdes), ..informal("2026-01-15") });
    assert_eq!(r.apbdes.unwrap().get(), r.total.unwrap().get());
    assert_eq!((r.apbn.unwrap().get(), r.apbd.unwrap().get()), (0, 0));
}

#[test]
fn a_bpu_worker_paid_by_apbn_gets_no_pp_50_discount_either() {
    let r = run(&ContributionRequest { funder: Some(Funder::Apbn), ..informal("2026-10-01") });
    assert_eq!(total(&r), 16_800);
}

#[test]
fn transport_workers_get_the_discount_from_january_2026_to_march_2027() {
    let req = |d| ContributionRequest { worker_type: Some(WorkerType::Transport), ..informal(d) };
    assert_eq!(total(&run(&req("2025-12-31"))), 16_800);
    assert_eq!(total(&run(&req("2026-01-01"))), 8_400);
    assert_eq!(total(&run(&req("2027-03-31"))), 8_400);
    assert_eq!(total(&run(&req("2027-04-01"))), 16_800);
}

#[test]
fn other_bpu_workers_get_the_discount_from_april_to_december_2026_only() {
    assert_eq!(total(&run(&informal("2026-03-31"))), 16_800);
    assert_eq!(total(&run(&informal("2026-04-01"))), 8_400);
    assert_eq!(total(&run(&informal("2026-12-31"))), 8_400);
    assert_eq!(total(&run(&informal("2027-01-01"))), 16_800);
}

#[test]
fn a_bpu_worker_declaring_rp_2_000_000_with_jht_pays_1_percent_jkk_flat_jkm_and_2_percent_jht() {
    let r = run(&ContributionRequest {
        declared_income: text("2.000.000"),
        with_jht: Some(true),
        ..informal("2024-05-01")
    });
    assert_eq!(due(&r, Program::Jkk, None), 20_000);
    assert_eq!(due(&r, Program::Jkm, None), 6_800);
    assert_eq!(due(&r, Program::Jht, None), 40_000);
    assert_eq!(total(&r), 66_800);
}

#[test]
fn jht_is_never_discounted_by_pp_50_2025() {
    let r = run(&ContributionRequest { with_jht: Some(true), ..informal("2026-06-01") });
    assert_eq!(due(&r, Program::Jht, None), 20_000);
    assert_eq!(total(&r), 28_400);
}

#[test]
fn jp_and_jkp_are_not_available_to_bpu_workers() {
    let r = api::contribution(&ContributionRequest { programs: Some(vec![Program::Jp]), ..informal("2024-05-01") });
    assert!(!r.ok);
    assert_eq!(r.errors[0].field, "programs");
    assert_eq!(r.errors[0].code, "not_for_informal");
    let r = api::contribution(&ContributionRequest { programs: Some(vec![Program::Jkp]), ..informal("2024-05-01") });
    assert_eq!(r.errors[0].code, "not_for_informal");
}

fn bpu_declaring(income: &str, date: &str) -> ContributionResponse {
    run(&ContributionRequest { declared_income: text(income), with_jht: Some(true), ..informal(date) })
}

#[test]
fn the_top_income_level_is_rp_20_700_000_so_bpu_jkk_is_at_most_rp_207_000() {
    let r = bpu_declaring("20.700.000", "2024-05-01");
    assert_eq!((due(&r, Program::Jkk, None), due(&r, Program::Jht, None)), (207_000, 414_000));
    assert!(!has_warning(&r, "bpu_income_above_top_level"));
    for income in ["20.700.001", "30.000.000"] {
        let r = bpu_declaring(income, "2024-05-01");
        assert_eq!((due(&r, Program::Jkk, None), due(&r, Program::Jht, None)), (207_000, 414_000), "{income}");
        assert_eq!(total(&r), 207_000 + 6_800 + 414_000);
        assert!(has_warning(&r, "bpu_income_above_top_level"), "{income}");
        assert!(applied(&r, "bpu.maxIncome"));
        assert!(has_warning(&r, "unconfirmed_value"), "the top level is from reporting, not the annex");
    }
}

#[test]
fn between_levels_the_declared_amount_itself_is_the_level() {
    // The official table of levels was not found: 1 % of the amount declared, rounded once.
    let r = bpu_declaring("1.550.000", "2024-05-01");
    assert_eq!((due(&r, Program::Jkk, None), due(&r, Program::Jht, None)), (15_500, 31_000));
    assert!(!has_warning(&r, "unconfirmed_value"), "{:?}", r.warnings);
}

#[test]
fn an_income_below_rp_1_000_000_is_counted_at_the_lowest_level_so_jkk_is_never_below_rp_10_000() {
    use jamsostek::date::Date;
    use jamsostek::money::Rupiah;
    use jamsostek::params::Lookup;
    use jamsostek::rules::{informal as bpu, Informal};
    let on = |d| Lookup::new(Date::parse(d).unwrap());
    let worker = |income| Informal {
        declared_income: Rupiah::new(income).unwrap(),
        with_jht: false,
        worker_type: WorkerType::Other,
        funder: Funder::SelfPaid,
    };
    let r = bpu(&worker(600_000), on("2024-05-01")).unwrap();
    assert_eq!(r.total.get(), 16_800);
    assert!(r.warnings.iter().any(|w| w.code == "bpu_income_below_lowest_level"));
    let r = bpu(&worker(1_000_000), on("2024-05-01")).unwrap();
    assert_eq!(r.total.get(), 16_800);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn a_declared_income_below_rp_1_000_000_is_refused() {
    let r = api::contribution(&ContributionRequest { declared_income: text("999.999"), ..informal("2024-05-01") });
    assert_eq!(r.errors[0].field, "declaredIncome");
    assert_eq!(r.errors[0].code, "out_of_range");
}

// ---- PP 49/2020: COVID-19 relief, contributions for August 2020 – January 2021 ----

#[test]
fn in_september_2020_bpu_jkk_and_jkm_were_cut_by_99_percent() {
    let r = run(&informal("2020-09-01"));
    assert_eq!(due(&r, Program::Jkk, None), 100);
    assert_eq!(due(&r, Program::Jkm, None), 68);
    assert_eq!(r.items[0].discount.get(), 9_900);
}

#[test]
fn in_september_2020_a_wage_earner_s_jkk_and_jkm_were_cut_and_99_percent_of_jp_deferred() {
    let r = run(&ContributionRequest { programs: Some(vec![Program::Jp]), ..wage_earner("2020-09-01", "5.000.000") });
    assert_eq!(due(&r, Program::Jkk, None), 120);
    assert_eq!(due(&r, Program::Jkm, None), 150);
    assert_eq!(due(&r, Program::Jp, Some(Payer::Employer)), 1_000);
    assert_eq!(due(&r, Program::Jp, Some(Payer::Worker)), 500);
    let deferred: i64 = r.items.iter().map(|i| i.deferred.get()).sum();
    assert_eq!(deferred, 99_000 + 49_500);
}

#[test]
fn covid_relief_did_not_apply_in_july_2020_nor_in_february_2021() {
    for d in ["2020-07-31", "2021-02-01"] {
        let r = run(&ContributionRequest { programs: Some(vec![Program::Jp]), ..wage_earner(d, "5.000.000") });
        assert_eq!(due(&r, Program::Jkk, None), 12_000, "{d}");
        assert_eq!(due(&r, Program::Jp, None), 150_000, "{d}");
    }
}

// ---- PU (wage earners): PP 44/2015, PP 45/2015, PP 46/2015 ----

#[test]
fn jkk_is_0_24_to_1_74_percent_of_the_wage_by_risk_class_paid_by_the_employer() {
    let expected = [12_000, 27_000, 44_500, 63_500, 87_000];
    for (class, want) in (1..=5).zip(expected) {
        let req = ContributionRequest {
            risk_class: text(&class.to_string()),
            programs: Some(vec![]),
            ..wage_earner("2019-06-01", "5.000.000")
        };
        let r = run(&req);
        assert_eq!(due(&r, Program::Jkk, Some(Payer::Employer)), want, "class {class}");
    }
}

#[test]
fn jkm_is_0_30_percent_of_the_wage_paid_by_the_employer() {
    let r = run(&ContributionRequest { programs: Some(vec![]), ..wage_earner("2019-06-01", "5.000.000") });
    assert_eq!(due(&r, Program::Jkm, Some(Payer::Employer)), 15_000);
    let r = run(&ContributionRequest { programs: Some(vec![]), ..wage_earner("2024-06-01", "3.333.333") });
    assert_eq!(due(&r, Program::Jkm, None), 10_000); // 9,999.999 rounds half up
}

#[test]
fn jht_is_3_7_percent_from_the_employer_and_2_percent_from_the_worker() {
    let r = run(&ContributionRequest { programs: Some(vec![Program::Jht]), ..wage_earner("2019-06-01", "5.000.000") });
    assert_eq!(due(&r, Program::Jht, Some(Payer::Employer)), 185_000);
    assert_eq!(due(&r, Program::Jht, Some(Payer::Worker)), 100_000);
    assert_eq!(r.worker.unwrap().get(), 100_000);
}

#[test]
fn jp_for_a_rp_15_000_000_wage_uses_the_2023_ceiling_in_february_2024_and_the_2024_ceiling_in_march() {
    let jp = |d| {
        let r = run(&ContributionRequest { programs: Some(vec![Program::Jp]), ..wage_earner(d, "15.000.000") });
        (due(&r, Program::Jp, Some(Payer::Employer)), due(&r, Program::Jp, Some(Payer::Worker)))
    };
    assert_eq!(jp("2024-02-29"), (191_192, 95_596)); // 3 % of Rp 9,559,600
    assert_eq!(jp("2024-03-01"), (200_846, 100_423)); // 3 % of Rp 10,042,300
}

#[test]
fn jp_below_the_ceiling_is_3_percent_of_the_whole_wage() {
    let r = run(&ContributionRequest { programs: Some(vec![Program::Jp]), ..wage_earner("2016-03-01", "7.000.000") });
    assert_eq!(due(&r, Program::Jp, None), 210_000);
}

fn jp_on_20_million(date: &str) -> (i64, i64, ContributionResponse) {
    let r = run(&ContributionRequest { programs: Some(vec![Program::Jp]), ..wage_earner(date, "20.000.000") });
    (due(&r, Program::Jp, Some(Payer::Employer)), due(&r, Program::Jp, Some(Payer::Worker)), r)
}

#[test]
fn the_2025_jp_ceiling_of_bpjs_letter_b_726_022025_applies_from_march_2025_contributions() {
    let (e, k, _) = jp_on_20_million("2025-02-28");
    assert_eq!((e, k), (200_846, 100_423)); // 3 % of Rp 10,042,300 (letter B/1387/022024)
    let (e, k, r) = jp_on_20_million("2025-03-01");
    assert_eq!((e, k), (210_948, 105_474)); // 3 % of Rp 10,547,400
    assert!(!has_warning(&r, "unconfirmed_value"), "{:?}", r.warnings);
}

#[test]
fn the_2026_jp_ceiling_of_bpjs_letter_b_1226_022026_applies_from_march_2026_contributions() {
    let (e, k, _) = jp_on_20_million("2026-02-28");
    assert_eq!((e, k), (210_948, 105_474)); // still Rp 10,547,400
    let (e, k, r) = jp_on_20_million("2026-03-01");
    assert_eq!((e, k), (221_726, 110_863)); // 3 % of Rp 11,086,300
    assert_eq!(e + k, 332_589);
    assert!(!has_warning(&r, "unconfirmed_value"), "{:?}", r.warnings);
    let ceiling = r.applied.iter().find(|a| a.id == "pu.jp.ceiling").unwrap();
    assert!(ceiling.citation.regulation.contains("B/1226/022026"));
}

// ---- JP and the pension age: PP 45/2015 Pasal 15 ----

/// JP due on a Rp 5,000,000 wage (3 %: Rp 150,000) in the month of `date` for a worker born then.
fn jp_born(date: &str, year: &str, month: Option<&str>) -> (i64, ContributionResponse) {
    let birth = match month {
        Some(m) => format!("{year}-{m}"),
        None => year.to_string(),
    };
    let r = run(&ContributionRequest {
        programs: Some(vec![Program::Jp]),
        birth: Some(birth),
        ..wage_earner(date, "5.000.000")
    });
    (due(&r, Program::Jp, None), r)
}

#[test]
fn born_june_1962_a_worker_reaches_the_pension_age_of_56_in_june_2018_and_pays_no_jp_from_july() {
    assert_eq!(jp_born("2018-06-30", "1962", Some("6")).0, 150_000, "the month the age is reached is a JP month");
    let (jp, r) = jp_born("2018-07-01", "1962", Some("6"));
    assert_eq!(jp, 0);
    assert_eq!(due(&r, Program::Jp, Some(Payer::Employer)) + due(&r, Program::Jp, Some(Payer::Worker)), 0);
    let w = r.warnings.iter().find(|w| w.code == "jp_pension_age").expect("the page says why JP is zero");
    for needle in ["JP Rp\u{a0}0", "56 tahun", "tercapai 6/2018", "PP 45/2015 Pasal 15", "ayat 4"] {
        assert!(w.message_id.contains(needle), "{needle} in {}", w.message_id);
    }
    assert!(w.message_en.contains("reached in 6/2018"));
    let age = r.applied.iter().find(|a| a.id == "pu.jp.pensionAge").expect("the age is cited");
    assert_eq!((age.value, age.text_id.to_string().as_str()), (56, "56 tahun"));
    assert_eq!(total(&r), 12_000 + 15_000, "JKK and JKM still due");
}

#[test]
fn born_january_1963_a_worker_turning_56_in_2019_waits_for_57_in_january_2020() {
    // From 1 January 2019 the pension age is 57 (Pasal 15 ayat (2)).
    assert_eq!(jp_born("2019-02-01", "1963", Some("1")).0, 150_000);
    assert!(!has_warning(&jp_born("2019-02-01", "1963", Some("1")).1, "jp_pension_age"));
    assert_eq!(jp_born("2020-01-31", "1963", Some("1")).0, 150_000);
    let (jp, r) = jp_born("2020-02-01", "1963", Some("1"));
    assert_eq!(jp, 0);
    assert_eq!(r.applied.iter().find(|a| a.id == "pu.jp.pensionAge").unwrap().value, 57);
}

#[test]
fn around_the_2022_step_to_58_december_1964_stops_in_2022_and_january_1965_in_february_2023() {
    assert_eq!(jp_born("2021-12-15", "1964", Some("12")).0, 150_000, "turned 57 with 57 in force");
    assert_eq!(jp_born("2022-01-01", "1964", Some("12")).0, 0);
    assert_eq!(jp_born("2022-06-01", "1965", Some("1")).0, 150_000, "turned 57 with 58 in force");
    assert_eq!(jp_born("2023-01-31", "1965", Some("1")).0, 150_000);
    assert_eq!(jp_born("2023-02-01", "1965", Some("1")).0, 0);
}

#[test]
fn around_the_2025_step_to_59_december_1966_stops_in_2025_and_january_1967_in_february_2026() {
    assert_eq!(jp_born("2024-12-31", "1966", Some("12")).0, 150_000);
    assert_eq!(jp_born("2025-01-01", "1966", Some("12")).0, 0);
    assert_eq!(jp_born("2025-12-01", "1967", Some("1")).0, 150_000, "turned 58 with 59 in force");
    assert_eq!(jp_born("2026-01-15", "1967", Some("1")).0, 150_000);
    let (jp, r) = jp_born("2026-02-01", "1967", Some("1"));
    assert_eq!(jp, 0);
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "jp_pension_age" && w.message_id.contains("59 tahun tercapai 1/2026")));
}

#[test]
fn around_the_2028_step_to_60_december_1968_stops_in_2028_and_1969_waits_for_60_in_2029() {
    assert_eq!(jp_born("2027-12-01", "1968", Some("12")).0, 150_000);
    assert_eq!(jp_born("2028-01-01", "1968", Some("12")).0, 0);
    assert_eq!(jp_born("2028-12-01", "1969", Some("3")).0, 150_000);
    assert_eq!(jp_born("2029-03-31", "1969", Some("3")).0, 150_000);
    assert_eq!(jp_born("2029-04-01", "1969", Some("3")).0, 0);
    // The last step: from 2043 the age is 65 and stays. Born 1978: 64 in 2042 with 64 in force;
    // born 1979: 64 in 2043 with 65 in force, so 65 in 2044.
    assert_eq!(jp_born("2042-06-01", "1978", Some("5")).0, 0);
    assert_eq!(jp_born("2043-06-01", "1979", Some("5")).0, 150_000);
    assert_eq!(jp_born("2044-05-01", "1979", Some("5")).0, 150_000);
    assert_eq!(jp_born("2044-06-01", "1979", Some("5")).0, 0);
}

#[test]
fn with_the_birth_year_alone_jp_is_due_before_the_year_of_the_pension_age_warned_in_it_and_zero_after() {
    // Born 1966: 58 in 2024 with 58 in force.
    let (jp, r) = jp_born("2023-12-01", "1966", None);
    assert_eq!(jp, 150_000);
    assert!(!has_warning(&r, "jp_pension_age_this_year"));
    let (jp, r) = jp_born("2024-06-01", "1966", None);
    assert_eq!(jp, 150_000);
    assert!(has_warning(&r, "jp_pension_age_this_year"), "the month decides: the page asks for it");
    let (jp, r) = jp_born("2025-01-01", "1966", None);
    assert_eq!(jp, 0);
    assert!(r.warnings.iter().any(|w| w.code == "jp_pension_age" && w.message_id.contains("tercapai 2024")));
}

#[test]
fn without_a_birth_year_or_without_jp_nothing_changes() {
    let r = run(&ContributionRequest { programs: Some(vec![Program::Jp]), ..wage_earner("2026-06-01", "5.000.000") });
    assert_eq!(due(&r, Program::Jp, None), 150_000);
    assert!(!applied(&r, "pu.jp.pensionAge"));
    let r = run(&ContributionRequest {
        programs: Some(vec![]),
        birth: Some("1950".into()),
        ..wage_earner("2026-06-01", "5.000.000")
    });
    assert!(r.items.iter().all(|i| i.program != Program::Jp));
    assert!(!has_warning(&r, "jp_pension_age"));
}

#[test]
fn a_non_civil_servant_on_a_rp_1_000_000_wage_with_jkk_and_jkm_costs_rp_5_400() {
    let r = run(&ContributionRequest { programs: Some(vec![]), ..wage_earner("2025-06-01", "1.000.000") });
    assert_eq!(total(&r), 5_400);
}

// ---- JKP: PP 37/2021, PP 6/2025 ----

fn jkp_on_6_million(date: &str) -> ContributionResponse {
    run(&ContributionRequest { programs: Some(vec![Program::Jkp]), ..wage_earner(date, "6.000.000") })
}

#[test]
fn in_january_2025_jkp_was_0_46_percent_of_the_capped_wage_recomposed_from_jkk_and_jkm() {
    let r = jkp_on_6_million("2025-01-31");
    assert_eq!(due(&r, Program::Jkp, Some(Payer::Apbn)), 11_000);
    // The central government's JKP share is the APBN's, never added to a regional budget.
    assert_eq!((r.apbn.unwrap().get(), r.apbd.unwrap().get(), r.apbdes.unwrap().get()), (11_000, 0, 0));
    assert_eq!(due(&r, Program::Jkp, Some(Payer::Employer)), 12_000);
    assert_eq!(due(&r, Program::Jkp, None), 23_000); // 0.46 % of Rp 5,000,000
    assert_eq!(due(&r, Program::Jkk, None), 14_400 - 7_000);
    assert_eq!(due(&r, Program::Jkm, None), 18_000 - 5_000);
    assert_eq!(r.employer.unwrap().get(), 14_400 + 18_000, "JKP costs the employer nothing extra");
}

#[test]
fn from_the_february_2025_contribution_jkp_is_0_36_percent_with_no_jkm_part() {
    let r = jkp_on_6_million("2025-02-01");
    assert_eq!(due(&r, Program::Jkp, Some(Payer::Apbn)), 11_000);
    // The central government's JKP share is the APBN's, never added to a regional budget.
    assert_eq!((r.apbn.unwrap().get(), r.apbd.unwrap().get(), r.apbdes.unwrap().get()), (11_000, 0, 0));
    assert_eq!(due(&r, Program::Jkp, Some(Payer::Employer)), 7_000);
    assert_eq!(due(&r, Program::Jkp, None), 18_000); // 0.36 % of Rp 5,000,000
    assert_eq!(due(&r, Program::Jkm, None), 18_000);
    assert_eq!(r.employer.unwrap().get(), 14_400 + 18_000);
    assert_eq!(r.worker.unwrap().get(), 0);
}

#[test]
fn february_2025_has_one_answer_before_and_after_pp_6_2025_took_effect_on_the_7th() {
    let first = jkp_on_6_million("2025-02-01");
    for d in ["2025-02-06", "2025-02-07", "2025-02-28"] {
        let r = jkp_on_6_million(d);
        assert_eq!(r.items, first.items, "{d}");
    }
}

#[test]
fn jkp_contributions_start_with_february_2021_the_month_pp_37_2021_took_effect() {
    let r = jkp_on_6_million("2021-01-31");
    assert_eq!(due(&r, Program::Jkp, None), 0);
    assert!(has_warning(&r, "jkp_not_in_force"));
    assert!(r.warnings.iter().any(|w| w.message_id.contains("mulai bulan Februari 2021")));
    for d in ["2021-02-01", "2021-02-02", "2021-02-28"] {
        let r = jkp_on_6_million(d);
        assert_eq!(due(&r, Program::Jkp, None), 23_000, "{d}");
        assert!(!has_warning(&r, "jkp_not_in_force"), "{d}");
    }
}

#[test]
fn jkp_did_not_exist_before_february_2021() {
    let r = jkp_on_6_million("2020-01-15");
    assert_eq!(due(&r, Program::Jkp, None), 0);
    assert!(has_warning(&r, "jkp_not_in_force"));
}

// ---- PP 7/2025: labour-intensive industries ----

fn textile(date: &str, employees: &str) -> ContributionRequest {
    ContributionRequest {
        risk_class: text("2"),
        programs: Some(vec![]),
        industry: Some(Industry::TextileApparel),
        employees: text(employees),
        ..wage_earner(date, "5.000.000")
    }
}

#[test]
fn from_february_2025_a_textile_employer_with_100_workers_pays_half_the_jkk() {
    assert_eq!(due(&run(&textile("2025-01-31", "100")), Program::Jkk, None), 27_000);
    assert_eq!(due(&run(&textile("2025-02-01", "100")), Program::Jkk, None), 13_500);
    assert_eq!(due(&run(&textile("2025-03-01", "100")), Program::Jkk, None), 13_500);
}

#[test]
fn the_discounted_jkk_is_the_pasal_4_1_rate_of_the_wage_rounded_once() {
    // 0.270 % of Rp 1,000,200 = 2,700.54 → Rp 2,701 (halving the rounded 0.54 %, 5,401, would give 2,700).
    let r = run(&ContributionRequest { wage: text("1.000.200"), ..textile("2025-03-01", "100") });
    assert_eq!(due(&r, Program::Jkk, None), 2_701);
    assert_eq!(r.items[0].discount.get(), 5_401 - 2_701);
}

fn textile_with_jkp(date: &str, class: &str, wage: &str) -> ContributionRequest {
    ContributionRequest {
        risk_class: text(class),
        programs: Some(vec![Program::Jkp]),
        wage: text(wage),
        ..textile(date, "100")
    }
}

fn employer_jkk_and_jkp(r: &ContributionResponse) -> i64 {
    due(r, Program::Jkk, Some(Payer::Employer)) + due(r, Program::Jkp, Some(Payer::Employer))
}

#[test]
fn with_jkp_a_discounted_textile_employer_pays_0_27_percent_for_jkk_and_its_jkp_part_together() {
    let r = run(&textile_with_jkp("2025-03-01", "2", "5.000.000"));
    assert_eq!(employer_jkk_and_jkp(&r), 13_500, "PP 7/2025 Pasal 4(1): 0.270 % of Rp 5,000,000");
    assert_eq!(due(&r, Program::Jkp, Some(Payer::Employer)), 3_500); // 0.14 % halved, of the capped wage
    assert_eq!(due(&r, Program::Jkk, None), 10_000);
    assert_eq!(due(&r, Program::Jkp, Some(Payer::Apbn)), 11_000);
    // The central government's JKP share is the APBN's, never added to a regional budget.
    assert_eq!((r.apbn.unwrap().get(), r.apbd.unwrap().get(), r.apbdes.unwrap().get()), (11_000, 0, 0)); // 0.22 % unchanged
    assert_eq!(r.employer.unwrap().get(), 13_500 + 15_000);
    let discount: i64 = r.items.iter().map(|i| i.discount.get()).sum();
    assert_eq!(discount, 27_000 - 13_500, "the discount is half the whole JKK");
    assert!(applied(&r, "relief.pp7_2025.jkpFromJkk"));
    assert!(has_warning(&r, "unconfirmed_value"), "the 0.07 % split is derived");
}

#[test]
fn with_jkp_the_discount_holds_for_every_class_and_a_capped_jkp_wage() {
    // class, wage, discounted JKK rate of the whole wage (Pasal 4(1)); JKP part 0.07 % of Rp 5,000,000
    for (class, wage, rate_text, whole) in [
        ("1", "6.000.000", "0.120 %", 7_200),
        ("3", "5.000.000", "0.445 %", 22_250),
        ("4", "8.000.000", "0.635 %", 50_800),
        ("5", "12.000.000", "0.870 %", 104_400),
    ] {
        let r = run(&textile_with_jkp("2025-10-01", class, wage));
        assert_eq!(employer_jkk_and_jkp(&r), whole, "class {class}: {rate_text} of {wage}");
        assert_eq!(due(&r, Program::Jkp, Some(Payer::Employer)), 3_500, "class {class}");
        assert!(due(&r, Program::Jkk, None) > 0, "class {class}");
    }
}

#[test]
fn with_jkp_the_discount_starts_with_february_2025_and_ends_after_january_2026() {
    let r = run(&textile_with_jkp("2025-01-31", "2", "5.000.000")); // PP 37/2021: 0.14 % + 0.10 % JKM
    assert_eq!((due(&r, Program::Jkk, None), due(&r, Program::Jkp, Some(Payer::Employer))), (20_000, 12_000));
    assert_eq!(r.employer.unwrap().get(), 27_000 + 15_000);
    for d in ["2025-02-01", "2026-01-31"] {
        let r = run(&textile_with_jkp(d, "2", "5.000.000"));
        assert_eq!((due(&r, Program::Jkk, None), due(&r, Program::Jkp, Some(Payer::Employer))), (10_000, 3_500), "{d}");
    }
    let r = run(&textile_with_jkp("2026-02-01", "2", "5.000.000"));
    assert_eq!((due(&r, Program::Jkk, None), due(&r, Program::Jkp, Some(Payer::Employer))), (20_000, 7_000));
    assert!(!applied(&r, "relief.pp7_2025.jkpFromJkk"));
}

#[test]
fn the_labour_intensive_discount_needs_at_least_50_workers() {
    let r = run(&textile("2025-03-01", "49"));
    assert_eq!(due(&r, Program::Jkk, None), 27_000);
    assert!(has_warning(&r, "labour_intensive_too_small"));
    assert_eq!(due(&run(&textile("2025-03-01", "50")), Program::Jkk, None), 13_500);
}

#[test]
fn pp_36_2025_carried_the_discount_past_july_2025_without_a_gap() {
    for d in ["2025-07-31", "2025-08-01"] {
        let r = run(&textile(d, "100"));
        assert_eq!(due(&r, Program::Jkk, None), 13_500, "{d}");
        assert!(!has_warning(&r, "unconfirmed_value"), "{d}: {:?}", r.warnings);
    }
    let r = run(&textile("2025-08-01", "100"));
    let cut = r.applied.iter().find(|a| a.id == "relief.pp7_2025.jkkCut").unwrap();
    assert!(cut.citation.regulation.starts_with("PP 36/2025"));
    assert!(cut.citation.article.contains("Pasal 10A"));
}

#[test]
fn pp_36_2025_ends_the_discount_after_the_january_2026_contribution() {
    let r = run(&textile("2026-01-31", "100"));
    assert_eq!(due(&r, Program::Jkk, None), 13_500);
    assert!(!has_warning(&r, "unconfirmed_value"), "{:?}", r.warnings);
    assert_eq!(due(&run(&textile("2026-02-01", "100")), Program::Jkk, None), 27_000);
}

#[test]
fn other_industries_get_no_labour_intensive_discount() {
    let r = run(&ContributionRequest { industry: Some(Industry::Other), ..textile("2025-03-01", "500") });
    assert_eq!(due(&r, Program::Jkk, None), 27_000);
}

// ---- Jakon: construction projects ----

fn project(value: &str) -> ContributionRequest {
    ContributionRequest {
        segment: Some(Segment::Construction),
        as_of: on("2024-01-10"),
        contract_value: text(value),
        ..Default::default()
    }
}

#[test]
fn a_rp_50_million_project_pays_0_21_percent_jkk_and_0_03_percent_jkm_once() {
    let r = run(&project("50.000.000"));
    assert_eq!(due(&r, Program::Jkk, None), 105_000);
    assert_eq!(due(&r, Program::Jkm, None), 15_000);
    assert_eq!(r.period, Some(jamsostek::rules::Period::Project));
}

#[test]
fn a_rp_2_billion_project_pays_each_bracket_s_rate_on_the_part_inside_it() {
    let r = run(&project("2.000.000.000"));
    assert_eq!(due(&r, Program::Jkk, None), 210_000 + 680_000 + 650_000 + 1_100_000);
    assert_eq!(due(&r, Program::Jkm, None), 30_000 + 80_000 + 100_000 + 100_000);
}

#[test]
fn a_rp_10_billion_project_reaches_the_top_bracket() {
    let r = run(&project("10.000.000.000"));
    assert_eq!(due(&r, Program::Jkk, None), 210_000 + 680_000 + 650_000 + 4_400_000 + 4_500_000);
}

#[test]
fn construction_jkm_is_marginal_like_jkk_by_pp_49_2020_pasal_12_2_and_is_not_flagged() {
    let r = run(&project("2.000.000.000"));
    assert!(!has_warning(&r, "unconfirmed_value"), "{:?}", r.warnings);
    let jkm = r.applied.iter().find(|a| a.id == "jakon.jkm.b2").unwrap();
    assert!(jkm.citation.regulation.starts_with("Permenaker 5/2021"));
    assert!(jkm.citation.article.contains("Pasal 71"));
    assert!(jkm.citation.article.contains("PP 49/2020 Pasal 12 ayat (2)"));
}

#[test]
fn a_project_of_exactly_rp_100_million_stays_in_the_first_bracket_and_the_next_rupiah_pays_the_second_rate() {
    let r = run(&project("100.000.000"));
    assert_eq!((due(&r, Program::Jkk, None), due(&r, Program::Jkm, None)), (210_000, 30_000));
    let r = run(&project("100.100.000")); // Rp 100,000 above the bound: + 0.17 % JKK, + 0.02 % JKM
    assert_eq!((due(&r, Program::Jkk, None), due(&r, Program::Jkm, None)), (210_170, 30_020));
}

#[test]
fn a_construction_worker_with_a_known_wage_pays_1_74_percent_jkk_and_0_30_percent_jkm_a_month() {
    let r =
        run(&ContributionRequest { basis: Some(ConstructionBasisKind::Wage), wage: text("4.000.000"), ..project("1") });
    assert_eq!(due(&r, Program::Jkk, None), 69_600);
    assert_eq!(due(&r, Program::Jkm, None), 12_000);
    let jkk = r.applied.iter().find(|a| a.id == "jakon.jkk.wage").unwrap();
    assert!(jkk.citation.article.contains("Pasal 54"), "PP 44/2015 Pasal 54 is the wage basis");
}

// ---- Budgets ----

fn cost(workers: &str, months: &str, date: &str) -> api::ProgramCostResponse {
    api::program_cost(&ProgramCostRequest {
        workers: text(workers),
        months: text(months),
        as_of: on(date),
        ..Default::default()
    })
}

#[test]
fn gianyar_12_800_vulnerable_workers_for_6_months_in_2026_cost_rp_1_290_240_000() {
    let r = cost("12.800", "6", "2026-06-01");
    assert!(r.ok, "{:?}", r.errors);
    let total = r.total.unwrap();
    assert_eq!(total.value.get(), 1_290_240_000);
    assert_eq!(total.text, "Rp\u{a0}1.290.240.000");
    assert_eq!(total.short, "Rp\u{a0}1,29\u{a0}miliar");
    assert_eq!(r.monthly_premium.unwrap().value.get(), 16_800);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn ternate_3_041_ojek_drivers_for_12_months_cost_rp_613_065_600() {
    let r = cost("3041", "12", "2025-07-15");
    assert_eq!(r.total.unwrap().value.get(), 613_065_600);
    assert_eq!(r.per_worker.unwrap().value.get(), 201_600);
}

// ---- programs across budget years ----

fn span(workers: &str, start: &str, months: f64) -> api::ProgramCostResponse {
    api::program_cost(&api::ProgramCostRequest {
        workers: Some(api::NumInput::Text(workers.into())),
        months: Some(api::NumInput::Number(months)),
        start: Some(start.into()),
        ..Default::default()
    })
}

#[test]
fn from_november_2026_for_14_months_3_041_workers_cost_3_041_x_rp_16_800_x_14_to_the_rupiah() {
    let r = span("3.041", "2026-11", 14.0);
    assert!(r.ok, "{:?}", r.errors);
    assert_eq!(r.total.as_ref().unwrap().value.get(), 3_041 * 16_800 * 14);
    assert_eq!(r.formula_id, "3.041 pekerja × Rp\u{a0}16.800 × 14 bulan = Rp\u{a0}715.243.200");
    assert_eq!(r.formula_en, "3,041 workers × Rp\u{a0}16,800 × 14 months = Rp\u{a0}715,243,200");
    // Split by fiscal year: November–December 2026, then all of 2027.
    let years: Vec<_> =
        r.years.iter().map(|y| (y.year, y.first_month, y.last_month, y.months, y.total.value.get())).collect();
    assert_eq!(years, vec![(2026, 11, 12, 2, 3_041 * 16_800 * 2), (2027, 1, 12, 12, 3_041 * 16_800 * 12)]);
    assert_eq!(r.years[0].formula_id, "3.041 pekerja × Rp\u{a0}16.800 × 2 bulan = Rp\u{a0}102.177.600");
}

#[test]
fn from_july_for_6_months_stays_in_one_budget_year() {
    let r = span("12.800", "2026-07", 6.0);
    assert_eq!(r.total.as_ref().unwrap().value.get(), 1_290_240_000);
    assert_eq!(r.years.len(), 1);
    assert_eq!((r.years[0].first_month, r.years[0].last_month), (7, 12));
}

#[test]
fn each_month_is_under_the_rules_of_that_month() {
    // PP 49/2020 cut JKK and JKM by 99 % for August 2020 – January 2021: a span across it shows it.
    let r = span("1", "2020-06", 10.0);
    let runs: Vec<_> = r.years.iter().map(|y| (y.year, y.per_worker.value.get())).collect();
    // 2020: June, July in full (Rp 16,800), August–December cut (Rp 100 + Rp 68 each).
    assert_eq!(runs, vec![(2020, 2 * 16_800 + 5 * 168), (2021, 168 + 2 * 16_800)]);
    assert!(r.formula_id.contains('(') && r.formula_id.contains("Rp\u{a0}168 × 6 bulan"), "{}", r.formula_id);
    // More than five budget years, or a start before the rules, is refused beside its field.
    assert_eq!(span("1", "2026-01", 61.0).errors[0].field, "months");
    assert_eq!(span("1", "2015-01", 6.0).errors[0].code, "before_rules");
    assert_eq!(span("1", "2026-13", 6.0).errors[0].field, "start");
}

// ---- Every line explains itself: base × rate = gross, and the parameters behind it ----

fn explained(r: &ContributionResponse) {
    use jamsostek::money::{apply_rate, Ppm};
    for l in &r.items {
        assert!(!l.params.is_empty(), "{l:?} names no parameter");
        for id in &l.params {
            assert!(r.applied.iter().any(|a| a.id == *id), "{id} of {l:?} is not among the applied");
        }
        if let (Some(base), Some(rate)) = (l.base, l.rate) {
            assert_eq!(apply_rate(base, Ppm(rate)).unwrap(), l.gross, "{l:?}");
        }
        let paid = l.amount.get() + l.discount.get() + l.deferred.get();
        assert!(l.gross.get() >= paid, "{l:?}");
        if l.gross.get() > paid {
            assert!(l.params.iter().any(|p| p.starts_with("pu.jkp.from")), "only a JKP recomposition moves a part away: {l:?}");
        }
    }
}

#[test]
fn a_bpu_worker_s_jkk_says_rp_1_000_000_times_1_percent_is_rp_10_000_under_pp_44_2015() {
    let r = run(&informal("2026-03-15"));
    explained(&r);
    let jkk = r.items.iter().find(|l| l.program == Program::Jkk).unwrap();
    assert_eq!((jkk.base.map(|b| b.get()), jkk.rate, jkk.gross.get()), (Some(1_000_000), Some(10_000), 10_000));
    assert_eq!(jkk.params, ["bpu.jkk"]);
    let a = r.applied.iter().find(|a| a.id == "bpu.jkk").unwrap();
    assert_eq!(a.text_id.to_string(), "1%");
    assert!(a.citation.regulation.starts_with("PP 44/2015"));
    assert_eq!(a.citation.url, Some("https://peraturan.bpk.go.id/Home/Details/5612"));
    let jkm = r.items.iter().find(|l| l.program == Program::Jkm).unwrap();
    assert_eq!((jkm.base, jkm.rate, jkm.gross.get(), jkm.params.as_slice()), (None, None, 6_800, &["bpu.jkm"][..]), "a flat amount");
}

#[test]
fn every_line_explains_itself_across_segments_reliefs_and_recompositions() {
    let cases = [
        informal("2026-06-01"),                                                                    // PP 50/2025
        ContributionRequest { funder: Some(Funder::Apbd), ..informal("2026-06-01") },
        ContributionRequest { declared_income: text("50.000.000"), with_jht: Some(true), ..informal("2026-03-01") },
        informal("2020-09-01"),                                                                    // PP 49/2020
        wage_earner("2025-01-15", "6.000.000"),                                                    // JKP from JKK and JKM
        wage_earner("2025-02-15", "6.000.000"),                                                    // JKP from JKK
        wage_earner("2025-03-01", "20.000.000"),
        wage_earner("2020-09-01", "5.000.000"),                                                    // COVID cut and deferral
        ContributionRequest {
            risk_class: text("2"),
            industry: Some(Industry::TextileApparel),
            employees: text("100"),
            ..wage_earner("2025-03-01", "5.000.000")                                               // PP 7/2025
        },
        ContributionRequest { birth: Some("1950".into()), ..wage_earner("2026-03-01", "5.000.000") },
        ContributionRequest {
            segment: Some(Segment::Construction),
            basis: Some(ConstructionBasisKind::Contract),
            contract_value: text("2.000.000.000"),
            as_of: on("2026-03-01"),
            ..Default::default()
        },
        ContributionRequest { segment: Some(Segment::Construction), basis: Some(ConstructionBasisKind::Wage), ..wage_earner("2026-03-01", "4.000.000") },
    ];
    for req in &cases {
        explained(&run(req));
    }
    // A wage earner's JKK with JKP: Rp 6,000,000 × 0.24 % = Rp 14,400, of which 0.14 % of the
    // capped Rp 5,000,000 (Rp 7,000) is recomposed into the employer's JKP line.
    let r = run(&ContributionRequest { programs: Some(vec![Program::Jkp]), ..wage_earner("2025-03-01", "6.000.000") });
    let jkk = r.items.iter().find(|l| l.program == Program::Jkk).unwrap();
    assert_eq!((jkk.gross.get(), jkk.amount.get()), (14_400, 7_400));
    assert_eq!(jkk.params, ["pu.jkk.class1", "pu.jkp.fromJkk"]);
    let jkp = r.items.iter().find(|l| l.program == Program::Jkp && l.payer == Payer::Employer).unwrap();
    assert_eq!((jkp.base.map(|b| b.get()), jkp.rate, jkp.gross.get()), (Some(5_000_000), Some(1_400), 7_000));
    // The contract value's brackets: no single rate, the brackets reached are cited.
    let c = run(&cases[10]);
    let jkk = c.items.iter().find(|l| l.program == Program::Jkk).unwrap();
    assert_eq!((jkk.rate, jkk.params.len()), (None, 4));
    // The budget's lines too.
    let p = api::program_cost(&ProgramCostRequest { workers: text("100"), months: text("12"), as_of: on("2026-06-01"), ..Default::default() });
    let lines: Vec<_> = p.items.iter().map(|l| (l.program, l.gross.get(), l.params.clone())).collect();
    assert_eq!(lines, [(Program::Jkk, 10_000, vec!["bpu.jkk"]), (Program::Jkm, 6_800, vec!["bpu.jkm"])]);
}
