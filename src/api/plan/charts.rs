//! The planning view's charts drawn apart from its figures (issue 17). In the planning module
//! (`jamsostek/plan`), `planView` does not draw: it returns what the three charts are drawn from
//! (`chartData`), and `drawCharts`, in a module of its own (`jamsostek/charts`, fetched once the
//! plan is drawn), draws them. A plan link's first screen then waits only for the code that
//! computes its figures, not for the charts' (60 KB of the planning module's 224 KB).
//!
//! [`ChartData`] is a handoff between two modules of this crate, not a format for people: the
//! numbers of the projection the charts read (years, coverage and its band, the budget by
//! source, each group's cost) and the groups' names, written by [`chart_data`] and read back by
//! [`draw_charts`], which checks every count and range before drawing and refuses anything else
//! with a message. The pictures are the same as drawn in one call (`tests/chart_data.rs`).

use super::validate::is_clean_name;
use crate::api::{unknown_fields, FieldError, Unknown};
use crate::fmt::Lang;
use crate::money::{Rupiah, MAX_RUPIAH};
use crate::plan::project::{GroupSummary, Projection, Year};
use crate::plan::scenario::{Denominator, FundingSource, Group, Level, Package, Scenario, Settings, Target, MAX_GROUPS, MAX_YEARS};
use crate::report::chart::{svg, Which};
use crate::report::plans_chart::plans_svg;
use crate::rules::WorkerType;
use serde::{Deserialize, Serialize};

/// What the planning view's three charts are drawn from (`planView`'s `chartData`): pass it to
/// `drawCharts` as it is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChartData {
    /// The projection's figures the charts read, in the order `drawCharts` reads them.
    #[serde(default)]
    pub numbers: Vec<Option<i64>>,
    /// The groups' names, as typed.
    #[serde(default)]
    pub names: Vec<String>,
}

/// Request of `drawCharts`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct DrawChartsRequest {
    /// `planView`'s `chartData`.
    #[serde(default)]
    pub data: ChartData,
    /// Chart width in CSS pixels (default 640; clamped to 280–1200).
    pub width: Option<u32>,
    /// Language of the charts' text.
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Response of `drawCharts`: the three pictures (SVG markup, text escaped), empty when not `ok`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DrawChartsResponse {
    /// True when the data could be drawn.
    pub ok: bool,
    /// Coverage path vs target with the lapse band.
    pub coverage: String,
    /// Budget per year by funding source.
    pub budget: String,
    /// Cost per group.
    pub groups: String,
    /// Why not (`data` that is not `planView`'s, unknown fields).
    pub errors: Vec<FieldError>,
}

impl DrawChartsResponse {
    /// Nothing drawn, and why.
    pub(crate) fn failed(errors: Vec<FieldError>) -> Self {
        DrawChartsResponse { ok: false, coverage: String::new(), budget: String::new(), groups: String::new(), errors }
    }
}

/// One plan of a comparison (`compareView`'s `chartData`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanChartData {
    /// The plan's name, as the chart's legend shows it.
    #[serde(default)]
    pub name: String,
    /// Its charts' data.
    #[serde(default)]
    pub data: ChartData,
}

/// Request of `drawComparison`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct DrawComparisonRequest {
    /// `compareView`'s `chartData`: the plans, the baseline first.
    #[serde(default)]
    pub plans: Vec<PlanChartData>,
    /// Chart width in CSS pixels (default 640; clamped to 280–1200).
    pub width: Option<u32>,
    /// Language of the chart's text.
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Response of `drawComparison`: the plans' coverage overlaid (SVG markup), empty when not `ok`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DrawComparisonResponse {
    /// True when the data could be drawn.
    pub ok: bool,
    /// The picture.
    pub svg: String,
    /// Why not.
    pub errors: Vec<FieldError>,
}

impl DrawComparisonResponse {
    /// Nothing drawn, and why.
    pub(crate) fn failed(errors: Vec<FieldError>) -> Self {
        DrawComparisonResponse { ok: false, svg: String::new(), errors }
    }
}

/// Which version of the numbers' layout [`chart_data`] writes (the first number).
const LAYOUT: i64 = 1;
/// A year's numbers: year, coverage, its band's low and high edge, budget, then one per source.
const PER_YEAR: usize = 5 + FundingSource::ALL.len();

fn flag(b: bool) -> Option<i64> {
    Some(i64::from(b))
}

/// What the charts of `s` projected as `p` are drawn from.
pub(crate) fn chart_data(s: &Scenario, p: &Projection) -> ChartData {
    let mut n = vec![Some(LAYOUT), Some(i64::from(s.base_year))];
    n.extend([s.target.map(|t| i64::from(t.year)), s.target.map(|t| t.bp), flag(s.settings.national_path), p.base_coverage_bp]);
    n.push(Some(p.years.len() as i64));
    for y in &p.years {
        n.extend([Some(i64::from(y.year)), y.coverage_bp, y.coverage_low_bp, y.coverage_high_bp, Some(y.budget.get())]);
        n.extend(FundingSource::ALL.map(|source| Some(crate::report::chart::source_amount(y, source))));
    }
    // Only the groups paired with a summary: the groups chart zips the two.
    let groups = s.groups.len().min(p.groups.len());
    n.push(Some(groups as i64));
    n.extend(p.groups.iter().take(groups).map(|g| Some(g.funder_cost.get())));
    ChartData { numbers: n, names: s.groups.iter().take(groups).map(|g| g.name.clone()).collect() }
}

/// Reads the numbers back in order, each checked against its range.
struct Numbers<'a>(std::slice::Iter<'a, Option<i64>>);

impl Numbers<'_> {
    fn maybe(&mut self, min: i64, max: i64) -> Result<Option<i64>, ()> {
        match self.0.next() {
            Some(Some(v)) if (min..=max).contains(v) => Ok(Some(*v)),
            Some(None) => Ok(None),
            _ => Err(()),
        }
    }
    fn one(&mut self, min: i64, max: i64) -> Result<i64, ()> {
        self.maybe(min, max)?.ok_or(())
    }
    fn year(&mut self) -> Result<i32, ()> {
        i32::try_from(self.one(1000, 9999)?).map_err(|_| ())
    }
    fn bp(&mut self) -> Result<Option<i64>, ()> {
        self.maybe(0, 10_000)
    }
    fn rupiah(&mut self) -> Result<Rupiah, ()> {
        Rupiah::new(self.one(0, MAX_RUPIAH)?).map_err(|_| ())
    }
}

/// The scenario and projection the charts read, from [`chart_data`]'s numbers (the fields the
/// charts do not read are left empty); `Err` for anything it did not write.
fn read_back(d: &ChartData) -> Result<(Scenario, Projection), ()> {
    let mut n = Numbers(d.numbers.iter());
    if n.one(LAYOUT, LAYOUT)? != LAYOUT {
        return Err(());
    }
    let base_year = n.year()?;
    let target = match (n.maybe(1000, 9999)?, n.bp()?) {
        (Some(year), Some(bp)) => Some(Target { bp, year: i32::try_from(year).map_err(|_| ())? }),
        (None, None) => None,
        _ => return Err(()),
    };
    let national_path = n.one(0, 1)? == 1;
    let base_coverage_bp = n.bp()?;
    let count = usize::try_from(n.one(0, MAX_YEARS)?).map_err(|_| ())?;
    if n.0.len() < count * PER_YEAR + 1 {
        return Err(()); // short: said before any year is read
    }
    let mut years = Vec::with_capacity(count);
    for _ in 0..count {
        let (year, coverage_bp, coverage_low_bp, coverage_high_bp, budget) = (n.year()?, n.bp()?, n.bp()?, n.bp()?, n.rupiah()?);
        let mut by_source = FundingSource::ALL.map(|s| (s, Rupiah::ZERO));
        for slot in &mut by_source {
            slot.1 = n.rupiah()?;
        }
        years.push(Year {
            year,
            workers: None,
            formal_covered: 0,
            informal_covered: 0,
            subsidised: 0,
            covered: 0,
            coverage_bp,
            coverage_low_bp,
            coverage_high_bp,
            gap: None,
            budget,
            budget_if_discounted: None,
            worker_paid: Rupiah::ZERO,
            by_source,
            by_group: Vec::new(),
            cumulative: Rupiah::ZERO,
            cost_per_extra: None,
            apbd_share_ppm: None,
        });
    }
    let groups = usize::try_from(n.one(0, MAX_GROUPS as i64)?).map_err(|_| ())?;
    if groups != d.names.len() || n.0.len() != groups {
        return Err(());
    }
    // Names as validation leaves them (most control characters are not allowed in the SVG's XML).
    if !d.names.iter().all(|name| is_clean_name(name)) {
        return Err(());
    }
    let mut summaries = Vec::with_capacity(groups);
    for _ in 0..groups {
        let funder_cost = n.rupiah()?;
        summaries.push(GroupSummary { subsidised: 0, monthly_premium: Rupiah::ZERO, annual_cost: funder_cost, funder_cost, year: None });
    }
    let group = |name: &String| Group {
        name: name.clone(),
        workers: 0,
        covered: 0,
        package: Package::Bpu { income: Rupiah::ZERO },
        worker_type: WorkerType::Other,
        months: 0,
        start_month: None,
        share_bp: 0,
        source: FundingSource::Other,
        start_year: base_year,
    };
    let settings = Settings { years: 0, growth_bp: 0, lapse_bp: [0; 3], new_enrolment: 0, apbd_total: None, national_path };
    let scenario = Scenario {
        name: String::new(),
        level: Level::Village,
        base_year,
        workforce: None,
        denominator: Denominator::Working,
        formal_covered: 0,
        informal_covered: 0,
        groups: d.names.iter().map(group).collect(),
        target,
        settings,
    };
    let projection =
        Projection { base_covered: 0, base_coverage_bp, years, groups: summaries, applied: Vec::new(), warnings: Vec::new(), capped: false };
    Ok((scenario, projection))
}

/// The refusal of data this crate did not write.
fn not_ours(field: &str) -> FieldError {
    FieldError::new(
        field,
        "invalid",
        "Data grafik ini bukan dari planView: hitung ulang rencananya.",
        "This chart data is not planView's: project the plan again.",
    )
}

/// Draws the planning view's three charts from `planView`'s (or `solveView`'s) `chartData`.
///
/// # Errors
/// None thrown: data it cannot draw comes back in `errors`.
pub fn draw_charts(req: &DrawChartsRequest) -> DrawChartsResponse {
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    let drawn = read_back(&req.data);
    let (Ok((s, p)), true) = (drawn, errors.is_empty()) else {
        if errors.is_empty() {
            errors.push(not_ours("data"));
        }
        return DrawChartsResponse::failed(errors);
    };
    let (width, lang) = (req.width.unwrap_or(640), req.lang.unwrap_or_default());
    DrawChartsResponse {
        ok: true,
        coverage: svg(Which::Coverage, &s, &p, width, lang),
        budget: svg(Which::Budget, &s, &p, width, lang),
        groups: svg(Which::Groups, &s, &p, width, lang),
        errors,
    }
}

/// Whether this module's `planView`, `solveView` and `compareView` draw their charts
/// themselves: everywhere but in the planning module and its panels' (built with `plan-view` or
/// `plan-tools` alone), whose charts `drawCharts` and `drawComparison` draw.
pub(crate) const DRAWN_HERE: bool = !(cfg!(feature = "plan-view") || cfg!(feature = "plan-tools")) || cfg!(feature = "plan");

/// Draws the comparison's chart (every plan's coverage overlaid) from `compareView`'s `chartData`.
///
/// # Errors
/// None thrown: data it cannot draw comes back in `errors`.
pub fn draw_comparison(req: &DrawComparisonRequest) -> DrawComparisonResponse {
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    if req.plans.is_empty() || req.plans.len() > 1 + super::MAX_ALTERNATIVES {
        errors.push(not_ours("plans"));
    }
    let mut read = Vec::with_capacity(req.plans.len());
    for (i, plan) in req.plans.iter().enumerate() {
        match read_back(&plan.data) {
            Ok(sp) if is_clean_name(&plan.name) => read.push((plan.name.as_str(), sp)),
            _ => errors.push(not_ours(&format!("plans.{i}"))),
        }
    }
    if !errors.is_empty() {
        return DrawComparisonResponse::failed(errors);
    }
    let plans: Vec<_> = read.iter().map(|(name, (s, p))| (*name, s, p)).collect();
    DrawComparisonResponse { ok: true, svg: plans_svg(&plans, req.width.unwrap_or(640), req.lang.unwrap_or_default()), errors }
}
