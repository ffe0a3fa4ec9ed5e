//! An SVG backend for plotters that measures its own text, so charts are drawn the same natively,
//! in the page and in a Web Worker (and the golden SVGs are byte for byte what the page shows).
//!
//! It writes the SVG itself, element for element as plotters-svg 0.3.7 does, except that the two
//! decimal attributes (a font's size, a colour's opacity) are written from integers: plotters-svg
//! formats them as `f64`, which shipped Rust's float formatting (flt2dec, about 14 KB of the
//! planning module) for one number, `font-size="12.903225806451614"`, now `12.9` (issue 17).

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend as Backend, DrawingErrorKind, FontStyle,
    FontTransform,
};
use std::fmt::Write as _;

/// Width of a character in ems for a generic sans-serif (Helvetica/Arial metrics, rounded).
pub(crate) fn char_em(c: char) -> f64 {
    match c {
        '0'..='9' | '$' | '_' => 0.556,
        ' ' | '\u{a0}' | '.' | ',' | ':' | ';' | '!' | '\'' | '|' | 'i' | 'j' | 'l' | 'I' => 0.278,
        'f' | 't' | '/' | '(' | ')' | '[' | ']' | '-' | 'r' => 0.333,
        'm' | 'M' | '%' | 'W' => 0.889,
        'w' | '—' | '…' => 0.75,
        'A'..='Z' => 0.667,
        'a'..='z' => 0.52,
        _ => 0.6,
    }
}

/// Width in pixels of `s` drawn at `px` pixels (the size the SVG shows, not plotters' size).
pub fn text_width(s: &str, px: f64) -> f64 {
    s.chars().map(char_em).sum::<f64>() * px
}

/// An SVG backend that measures text itself, the same way natively and in the browser.
///
/// plotters on wasm measures text by adding a styled `<span>` to the page for every label:
/// that breaks a strict Content-Security-Policy (no inline styles), forces a layout per label,
/// and panics where there is no `document` (Node, Web Workers). Estimating from character
/// widths makes the picture identical everywhere, so the golden SVGs are what the page shows.
pub struct Svg<'a> {
    out: &'a mut String,
    size: (u32, u32),
    /// Whether the `<svg>` element is still open (closed by `present`, or when dropped).
    open: bool,
}

impl<'a> Svg<'a> {
    /// An SVG of `size` pixels written into `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let (w, h) = size;
        let _ = writeln!(out, r#"<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">"#);
        Svg { out, size, open: true }
    }

    /// Opens an element and writes its attributes: `<name a="v" …`.
    fn open(&mut self, name: &str) {
        self.out.push('<');
        self.out.push_str(name);
    }

    fn attr(&mut self, key: &str, value: impl std::fmt::Display) {
        let _ = write!(self.out, " {key}=\"{value}\"");
    }

    /// A colour's opacity and fill or stroke (`#RRGGBB`).
    fn color(&mut self, key: &str, c: BackendColor) {
        let (r, g, b) = c.rgb;
        let _ = write!(self.out, " {key}=\"#{r:02X}{g:02X}{b:02X}\"");
    }

    fn opacity(&mut self, c: BackendColor) {
        self.attr("opacity", Decimal(c.alpha));
    }

    /// A shape's fill and stroke: filled in its colour without a stroke, or outlined.
    fn paint(&mut self, c: BackendColor, fill: bool) {
        if fill {
            self.color("fill", c);
            self.attr("stroke", "none");
        } else {
            self.attr("fill", "none");
            self.color("stroke", c);
        }
    }

    fn points(&mut self, path: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (x, y) in path {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push('"');
    }

    fn close(&mut self) {
        self.out.push_str("/>\n");
    }

    /// Closes the `<svg>` element, once (`present`, or dropping it unpresented, as plotters-svg).
    fn finish(&mut self) {
        if self.open {
            self.out.push_str("</svg>\n");
            self.open = false;
        }
    }
}

impl Drop for Svg<'_> {
    fn drop(&mut self) {
        self.finish();
    }
}

/// A decimal written with at most two places, trailing zeros dropped (`1`, `0.35`, `12.9`),
/// from an integer: no float formatting.
struct Decimal(f64);

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hundredths = (self.0 * 100.0).round() as i64;
        let (whole, frac) = (hundredths / 100, (hundredths % 100).abs());
        let sign = if hundredths < 0 && whole == 0 { "-" } else { "" };
        match frac {
            0 => write!(f, "{sign}{whole}"),
            _ if frac % 10 == 0 => write!(f, "{sign}{whole}.{}", frac / 10),
            _ => write!(f, "{sign}{whole}.{frac:02}"),
        }
    }
}

/// Text escaped for SVG, as plotters-svg escapes it.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
}

type BackendResult = Result<(), DrawingErrorKind<std::io::Error>>;

impl Backend for Svg<'_> {
    type ErrorType = std::io::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> BackendResult {
        Ok(())
    }
    fn present(&mut self) -> BackendResult {
        self.finish();
        Ok(())
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> BackendResult {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.open("rect");
        self.attr("x", point.0);
        self.attr("y", point.1);
        self.attr("width", 1);
        self.attr("height", 1);
        self.attr("stroke", "none");
        self.opacity(color);
        self.color("fill", color);
        self.close();
        Ok(())
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> BackendResult {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.open("line");
        self.opacity(c);
        self.color("stroke", c);
        self.attr("stroke-width", style.stroke_width());
        self.attr("x1", from.0);
        self.attr("y1", from.1);
        self.attr("x2", to.0);
        self.attr("y2", to.1);
        self.close();
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool) -> BackendResult {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.open("rect");
        self.attr("x", upper_left.0);
        self.attr("y", upper_left.1);
        self.attr("width", bottom_right.0 - upper_left.0);
        self.attr("height", bottom_right.1 - upper_left.1);
        self.opacity(c);
        self.paint(c, fill);
        self.close();
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> BackendResult {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.open("polyline");
        self.attr("fill", "none");
        self.opacity(c);
        self.color("stroke", c);
        self.attr("stroke-width", style.stroke_width());
        self.points(path);
        self.close();
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> BackendResult {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.open("circle");
        self.attr("cx", center.0);
        self.attr("cy", center.1);
        self.attr("r", radius);
        self.opacity(c);
        self.paint(c, fill);
        self.attr("stroke-width", style.stroke_width());
        self.close();
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> BackendResult {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.open("polygon");
        self.opacity(c);
        self.color("fill", c);
        self.points(vert);
        self.close();
        Ok(())
    }
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> BackendResult {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = pos;
        self.open("text");
        self.attr("x", x);
        self.attr("y", y);
        self.attr(
            "dy",
            match style.anchor().v_pos {
                VPos::Top => "0.76em",
                VPos::Center => "0.5ex",
                VPos::Bottom => "-0.5ex",
            },
        );
        self.attr(
            "text-anchor",
            match style.anchor().h_pos {
                HPos::Left => "start",
                HPos::Right => "end",
                HPos::Center => "middle",
            },
        );
        self.attr("font-family", style.family().as_str());
        // plotters' font size is 1.24 times the size the SVG shows.
        self.attr("font-size", Decimal(style.size() / 1.24));
        self.opacity(c);
        self.color("fill", c);
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => self.attr("font-weight", "bold"),
            other => self.attr("font-style", other.as_str()),
        }
        let turn = match style.transform() {
            FontTransform::Rotate90 => Some(90),
            FontTransform::Rotate180 => Some(180),
            FontTransform::Rotate270 => Some(270),
            FontTransform::None => None,
        };
        if let Some(deg) = turn {
            self.attr("transform", format_args!("rotate({deg}, {x}, {y})"));
        }
        self.out.push_str(">\n");
        escape(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
    fn estimate_text_size<T: BackendTextStyle>(&self, text: &str, style: &T) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let size = style.size();
        let width: f64 = text.chars().map(char_em).sum::<f64>() * size;
        Ok((width.ceil() as u32, (size * 1.2).ceil() as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::Decimal;

    #[test]
    fn decimals_are_written_from_integers() {
        let d = |v: f64| Decimal(v).to_string();
        assert_eq!(d(1.0), "1");
        assert_eq!(d(0.35), "0.35");
        assert_eq!(d(0.3), "0.3");
        assert_eq!(d(0.05), "0.05");
        assert_eq!(d(16.0 / 1.24), "12.9");
        assert_eq!(d(-0.5), "-0.5");
        assert_eq!(d(-2.25), "-2.25");
    }
}
