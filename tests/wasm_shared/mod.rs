//! The JS contract through the wasm face, run in Node (`wasm_node.rs`) and in headless
//! Chromium (`wasm_browser.rs`): what other sites calling the module will see.

use jamsostek::wasm;
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn obj(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON is valid")
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, key| match key.parse::<u32>() {
        Ok(i) => Array::from(&acc).get(i),
        Err(_) => Reflect::get(&acc, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED),
    })
}

fn num(v: &JsValue, path: &str) -> f64 {
    get(v, path).as_f64().unwrap_or_else(|| panic!("{path} is not a number: {:?}", get(v, path)))
}

fn text(v: &JsValue, path: &str) -> String {
    get(v, path).as_string().unwrap_or_else(|| panic!("{path} is not a string: {:?}", get(v, path)))
}

#[wasm_bindgen_test]
fn program_cost_answers_in_plain_camel_case_numbers() {
    let r = wasm::program_cost(obj(r#"{"workers":"12.800","months":6,"asOf":"2026-06-01"}"#)).unwrap();
    assert_eq!(get(&r, "ok").as_bool(), Some(true));
    assert_eq!(num(&r, "total.value"), 1_290_240_000.0);
    assert_eq!(text(&r, "total.text"), "Rp\u{a0}1.290.240.000");
    assert_eq!(text(&r, "total.short"), "Rp\u{a0}1,29\u{a0}miliar");
    assert_eq!(num(&r, "monthlyPremium.value"), 16_800.0);
    assert_eq!(Array::from(&get(&r, "errors")).length(), 0);
    assert!(text(&r, "applied.0.citation.regulation").starts_with("PP"));
}

#[wasm_bindgen_test]
fn bad_numbers_from_js_come_back_as_field_errors() {
    for (workers, code) in [("-5", "negative"), ("12,5", "not_whole"), ("", "required"), ("1e309", "not_a_number")] {
        let req = obj(&format!(r#"{{"workers":{workers:?},"months":6,"asOf":"2026-06-01"}}"#));
        let r = wasm::program_cost(req).unwrap();
        assert_eq!(get(&r, "ok").as_bool(), Some(false));
        assert_eq!(get(&r, "total"), JsValue::NULL);
        assert_eq!(text(&r, "errors.0.field"), "workers");
        assert_eq!(text(&r, "errors.0.code"), code, "{workers}");
        assert!(!text(&r, "errors.0.messageId").is_empty());
    }
    // NaN, Infinity and unsafe integers are numbers JSON cannot carry: build them in JS.
    for (value, code) in [(f64::NAN, "not_a_number"), (f64::INFINITY, "not_a_number"), (2f64.powi(60), "out_of_range")]
    {
        let req = obj(r#"{"months":6,"asOf":"2026-06-01"}"#);
        Reflect::set(&req, &"workers".into(), &JsValue::from_f64(value)).unwrap();
        let r = wasm::program_cost(req).unwrap();
        assert_eq!(text(&r, "errors.0.code"), code);
    }
}

#[wasm_bindgen_test]
fn unknown_fields_come_back_as_field_errors() {
    let r = wasm::program_cost(obj(r#"{"workers":1,"months":1,"asOf":"2026-01-01","extra":1}"#)).unwrap();
    assert_eq!(get(&r, "ok").as_bool(), Some(false));
    assert_eq!(text(&r, "errors.0.field"), "extra");
    assert_eq!(text(&r, "errors.0.code"), "unknown_field");
    let r = wasm::contribution(obj(r#"{"segment":"informal","asOf":"2026-01-01","wages":"1"}"#)).unwrap();
    assert_eq!(text(&r, "errors.0.field"), "wages");
}

#[wasm_bindgen_test]
fn wrong_shapes_throw_an_error_not_a_trap() {
    assert!(wasm::program_cost(JsValue::from_str("not an object")).is_err());
    assert!(wasm::contribution(obj(r#"{"segment":"pirate","asOf":"2026-01-01"}"#)).is_err());
    // The instance still works afterwards.
    let r = wasm::program_cost(obj(r#"{"workers":1,"months":1,"asOf":"2026-01-01"}"#)).unwrap();
    assert_eq!(num(&r, "total.value"), 16_800.0);
}

#[wasm_bindgen_test]
fn contribution_lists_items_by_program_and_payer() {
    let r = wasm::contribution(obj(r#"{"segment":"wage","asOf":"2024-03-01","wage":"15.000.000","programs":["jp"]}"#))
        .unwrap();
    assert_eq!(get(&r, "ok").as_bool(), Some(true));
    assert_eq!(text(&r, "period"), "month");
    assert_eq!(text(&r, "items.2.program"), "jp");
    assert_eq!(text(&r, "items.2.payer"), "employer");
    assert_eq!(num(&r, "items.2.amount"), 200_846.0);
    assert_eq!(num(&r, "items.3.amount"), 100_423.0);
    assert_eq!(num(&r, "worker"), 100_423.0);
    let parts: f64 = ["employer", "worker", "apbn", "apbd", "apbdes", "other"].iter().map(|p| num(&r, p)).sum();
    assert_eq!(num(&r, "total"), parts);
    assert_eq!(get(&r, "government"), JsValue::UNDEFINED, "no total adds the APBN and a regional budget");
}

#[wasm_bindgen_test]
fn parameters_and_version_describe_the_rules() {
    let p = wasm::parameters(JsValue::from_str("2026-06-01")).unwrap();
    assert!(Array::from(&get(&p, "parameters")).length() > 20);
    assert_eq!(text(&p, "asOf"), "2026-06-01");
    let bad = wasm::parameters(JsValue::from_f64(5.0)).unwrap();
    assert_eq!(text(&bad, "errors.0.field"), "asOf");
    let v = wasm::version().unwrap();
    assert_eq!(text(&v, "version"), env!("CARGO_PKG_VERSION"));
    assert_eq!(text(&v, "rulesDate").len(), 10);
    let d = wasm::defaults().unwrap();
    assert_eq!(text(&d, "programCost.months"), "12");
}

#[wasm_bindgen_test]
fn presets_project_and_solve_through_js() {
    let presets = wasm::presets().unwrap();
    let list = Array::from(&presets);
    assert_eq!(list.length(), 6);
    assert_eq!(text(&presets, "0.id"), "ternate");
    let scenario = get(&presets, "0.scenario");
    let r = wasm::project(scenario.clone()).unwrap();
    assert_eq!(get(&r, "ok").as_bool(), Some(true));
    assert_eq!(num(&r, "base.coveragePct"), 72.75);
    assert_eq!(num(&r, "years.0.year"), 2025.0);
    assert_eq!(text(&r, "years.0.budgetBySource.0.source"), "apbdRegency");
    let req = js_sys::Object::new();
    Reflect::set(&req, &"scenario".into(), &scenario).unwrap();
    Reflect::set(&req, &"mode".into(), &"budget".into()).unwrap();
    Reflect::set(&req, &"budget".into(), &"1.000.000.000".into()).unwrap();
    let s = wasm::solve(req.into()).unwrap();
    // Rp 1 miliar buys 4,960 workers at Rp 201,600, but with all nine groups paid only
    // 70,479 − 65,583 = 4,896 workers are left uncovered in 2025.
    assert_eq!(num(&s, "workers"), 4_896.0);
    assert_eq!(num(&s, "years.0.withPct"), 100.0);
}

#[wasm_bindgen_test]
fn a_bad_scenario_names_the_field_path() {
    let r = wasm::project(obj(r#"{"region":{"baseYear":"2024"},"current":{"total":"5"},"groups":[{"workers":"-1"}]}"#))
        .unwrap();
    assert_eq!(get(&r, "ok").as_bool(), Some(false));
    assert_eq!(text(&r, "errors.0.field"), "groups.0.workers");
    assert_eq!(text(&r, "errors.0.code"), "negative");
}

#[wasm_bindgen_test]
fn solve_view_and_compare_view_answer_through_the_wasm_face() {
    let scenario = r#"{"region":{"baseYear":"2025"},"workforce":{"total":"200.000"},"current":{"total":"90.000"}}"#;
    let r = wasm::solve_view(obj(&format!(r#"{{"scenario":{scenario},"mode":"budget","budget":"2.000.000.000"}}"#))).unwrap();
    assert_eq!(get(&r, "solve.ok").as_bool(), Some(true));
    assert_eq!(num(&r, "solve.workers"), 9_920.0);
    assert_eq!(text(&r, "groups.0.workers"), "9.920");
    assert!(text(&r, "summary").contains("9.920 pekerja"));
    let with = scenario.replacen('{', r#"{"planName":"A","alternatives":[{"name":"B","scenario":SCENARIO}],"#, 1);
    let c = wasm::compare_view(obj(&format!(r#"{{"scenario":{}}}"#, with.replace("SCENARIO", scenario)))).unwrap();
    assert_eq!(get(&c, "ok").as_bool(), Some(true), "{:?}", JSON::stringify(&get(&c, "errors")));
    assert_eq!(text(&c, "plans.1.name"), "B");
    assert_eq!(num(&c, "plans.1.delta.0.budget"), 0.0);
    let bad = wasm::compare_view(obj(&format!(r#"{{"scenario":{scenario}}}"#))).unwrap();
    assert_eq!(text(&bad, "errors.0.field"), "alternatives");
}

#[wasm_bindgen_test]
fn draw_charts_draws_data_read_through_the_wasm_face_and_refuses_what_is_not_plan_views() {
    // The full module's planView draws itself: no data. Data as the planning module writes it
    // (here by hand: a plan of 2025 with one year and no groups) draws; anything else is refused.
    let view = wasm::plan_view(obj(r#"{"scenario":{}}"#)).unwrap();
    assert!(get(&view, "chartData").is_null());
    let mut year = vec!["2026", "5000", "4900", "5100", "1000000", "1000000"];
    year.extend(["0"; 9]);
    let data = format!(r#"{{"data":{{"numbers":[1,2025,null,null,0,4000,1,{},0],"names":[]}},"width":360}}"#, year.join(","));
    let r = wasm::draw_charts(obj(&data)).unwrap();
    assert_eq!(get(&r, "ok").as_bool(), Some(true), "{:?}", get(&r, "errors"));
    for name in ["coverage", "budget", "groups"] {
        assert!(text(&r, name).starts_with("<svg"), "{name}");
    }
    let bad = wasm::draw_charts(obj(r#"{"data":{"numbers":[1,2025],"names":[]}}"#)).unwrap();
    assert_eq!(get(&bad, "ok").as_bool(), Some(false));
    assert_eq!(text(&bad, "errors.0.field"), "data");
    assert!(text(&bad, "errors.0.messageId").contains("planView"));
    assert!(wasm::draw_charts(obj(r#"{"data":{"numbers":"1,2"}}"#)).is_err(), "a wrong shape throws");
}

#[wasm_bindgen_test]
fn chart_download_and_chart_csv_carry_a_title_and_a_source() {
    let presets = wasm::presets().unwrap();
    let scenario = get(&presets, "0.scenario");
    let req = |which: &str, lang: &str| {
        let r = js_sys::Object::new();
        Reflect::set(&r, &"scenario".into(), &scenario).unwrap();
        Reflect::set(&r, &"which".into(), &which.into()).unwrap();
        Reflect::set(&r, &"lang".into(), &lang.into()).unwrap();
        r
    };
    let r = wasm::chart_download(req("coverage", "id").into()).unwrap();
    assert_eq!(get(&r, "ok").as_bool(), Some(true));
    assert_eq!(text(&r, "filename"), "jamsostek-kota-ternate-cakupan-2024.svg");
    let svg = text(&r, "svg");
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("Kota Ternate — Cakupan UCJ 2024–2029"), "title");
    assert!(svg.contains(&format!("Sumber: Kalkulator Cakupan Jamsostek {}", env!("CARGO_PKG_VERSION"))), "source");
    let en = wasm::chart_download(req("groups", "en").into()).unwrap();
    assert!(text(&en, "svg").contains("Kota Ternate — First-year cost per target group 2024–2029"));
    let c = wasm::chart_csv(req("budget", "id").into()).unwrap();
    assert_eq!(get(&c, "ok").as_bool(), Some(true));
    assert_eq!(text(&c, "filename"), "jamsostek-kota-ternate-anggaran-2024.csv");
    let lines: Vec<String> = text(&c, "csv").split("\r\n").map(String::from).collect();
    assert_eq!(lines[0], "\u{feff}Kota Ternate — Anggaran per tahun menurut sumber dana 2025–2029");
    assert_eq!(lines[3], "2025;2384287200;2384287200;2384287200");
    let missing = wasm::chart_csv(obj(r#"{"scenario":{}}"#)).unwrap();
    assert_eq!(get(&missing, "ok").as_bool(), Some(false));
    assert_eq!(text(&missing, "errors.0.field"), "which");
    assert!(wasm::chart_download(obj(r#"{"which":"pie"}"#)).is_err(), "an unknown chart throws");
}

#[wasm_bindgen_test]
fn regions_answer_the_picker_the_region_its_villages_and_the_national_targets() {
    // The page fetches these files and hands their text over; here they are compiled in.
    let regions = wasm::Regions::new(include_str!("../../www/data/wilayah.txt").to_string());
    assert_eq!(num(&regions.info().unwrap(), "counts.villages"), 83_762.0);
    let s = regions.search(obj(r#"{"query":"Kab. Gianyar","limit":3}"#)).unwrap();
    assert_eq!(text(&s, "matches.0.code"), "51.04");
    assert_eq!(text(&s, "matches.0.match"), "exact");
    assert_eq!(text(&s, "matches.0.parentName"), "Bali");
    assert_eq!(text(&regions.search(obj(r#"{"query":"ntb"}"#)).unwrap(), "matches.0.name"), "Nusa Tenggara Barat");
    let d = regions.region(obj(r#"{"code":"51.04"}"#)).unwrap();
    assert_eq!((num(&d, "region.counts.desa"), num(&d, "region.counts.kelurahan")), (64.0, 6.0));
    assert_eq!(text(&d, "region.workforceEstimate.kind"), "estimate");
    assert_eq!(num(&d, "region.workforceEstimate.value"), 259_603.0);
    assert_eq!(text(&d, "region.populationSource.sourcing"), "unconfirmed");
    let req = obj(r#"{"code":"51.04"}"#);
    Reflect::set(&req, &"text".into(), &include_str!("../../www/data/desa/51.txt").into()).unwrap();
    let v = regions.villages(req).unwrap();
    assert_eq!(get(&v, "ok").as_bool(), Some(true));
    assert_eq!(Array::from(&get(&v, "desa")).length(), 64);
    assert_eq!(text(&v, "kelurahan.5.name"), "Ubud");
    let bad = regions.search(obj(r#"{"query":"bali","limit":0}"#)).unwrap();
    assert_eq!(text(&bad, "errors.0.field"), "limit");
    assert!(regions.search(JsValue::from_str("not an object")).is_err());
    // A damaged index does not throw: every answer says so, with the file's lines.
    let broken = wasm::Regions::new("oops".to_string());
    let s = broken.search(obj(r#"{"query":"bali"}"#)).unwrap();
    assert_eq!(text(&s, "errors.0.code"), "index_unreadable");
    assert_eq!(text(&s, "lineErrors.0.code"), "not_a_data_file");
    let t = wasm::national_targets().unwrap();
    assert_eq!(num(&t, "path.0.year"), 2025.0);
    assert_eq!(num(&t, "choices.2.pct"), 43.92);
    assert!(text(&t, "noteEn").contains("straight line"));
}

#[wasm_bindgen_test]
fn batch_codes_take_a_province_file_as_text_or_as_its_bytes() {
    // The batch worker hands the fetched bytes over (addProvinceBytes); other callers the text.
    let index = include_str!("../../www/data/wilayah.txt");
    let bali = include_str!("../../www/data/desa/51.txt");
    let by_bytes = wasm::BatchCodes::new(index);
    assert!(!by_bytes.has("51"));
    assert!(by_bytes.add_province_bytes("51", bali.as_bytes()));
    assert!(by_bytes.has("51"));
    let by_text = wasm::BatchCodes::new(index);
    assert!(by_text.add_province("51", bali));
    assert!(by_text.has("51"));
    // Bytes that are not UTF-8, or a province's file under another's code: refused, not a trap.
    let mut latin1 = bali.as_bytes().to_vec();
    latin1.push(0xE9);
    let refused = wasm::BatchCodes::new(index);
    assert!(!refused.add_province_bytes("51", &latin1));
    assert!(!refused.add_province_bytes("52", bali.as_bytes()));
    assert!(!refused.has("51") && !refused.has("52"));
}

#[wasm_bindgen_test]
fn a_batch_starts_from_utf8_bytes_and_gives_nothing_for_other_bytes() {
    // The worker hands the file's bytes over; bytes that are not UTF-8 come back as nothing, and
    // the worker reads them as Windows-1252 into `new BatchJob(text, request)`.
    let request = || obj(r#"{"scenario":{"region":{"baseYear":"2026"},"settings":{"years":"2"},"groups":[{"name":"s","workers":"1","package":"bpuBasic","months":"12","source":"apbdRegency"}]}}"#);
    let csv = "nama;pekerja;peserta;sasaran\nBaṭu;100;10;5\n";
    let mut job = wasm::BatchJob::from_bytes(csv.as_bytes().to_vec(), request()).unwrap().expect("UTF-8 bytes make a job");
    while job.step(100) < 1.0 {}
    let from_bytes = job.result().unwrap();
    let mut by_text = wasm::BatchJob::new(csv.to_string(), request()).unwrap();
    while by_text.step(100) < 1.0 {}
    let from_text = by_text.result().unwrap();
    assert_eq!(num(&from_bytes, "summary.count"), 1.0);
    assert_eq!(js_sys::JSON::stringify(&from_bytes).unwrap(), js_sys::JSON::stringify(&from_text).unwrap());
    let latin1 = b"nama;pekerja;peserta;sasaran\nBa\xe9ru;100;10;5\n".to_vec();
    assert!(wasm::BatchJob::from_bytes(latin1, request()).unwrap().is_none());
}

#[wasm_bindgen_test]
fn deep_cyclic_or_huge_requests_are_refused_not_a_trap() {
    // 100,000 levels deep inside an unknown field: serde's recursion would overflow the stack.
    let deep = format!(r#"{{"workers":1,"months":1,"asOf":"2026-01-01","extra":{}1{}}}"#, "[".repeat(100_000), "]".repeat(100_000));
    let r = wasm::program_cost(obj(&deep)).unwrap();
    assert_eq!(get(&r, "ok").as_bool(), Some(false));
    // The path names the first three levels of where it went too deep.
    assert_eq!(text(&r, "errors.0.field"), "extra.0.0");
    assert_eq!(text(&r, "errors.0.code"), "too_deep");
    assert!(text(&r, "errors.0.messageId").contains("tingkat"));
    // The same inside a scenario's group, through project: the error names the group's field.
    let deep = format!(r#"{{"region":{{"baseYear":2024}},"groups":[{{"name":{}1{}}}]}}"#, "[".repeat(50_000), "]".repeat(50_000));
    let r = wasm::project(obj(&deep)).unwrap();
    assert_eq!(text(&r, "errors.0.field"), "groups.0.name");
    assert_eq!(text(&r, "errors.0.code"), "too_deep");
    // An object that holds itself.
    let cyclic = obj(r#"{"scenario":{"region":{"baseYear":2024}}}"#);
    let inner = get(&cyclic, "scenario");
    Reflect::set(&inner, &"groups".into(), &cyclic).unwrap();
    let r = wasm::plan_view(cyclic).unwrap();
    assert_eq!(text(&r, "projection.errors.0.code"), "too_deep");
    // A sparse array of a billion: refused on its length, not walked.
    let huge = obj(r#"{"region":{"baseYear":2024}}"#);
    Reflect::set(&huge, &"groups".into(), &Array::new_with_length(1_000_000_000)).unwrap();
    let r = wasm::project(huge).unwrap();
    assert_eq!((text(&r, "errors.0.field"), text(&r, "errors.0.code")), ("groups".into(), "too_large".into()));
    // The instance still works afterwards.
    let r = wasm::program_cost(obj(r#"{"workers":1,"months":1,"asOf":"2026-01-01"}"#)).unwrap();
    assert_eq!(num(&r, "total.value"), 16_800.0);
}

#[wasm_bindgen_test]
fn the_bounds_are_the_shape_checks_to_the_level_and_to_the_value() {
    // The request is read in one walk that stops at the shape's bounds; what it accepts, the
    // check accepts: 31 arrays deep (their number at level 32) is read, 32 is refused, and so
    // is one value more than 200,000 (the root, its four fields, and the array's items).
    let nested = |n: usize| format!(r#"{{"workers":1,"months":1,"asOf":"2026-01-01","extra":{}1{}}}"#, "[".repeat(n), "]".repeat(n));
    let r = wasm::program_cost(obj(&nested(31))).unwrap();
    assert_eq!((text(&r, "errors.0.field"), text(&r, "errors.0.code")), ("extra".into(), "unknown_field".into()));
    let r = wasm::program_cost(obj(&nested(32))).unwrap();
    assert_eq!(text(&r, "errors.0.code"), "too_deep");
    let wide = |k: usize| {
        let o = obj(r#"{"workers":1,"months":1,"asOf":"2026-01-01"}"#);
        let items = Array::new();
        for _ in 0..k {
            items.push(&JsValue::NULL);
        }
        Reflect::set(&o, &"extra".into(), &items).unwrap();
        o
    };
    let r = wasm::program_cost(wide(199_995)).unwrap();
    assert_eq!(text(&r, "errors.0.code"), "unknown_field");
    let r = wasm::program_cost(wide(199_996)).unwrap();
    assert_eq!((text(&r, "errors.0.field"), text(&r, "errors.0.code")), ("extra".into(), "too_large".into()));
}
