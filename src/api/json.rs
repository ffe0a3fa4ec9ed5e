//! A response as JSON text, for the small modules' wasm face: one string that the browser's own
//! `JSON.parse` turns into the response object, instead of serde-wasm-bindgen building it
//! property by property through calls into JavaScript (issue 17: the planning module's largest
//! generic code after the requests' reading). Nothing here knows JavaScript: `tests/json.rs`
//! checks natively that every response reads back as serde_json writes it.
//!
//! The JSON is what serde-wasm-bindgen's `json_compatible` serializer builds: `None` and units
//! are `null`, maps are objects, enums are externally tagged, bytes are arrays of numbers; a
//! whole number beyond JavaScript's exact range (2^53) is refused, as it refuses it. A float is
//! written as the decimal it was divided from (`72.73` for 7273 basis points / 100, exact up to
//! nine decimals: `JSON.parse` reads back the same double), without Rust's float formatting,
//! which the modules do not carry; any other float (none is ever sent: percentages come from
//! basis points) and NaN or an infinity are refused rather than written inexactly.

use super::value::Error;
use serde::ser::{self, Serialize};

/// Largest whole number a JS number holds exactly.
const MAX_SAFE: u64 = 9_007_199_254_740_991;

/// `value` as JSON text.
///
/// # Errors
/// A number JavaScript cannot hold exactly (see the module's text), or a map key that is not a
/// text, a number or a unit variant.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Json(String::with_capacity(1024));
    value.serialize(&mut out)?;
    Ok(out.0)
}

/// The text written so far.
pub struct Json(String);

impl Json {
    fn uint(&mut self, mut v: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            if let Some(d) = digits.get_mut(i) {
                *d = b'0' + (v % 10) as u8;
            }
            v /= 10;
            if v == 0 || i == 0 {
                break;
            }
        }
        for &d in digits.get(i..).unwrap_or(&[]) {
            self.0.push(char::from(d));
        }
    }

    fn int(&mut self, v: i64) -> Result<(), Error> {
        if v.unsigned_abs() > MAX_SAFE {
            return Err(too_large());
        }
        if v < 0 {
            self.0.push('-');
        }
        self.uint(v.unsigned_abs());
        Ok(())
    }

    /// A float as the decimal `c / 10^k` it equals, for the least `k` up to 9.
    fn float(&mut self, f: f64) -> Result<(), Error> {
        let mut scale = 1.0;
        for decimals in 0..=9usize {
            let c = (f * scale).round();
            if f.is_finite() && c.abs() <= MAX_SAFE as f64 && c / scale == f {
                if f.is_sign_negative() && c != 0.0 {
                    self.0.push('-');
                }
                let c = c.abs() as u64;
                let unit = 10u64.pow(decimals as u32);
                self.uint(c / unit);
                if decimals > 0 {
                    self.0.push('.');
                    let frac = c % unit;
                    // Leading zeros of the fraction: 5 / 100 is 0.05.
                    for zero in 1..decimals {
                        if frac < 10u64.pow(zero as u32) {
                            self.0.push('0');
                        }
                    }
                    self.uint(frac);
                }
                return Ok(());
            }
            scale *= 10.0;
        }
        Err(Error::from("a number that is not a decimal of at most nine places cannot be sent"))
    }

    fn text(&mut self, s: &str) {
        self.0.reserve(s.len() + 2);
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                c if u32::from(c) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let n = u32::from(c) as usize;
                    self.0.push_str("\\u00");
                    for h in [n >> 4, n & 15] {
                        self.0.push(char::from(HEX.get(h).copied().unwrap_or(b'0')));
                    }
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    /// Before an item or a field: a comma unless it is the first.
    fn next(&mut self, first: &mut bool) {
        if !std::mem::take(first) {
            self.0.push(',');
        }
    }
}

#[cold]
fn too_large() -> Error {
    Error::from("a number beyond 2^53 can't be represented as a JavaScript number")
}

/// An array or object being written, and whether it has no item yet.
pub struct Compound<'a> {
    out: &'a mut Json,
    first: bool,
    /// What closes it: `]`, `}`, or `]}` / `}}` for a variant's.
    close: &'static str,
}

impl Compound<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.out.next(&mut self.first);
        value.serialize(&mut *self.out)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.out.next(&mut self.first);
        self.out.text(key);
        self.out.0.push(':');
        value.serialize(&mut *self.out)
    }

    fn end(self) -> Result<(), Error> {
        self.out.0.push_str(self.close);
        Ok(())
    }
}

/// The integer methods up to 32 bits and `i64`, each through `$by(i64)`.
macro_rules! small_ints {
    ($by:ident) => {
        fn serialize_i8(self, v: i8) -> Result<(), Error> {
            self.$by(v.into())
        }
        fn serialize_i16(self, v: i16) -> Result<(), Error> {
            self.$by(v.into())
        }
        fn serialize_i32(self, v: i32) -> Result<(), Error> {
            self.$by(v.into())
        }
        fn serialize_i64(self, v: i64) -> Result<(), Error> {
            self.$by(v)
        }
        fn serialize_u8(self, v: u8) -> Result<(), Error> {
            self.$by(v.into())
        }
        fn serialize_u16(self, v: u16) -> Result<(), Error> {
            self.$by(v.into())
        }
        fn serialize_u32(self, v: u32) -> Result<(), Error> {
            self.$by(v.into())
        }
    };
}

impl<'a> ser::Serializer for &'a mut Json {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    small_ints!(int);
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        if v > MAX_SAFE {
            return Err(too_large());
        }
        self.uint(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.text(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = ser::Serializer::serialize_seq(self, Some(v.len()))?;
        for b in v {
            seq.item(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        self.text(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut outer = Compound { out: self, first: true, close: "}" };
        outer.field(variant, value)?;
        outer.end()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.0.push('[');
        Ok(Compound { out: self, first: true, close: "]" })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.0.push('{');
        self.text(variant);
        self.0.push_str(":[");
        Ok(Compound { out: self, first: true, close: "]}" })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.0.push('{');
        Ok(Compound { out: self, first: true, close: "}" })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.0.push('{');
        self.text(variant);
        self.0.push_str(":{");
        Ok(Compound { out: self, first: true, close: "}}" })
    }
}

// The compound writers: items (`[…]`) and fields (`{…}`), whichever serde's shape.
macro_rules! compound {
    ($($trait:ident $method:ident),*; $($named:ident $field:ident),*) => {
        $(impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self)
            }
        })*
        $(impl ser::$named for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self)
            }
        })*
    };
}

compound! {
    SerializeSeq serialize_element, SerializeTuple serialize_element, SerializeTupleStruct serialize_field,
    SerializeTupleVariant serialize_field;
    SerializeStruct serialize_field, SerializeStructVariant serialize_field
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.out.next(&mut self.first);
        key.serialize(Key(&mut *self.out))?;
        self.out.0.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.out)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

/// A map key: a text, a unit variant's name or a whole number, written as a JSON text (as
/// JavaScript makes every property key a text).
struct Key<'a>(&'a mut Json);

impl Key<'_> {
    fn number(self, v: i64) -> Result<(), Error> {
        self.0 .0.push('"');
        self.0.int(v)?;
        self.0 .0.push('"');
        Ok(())
    }
}

#[cold]
fn bad_key() -> Error {
    Error::from("a map key must be a text, a number or a unit variant")
}

impl ser::Serializer for Key<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.text(v);
        Ok(())
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        self.0.text(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.0.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    small_ints!(number);
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.number(i64::try_from(v).map_err(|_| too_large())?)
    }
    fn serialize_bool(self, _v: bool) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(bad_key())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(bad_key())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(bad_key())
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(bad_key())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(bad_key())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(bad_key())
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct, Error> {
        Err(bad_key())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(bad_key())
    }
}
