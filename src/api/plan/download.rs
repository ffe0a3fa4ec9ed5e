//! Charts to keep, fetched when the person clicks download (not drawn on every edit):
//! `chartDownload` gives one chart as SVG with its title and source line, `chartCsv` the same
//! chart's data as a table for spreadsheets, both drawn by [`crate::report`].

use super::project::projected;
use super::scenario::ScenarioRequest;
use super::validate::validate;
use super::view::slug;
use crate::api::{unknown_fields, FieldError, Unknown};
use crate::fmt::Lang;
use crate::params::version;
use crate::plan::project::Projection;
use crate::plan::scenario::Scenario;
use crate::report::chart::Which;
use crate::report::{download, export};
use serde::{Deserialize, Serialize};

/// Which chart to download.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// The coverage path with its lapse band and the target.
    Coverage,
    /// The budget per year by funding source.
    Budget,
    /// The cost per target group.
    Groups,
}

impl ChartKind {
    fn which(self) -> Which {
        match self {
            ChartKind::Coverage => Which::Coverage,
            ChartKind::Budget => Which::Budget,
            ChartKind::Groups => Which::Groups,
        }
    }

    /// The chart's name in a file name.
    fn file_word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ChartKind::Coverage, Lang::Id) => "cakupan",
            (ChartKind::Budget, Lang::Id) => "anggaran",
            (ChartKind::Groups, Lang::Id) => "kelompok",
            (ChartKind::Coverage, Lang::En) => "coverage",
            (ChartKind::Budget, Lang::En) => "budget",
            (ChartKind::Groups, Lang::En) => "groups",
        }
    }
}

/// Request of `chartDownload`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ChartDownloadRequest {
    /// The scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// `coverage`, `budget` or `groups`.
    pub which: Option<ChartKind>,
    /// Width in CSS pixels (default 640; clamped to 280–1200).
    pub width: Option<u32>,
    /// Language of the title, the chart and the source line.
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Response of `chartDownload`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChartDownloadResponse {
    /// True when the scenario is valid and the chart has something to draw.
    pub ok: bool,
    /// SVG markup (text escaped): title, chart, source line.
    pub svg: String,
    /// A file name: `jamsostek-<region>-<chart>-<base year>.svg` (`cakupan`, `anggaran`,
    /// `kelompok`; in English `coverage`, `budget`, `groups`).
    pub filename: String,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

/// Request of `chartCsv`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ChartCsvRequest {
    /// The scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// `coverage`, `budget` or `groups`.
    pub which: Option<ChartKind>,
    /// `id` (`;` and decimal comma, the default) or `en` (`,` and decimal point).
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Response of `chartCsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChartCsvResponse {
    /// True when the scenario is valid and the chart has something to draw.
    pub ok: bool,
    /// The CSV text, starting with a UTF-8 BOM.
    pub csv: String,
    /// A file name: `jamsostek-<region>-<chart>-<base year>.csv`.
    pub filename: String,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

/// The scenario validated and projected for one chart, or the errors that stop it.
struct Ready {
    kind: ChartKind,
    scenario: Scenario,
    projection: Projection,
}

fn ready(scenario: &ScenarioRequest, which: Option<ChartKind>, unknown: &Unknown) -> Result<Ready, Vec<FieldError>> {
    let mut errors = Vec::new();
    unknown_fields(unknown, &mut errors);
    if which.is_none() {
        errors.push(FieldError::new(
            "which",
            "required",
            "Pilih grafik: coverage, budget atau groups.",
            "Choose a chart: coverage, budget or groups.",
        ));
    }
    let s = validate(scenario).map_err(|e| errors.iter().cloned().chain(e).collect::<Vec<_>>())?;
    let Some(kind) = which.filter(|_| errors.is_empty()) else { return Err(errors) };
    let (response, domain) = projected(&s);
    let Some(p) = domain else { return Err(response.errors) };
    if kind == ChartKind::Coverage && p.base_coverage_bp.is_none() {
        // The coverage chart is empty without a workforce: there is nothing to keep.
        return Err(vec![FieldError::new(
            "workforce.total",
            "required_for_chart",
            "Isi jumlah pekerja: grafik cakupan perlu jumlah pekerjanya.",
            "Enter the workforce: the coverage chart needs its total.",
        )]);
    }
    if kind == ChartKind::Groups && !p.groups.iter().any(|g| g.funder_cost.get() > 0) {
        // Nor is the cost-per-group chart without a group that a program pays for.
        return Err(vec![FieldError::new(
            "groups",
            "required_for_chart",
            "Tambahkan kelompok sasaran yang dibiayai: grafik biaya per kelompok perlu setidaknya satu.",
            "Add a target group that is paid for: the cost-per-group chart needs at least one.",
        )]);
    }
    Ok(Ready { kind, scenario: s, projection: p })
}

fn filename(r: &Ready, lang: Lang, ext: &str) -> String {
    format!("jamsostek-{}-{}-{}.{ext}", slug(&r.scenario.name), r.kind.file_word(lang), r.scenario.base_year)
}

/// One chart as SVG to keep: a title above it (`Kota Ternate — Cakupan UCJ 2024–2029`), the
/// chart, and a source line below it (the calculator's version, the day the rules were checked,
/// the regulations used), in the requested language.
///
/// # Errors
/// None thrown: problems come back in `errors` (the scenario's fields, a missing `which`,
/// `workforce.total` for a coverage chart without a workforce, `groups` for a cost-per-group
/// chart without a group paid for).
pub fn chart_download(req: &ChartDownloadRequest) -> ChartDownloadResponse {
    let lang = req.lang.unwrap_or_default();
    match ready(&req.scenario, req.which, &req.unknown) {
        Ok(r) => ChartDownloadResponse {
            ok: true,
            svg: download::svg(r.kind.which(), &r.scenario, &r.projection, req.width.unwrap_or(640), lang, &version()),
            filename: filename(&r, lang, "svg"),
            errors: Vec::new(),
        },
        Err(errors) => ChartDownloadResponse { ok: false, svg: String::new(), filename: String::new(), errors },
    }
}

/// One chart's data as CSV for spreadsheets: its title, the values it draws, its source line
/// (Indonesian: `;` and decimal comma, with a UTF-8 BOM; English: `,` and decimal point).
///
/// # Errors
/// None thrown: problems come back in `errors`, as for [`chart_download`].
pub fn chart_csv(req: &ChartCsvRequest) -> ChartCsvResponse {
    let lang = req.lang.unwrap_or_default();
    match ready(&req.scenario, req.which, &req.unknown) {
        Ok(r) => ChartCsvResponse {
            ok: true,
            csv: export::chart_csv(r.kind.which(), &r.scenario, &r.projection, &version(), lang),
            filename: filename(&r, lang, "csv"),
            errors: Vec::new(),
        },
        Err(errors) => ChartCsvResponse { ok: false, csv: String::new(), filename: String::new(), errors },
    }
}
