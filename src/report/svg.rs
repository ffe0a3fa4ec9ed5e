//! An SVG backend for plotters that measures its own text, so charts are drawn the same natively,
//! in the page and in a Web Worker (and the golden SVGs are byte for byte what the page shows).

use plotters::prelude::SVGBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend as Backend, DrawingErrorKind,
};

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
