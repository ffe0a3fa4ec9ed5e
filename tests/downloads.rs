//! Charts to keep: `chartDownload` gives the picture with its title above and its source below,
//! `chartCsv` the same chart's data as a table; both in either language, both refusing what they
//! cannot draw with a field error.

mod common;

use common::{svg_size, svg_texts, x_axis_y};
use jamsostek::api::plan::{
    self, chart_csv, chart_download, presets, ChartCsvRequest, ChartDownloadRequest, ChartKind, PlanViewRequest,
};
use jamsostek::api::NumInput;
use jamsostek::fmt::Lang;

fn preset(id: &str) -> plan::ScenarioRequest {
    presets::all().into_iter().find(|p| p.id == id).unwrap().scenario
}

fn download(id: &str, which: ChartKind, width: u32, lang: Lang) -> plan::ChartDownloadResponse {
    chart_download(&ChartDownloadRequest {
        scenario: preset(id),
        which: Some(which),
        width: Some(width),
        lang: Some(lang),
        ..Default::default()
    })
}

fn csv(id: &str, which: ChartKind, lang: Lang) -> plan::ChartCsvResponse {
    chart_csv(&ChartCsvRequest { scenario: preset(id), which: Some(which), lang: Some(lang), ..Default::default() })
}

/// The source line a Ternate chart ends with.
fn ternate_source(lang: Lang) -> String {
    let v = jamsostek::params::version();
    match lang {
        Lang::Id => format!(
            "Sumber: Kalkulator Cakupan Jamsostek {}, aturan diperiksa {}; PP 44/2015 (JKK dan JKM).",
            v.version, v.rules_reviewed
        ),
        Lang::En => format!(
            "Source: Jamsostek Coverage Calculator {}, rules checked {}; PP 44/2015 (JKK dan JKM).",
            v.version, v.rules_reviewed
        ),
    }
}

#[test]
fn a_downloaded_chart_carries_its_title_above_and_its_source_below() {
    for (which, id, en) in [
        (ChartKind::Coverage, "Kota Ternate — Cakupan UCJ 2024–2029", "Kota Ternate — UCJ coverage 2024–2029"),
        (
            ChartKind::Budget,
            "Kota Ternate — Anggaran per tahun menurut sumber dana 2025–2029",
            "Kota Ternate — Budget per year by funding source 2025–2029",
        ),
        (
            ChartKind::Groups,
            "Kota Ternate — Biaya tahun pertama per kelompok sasaran 2024–2029",
            "Kota Ternate — First-year cost per target group 2024–2029",
        ),
    ] {
        for (lang, title) in [(Lang::Id, id), (Lang::En, en)] {
            for width in [328, 640] {
                let r = download("ternate", which, width, lang);
                assert!(r.ok, "{:?}", r.errors);
                assert!(r.errors.is_empty());
                let texts = svg_texts(&r.svg);
                let all: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
                // Wrapped lines join back into the whole title and source line.
                let joined = all.join(" ");
                assert!(joined.starts_with(title), "{width} px: {joined}");
                assert!(joined.ends_with(&ternate_source(lang)), "{width} px: {joined}");
                // The title is above the plot and the source below everything else.
                let axis = x_axis_y(&r.svg);
                let first = texts.first().unwrap();
                let last = texts.last().unwrap();
                assert!(first.y < 40.0 && first.anchor == "start");
                assert!(last.y > axis + 40.0 && last.y < svg_size(&r.svg).1);
                if width == 640 {
                    assert_eq!(first.text, title, "one line at 640 px");
                }
            }
        }
    }
    let r = download("ternate", ChartKind::Coverage, 640, Lang::Id);
    assert_eq!(r.filename, "jamsostek-kota-ternate-cakupan-2024.svg");
    assert_eq!(
        download("ternate", ChartKind::Budget, 640, Lang::En).filename,
        "jamsostek-kota-ternate-budget-2024.svg"
    );
    assert!(r.svg.starts_with("<svg") && r.svg.trim_end().ends_with("</svg>"));
}

#[test]
fn the_download_draws_the_chart_the_page_shows_and_plan_view_stays_untitled() {
    let view = plan::plan_view(&PlanViewRequest {
        scenario: preset("ntb"),
        width: Some(640),
        lang: Some(Lang::Id),
        ..Default::default()
    });
    let page = view.charts.unwrap().coverage.svg;
    assert!(!page.contains("Sumber:") && !page.contains("Provinsi Nusa Tenggara Barat"), "planView draws no title");
    let r = download("ntb", ChartKind::Coverage, 640, Lang::Id);
    let page_texts: Vec<String> = svg_texts(&page).into_iter().map(|t| t.text).collect();
    let download_texts: Vec<String> = svg_texts(&r.svg).into_iter().map(|t| t.text).collect();
    // The chart's own texts, in the same order, between the title and the source.
    assert_eq!(download_texts[1..download_texts.len() - 1], page_texts[..]);
    assert_eq!(download_texts[0], "Provinsi Nusa Tenggara Barat — Cakupan UCJ 2024–2029");
    // NTB's rules: no target group is paid, so no regulation is named, only the calculator.
    assert!(download_texts.last().unwrap().starts_with("Sumber: Kalkulator Cakupan Jamsostek "));
    // The low line's axis in the download too.
    assert!(download_texts.contains(&"20%".to_string()) && !download_texts.contains(&"100%".to_string()));
}

#[test]
fn what_cannot_be_drawn_is_refused_beside_its_field() {
    let no_workforce = download("gianyar", ChartKind::Coverage, 640, Lang::Id);
    assert!(!no_workforce.ok && no_workforce.svg.is_empty() && no_workforce.filename.is_empty());
    assert_eq!(no_workforce.errors[0].field, "workforce.total");
    assert_eq!(no_workforce.errors[0].code, "required_for_chart");
    // Gianyar's budget is drawn all the same.
    assert!(download("gianyar", ChartKind::Budget, 640, Lang::Id).ok);
    let no_groups = csv("ntb", ChartKind::Groups, Lang::En);
    assert!(!no_groups.ok && no_groups.csv.is_empty());
    assert_eq!((no_groups.errors[0].field.as_str(), no_groups.errors[0].code), ("groups", "required_for_chart"));
    assert_eq!(
        no_groups.errors[0].message_en,
        "Add a target group that is paid for: the cost-per-group chart needs at least one."
    );

    let no_which = chart_download(&ChartDownloadRequest { scenario: preset("ternate"), ..Default::default() });
    assert_eq!((no_which.errors[0].field.as_str(), no_which.errors[0].code), ("which", "required"));
    let mut bad = preset("ternate");
    bad.groups[2].months = Some(NumInput::Text("13".into()));
    let r = chart_csv(&ChartCsvRequest { scenario: bad, which: None, ..Default::default() });
    let fields: Vec<&str> = r.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["which", "groups.2.months"]);
    let unknown: ChartCsvRequest =
        serde_json::from_value(serde_json::json!({ "which": "budget", "width": 640, "scenario": {} })).unwrap();
    let r = chart_csv(&unknown);
    assert_eq!((r.errors[0].field.as_str(), r.errors[0].code), ("width", "unknown_field"));
    assert!(serde_json::from_value::<ChartCsvRequest>(serde_json::json!({ "which": "pie" })).is_err());
}

#[test]
fn chart_csv_holds_the_values_each_chart_draws() {
    let v = jamsostek::params::version();
    let lines = |r: &plan::ChartCsvResponse| -> Vec<String> {
        assert!(r.ok, "{:?}", r.errors);
        assert!(r.csv.starts_with('\u{feff}'), "BOM for Excel");
        r.csv.trim_start_matches('\u{feff}').trim_end().split("\r\n").map(String::from).collect()
    };
    let coverage = csv("ternate", ChartKind::Coverage, Lang::Id);
    assert_eq!(coverage.filename, "jamsostek-kota-ternate-cakupan-2024.csv");
    let c = lines(&coverage);
    assert_eq!(c[0], "Kota Ternate — Universal Coverage Jamsostek (UCJ) 2024–2029");
    assert_eq!(c[1], "Target %;100,00;tahun;2025");
    assert_eq!(c[3], "Tahun;UCJ %;UCJ % (berhenti tinggi);UCJ % (berhenti rendah);Target %");
    assert_eq!(c[4], "2024;72,75;72,75;72,75;100,00");
    assert_eq!(c[5], "2025;93,05;93,05;93,05;100,00");
    assert_eq!(c[9], "2029;93,05;93,05;93,05;100,00");
    assert_eq!(
        c.last().unwrap(),
        &format!(
            "\"Sumber: Kalkulator Cakupan Jamsostek {}, aturan diperiksa {}; PP 44/2015 (JKK dan JKM).\"",
            v.version, v.rules_reviewed
        )
    );

    let c = lines(&csv("ternate", ChartKind::Coverage, Lang::En));
    assert_eq!(c[3], "Year,UCJ %,UCJ % (high lapse),UCJ % (low lapse),Target %");
    assert_eq!(c[5], "2025,93.05,93.05,93.05,100.00");

    let b = lines(&csv("ternate", ChartKind::Budget, Lang::Id));
    assert_eq!(b[0], "Kota Ternate — Anggaran per tahun menurut sumber dana 2025–2029");
    assert_eq!(b[2], "Tahun;Anggaran (Rp);APBD kabupaten/kota (Rp);Kumulatif (Rp)");
    assert_eq!(b[3], "2025;2384287200;2384287200;2384287200");
    assert_eq!(b[7], "2029;2384287200;2384287200;11921436000");

    let g = lines(&csv("ternate", ChartKind::Groups, Lang::En));
    assert_eq!(g[2], "Target group,Workers,Paid for,First-year cost (Rp),Funding source,Start");
    // Every group, largest first — also the two the chart sums as "2 other groups".
    assert_eq!(g[3], "Ojek pangkalan,3041,3041,613065600,Regency/city APBD,2025");
    assert_eq!(g[10], "Satgas kebersihan,399,399,80438400,Regency/city APBD,2025");
    assert_eq!(g[11], "Supir angkutan umum,67,67,13507200,Regency/city APBD,2025");
    assert_eq!(g.len(), 14);
    let total: i64 = g[3..12].iter().map(|l| l.split(',').nth(3).unwrap().parse::<i64>().unwrap()).sum();
    assert_eq!(total, 2_384_287_200, "the groups add up to the first year's budget");
}
