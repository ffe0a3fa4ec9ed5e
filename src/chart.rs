//! Charts: one drawing function per chart, generic over the plotters backend, so the same code
//! draws the SVG tested natively and the picture on the page. Colours are the Okabe–Ito palette
//! (safe for the common colour-vision deficiencies); lines also differ by dash and markers, so
//! colour is never the only cue. Text given to plotters is escaped by its SVG backend.
//!
//! Coordinates are `f64` (chart coordinates only); amounts stay whole rupiah everywhere else.

use crate::api::plan::ProjectResponse;
use crate::fmt::{rupiah_short, scaled, Lang};
use crate::plan::scenario::FundingSource;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend as Backend, DrawingErrorKind,
};

/// Width of a character in ems for a generic sans-serif (Helvetica/Arial metrics, rounded).
fn char_em(c: char) -> f64 {
    match c {
        '0'..='9' | '$' | '_' => 0.556,
        ' ' | '.' | ',' | ':' | ';' | '!' | '\'' | '|' | 'i' | 'j' | 'l' | 'I' => 0.278,
        'f' | 't' | '/' | '(' | ')' | '[' | ']' | '-' | 'r' => 0.333,
        'm' | 'M' | '%' | 'W' => 0.889,
        'w' | '—' | '…' => 0.75,
        'A'..='Z' => 0.667,
        'a'..='z' => 0.52,
        _ => 0.6,
    }
}

/// An SVG backend that measures text itself, the same way natively and in the browser.
///
/// plotters on wasm measures text by adding a styled `<span>` to the page for every label:
/// that breaks a strict Content-Security-Policy (no inline styles), forces a layout per label,
/// and panics where there is no `document` (Node, Web Workers). Estimating from character
/// widths makes the picture identical everywhere, so the golden SVGs are what the page shows.
pub struct Svg<'a>(SVGBackend<'a>);

impl<'a> Svg<'a> {
    /// An SVG of `size` pixels written into `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        Svg(SVGBackend::with_string(out, size))
    }
}

type BackendResult<E> = Result<(), DrawingErrorKind<E>>;

impl Backend for Svg<'_> {
    type ErrorType = <SVGBackend<'static> as Backend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }
    fn ensure_prepared(&mut self) -> BackendResult<Self::ErrorType> {
        self.0.ensure_prepared()
    }
    fn present(&mut self) -> BackendResult<Self::ErrorType> {
        self.0.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> BackendResult<Self::ErrorType> {
        self.0.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> BackendResult<Self::ErrorType> {
        self.0.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> BackendResult<Self::ErrorType> {
        self.0.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> BackendResult<Self::ErrorType> {
        self.0.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> BackendResult<Self::ErrorType> {
        self.0.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> BackendResult<Self::ErrorType> {
        self.0.fill_polygon(vert, style)
    }
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> BackendResult<Self::ErrorType> {
        self.0.draw_text(text, style, pos)
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let size = style.size();
        let width: f64 = text.chars().map(char_em).sum::<f64>() * size;
        Ok((width.ceil() as u32, (size * 1.2).ceil() as u32))
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> BackendResult<Self::ErrorType> {
        self.0.blit_bitmap(pos, size, src)
    }
}

/// Okabe–Ito colours, then two greys, one per funding source in [`FundingSource::ALL`] order.
const PALETTE: [RGBColor; 10] = [
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
const INK: RGBColor = RGBColor(0x1a, 0x1f, 0x1c);
const GRID: RGBColor = RGBColor(0xdd, 0xe3, 0xe0);
const FONT: &str = "sans-serif";
/// plotters draws text at size ÷ 1.24; 16 gives 13 px labels, readable on a 360 px phone.
const LABEL: f64 = 16.0;

/// A funding source's name.
pub fn source_label(s: FundingSource, lang: Lang) -> &'static str {
    use FundingSource::*;
    match (s, lang) {
        (Apbn, _) => "APBN",
        (ApbdProvince, Lang::Id) => "APBD provinsi",
        (ApbdProvince, Lang::En) => "Provincial APBD",
        (ApbdRegency, Lang::Id) => "APBD kabupaten/kota",
        (ApbdRegency, Lang::En) => "Regency/city APBD",
        (Apbdes, Lang::Id) => "APBDes / Dana Desa",
        (Apbdes, Lang::En) => "Village budget / Dana Desa",
        (Dbhcht, _) => "DBHCHT",
        (DbhSawit, _) => "DBH Sawit",
        (Otsus, Lang::Id) => "Dana Otsus",
        (Otsus, Lang::En) => "Special autonomy fund",
        (Csr, _) => "CSR",
        (Zakat, _) => "Zakat (BAZNAS)",
        (Other, Lang::Id) => "Lainnya",
        (Other, Lang::En) => "Other",
    }
}

fn pct(v: f64, lang: Lang) -> String {
    // Display only: two decimals from a value that came from whole basis points.
    format!("{}%", scaled((v * 100.0).round() as i64, 2, lang))
}

fn pct_short(v: f64, lang: Lang) -> String {
    let s = pct(v, lang);
    let dec = if lang == Lang::Id { ",00%" } else { ".00%" };
    s.strip_suffix(dec).map_or(s.clone(), |w| format!("{w}%"))
}

fn t<'a>(lang: Lang, id: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// How a legend entry is marked.
#[derive(Debug, Clone, Copy)]
enum Mark {
    /// A filled swatch.
    Fill(RGBAColor),
    /// A solid line.
    Line(RGBColor),
    /// A dashed line.
    Dashed(RGBColor),
}

/// Where a legend sits inside the plot.
#[derive(Debug, Clone, Copy)]
enum Corner {
    UpperLeft,
    LowerRight,
}

/// Draws a legend box in a corner of the plot, measuring text with [`char_em`] (plotters' own
/// series labels measure through the DOM on wasm; see [`Svg`]).
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: (std::ops::Range<i32>, std::ops::Range<i32>),
    corner: Corner,
    entries: &[(String, Mark)],
) -> DrawResult<DB> {
    if entries.is_empty() {
        return Ok(());
    }
    let px = LABEL / 1.24;
    let line_h = (px * 1.6).round() as i32;
    let text_w = entries.iter().map(|(t, _)| t.chars().map(char_em).sum::<f64>() * px).fold(0.0, f64::max);
    let w = 8 + 20 + 8 + text_w.ceil() as i32 + 8;
    let h = 6 + line_h * entries.len() as i32;
    let (x0, y0) = match corner {
        Corner::UpperLeft => (plot.0.start + 8, plot.1.start + 6),
        Corner::LowerRight => (plot.0.end - w - 8, plot.1.end - h - 6),
    };
    root.draw(&Rectangle::new([(x0, y0), (x0 + w, y0 + h)], WHITE.mix(0.9).filled()))?;
    root.draw(&Rectangle::new([(x0, y0), (x0 + w, y0 + h)], ShapeStyle::from(&GRID)))?;
    for (i, (label, mark)) in entries.iter().enumerate() {
        let y = y0 + 3 + line_h * i as i32 + line_h / 2;
        let (mx, tx) = (x0 + 8, x0 + 8 + 20 + 8);
        match *mark {
            Mark::Fill(c) => root.draw(&Rectangle::new([(mx, y - 6), (mx + 20, y + 6)], c.filled()))?,
            Mark::Line(c) => {
                root.draw(&PathElement::new(vec![(mx, y), (mx + 20, y)], ShapeStyle::from(&c).stroke_width(3)))?
            }
            Mark::Dashed(c) => {
                for dx in [0, 12] {
                    root.draw(&PathElement::new(
                        vec![(mx + dx, y), (mx + dx + 8, y)],
                        ShapeStyle::from(&c).stroke_width(2),
                    ))?;
                }
            }
        }
        let style = TextStyle::from((FONT, LABEL).into_font()).color(&INK).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(label.clone(), (tx, y), style))?;
    }
    Ok(())
}

/// Coverage path: the central projection, the lapse band around it, and the target.
pub fn draw_coverage<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    p: &ProjectResponse,
    lang: Lang,
) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let Some(base) = &p.base else { return Ok(()) };
    let Some(base_pct) = base.coverage_pct else { return Ok(()) };
    let first = base.year;
    let last = p.years.last().map_or(first + 1, |y| y.year);
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(44)
        .build_cartesian_2d(f64::from(first) - 0.3..f64::from(last) + 0.3, 0.0..100.0)?;
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

    let at = |year: i32, v: Option<f64>| v.map(|v| (f64::from(year), v));
    let mut band: Vec<(f64, f64)> = vec![(f64::from(first), base_pct)];
    band.extend(p.years.iter().filter_map(|y| at(y.year, y.coverage_high_pct)));
    let mut low: Vec<(f64, f64)> = p.years.iter().filter_map(|y| at(y.year, y.coverage_low_pct)).collect();
    low.reverse();
    band.extend(low);
    chart.draw_series(std::iter::once(Polygon::new(band, PALETTE[4].mix(0.25).filled())))?;
    let mut legend = vec![
        (
            t(lang, "Rentang (laju berhenti rendah–tinggi)", "Band (low–high lapse)").to_string(),
            Mark::Fill(PALETTE[4].mix(0.25)),
        ),
        (t(lang, "Cakupan (UCJ)", "Coverage (UCJ)").to_string(), Mark::Line(PALETTE[0])),
    ];

    let mut central = vec![(f64::from(first), base_pct)];
    central.extend(p.years.iter().filter_map(|y| at(y.year, y.coverage_pct)));
    let line = ShapeStyle::from(&PALETTE[0]).stroke_width(3);
    chart.draw_series(LineSeries::new(central.clone(), line))?;
    chart.draw_series(central.iter().map(|(x, y)| Circle::new((*x, *y), 4, PALETTE[0].filled())))?;

    if let (Some(tp), Some(ty)) = (base.target_pct, base.target_year) {
        let dash = ShapeStyle::from(&PALETTE[5]).stroke_width(2);
        let from = f64::from(first);
        let to = f64::from(last.max(ty));
        chart.draw_series(DashedLineSeries::new(vec![(from, tp), (to, tp)], 8, 6, dash))?;
        legend.push((format!("Target {} ({ty})", pct_short(tp, lang)), Mark::Dashed(PALETTE[5])));
        if (first..=last).contains(&ty) {
            chart.draw_series(std::iter::once(TriangleMarker::new((f64::from(ty), tp), 7, PALETTE[5].filled())))?;
        }
    }
    draw_legend(area, chart.plotting_area().get_pixel_range(), Corner::LowerRight, &legend)?;
    area.present()
}

/// Budget per year, stacked by funding source.
pub fn draw_budget<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    p: &ProjectResponse,
    lang: Lang,
) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let (Some(first), Some(last)) = (p.years.first(), p.years.last()) else { return Ok(()) };
    let top = p.years.iter().map(|y| y.budget.get()).max().unwrap_or(0).max(1) as f64 * 1.3;
    let sources: Vec<FundingSource> = FundingSource::ALL
        .into_iter()
        .filter(|s| p.years.iter().any(|y| y.budget_by_source.iter().any(|b| b.source == *s)))
        .collect();
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(84)
        .build_cartesian_2d(f64::from(first.year) - 0.6..f64::from(last.year) + 0.6, 0.0..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(usize::try_from(p.years.len().clamp(2, 8)).unwrap_or(8))
        .x_label_formatter(&|x: &f64| format!("{}", x.round() as i64))
        .y_labels(5)
        .y_label_formatter(&|v: &f64| rupiah_short(v.round() as i64, lang))
        .label_style((FONT, LABEL, &INK))
        .draw()?;
    let width = if p.years.len() > 15 { 0.3 } else { 0.36 };
    let mut legend = Vec::new();
    for (i, source) in sources.iter().enumerate() {
        let colour = PALETTE[FundingSource::ALL.iter().position(|s| s == source).unwrap_or(i) % PALETTE.len()];
        let bars = p.years.iter().filter_map(|y| {
            let below: i64 = y
                .budget_by_source
                .iter()
                .filter(|b| sources.iter().position(|s| *s == b.source) < Some(i))
                .map(|b| b.amount.get())
                .sum();
            let own = y.budget_by_source.iter().find(|b| b.source == *source)?.amount.get();
            let x = f64::from(y.year);
            Some(Rectangle::new([(x - width, below as f64), (x + width, (below + own) as f64)], colour.filled()))
        });
        chart.draw_series(bars)?;
        legend.push((source_label(*source, lang).to_string(), Mark::Fill(colour.to_rgba())));
    }
    draw_legend(area, chart.plotting_area().get_pixel_range(), Corner::UpperLeft, &legend)?;
    area.present()
}

/// Most groups drawn by name; the rest are summed as one bar.
const MAX_BARS: usize = 8;

fn group_bars(p: &ProjectResponse, lang: Lang) -> Vec<(String, i64)> {
    let mut bars: Vec<(String, i64)> =
        p.groups.iter().filter(|g| g.funder_cost.get() > 0).map(|g| (g.name.clone(), g.funder_cost.get())).collect();
    bars.sort_by(|a, b| b.1.cmp(&a.1));
    if bars.len() > MAX_BARS {
        let rest: i64 = bars[MAX_BARS - 1..].iter().map(|b| b.1).sum();
        let n = bars.len() - (MAX_BARS - 1);
        bars.truncate(MAX_BARS - 1);
        bars.push((format!("{n} {}", t(lang, "kelompok lain", "other groups")), rest));
    }
    bars
}

/// `s` cut (with "…") to fit `max_px` at the label size, measured like every other label.
fn fit(s: &str, max_px: f64) -> String {
    let px = LABEL / 1.24;
    let width = |t: &str| t.chars().map(char_em).sum::<f64>() * px;
    if width(s) <= max_px {
        return s.to_string();
    }
    let mut out: String = s.chars().collect();
    while !out.is_empty() && width(&out) + width("…") > max_px {
        out.pop();
    }
    format!("{}…", out.trim_end())
}

/// Yearly cost per group (first paid year), largest first.
pub fn draw_groups<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    p: &ProjectResponse,
    lang: Lang,
) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let bars = group_bars(p, lang);
    if bars.is_empty() {
        return area.present();
    }
    let top = bars[0].1.max(1) as f64 * 1.1;
    let n = bars.len();
    let (w, _) = area.dim_in_pixel();
    let label_width = (f64::from(w) * 0.38).clamp(110.0, 220.0) as u32;
    let names: Vec<String> = bars.iter().map(|b| fit(&b.0, f64::from(label_width) - 14.0)).collect();
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(label_width)
        .build_cartesian_2d(0.0..top, -0.5..n as f64 - 0.5)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(if w < 520 { 2 } else { 4 })
        .x_label_formatter(&|v: &f64| rupiah_short(v.round() as i64, lang))
        .y_labels(n)
        .y_label_formatter(&|y: &f64| {
            let i = y.round();
            if (y - i).abs() > 0.01 || i < 0.0 {
                return String::new();
            }
            names.get(n - 1 - i as usize).cloned().unwrap_or_default()
        })
        .label_style((FONT, LABEL, &INK))
        .draw()?;
    chart.draw_series(bars.iter().enumerate().map(|(i, (_, v))| {
        let y = (n - 1 - i) as f64;
        Rectangle::new([(0.0, y - 0.32), (*v as f64, y + 0.32)], PALETTE[0].filled())
    }))?;
    area.present()
}

/// The three charts as SVG, drawn at `width` × a height that suits it.
pub fn svg(which: Which, p: &ProjectResponse, width: u32, lang: Lang) -> String {
    let width = width.clamp(280, 1200);
    let height = match which {
        Which::Groups => (group_bars(p, lang).len() as u32 * 34 + 70).clamp(140, 420),
        _ => (width * 3 / 5).clamp(240, 420),
    };
    let mut out = String::new();
    {
        let root = Svg::new(&mut out, (width, height)).into_drawing_area();
        // Drawing errors only come from the backend; an empty picture is the honest fallback.
        let _ = match which {
            Which::Coverage => draw_coverage(&root, p, lang),
            Which::Budget => draw_budget(&root, p, lang),
            Which::Groups => draw_groups(&root, p, lang),
        };
    }
    out
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

/// One-sentence summary of the coverage chart.
pub fn coverage_summary(p: &ProjectResponse, lang: Lang) -> String {
    let Some(base) = &p.base else { return String::new() };
    let (Some(from), Some(last)) = (base.coverage_pct, p.years.last()) else {
        return t(
            lang,
            "Jumlah pekerja belum diisi, jadi cakupan (UCJ) tidak dihitung.",
            "No workforce total, so coverage (UCJ) is not computed.",
        )
        .into();
    };
    let to = last.coverage_pct.unwrap_or(from);
    let verb = match (to > from, lang) {
        (true, Lang::Id) => "naik",
        (false, Lang::Id) => "berubah",
        (true, Lang::En) => "rises",
        (false, Lang::En) => "goes",
    };
    let mut s = match lang {
        Lang::Id => {
            format!("Cakupan {verb} dari {} ({}) ke {} pada {}", pct(from, lang), base.year, pct(to, lang), last.year)
        }
        Lang::En => {
            format!("Coverage {verb} from {} ({}) to {} by {}", pct(from, lang), base.year, pct(to, lang), last.year)
        }
    };
    if let (Some(tp), Some(ty)) = (base.target_pct, base.target_year) {
        let at = p.years.iter().find(|y| y.year == ty);
        match at.and_then(|y| y.gap) {
            Some(0) => s.push_str(&match lang {
                Lang::Id => format!("; target {} pada {ty} tercapai", pct_short(tp, lang)),
                Lang::En => format!("; the {} target for {ty} is met", pct_short(tp, lang)),
            }),
            Some(gap) => s.push_str(&match lang {
                Lang::Id => format!(
                    "; target {} pada {ty} masih kurang {} pekerja",
                    pct_short(tp, lang),
                    crate::fmt::group(gap, lang)
                ),
                Lang::En => format!(
                    "; the {} target for {ty} is {} workers short",
                    pct_short(tp, lang),
                    crate::fmt::group(gap, lang)
                ),
            }),
            None => {}
        }
    }
    s.push('.');
    s
}

/// One-sentence summary of the budget chart.
pub fn budget_summary(p: &ProjectResponse, lang: Lang) -> String {
    let Some(last) = p.years.last() else { return String::new() };
    let Some(first) = p.years.iter().find(|y| y.budget.get() > 0) else {
        return t(
            lang,
            "Belum ada kelompok sasaran yang dibayar, jadi anggaran Rp 0.",
            "No target group is paid yet, so the budget is Rp 0.",
        )
        .into();
    };
    let paid: Vec<_> = p.years.iter().filter(|y| y.year >= first.year).collect();
    let peak = paid.iter().copied().fold(first, |a, y| if y.budget.get() > a.budget.get() { y } else { a });
    let flat = paid.iter().all(|y| y.budget == first.budget);
    let total = rupiah_short(last.cumulative_budget.get(), lang);
    let n = p.years.len();
    let amount = |y: &crate::api::plan::YearOut| rupiah_short(y.budget.get(), lang);
    match (lang, flat) {
        (Lang::Id, true) => {
            format!("Butuh {} per tahun mulai {}; seluruhnya {total} selama {n} tahun.", amount(first), first.year)
        }
        (Lang::En, true) => {
            format!("Needs {} a year from {}; {total} in all over {n} years.", amount(first), first.year)
        }
        (Lang::Id, false) => format!(
            "Butuh {} pada {}, paling besar {} pada {}; seluruhnya {total} selama {n} tahun.",
            amount(first),
            first.year,
            amount(peak),
            peak.year
        ),
        (Lang::En, false) => format!(
            "Needs {} in {}, at most {} in {}; {total} in all over {n} years.",
            amount(first),
            first.year,
            amount(peak),
            peak.year
        ),
    }
}

/// One-sentence summary of the cost-per-group chart.
pub fn groups_summary(p: &ProjectResponse, lang: Lang) -> String {
    let total: i64 = p.groups.iter().map(|g| g.funder_cost.get()).sum();
    let Some(top) = p.groups.iter().max_by_key(|g| g.funder_cost.get()).filter(|g| g.funder_cost.get() > 0) else {
        return t(lang, "Belum ada kelompok sasaran.", "No target groups yet.").into();
    };
    let share = crate::plan::project::ratio_bp(top.funder_cost.get(), total).unwrap_or(0);
    match lang {
        Lang::Id => format!(
            "Biaya terbesar: {}, {} per tahun ({} dari biaya {} kelompok).",
            top.name,
            rupiah_short(top.funder_cost.get(), lang),
            pct_short(share as f64 / 100.0, lang),
            p.groups.len()
        ),
        Lang::En => format!(
            "Largest cost: {}, {} a year ({} of the cost of {} groups).",
            top.name,
            rupiah_short(top.funder_cost.get(), lang),
            pct_short(share as f64 / 100.0, lang),
            p.groups.len()
        ),
    }
}
