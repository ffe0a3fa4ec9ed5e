//! Chart text and legends: label sizes measured like every other label, text wrapped to a
//! width, and the one legend layout every chart uses — a strip below the plot, never over it.

use super::chart::{DrawResult, FONT, INK, LABEL};
use super::svg::text_width;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The label text's size in pixels as the SVG shows it.
pub(super) fn label_px() -> f64 {
    LABEL / 1.24
}

/// The height of one line of label text.
pub(super) fn line_h() -> i32 {
    (label_px() * 1.6).round() as i32
}

/// Width of `s` at the label size.
pub(super) fn label_w(s: &str) -> f64 {
    text_width(s, label_px())
}


/// `s` in lines no wider than `max_px` when drawn at `px` pixels, broken between words (a word
/// longer than a line is broken inside it). At most `max_lines` lines: only a text that does not
/// fit even then has its last line cut with "…".
pub(crate) fn wrap(s: &str, max_px: f64, px: f64, max_lines: usize) -> Vec<String> {
    let width = |t: &str| text_width(t, px);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let joined = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if width(&joined) <= max_px {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            if !line.is_empty() && width(&format!("{line}{c}")) > max_px {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && width(last) + width("…") > max_px {
                last.pop();
            }
            *last = format!("{}…", last.trim_end());
        }
    }
    lines
}

/// How a legend entry is marked.
#[derive(Debug, Clone, Copy)]
pub(super) enum Mark {
    /// A filled swatch.
    Fill(RGBAColor),
    /// A solid line.
    Line(RGBColor),
    /// A dashed line.
    Dashed(RGBColor),
}

/// A legend: each entry's label and mark.
pub(super) type Legend = Vec<(String, Mark)>;

/// Where a legend's entries go in a strip `width` pixels wide below a plot: for each entry the
/// x of its mark, the y of its first line and its label in lines (a label wider than the strip
/// wraps); and the strip's height (0 without entries). Entries flow left to right in rows.
pub(super) fn legend_layout(entries: &[(String, Mark)], width: u32) -> (Vec<(i32, i32, Vec<String>)>, i32) {
    if entries.is_empty() {
        return (Vec::new(), 0);
    }
    let w = i32::try_from(width).unwrap_or(i32::MAX);
    let lh = line_h();
    let room = f64::from((w - 12 - 28 - 12).max(60));
    let (mut x, mut top, mut row_lines) = (12, 2, 1);
    let mut out = Vec::new();
    for (label, _) in entries {
        let lines = wrap(label, room, label_px(), 3);
        let text = lines.iter().map(|l| label_w(l)).fold(0.0, f64::max).ceil() as i32;
        let item = 28 + text + 18;
        if x > 12 && x + item > w {
            (x, top, row_lines) = (12, top + row_lines * lh, 1);
        }
        row_lines = row_lines.max(i32::try_from(lines.len()).unwrap_or(1));
        out.push((x, top + lh / 2, lines));
        x += item;
    }
    (out, top + row_lines * lh + 6)
}

/// Splits `area` into the plot and, below it, the strip for `entries` (see [`legend_layout`]).
pub(super) fn split_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[(String, Mark)],
) -> (DrawingArea<DB, Shift>, DrawingArea<DB, Shift>) {
    let (w, h) = area.dim_in_pixel();
    let (_, legend_h) = legend_layout(entries, w);
    area.split_vertically(i32::try_from(h).unwrap_or(0) - legend_h)
}

/// Draws a legend in the strip below a plot, laid out by [`legend_layout`]; text is measured with
/// the backend's own metrics (plotters' series labels measure through the DOM on wasm; see [`Svg`](super::svg::Svg)).
pub(super) fn draw_legend_below<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, entries: &[(String, Mark)]) -> DrawResult<DB> {
    let (w, _) = area.dim_in_pixel();
    let (layout, _) = legend_layout(entries, w);
    let style = TextStyle::from((FONT, LABEL).into_font()).color(&INK).pos(Pos::new(HPos::Left, VPos::Center));
    for ((_, mark), (x, y, lines)) in entries.iter().zip(layout) {
        match *mark {
            Mark::Fill(c) => area.draw(&Rectangle::new([(x, y - 6), (x + 20, y + 6)], c.filled()))?,
            Mark::Line(c) => {
                area.draw(&PathElement::new(vec![(x, y), (x + 20, y)], ShapeStyle::from(&c).stroke_width(3)))?
            }
            Mark::Dashed(c) => {
                for dx in [0, 12] {
                    area.draw(&PathElement::new(
                        vec![(x + dx, y), (x + dx + 8, y)],
                        ShapeStyle::from(&c).stroke_width(2),
                    ))?;
                }
            }
        }
        for (k, line) in lines.into_iter().enumerate() {
            let dy = i32::try_from(k).unwrap_or(0) * line_h();
            area.draw(&Text::new(line, (x + 28, y + dy), style.clone()))?;
        }
    }
    Ok(())
}

