//! The planning contract: scenario requests, their validation, and projection / solving responses.
//!
//! A scenario is a plain object; every number may be a JS number or text typed the Indonesian
//! way. Problems come back as field errors with dotted paths (`groups.2.months`).

use super::{overflow_error, percent_bp, rupiah_in, unknown_fields, whole, NumInput, Unknown};
use crate::errors::FieldError;
use crate::money::{Rupiah, MAX_RUPIAH};
use crate::params::{self, Applied};
use crate::plan::project::{self, Projection};
use crate::plan::scenario::{Denominator, FundingSource, Group, Level, Package, Scenario, Settings, Target};
use crate::plan::solve;
use crate::rules::{Warning, WorkerType};
use serde::{Deserialize, Serialize};

/// The scenario schema version this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;
/// Most target groups a scenario may hold.
pub const MAX_GROUPS: usize = 1_000;
/// Most years a projection covers.
pub const MAX_YEARS: i64 = 30;
const MAX_WORKERS: i64 = super::MAX_WORKERS;
const MAX_NAME: usize = 120;

/// The region a scenario describes.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegionRequest {
    /// Name, e.g. "Kota Ternate".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Administrative level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The year the current figures describe.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_year: Option<NumInput>,
    /// Where the figures come from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// The workforce: the coverage denominator.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkforceRequest {
    /// Total workers (empty when not known: coverage % is then not computed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<NumInput>,
    /// What the total counts (default `working`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denominator: Option<Denominator>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// Active participants now: a formal / informal split, or a total, or a percentage.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CurrentRequest {
    /// Formal (wage-earner) participants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formal: Option<NumInput>,
    /// Informal participants paying themselves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub informal: Option<NumInput>,
    /// All participants, when the split is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<NumInput>,
    /// Coverage in percent, when only that is published (needs the workforce).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage_pct: Option<NumInput>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// What a target group's premium buys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PackageKind {
    /// BPU JKK + JKM (Rp 16,800 a month on the lowest income).
    BpuBasic,
    /// BPU JKK + JKM + JHT.
    BpuJht,
    /// Wage-earner JKK + JKM on a wage basis (non-civil-servant staff).
    PuWage,
}

/// A target group (or, with `villages` and `workersPerVillage`, one group per village).
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupRequest {
    /// Name (farmers, ojek drivers, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Workers in the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<NumInput>,
    /// Per-village mode: number of villages…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub villages: Option<NumInput>,
    /// …and workers covered in each.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers_per_village: Option<NumInput>,
    /// Of the workers, already covered (default 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covered: Option<NumInput>,
    /// Package (default `bpuBasic`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<PackageKind>,
    /// Declared income for BPU packages, wage basis for `puWage` (default Rp 1,000,000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income: Option<NumInput>,
    /// Months paid per year, 1–12 (default 12).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<NumInput>,
    /// Percent of the premium the funder pays (default 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub government_share: Option<NumInput>,
    /// Who pays (default `apbdRegency`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<FundingSource>,
    /// Kind of work (default `other`; `transport` for drivers and couriers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_type: Option<WorkerType>,
    /// First year paid (default the year after the base year).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_year: Option<NumInput>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// A coverage target.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetRequest {
    /// Target UCJ in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pct: Option<NumInput>,
    /// Year to reach it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<NumInput>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// Projection settings (all optional).
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsRequest {
    /// Years to project, 1–30 (default 5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub years: Option<NumInput>,
    /// Workforce growth, % a year, −20 to 20 (default 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforce_growth: Option<NumInput>,
    /// Yearly lapse of unsubsidised informal participants, % (default 20).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lapse: Option<NumInput>,
    /// Low end of the lapse band, % (default half the lapse).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lapse_low: Option<NumInput>,
    /// High end of the lapse band, % (default one and a half times the lapse, at most 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lapse_high: Option<NumInput>,
    /// Organic new informal participants a year (default 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_enrolment: Option<NumInput>,
    /// The region's total APBD, to show the budget's share of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apbd_total: Option<NumInput>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// A whole scenario, as the page holds it and as files and links carry it.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioRequest {
    /// Schema version (1; absent means 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<u32>,
    /// The region.
    #[serde(default)]
    pub region: RegionRequest,
    /// The workforce.
    #[serde(default)]
    pub workforce: WorkforceRequest,
    /// Participants now.
    #[serde(default)]
    pub current: CurrentRequest,
    /// Target groups.
    #[serde(default)]
    pub groups: Vec<GroupRequest>,
    /// The coverage target.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetRequest>,
    /// Projection settings.
    #[serde(default)]
    pub settings: SettingsRequest,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

fn optional<T>(input: &Option<NumInput>, dflt: T, parse: impl FnOnce(&Option<NumInput>) -> Option<T>) -> Option<T> {
    match input {
        None => Some(dflt),
        Some(NumInput::Text(t)) if t.trim().is_empty() => Some(dflt),
        some => parse(some),
    }
}

fn is_blank(input: &Option<NumInput>) -> bool {
    matches!(input, None) || matches!(input, Some(NumInput::Text(t)) if t.trim().is_empty())
}

fn clean_name(raw: Option<&str>, fallback: String) -> String {
    let name: String = raw.unwrap_or("").chars().filter(|c| !c.is_control()).take(MAX_NAME).collect();
    let name = name.trim().to_string();
    if name.is_empty() {
        fallback
    } else {
        name
    }
}

fn too_many(field: &str, have: i64, max: i64, what_id: &str, what_en: &str) -> FieldError {
    FieldError::new(
        field,
        "exceeds_total",
        format!(
            "{} ({}) melebihi {}.",
            what_id,
            crate::fmt::group(have, crate::fmt::Lang::Id),
            crate::fmt::group(max, crate::fmt::Lang::Id)
        ),
        format!(
            "{} ({}) exceeds {}.",
            what_en,
            crate::fmt::group(have, crate::fmt::Lang::En),
            crate::fmt::group(max, crate::fmt::Lang::En)
        ),
    )
}

/// Validates a scenario request into a [`Scenario`], or the list of what is wrong.
///
/// # Errors
/// Every problem found, one per field, with dotted paths.
pub fn validate(req: &ScenarioRequest) -> Result<Scenario, Vec<FieldError>> {
    let mut e = Vec::new();
    unknown_fields(&req.unknown, &mut e);
    if let Some(v) = req.schema_version.filter(|v| *v != SCHEMA_VERSION) {
        e.push(FieldError::new(
            "schemaVersion",
            "unknown_schema",
            format!("Versi skenario {v} tidak dikenal (yang didukung: {SCHEMA_VERSION}). Perbarui halaman."),
            format!("Unknown scenario version {v} (supported: {SCHEMA_VERSION}). Update the page."),
        ));
    }
    let prefix = |group: &str, u: &Unknown, e: &mut Vec<FieldError>| {
        let mut inner = Vec::new();
        unknown_fields(u, &mut inner);
        e.extend(inner.into_iter().map(|mut x| {
            x.field = format!("{group}.{}", x.field);
            x
        }));
    };
    prefix("region", &req.region.unknown, &mut e);
    prefix("workforce", &req.workforce.unknown, &mut e);
    prefix("current", &req.current.unknown, &mut e);
    prefix("settings", &req.settings.unknown, &mut e);

    let base_year = whole("region.baseYear", &req.region.base_year, 2015, 2070, &mut e);
    let workforce =
        optional(&req.workforce.total, None, |v| whole("workforce.total", v, 1, MAX_WORKERS, &mut e).map(Some));
    let (formal, informal) = current(&req.current, workforce.flatten(), &mut e);

    let s = &req.settings;
    let years = optional(&s.years, 5, |v| whole("settings.years", v, 1, MAX_YEARS, &mut e));
    let growth = optional(&s.workforce_growth, 0, |v| percent_bp("settings.workforceGrowth", v, -2_000, 2_000, &mut e));
    let lapse = optional(&s.lapse, 2_000, |v| percent_bp("settings.lapse", v, 0, 10_000, &mut e));
    let lapse_low =
        lapse.and_then(|l| optional(&s.lapse_low, l / 2, |v| percent_bp("settings.lapseLow", v, 0, 10_000, &mut e)));
    let lapse_high = lapse.and_then(|l| {
        optional(&s.lapse_high, (l * 3 / 2).min(10_000), |v| percent_bp("settings.lapseHigh", v, 0, 10_000, &mut e))
    });
    if let (Some(lo), Some(c), Some(hi)) = (lapse_low, lapse, lapse_high) {
        if lo > c || c > hi {
            e.push(FieldError::new(
                "settings.lapseLow",
                "band_order",
                "Rentang berhenti harus rendah ≤ tengah ≤ tinggi.",
                "The lapse band must be low ≤ central ≤ high.",
            ));
        }
    }
    let new_enrolment = optional(&s.new_enrolment, 0, |v| whole("settings.newEnrolment", v, 0, MAX_WORKERS, &mut e));
    let apbd_total =
        optional(&s.apbd_total, None, |v| rupiah_in("settings.apbdTotal", v, 1, MAX_RUPIAH, &mut e).map(Some));

    let target = match &req.target {
        None => Some(None),
        Some(t) if is_blank(&t.pct) && is_blank(&t.year) => {
            prefix("target", &t.unknown, &mut e);
            Some(None)
        }
        Some(t) => {
            prefix("target", &t.unknown, &mut e);
            let bp = percent_bp("target.pct", &t.pct, 1, 10_000, &mut e);
            let min_year = base_year.map_or(2016, |b| b + 1);
            let year = whole("target.year", &t.year, min_year, min_year + MAX_YEARS, &mut e);
            bp.zip(year).map(|(bp, year)| Some(Target { bp, year: i32::try_from(year).unwrap_or(i32::MAX) }))
        }
    };

    if req.groups.len() > MAX_GROUPS {
        e.push(FieldError::new(
            "groups",
            "too_many_groups",
            format!("Paling banyak {MAX_GROUPS} kelompok sasaran."),
            format!("At most {MAX_GROUPS} target groups."),
        ));
    }
    let mut groups = Vec::with_capacity(req.groups.len().min(MAX_GROUPS));
    for (i, g) in req.groups.iter().take(MAX_GROUPS).enumerate() {
        if let Some(g) = group(i, g, base_year, &mut e) {
            groups.push(g);
        }
    }

    let (Some(base_year), Some(workforce), Some((formal, informal)), Some(years), Some(growth)) =
        (base_year, workforce, formal.zip(informal), years, growth)
    else {
        return Err(e);
    };
    let (Some(lapse), Some(lo), Some(hi), Some(new_enrolment), Some(apbd_total), Some(target)) =
        (lapse, lapse_low, lapse_high, new_enrolment, apbd_total, target)
    else {
        return Err(e);
    };
    if !e.is_empty() {
        return Err(e);
    }
    Ok(Scenario {
        name: clean_name(req.region.name.as_deref(), "Wilayah".to_string()),
        base_year: i32::try_from(base_year).unwrap_or(2015),
        workforce,
        denominator: req.workforce.denominator.unwrap_or(Denominator::Working),
        formal_covered: formal,
        informal_covered: informal,
        groups,
        target,
        settings: Settings {
            years: i32::try_from(years).unwrap_or(1),
            growth_bp: growth,
            lapse_bp: [lo, lapse, hi],
            new_enrolment,
            apbd_total,
        },
    })
}

/// Current participants as (formal, informal), each `None` when invalid.
fn current(c: &CurrentRequest, workforce: Option<i64>, e: &mut Vec<FieldError>) -> (Option<i64>, Option<i64>) {
    let (formal, informal) = if !is_blank(&c.formal) || !is_blank(&c.informal) {
        let f = optional(&c.formal, 0, |v| whole("current.formal", v, 0, MAX_WORKERS, e));
        let i = optional(&c.informal, 0, |v| whole("current.informal", v, 0, MAX_WORKERS, e));
        (f, i)
    } else if !is_blank(&c.total) {
        (whole("current.total", &c.total, 0, MAX_WORKERS, e), Some(0))
    } else if !is_blank(&c.coverage_pct) {
        let bp = percent_bp("current.coveragePct", &c.coverage_pct, 0, 10_000, e);
        match (bp, workforce) {
            (Some(bp), Some(w)) => (Some(project::workers_for_bp(bp, w).min(w)), Some(0)),
            (Some(_), None) => {
                e.push(FieldError::new(
                    "workforce.total",
                    "required_for_pct",
                    "Isi jumlah pekerja: cakupan dalam persen perlu jumlah pekerjanya.",
                    "Enter the workforce: a coverage percentage needs its total.",
                ));
                (None, None)
            }
            _ => (None, None),
        }
    } else {
        e.push(FieldError::new(
            "current.total",
            "required",
            "Isi jumlah peserta aktif (atau rincian formal/informal, atau persen cakupan).",
            "Enter the active participants (or the formal/informal split, or the coverage percentage).",
        ));
        (None, None)
    };
    if let (Some(f), Some(i), Some(w)) = (formal, informal, workforce) {
        if f.saturating_add(i) > w {
            e.push(too_many("current.total", f + i, w, "Jumlah peserta", "Participants"));
            return (None, None);
        }
    }
    (formal, informal)
}

/// The problems one group has on its own (paths `groups.0.<field>`), for importers.
pub(crate) fn group_errors(g: &GroupRequest, base_year: Option<i64>) -> Vec<FieldError> {
    let mut e = Vec::new();
    group(0, g, base_year, &mut e);
    e
}

fn group(i: usize, g: &GroupRequest, base_year: Option<i64>, e: &mut Vec<FieldError>) -> Option<Group> {
    let f = |name: &str| format!("groups.{i}.{name}");
    let mut inner = Vec::new();
    unknown_fields(&g.unknown, &mut inner);
    e.extend(inner.into_iter().map(|mut x| {
        x.field = f(&x.field);
        x
    }));
    let workers = if !is_blank(&g.villages) || !is_blank(&g.workers_per_village) {
        let v = whole(&f("villages"), &g.villages, 1, 100_000, e);
        let per = whole(&f("workersPerVillage"), &g.workers_per_village, 1, 100_000, e);
        v.zip(per).map(|(v, p)| v * p)
    } else {
        whole(&f("workers"), &g.workers, 0, MAX_WORKERS, e)
    };
    let covered = optional(&g.covered, 0, |v| whole(&f("covered"), v, 0, MAX_WORKERS, e));
    if let (Some(w), Some(c)) = (workers, covered) {
        if c > w {
            e.push(too_many(&f("covered"), c, w, "Sudah terlindungi", "Already covered"));
        }
    }
    let kind = g.package.unwrap_or(PackageKind::BpuBasic);
    let min_income = params::bpu::MIN_INCOME.steps.first().and_then(|s| s.value).unwrap_or(1_000_000);
    let (lo, hi) = match kind {
        PackageKind::PuWage => (1, super::MAX_MONTHLY),
        _ => (min_income, super::MAX_MONTHLY),
    };
    let income = optional(&g.income, Rupiah::new(min_income).ok(), |v| rupiah_in(&f("income"), v, lo, hi, e).map(Some))
        .flatten();
    let months = optional(&g.months, 12, |v| whole(&f("months"), v, 1, 12, e));
    let share = optional(&g.government_share, 10_000, |v| percent_bp(&f("governmentShare"), v, 0, 10_000, e));
    let min_year = base_year.unwrap_or(2015);
    let start = optional(&g.start_year, min_year + 1, |v| whole(&f("startYear"), v, min_year, min_year + MAX_YEARS, e));
    let (workers, covered, income, months, share, start) = (workers?, covered?, income?, months?, share?, start?);
    if covered > workers {
        return None;
    }
    let package = match kind {
        PackageKind::BpuBasic => Package::Bpu { income },
        PackageKind::BpuJht => Package::BpuWithJht { income },
        PackageKind::PuWage => Package::PuWage { wage: income },
    };
    Some(Group {
        name: clean_name(g.name.as_deref(), format!("Kelompok {}", i + 1)),
        workers,
        covered,
        package,
        worker_type: g.worker_type.unwrap_or(WorkerType::Other),
        months: u8::try_from(months).unwrap_or(12),
        share_bp: share,
        source: g.source.unwrap_or(FundingSource::ApbdRegency),
        start_year: i32::try_from(start).unwrap_or(i32::MAX),
    })
}

// ---------------------------------------------------------------------------------------------
// Responses

/// An amount by funding source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceAmount {
    /// The source.
    pub source: FundingSource,
    /// Whole rupiah.
    pub amount: Rupiah,
}

/// An amount for one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupAmount {
    /// The group's name.
    pub name: String,
    /// Whole rupiah.
    pub amount: Rupiah,
}

/// Basis points as a displayed percentage (two decimals).
/// Basis points as a display percentage (two decimals).
pub(crate) fn pct(bp: Option<i64>) -> Option<f64> {
    bp.map(|b| b as f64 / 100.0)
}

/// One projected year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearOut {
    /// Calendar year.
    pub year: i32,
    /// Workforce, when known.
    pub workers: Option<i64>,
    /// Covered (capped at the workforce).
    pub covered: i64,
    /// Formal participants.
    pub formal_covered: i64,
    /// Unsubsidised informal participants.
    pub informal_covered: i64,
    /// Workers whose premium groups pay.
    pub subsidised: i64,
    /// UCJ %, two decimals (display only; `coverageBp` is exact).
    pub coverage_pct: Option<f64>,
    /// UCJ in basis points.
    pub coverage_bp: Option<i64>,
    /// Band: UCJ % with the high lapse rate.
    pub coverage_low_pct: Option<f64>,
    /// Band: UCJ % with the low lapse rate.
    pub coverage_high_pct: Option<f64>,
    /// Workers still to enrol to reach the target.
    pub gap: Option<i64>,
    /// Funders' budget.
    pub budget: Rupiah,
    /// Paid by workers themselves.
    pub worker_paid: Rupiah,
    /// Budget by funding source (non-zero only).
    pub budget_by_source: Vec<SourceAmount>,
    /// Budget by group (paid groups only).
    pub budget_by_group: Vec<GroupAmount>,
    /// Budget so far.
    pub cumulative_budget: Rupiah,
    /// Budget per worker covered above the base year.
    pub cost_per_extra_worker: Option<Rupiah>,
    /// Budget as % of the APBD total.
    pub apbd_share_pct: Option<f64>,
}

/// One group's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupOut {
    /// Name.
    pub name: String,
    /// Workers in the group.
    pub workers: i64,
    /// Workers the program pays for.
    pub subsidised: i64,
    /// Premium per worker per month (first paid month, all payers).
    pub monthly_premium: Rupiah,
    /// Cost for the first paid year (all payers).
    pub annual_cost: Rupiah,
    /// The funder's part of it.
    pub funder_cost: Rupiah,
    /// Who pays.
    pub source: FundingSource,
    /// Months paid a year.
    pub months: u8,
    /// First year paid.
    pub start_year: i32,
}

/// The base year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BaseOut {
    /// Region name.
    pub name: String,
    /// Base year.
    pub year: i32,
    /// Workforce, when known.
    pub workers: Option<i64>,
    /// What the percentage divides by.
    pub denominator: Denominator,
    /// Covered now.
    pub covered: i64,
    /// UCJ % now.
    pub coverage_pct: Option<f64>,
    /// Target UCJ %, if set.
    pub target_pct: Option<f64>,
    /// Target year, if set.
    pub target_year: Option<i32>,
}

/// Response of `project(scenario)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectResponse {
    /// True when there are no errors.
    pub ok: bool,
    /// The base year.
    pub base: Option<BaseOut>,
    /// Projected years.
    pub years: Vec<YearOut>,
    /// Groups.
    pub groups: Vec<GroupOut>,
    /// Parameters used.
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

impl ProjectResponse {
    fn failed(errors: Vec<FieldError>) -> Self {
        ProjectResponse {
            ok: false,
            base: None,
            years: vec![],
            groups: vec![],
            applied: vec![],
            warnings: vec![],
            errors,
        }
    }
}

fn project_out(s: &Scenario, p: Projection) -> ProjectResponse {
    let years = p
        .years
        .iter()
        .map(|y| YearOut {
            year: y.year,
            workers: y.workers,
            covered: y.covered,
            formal_covered: y.formal_covered,
            informal_covered: y.informal_covered,
            subsidised: y.subsidised,
            coverage_pct: pct(y.coverage_bp),
            coverage_bp: y.coverage_bp,
            coverage_low_pct: pct(y.coverage_low_bp),
            coverage_high_pct: pct(y.coverage_high_bp),
            gap: y.gap,
            budget: y.budget,
            worker_paid: y.worker_paid,
            budget_by_source: y
                .by_source
                .iter()
                .filter(|(_, a)| a.get() != 0)
                .map(|(source, amount)| SourceAmount { source: *source, amount: *amount })
                .collect(),
            budget_by_group: s
                .groups
                .iter()
                .zip(&y.by_group)
                .filter(|(_, a)| a.get() != 0)
                .map(|(g, a)| GroupAmount { name: g.name.clone(), amount: *a })
                .collect(),
            cumulative_budget: y.cumulative,
            cost_per_extra_worker: y.cost_per_extra,
            apbd_share_pct: y.apbd_share_ppm.map(|p| p as f64 / 10_000.0),
        })
        .collect();
    let groups = s
        .groups
        .iter()
        .zip(&p.groups)
        .map(|(g, sum)| GroupOut {
            name: g.name.clone(),
            workers: g.workers,
            subsidised: g.subsidised(),
            monthly_premium: sum.monthly_premium,
            annual_cost: sum.annual_cost,
            funder_cost: sum.funder_cost,
            source: g.source,
            months: g.months,
            start_year: g.start_year,
        })
        .collect();
    ProjectResponse {
        ok: true,
        base: Some(BaseOut {
            name: s.name.clone(),
            year: s.base_year,
            workers: s.workforce,
            denominator: s.denominator,
            covered: p.base_covered,
            coverage_pct: pct(p.base_coverage_bp),
            target_pct: s.target.map(|t| t.bp as f64 / 100.0),
            target_year: s.target.map(|t| t.year),
        }),
        years,
        groups,
        applied: p.applied,
        warnings: p.warnings,
        errors: vec![],
    }
}

/// Projects a scenario year by year: coverage, gap to target, budget by source and by group.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn project(req: &ScenarioRequest) -> ProjectResponse {
    match validate(req) {
        Err(e) => ProjectResponse::failed(e),
        Ok(s) => project_scenario(&s),
    }
}

fn project_scenario(s: &Scenario) -> ProjectResponse {
    match project::project(s) {
        Ok(p) => project_out(s, p),
        Err(_) => ProjectResponse::failed(vec![overflow_error("groups")]),
    }
}

// ---------------------------------------------------------------------------------------------
// Solving backwards

/// What to solve for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SolveMode {
    /// The enrolments and budget that reach a target UCJ by a year.
    Target,
    /// The workers a fixed yearly budget covers.
    Budget,
}

/// Request of `solve`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SolveRequest {
    /// The scenario to add to.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// `target` or `budget`.
    pub mode: Option<SolveMode>,
    /// Target mode: the target (defaults to the scenario's own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetRequest>,
    /// Budget mode: the yearly budget.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<NumInput>,
    /// How the extra workers are paid (default: BPU basic, 12 months, APBD regency/city, 100 %).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupRequest>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// One year of a solution.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SolveYear {
    /// Calendar year.
    pub year: i32,
    /// Extra workers to pay for (target mode) or workers the budget covers (budget mode).
    pub workers: i64,
    /// Their cost to the funder this year.
    pub budget: Rupiah,
    /// Budget mode: left over.
    pub left: Option<Rupiah>,
    /// Funder's cost per worker for the year.
    pub cost_per_worker: Option<Rupiah>,
    /// Target mode: UCJ % the path asks for.
    pub path_pct: Option<f64>,
    /// UCJ % without the extra workers.
    pub without_pct: Option<f64>,
    /// UCJ % with them.
    pub with_pct: Option<f64>,
}

/// Response of `solve`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SolveResponse {
    /// True when there are no errors.
    pub ok: bool,
    /// The mode solved.
    pub mode: Option<SolveMode>,
    /// Budget mode: workers covered in the first projected year. Target mode: extra workers in the target year.
    pub workers: Option<i64>,
    /// Budget for that year.
    pub budget: Option<Rupiah>,
    /// Per year.
    pub years: Vec<SolveYear>,
    /// The projection solved against.
    pub projection: Option<ProjectResponse>,
    /// Parameters used for the extra workers.
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

impl SolveResponse {
    fn failed(errors: Vec<FieldError>) -> Self {
        SolveResponse {
            ok: false,
            mode: None,
            workers: None,
            budget: None,
            years: vec![],
            projection: None,
            applied: vec![],
            warnings: vec![],
            errors,
        }
    }
}

/// Solves backwards: `mode: "target"` gives the enrolments and budget per year that reach a
/// target UCJ by a year (a straight path from today's UCJ); `mode: "budget"` gives the whole
/// workers a fixed yearly budget covers, never over budget, and the coverage that results.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn solve(req: &SolveRequest) -> SolveResponse {
    let mut e = Vec::new();
    unknown_fields(&req.unknown, &mut e);
    let scenario = validate(&req.scenario).map_err(|errs| {
        e.extend(errs.into_iter().map(|mut x| {
            x.field = format!("scenario.{}", x.field);
            x
        }))
    });
    let base_year = scenario.as_ref().ok().map(|s| i64::from(s.base_year));
    // The template says how extra workers are paid; its own size does not matter.
    let mut probe = req.group.clone().unwrap_or_default();
    if is_blank(&probe.workers) && is_blank(&probe.villages) && is_blank(&probe.workers_per_village) {
        probe.workers = Some(NumInput::Number(1.0));
    }
    let mut template_errors = Vec::new();
    let template = group(0, &probe, base_year, &mut template_errors).map(|mut g| {
        g.workers = 1;
        g.covered = 0;
        g
    });
    e.extend(template_errors.into_iter().map(|mut x| {
        x.field = x.field.replacen("groups.0.", "group.", 1);
        x
    }));
    let Some(mode) = req.mode else {
        e.push(FieldError::from_num("mode", crate::parse::NumError::Empty));
        return SolveResponse::failed(e);
    };
    match mode {
        SolveMode::Target => solve_target(req, scenario.ok(), template, e),
        SolveMode::Budget => solve_budget(req, scenario.ok(), template, e),
    }
}

fn target_needs_workforce() -> FieldError {
    FieldError::new(
        "scenario.workforce.total",
        "required_for_target",
        "Isi jumlah pekerja: target cakupan perlu jumlah pekerjanya.",
        "Enter the workforce: a coverage target needs its total.",
    )
}

fn solve_target(
    req: &SolveRequest,
    s: Option<Scenario>,
    template: Option<Group>,
    mut e: Vec<FieldError>,
) -> SolveResponse {
    let target = match (&req.target, s.as_ref().and_then(|s| s.target)) {
        (Some(t), _) => {
            let bp = percent_bp("target.pct", &t.pct, 1, 10_000, &mut e);
            let min = s.as_ref().map_or(2016, |s| i64::from(s.base_year) + 1);
            let y = whole("target.year", &t.year, min, min + MAX_YEARS - 1, &mut e);
            bp.zip(y)
        }
        (None, Some(t)) => Some((t.bp, i64::from(t.year))),
        (None, None) => {
            e.push(FieldError::from_num("target.pct", crate::parse::NumError::Empty));
            None
        }
    };
    let (Some(mut s), Some(template), Some((bp, year)), true) = (s, template, target, e.is_empty()) else {
        return SolveResponse::failed(e);
    };
    if s.workforce.is_none() {
        return SolveResponse::failed(vec![target_needs_workforce()]);
    }
    let year = i32::try_from(year).unwrap_or(s.base_year + 1);
    s.settings.years = s.settings.years.max(year - s.base_year);
    match solve::for_target(&s, bp, year, &template) {
        Ok(Some(sol)) => {
            let at_target = sol.years.iter().find(|y| y.year == year);
            SolveResponse {
                ok: true,
                mode: Some(SolveMode::Target),
                workers: at_target.map(|y| y.extra_workers),
                budget: at_target.map(|y| y.budget),
                years: sol
                    .years
                    .iter()
                    .map(|y| SolveYear {
                        year: y.year,
                        workers: y.extra_workers,
                        budget: y.budget,
                        left: None,
                        cost_per_worker: None,
                        path_pct: pct(Some(y.path_bp)),
                        without_pct: pct(Some(y.without_bp)),
                        with_pct: pct(Some(y.with_bp)),
                    })
                    .collect(),
                projection: Some(project_out(&s, sol.projection)),
                applied: sol.applied,
                warnings: sol.warnings,
                errors: vec![],
            }
        }
        Ok(None) => SolveResponse::failed(vec![target_needs_workforce()]),
        Err(_) => SolveResponse::failed(vec![overflow_error("target.pct")]),
    }
}

fn solve_budget(
    req: &SolveRequest,
    s: Option<Scenario>,
    template: Option<Group>,
    mut e: Vec<FieldError>,
) -> SolveResponse {
    let budget = rupiah_in("budget", &req.budget, 1, MAX_RUPIAH, &mut e);
    let (Some(s), Some(template), Some(budget), true) = (s, template, budget, e.is_empty()) else {
        return SolveResponse::failed(e);
    };
    match solve::for_budget(&s, budget, &template) {
        Ok(sol) => SolveResponse {
            ok: true,
            mode: Some(SolveMode::Budget),
            workers: sol.years.first().map(|y| y.workers),
            budget: sol.years.first().map(|y| y.spent),
            years: sol
                .years
                .iter()
                .map(|y| SolveYear {
                    year: y.year,
                    workers: y.workers,
                    budget: y.spent,
                    left: Some(y.left),
                    cost_per_worker: Some(y.cost_per_worker),
                    path_pct: None,
                    without_pct: pct(y.without_bp),
                    with_pct: pct(y.with_bp),
                })
                .collect(),
            projection: Some(project_out(&s, sol.projection)),
            applied: sol.applied,
            warnings: sol.warnings,
            errors: vec![],
        },
        Err(_) => SolveResponse::failed(vec![overflow_error("budget")]),
    }
}

// ---------------------------------------------------------------------------------------------
// Comparing

/// Request of `compare`: a baseline and an alternative scenario.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareRequest {
    /// The baseline.
    #[serde(default)]
    pub baseline: ScenarioRequest,
    /// The alternative.
    #[serde(default)]
    pub alternative: ScenarioRequest,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// One year's difference, alternative minus baseline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeltaYear {
    /// Calendar year.
    pub year: i32,
    /// Covered workers.
    pub covered: i64,
    /// UCJ in percentage points.
    pub coverage_points: Option<f64>,
    /// Budget.
    pub budget: Rupiah,
}

/// Response of `compare`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareResponse {
    /// True when both scenarios are valid.
    pub ok: bool,
    /// Baseline projection.
    pub baseline: ProjectResponse,
    /// Alternative projection.
    pub alternative: ProjectResponse,
    /// Year-by-year differences for the years both cover.
    pub delta: Vec<DeltaYear>,
    /// Field errors (paths start with `baseline.` or `alternative.`).
    pub errors: Vec<FieldError>,
}

/// Projects two scenarios side by side, with their differences per year.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn compare(req: &CompareRequest) -> CompareResponse {
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    let baseline = project(&req.baseline);
    let alternative = project(&req.alternative);
    for (name, r) in [("baseline", &baseline), ("alternative", &alternative)] {
        errors.extend(r.errors.iter().cloned().map(|mut x| {
            x.field = format!("{name}.{}", x.field);
            x
        }));
    }
    let mut delta = Vec::new();
    for a in &alternative.years {
        if let Some(b) = baseline.years.iter().find(|b| b.year == a.year) {
            let budget = a.budget.sub(b.budget).unwrap_or(Rupiah::ZERO);
            delta.push(DeltaYear {
                year: a.year,
                covered: a.covered - b.covered,
                coverage_points: a.coverage_bp.zip(b.coverage_bp).map(|(x, y)| (x - y) as f64 / 100.0),
                budget,
            });
        }
    }
    CompareResponse { ok: errors.is_empty(), baseline, alternative, delta, errors }
}

// ---------------------------------------------------------------------------------------------
// The planning view: projection, charts and their summaries in one call

/// Request of `planView`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanViewRequest {
    /// The scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// Chart width in CSS pixels (default 640; clamped to 280–1200).
    pub width: Option<u32>,
    /// Language of chart text and summaries.
    pub lang: Option<crate::fmt::Lang>,
    /// Whether to draw the charts (default true; false for a computation-only call).
    pub charts: Option<bool>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One chart: the picture and a sentence saying what it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartOut {
    /// SVG markup (text escaped).
    pub svg: String,
    /// One-sentence summary in the requested language.
    pub summary: String,
}

/// The three charts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Charts {
    /// Coverage path vs target with the lapse band (empty SVG without a workforce).
    pub coverage: ChartOut,
    /// Budget per year by funding source.
    pub budget: ChartOut,
    /// Cost per group.
    pub groups: ChartOut,
}

/// Response of `planView`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanViewResponse {
    /// The projection (with its own `ok` and `errors`).
    pub projection: ProjectResponse,
    /// Charts, when the projection succeeded and charts were asked for.
    pub charts: Option<Charts>,
    /// The assumptions in words, for the memo: `[[label, value], …]`.
    pub assumptions: Vec<(String, String)>,
    /// Headline figures, formatted in the requested language.
    pub cards: Option<Cards>,
}

/// Headline figures for the summary cards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cards {
    /// UCJ now, e.g. `72,75%` (empty without a workforce).
    pub ucj_now: String,
    /// Target, e.g. `100% (2025)` (empty without a target).
    pub ucj_target: String,
    /// UCJ in the last projected year.
    pub ucj_end: String,
    /// The first projected year.
    pub first_year: i32,
    /// Workers still uncovered in the first projected year (when the workforce is known).
    pub uncovered: Option<i64>,
    /// Budget in the first projected year.
    pub budget_first: super::Money,
    /// Budget over the whole projection.
    pub budget_total: super::Money,
    /// Budget per worker covered above the base year, first projected year.
    pub cost_per_worker: Option<super::Money>,
}

fn cards(p: &ProjectResponse, lang: crate::fmt::Lang) -> Option<Cards> {
    use crate::fmt::scaled;
    let base = p.base.as_ref()?;
    let first = p.years.first()?;
    let last = p.years.last()?;
    let pct =
        |v: Option<f64>| v.map(|v| format!("{}%", scaled((v * 100.0).round() as i64, 2, lang))).unwrap_or_default();
    Some(Cards {
        ucj_now: pct(base.coverage_pct),
        ucj_target: match (base.target_pct, base.target_year) {
            (Some(t), Some(y)) => format!("{} ({y})", pct(Some(t))),
            _ => String::new(),
        },
        ucj_end: pct(last.coverage_pct),
        first_year: first.year,
        uncovered: first.workers.map(|w| w - first.covered),
        budget_first: super::Money::new(first.budget, lang),
        budget_total: super::Money::new(last.cumulative_budget, lang),
        cost_per_worker: first.cost_per_extra_worker.map(|c| super::Money::new(c, lang)),
    })
}

/// Projects a scenario and draws its charts and summaries, in one call per edit.
///
/// # Errors
/// None thrown: problems come back in `projection.errors`.
pub fn plan_view(req: &PlanViewRequest) -> PlanViewResponse {
    use crate::chart::{budget_summary, coverage_summary, groups_summary, svg, Which};
    let lang = req.lang.unwrap_or_default();
    let mut extra = Vec::new();
    unknown_fields(&req.unknown, &mut extra);
    let scenario = validate(&req.scenario);
    let (projection, assumptions) = match (&scenario, extra.is_empty()) {
        (Ok(s), true) => (project_scenario(s), assumptions(s, lang)),
        (Ok(_), false) => (ProjectResponse::failed(extra), Vec::new()),
        (Err(e), _) => (ProjectResponse::failed(extra.into_iter().chain(e.iter().cloned()).collect()), Vec::new()),
    };
    let width = req.width.unwrap_or(640);
    let charts = (projection.ok && req.charts.unwrap_or(true)).then(|| Charts {
        coverage: ChartOut {
            svg: svg(Which::Coverage, &projection, width, lang),
            summary: coverage_summary(&projection, lang),
        },
        budget: ChartOut {
            svg: svg(Which::Budget, &projection, width, lang),
            summary: budget_summary(&projection, lang),
        },
        groups: ChartOut {
            svg: svg(Which::Groups, &projection, width, lang),
            summary: groups_summary(&projection, lang),
        },
    });
    let cards = cards(&projection, lang);
    PlanViewResponse { projection, charts, assumptions, cards }
}

/// Request of `exportCsv`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    /// The scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// `id` (`;` and decimal comma, the default) or `en` (`,` and decimal point).
    pub lang: Option<crate::fmt::Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Response of `exportCsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportResponse {
    /// True when the scenario is valid.
    pub ok: bool,
    /// The CSV text, starting with a UTF-8 BOM.
    pub csv: String,
    /// A file name: `jamsostek-<region>-<year>.csv`.
    pub filename: String,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

fn assumptions(s: &Scenario, lang: crate::fmt::Lang) -> Vec<(String, String)> {
    use crate::fmt::{group as g, scaled, Lang};
    let p = |bp: i64| format!("{}%", scaled(bp, 2, lang));
    let [lo, mid, hi] = s.settings.lapse_bp;
    let id = lang == Lang::Id;
    let pick = |a: String, b: String| if id { a } else { b };
    vec![
        (pick("Lama proyeksi".into(), "Projection length".into()), pick(format!("{} tahun", s.settings.years), format!("{} years", s.settings.years))),
        (pick("Pertumbuhan tenaga kerja".into(), "Workforce growth".into()), pick(format!("{} per tahun", p(s.settings.growth_bp)), format!("{} a year", p(s.settings.growth_bp)))),
        (
            pick("Laju berhenti peserta mandiri".into(), "Lapse of self-paying participants".into()),
            pick(format!("{} per tahun (rentang {}–{})", p(mid), p(lo), p(hi)), format!("{} a year (band {}–{})", p(mid), p(lo), p(hi))),
        ),
        (pick("Pendaftaran baru tanpa subsidi".into(), "Unsubsidised new enrolment".into()), pick(format!("{} per tahun", g(s.settings.new_enrolment, lang)), format!("{} a year", g(s.settings.new_enrolment, lang)))),
        (pick("Kelompok sasaran".into(), "Target groups".into()), g(s.groups.len() as i64, lang)),
        (
            pick("Cara hitung".into(), "Method".into()),
            pick(
                "Iuran dibayar mulai Januari, per bulan menurut aturan yang berlaku bulan itu; tiap program dibulatkan ke rupiah terdekat.".into(),
                "Premiums paid from January, month by month under the rules in force that month; each program rounded to the nearest rupiah.".into(),
            ),
        ),
    ]
}

/// The scenario's projection as CSV for budget documents.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn export_csv(req: &ExportRequest) -> ExportResponse {
    let lang = req.lang.unwrap_or_default();
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    let scenario = match validate(&req.scenario) {
        Ok(s) if errors.is_empty() => s,
        Ok(_) => return ExportResponse { ok: false, csv: String::new(), filename: String::new(), errors },
        Err(e) => return ExportResponse { ok: false, csv: String::new(), filename: String::new(), errors: e },
    };
    let p = project_scenario(&scenario);
    let slug: String = scenario
        .name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    ExportResponse {
        ok: p.ok,
        csv: crate::plan::export::csv(&p, &assumptions(&scenario, lang), &super::version(), lang),
        filename: format!("jamsostek-{}-{}.csv", if slug.is_empty() { "wilayah" } else { &slug }, scenario.base_year),
        errors: p.errors,
    }
}
