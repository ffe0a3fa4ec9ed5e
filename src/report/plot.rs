//! plotters pieces of our own, each replacing one whose generic code shipped more than it drew:
//! every chart's `f64` axis, and the triangle that marks a target.

use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::{Color, RGBColor};
use plotters_backend::{BackendCoord, DrawingBackend, DrawingErrorKind};

/// An `f64` axis, every chart's (one coordinate type: plotters' generic code is shipped once).
///
/// plotters' own `f64` axis formats the labels of a chart that gives no formatter with its float
/// pretty-printer, which shipped Rust's float formatting (about 14 KB of the planning module)
/// for labels no chart draws: every chart formats its own (years, percentages, rupiah), and this
/// axis's fallback writes whole numbers (issue 17).
#[derive(Clone)]
pub(crate) struct Axis(RangedCoordf64);

impl Axis {
    pub(crate) fn new(range: std::ops::Range<f64>) -> Self {
        Axis(range.into())
    }
}

impl Ranged for Axis {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;
    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.0.map(value, limit)
    }
    fn key_points<H: KeyPointHint>(&self, hint: H) -> Vec<f64> {
        self.0.key_points(hint)
    }
    fn range(&self) -> std::ops::Range<f64> {
        self.0.range()
    }
    fn axis_pixel_range(&self, limit: (i32, i32)) -> std::ops::Range<i32> {
        self.0.axis_pixel_range(limit)
    }
}

impl ValueFormatter<f64> for Axis {
    fn format(value: &f64) -> String {
        (value.round() as i64).to_string()
    }
}

/// A filled triangle pointing up, centred on a value: plotters' `TriangleMarker` with its three
/// corners' cosines and sines as constants (the values `f64::cos` and `sin` give for −90°, −210°
/// and −330°, so the corners are the same pixels), instead of computed: that shipped libm's
/// trigonometry (`rem_pio2`, `sin`, `cos`: about 7 KB of the planning module) for three angles.
pub(crate) struct Triangle {
    at: (f64, f64),
    size: i32,
    color: RGBColor,
}

impl Triangle {
    pub(crate) fn new(at: (f64, f64), size: i32, color: RGBColor) -> Self {
        Triangle { at, size, color }
    }
}

/// cos and sin of −90°, −210° and −330° as `f64` gives them (plotters' corners, in its order).
const CORNERS: [(f64, f64); 3] = [
    (6.123233995736766e-17, -1.0),
    (-0.8660254037844386, 0.5000000000000001),
    (0.8660254037844384, 0.5000000000000004),
];

impl<'a> PointCollection<'a, (f64, f64)> for &'a Triangle {
    type Point = &'a (f64, f64);
    type IntoIter = std::iter::Once<&'a (f64, f64)>;
    fn point_iter(self) -> Self::IntoIter {
        std::iter::once(&self.at)
    }
}

impl<DB: DrawingBackend> Drawable<DB> for Triangle {
    fn draw<I: Iterator<Item = BackendCoord>>(
        &self,
        mut points: I,
        backend: &mut DB,
        _parent: (u32, u32),
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        if let Some((x, y)) = points.next() {
            let size = f64::from(self.size);
            let corners = CORNERS
                .iter()
                .map(|(cos, sin)| ((cos * size + f64::from(x)).ceil() as i32, (sin * size + f64::from(y)).ceil() as i32));
            backend.fill_polygon(corners, &self.color.to_backend_color())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::CORNERS;

    #[test]
    fn the_corners_are_the_angles_plotters_computes() {
        for ((cos, sin), deg) in CORNERS.iter().zip([-90.0_f64, -210.0, -330.0]) {
            let rad = deg * std::f64::consts::PI / 180.0;
            assert!((rad.cos() - cos).abs() < 1e-15 && (rad.sin() - sin).abs() < 1e-15, "{deg}°");
        }
    }
}
