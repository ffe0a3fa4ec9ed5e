//! Charts: one drawing function per chart, generic over the plotters backend, so the same code
//! draws the SVG tested natively and the picture on the page. Colours are the Okabe–Ito palette
//! (safe for the common colour-vision deficiencies); lines also differ by dash and markers, so
//! colour is never the only cue. Text given to plotters is escaped by its SVG backend.
//!
//! Nothing is drawn over the data: every legend sits in a strip below its plot
//! (`legend::legend_layout`, one mechanism for every chart), the coverage axis is scaled to the values
//! drawn ([`coverage_axis_top`]), axis label areas are as wide as their widest label, and group
//! names wrap onto more lines instead of being cut.
//!
//! Each chart reads a domain projection with the scenario it came from. Coordinates are `f64`
//! (chart coordinates only); amounts stay whole rupiah everywhere else.

use super::legend::{draw_legend_below, label_px, label_w, legend_layout, line_h, split_legend, wrap, Legend, Mark};
use super::plot::{Axis, Triangle};
use super::svg::Svg;
use super::{pct, pct_short, source_label, t};
use crate::fmt::{rupiah_short, Lang};
use crate::plan::project::{Projection, Year};
use crate::plan::scenario::{FundingSource, Scenario};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Okabe–Ito colours, then two greys, one per funding source in [`FundingSource::ALL`] order.
pub(super) const PALETTE: [RGBColor; 10] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0xF0, 0xE4, 0x42),
    RGBColor(0x00, 0x00, 0x00),
    RGBColor(0x88, 0x88, 0x88),
    RGBColor(0x44, 0x44, 0x44),
];
pub(crate) const INK: RGBColor = RGBColor(0x1a, 0x1f, 0x1c);
pub(super) const GRID: RGBColor = RGBColor(0xdd, 0xe3, 0xe0);
/// The charts' font, as plotters' enum: naming it as text ("sans-serif") ran plotters' `FontFamily::from(&str)`,
/// whose `to_lowercase` shipped Unicode case tables (about 4 KB of the planning module).
pub(crate) const FONT: FontFamily<'static> = FontFamily::SansSerif;
/// plotters draws text at size ÷ 1.24; 16 gives 13 px labels, readable on a 360 px phone.
pub(crate) const LABEL: f64 = 16.0;

/// The palette colour for position `i` (wrapping).
pub(super) fn palette(i: usize) -> RGBColor {
    PALETTE.get(i % PALETTE.len()).copied().unwrap_or(INK)
}

/// What `source` pays in year `y` (zero when it pays nothing).
pub(crate) fn source_amount(y: &Year, source: FundingSource) -> i64 {
    y.by_source.iter().find(|(s, _)| *s == source).map_or(0, |(_, a)| a.get())
}

/// The funding sources that pay something in some year, in [`FundingSource::ALL`] order.
pub(crate) fn paying_sources(p: &Projection) -> Vec<FundingSource> {
    FundingSource::ALL.into_iter().filter(|s| p.years.iter().any(|y| source_amount(y, *s) != 0)).collect()
}

pub(crate) type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// The top of a coverage axis, in percent, for the highest value drawn (in basis points).
///
/// The axis runs from 0 to 100 % unless every value drawn — the line, the lapse band and the
/// target — is low: then it runs to the next multiple of 10 % at or above the highest value plus
/// 15 % of it as headroom, so a low line is never flattened against the axis (9,30 % → 0–20 %,
/// 45 % → 0–60 %, 80 % and above → 0–100 %). At least 0–10 %, at most 0–100 %. Computed in whole
/// basis points, so the same values always give the same axis.
pub fn coverage_axis_top(highest_bp: i64) -> i64 {
    // Percent = bp / 100; with 15 % headroom, bp × 1.15 / 100 = bp × 115 / 10 000; up to a
    // multiple of 10 %: ⌈bp × 115 / 100 000⌉ × 10.
    let tens = highest_bp.max(0).saturating_mul(115).saturating_add(99_999) / 100_000;
    (tens * 10).clamp(10, 100)
}

/// Every coverage value the coverage chart draws, in basis points.
fn coverage_values<'a>(s: &'a Scenario, p: &'a Projection) -> impl Iterator<Item = i64> + 'a {
    let years = p.years.iter().flat_map(|y| [y.coverage_bp, y.coverage_low_bp, y.coverage_high_bp]);
    let national = national_in_view(s, p).into_iter().map(|(_, bp)| bp);
    p.base_coverage_bp.into_iter().chain(years.flatten()).chain(s.target.map(|t| t.bp)).chain(national)
}

/// The national UCJ path's years within the projection's (when the target asks for it): what
/// the coverage chart draws beside the region's line, and its table lists.
pub fn national_in_view(s: &Scenario, p: &Projection) -> Vec<(i32, i64)> {
    if !s.settings.national_path || p.base_coverage_bp.is_none() {
        return Vec::new();
    }
    let last = p.years.last().map_or(s.base_year, |y| y.year);
    crate::regions::national::path_points().into_iter().filter(|(y, _)| (s.base_year..=last).contains(y)).collect()
}

/// Whether the projection has a lapse band to draw: one that is wider than the line in some
/// year (the batch's totals have none; a scenario without self-paying participants has none
/// wide enough to see, and a legend entry for it would point at nothing).
fn has_band(p: &Projection) -> bool {
    p.years.iter().any(|y| y.coverage_low_bp.is_some() && y.coverage_low_bp != y.coverage_high_bp)
}

/// A chart over years (x) and values (y), both `f64` coordinates.
type LineChart<'a, DB> = ChartContext<'a, DB, Cartesian2d<Axis, Axis>>;

/// A percentage axis from 0 to `top`: grid and labels (`20%`) on `plot`, the years along x.
pub(super) fn percent_mesh<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    first: i32,
    last: i32,
    top: i64,
) -> Result<LineChart<'_, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let mut chart = ChartBuilder::on(plot)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(44)
        .build_cartesian_2d(Axis::new(f64::from(first) - 0.3..f64::from(last) + 0.3), Axis::new(0.0..top as f64))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(usize::try_from((last - first + 1).clamp(2, 8)).unwrap_or(8))
        .x_label_formatter(&|x: &f64| format!("{}", x.round() as i64))
        .y_labels(6)
        .y_label_formatter(&|y: &f64| format!("{}%", y.round() as i64))
        .label_style((FONT, LABEL, &INK))
        .draw()?;
    Ok(chart)
}

/// The coverage chart's legend: the band (when there is one), the line, the target.
fn coverage_legend(s: &Scenario, p: &Projection, lang: Lang) -> Legend {
    let mut legend = Vec::new();
    if p.base_coverage_bp.is_none() {
        return legend;
    }
    if has_band(p) {
        legend.push((
            t(lang, "Rentang (laju berhenti rendah–tinggi)", "Band (low–high lapse)").to_string(),
            Mark::Fill(PALETTE[4].mix(0.25)),
        ));
    }
    legend.push((t(lang, "Cakupan (UCJ)", "Coverage (UCJ)").to_string(), Mark::Line(PALETTE[0])));
    if let Some(target) = s.target {
        let tp = target.bp as f64 / 100.0;
        legend.push((format!("Target {} ({})", pct_short(tp, lang), target.year), Mark::Dashed(PALETTE[5])));
    }
    if !national_in_view(s, p).is_empty() {
        legend.push((t(lang, "Jalur nasional (RPJMN, RPJPN)", "National path (RPJMN, RPJPN)").to_string(), Mark::Line(PALETTE[2])));
    }
    legend
}

/// Coverage path: the central projection, the lapse band around it, and the target.
pub fn draw_coverage<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Scenario,
    p: &Projection,
    lang: Lang,
) -> DrawResult<DB> {
    coverage_on(area, s, p, lang)?;
    area.present()
}

fn coverage_on<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Scenario,
    p: &Projection,
    lang: Lang,
) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let Some(base_pct) = pct(p.base_coverage_bp) else { return Ok(()) };
    let first = s.base_year;
    let last = p.years.last().map_or(first + 1, |y| y.year);
    let legend = coverage_legend(s, p, lang);
    let (plot, below) = split_legend(area, &legend);
    let top = coverage_axis_top(coverage_values(s, p).max().unwrap_or(0));
    let mut chart = percent_mesh(&plot, first, last, top)?;

    let at = |year: i32, bp: Option<i64>| pct(bp).map(|v| (f64::from(year), v));
    if has_band(p) {
        let mut band: Vec<(f64, f64)> = vec![(f64::from(first), base_pct)];
        band.extend(p.years.iter().filter_map(|y| at(y.year, y.coverage_high_bp)));
        let mut low: Vec<(f64, f64)> = p.years.iter().filter_map(|y| at(y.year, y.coverage_low_bp)).collect();
        low.reverse();
        band.extend(low);
        chart.draw_series(std::iter::once(Polygon::new(band, PALETTE[4].mix(0.25).filled())))?;
    }

    let mut central = vec![(f64::from(first), base_pct)];
    central.extend(p.years.iter().filter_map(|y| at(y.year, y.coverage_bp)));
    let line = ShapeStyle::from(&PALETTE[0]).stroke_width(3);
    chart.draw_series(LineSeries::new(central.clone(), line))?;
    chart.draw_series(central.iter().map(|(x, y)| Circle::new((*x, *y), 4, PALETTE[0].filled())))?;

    if let Some(target) = s.target {
        let (tp, ty) = (target.bp as f64 / 100.0, target.year);
        let dash = ShapeStyle::from(&PALETTE[5]).stroke_width(2);
        let from = f64::from(first);
        let to = f64::from(last.max(ty));
        chart.draw_series(DashedLineSeries::new(vec![(from, tp), (to, tp)], 8, 6, dash))?;
        if (first..=last).contains(&ty) {
            chart.draw_series(std::iter::once(Triangle::new((f64::from(ty), tp), 7, PALETTE[5])))?;
        }
    }
    let national: Vec<(f64, f64)> =
        national_in_view(s, p).into_iter().map(|(y, bp)| (f64::from(y), bp as f64 / 100.0)).collect();
    if !national.is_empty() {
        chart.draw_series(LineSeries::new(national.clone(), ShapeStyle::from(&PALETTE[2]).stroke_width(2)))?;
        chart.draw_series(national.iter().map(|(x, y)| Circle::new((*x, *y), 3, PALETTE[2].filled())))?;
    }
    draw_legend_below(&below, &legend)
}

/// The budget chart's legend: one swatch per paying source.
fn budget_legend(p: &Projection, lang: Lang) -> Legend {
    paying_sources(p)
        .into_iter()
        .enumerate()
        .map(|(i, source)| (source_label(source, lang).to_string(), Mark::Fill(source_colour(source, i).to_rgba())))
        .collect()
}

fn source_colour(source: FundingSource, i: usize) -> RGBColor {
    palette(FundingSource::ALL.iter().position(|s| *s == source).unwrap_or(i))
}

/// The width a value axis needs for its widest label among the ticks plotters draws on
/// `0..top` (at most `ticks` of them), with room for the tick marks.
fn value_axis_width(top: f64, ticks: usize, lang: Lang) -> u32 {
    let widest = Axis::new(0.0..top)
        .key_points(ticks)
        .iter()
        .map(|v| label_w(&rupiah_short(v.round() as i64, lang)))
        .fold(0.0, f64::max);
    (widest.ceil() as u32).saturating_add(16).max(44)
}

/// Budget per year, stacked by funding source.
pub fn draw_budget<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, p: &Projection, lang: Lang) -> DrawResult<DB> {
    budget_on(area, p, lang)?;
    area.present()
}

fn budget_on<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, p: &Projection, lang: Lang) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let (Some(first), Some(last)) = (p.years.first(), p.years.last()) else { return Ok(()) };
    // Without any budget the axis still runs to Rp 1 juta, so its labels are distinct amounts.
    let top = match p.years.iter().map(|y| y.budget.get()).max().unwrap_or(0) {
        0 => 1_000_000.0,
        most => most as f64 * 1.1,
    };
    let sources = paying_sources(p);
    let legend = budget_legend(p, lang);
    let (plot, below) = split_legend(area, &legend);
    let mut chart = ChartBuilder::on(&plot)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(value_axis_width(top, 5, lang))
        .build_cartesian_2d(Axis::new(f64::from(first.year) - 0.6..f64::from(last.year) + 0.6), Axis::new(0.0..top))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(p.years.len().clamp(2, 8))
        .x_label_formatter(&|x: &f64| format!("{}", x.round() as i64))
        .y_labels(5)
        .y_label_formatter(&|v: &f64| rupiah_short(v.round() as i64, lang))
        .label_style((FONT, LABEL, &INK))
        .draw()?;
    let width = if p.years.len() > 15 { 0.3 } else { 0.36 };
    for (i, source) in sources.iter().enumerate() {
        let colour = source_colour(*source, i);
        let bars = p.years.iter().filter_map(|y| {
            let below: i64 = sources.iter().take(i).map(|s| source_amount(y, *s)).sum();
            let own = Some(source_amount(y, *source)).filter(|a| *a != 0)?;
            let x = f64::from(y.year);
            Some(Rectangle::new([(x - width, below as f64), (x + width, (below + own) as f64)], colour.filled()))
        });
        chart.draw_series(bars)?;
    }
    draw_legend_below(&below, &legend)
}

/// Most groups drawn by name; the rest are summed as one bar.
const MAX_BARS: usize = 8;

/// Most lines a group's name takes in the cost-per-group chart (only a name longer than that,
/// over 60 characters at the narrowest, is cut with "…" on its last line).
const MAX_NAME_LINES: usize = 3;

/// Puts the `MAX_BARS` largest bars first, largest first, equal ones in their order (the rest,
/// summed into one bar, in any order): a selection of the few shown, in `groups × MAX_BARS`
/// steps, instead of std's stable sort, which is 4 KB of the planning module (issue 17).
fn largest_first(bars: &mut [(String, i64)]) {
    for k in 0..bars.len().min(MAX_BARS) {
        let mut best = k;
        for (i, b) in bars.iter().enumerate().skip(k + 1) {
            if bars.get(best).is_some_and(|top| b.1 > top.1) {
                best = i;
            }
        }
        if let Some(moved) = bars.get_mut(k..=best) {
            moved.rotate_right(1);
        }
    }
}

/// Each paid group's yearly cost to its funder, largest first, the smallest summed as one bar.
fn group_bars(s: &Scenario, p: &Projection, lang: Lang) -> Vec<(String, i64)> {
    let mut bars: Vec<(String, i64)> = s
        .groups
        .iter()
        .zip(&p.groups)
        .filter(|(_, sum)| sum.funder_cost.get() > 0)
        .map(|(g, sum)| (g.name.clone(), sum.funder_cost.get()))
        .collect();
    largest_first(&mut bars);
    if bars.len() > MAX_BARS {
        let rest: i64 = bars.iter().skip(MAX_BARS - 1).map(|b| b.1).sum();
        let n = bars.len() - (MAX_BARS - 1);
        bars.truncate(MAX_BARS - 1);
        bars.push((format!("{n} {}", t(lang, "kelompok lain", "other groups")), rest));
    }
    bars
}

/// The width of the group names' column at a chart width.
fn name_column(width: u32) -> u32 {
    (f64::from(width) * 0.38).clamp(110.0, 220.0) as u32
}

/// Each bar's name in lines that fit the names' column of a chart `width` wide.
fn group_names(bars: &[(String, i64)], width: u32) -> Vec<Vec<String>> {
    let room = f64::from(name_column(width)) - 14.0;
    bars.iter().map(|(name, _)| wrap(name, room, label_px(), MAX_NAME_LINES)).collect()
}

/// The height of one bar's row: room for the longest name's lines.
fn group_row_h(names: &[Vec<String>]) -> u32 {
    let lines = names.iter().map(Vec::len).max().unwrap_or(1);
    let lh = u32::try_from(line_h()).unwrap_or(21);
    (u32::try_from(lines).unwrap_or(1) * lh + 12).max(34)
}

/// Yearly cost per group (first paid year), largest first.
pub fn draw_groups<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Scenario,
    p: &Projection,
    lang: Lang,
) -> DrawResult<DB> {
    groups_on(area, s, p, lang)?;
    area.present()
}

fn groups_on<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Scenario,
    p: &Projection,
    lang: Lang,
) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let bars = group_bars(s, p, lang);
    let Some((_, largest)) = bars.first() else {
        return Ok(());
    };
    let top = (*largest).max(1) as f64 * 1.1;
    let n = bars.len();
    let (w, _) = area.dim_in_pixel();
    let names = group_names(&bars, w);
    let x_ticks = if w < 520 { 2 } else { 4 };
    // The last value label is centred on its tick: leave room for its half on the right.
    let right = Axis::new(0.0..top)
        .key_points(x_ticks)
        .last()
        .map_or(12.0, |v| label_w(&rupiah_short(v.round() as i64, lang)) / 2.0 + 4.0)
        .max(12.0);
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .margin_right(right.ceil() as i32)
        .x_label_area_size(28)
        .y_label_area_size(name_column(w))
        .build_cartesian_2d(Axis::new(0.0..top), Axis::new(-0.5..n as f64 - 0.5))?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(x_ticks)
        .x_label_formatter(&|v: &f64| rupiah_short(v.round() as i64, lang))
        // The names are drawn below, in lines; plotters' labels are one line each.
        .y_labels(0)
        .label_style((FONT, LABEL, &INK))
        .draw()?;
    chart.draw_series(bars.iter().enumerate().map(|(i, (_, v))| {
        let y = (n - 1 - i) as f64;
        Rectangle::new([(0.0, y - 0.32), (*v as f64, y + 0.32)], PALETTE[0].filled())
    }))?;
    // The names, whole, in lines centred on their bars, each bar with its tick.
    let (bx, by) = area.get_base_pixel();
    let style = TextStyle::from((FONT, LABEL).into_font()).color(&INK).pos(Pos::new(HPos::Right, VPos::Center));
    for (i, lines) in names.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(0.0, (n - 1 - i) as f64));
        area.draw(&PathElement::new(vec![(x - bx - 6, y - by), (x - bx - 1, y - by)], ShapeStyle::from(&INK)))?;
        let count = i32::try_from(lines.len()).unwrap_or(1);
        for (k, line) in lines.iter().enumerate() {
            let dy = (2 * i32::try_from(k).unwrap_or(0) - (count - 1)) * line_h() / 2;
            area.draw(&Text::new(line.clone(), (x - bx - 10, y - by + dy), style.clone()))?;
        }
    }
    Ok(())
}

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Coverage path vs target with the lapse band.
    Coverage,
    /// Budget per year by funding source.
    Budget,
    /// Cost per group.
    Groups,
}

/// The height of a line chart's plot with its axes at `width` (the legend comes on top of it).
pub(super) fn plot_height(width: u32) -> u32 {
    (width * 3 / 5).clamp(240, 420)
}

/// The height of a chart drawn `width` wide (already clamped): the plot with its axes, and the
/// legend below it; the groups chart grows with its bars and their names' lines.
pub(crate) fn height(which: Which, s: &Scenario, p: &Projection, width: u32, lang: Lang) -> u32 {
    let legend = |entries: &[(String, Mark)]| u32::try_from(legend_layout(entries, width).1).unwrap_or(0);
    match which {
        Which::Coverage => plot_height(width) + legend(&coverage_legend(s, p, lang)),
        Which::Budget => plot_height(width) + legend(&budget_legend(p, lang)),
        Which::Groups => {
            let bars = group_bars(s, p, lang);
            let names = group_names(&bars, width);
            (u32::try_from(bars.len()).unwrap_or(0) * group_row_h(&names) + 70).max(140)
        }
    }
}

/// The width a chart is drawn at for a requested `width`.
pub(crate) fn clamp_width(width: u32) -> u32 {
    width.clamp(280, 1200)
}

/// Draws `which` on `area` without finishing the picture (so a download can add to it).
pub(crate) fn draw_on<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    which: Which,
    s: &Scenario,
    p: &Projection,
    lang: Lang,
) -> DrawResult<DB> {
    match which {
        Which::Coverage => coverage_on(area, s, p, lang),
        Which::Budget => budget_on(area, p, lang),
        Which::Groups => groups_on(area, s, p, lang),
    }
}

/// A chart as SVG, drawn at `width` × a height that suits it.
pub fn svg(which: Which, s: &Scenario, p: &Projection, width: u32, lang: Lang) -> String {
    let width = clamp_width(width);
    let height = height(which, s, p, width, lang);
    let mut out = String::new();
    {
        let root = Svg::new(&mut out, (width, height)).into_drawing_area();
        // Drawing errors only come from the backend; an empty picture is the honest fallback.
        let _ = draw_on(&root, which, s, p, lang).and_then(|()| root.present());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{largest_first, MAX_BARS};

    #[test]
    fn the_largest_bars_come_first_and_equal_ones_keep_their_order() {
        let bar = |n: &str, v: i64| (n.to_owned(), v);
        let mut few = vec![bar("a", 1), bar("b", 3), bar("c", 1), bar("d", 3), bar("e", 2)];
        largest_first(&mut few);
        assert_eq!(few, vec![bar("b", 3), bar("d", 3), bar("e", 2), bar("a", 1), bar("c", 1)]);
        let mut many: Vec<(String, i64)> = (0..1_000).map(|i| (format!("g{i}"), (i * 7919) % 1_000)).collect();
        let mut sorted = many.clone();
        sorted.sort_by_key(|b| std::cmp::Reverse(b.1));
        largest_first(&mut many);
        assert_eq!(many.get(..MAX_BARS), sorted.get(..MAX_BARS));
        many.sort();
        sorted.sort();
        assert_eq!(many, sorted, "the same bars");
    }
}
