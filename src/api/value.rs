//! A request as plain data, as it crosses from JavaScript: the wasm face turns a JS value into a
//! [`Value`] in one walk, and reads the request from it: with [`super::read`] for the small
//! modules' requests, with serde ([`from_value`]) for the full module's others. Nothing here
//! knows JavaScript, so it is tested natively (`tests/value.rs`: every request type reads as
//! serde_json reads the same JSON, which is how the native tiers read them).
//!
//! It replaces serde-wasm-bindgen's deserializer (issue 17; its serializer still writes the
//! responses): serde's derives meet one small enum instead of a deserializer made of JS calls,
//! every `deserialize_*` asks its visitor only for the kind it reads (a struct is read from an
//! object, or from `[]` as no fields, never from an array's items), and the [`Error`] never
//! writes out the value it did not expect — serde's `Unexpected` does, which pulled float
//! formatting and Unicode tables into every module (the first-load module went from 67.2 to
//! 53.4 KB gzip).
//!
//! The reading is serde-wasm-bindgen's: `null` and `undefined` are both [`Value::Null`] (none,
//! or a unit), a whole JS number is read as an integer, an object's own enumerable keys are its
//! fields, a text is an enum's unit variant and `{ variant: payload }` any other.

use serde::de::{self, IntoDeserializer, Visitor};

/// A JS value as plain data.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` or `undefined`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any JS number (NaN and infinities included: the fields that read numbers check them).
    Number(f64),
    /// A text.
    Text(String),
    /// An array's items (a hole is `Null`).
    List(Vec<Value>),
    /// An object's own enumerable keys with their values, in their order.
    Object(Vec<(String, Value)>),
    /// A function, a symbol or another value no request holds, named for the error.
    Other(&'static str),
}

/// Largest whole number a JS number holds exactly.
pub(crate) const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// Why a request could not be read: a message for the developer calling the API, thrown as a JS
/// `Error` (a person's bad input is a field error, never this).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl From<&str> for Error {
    fn from(message: &str) -> Self {
        Error(message.to_owned())
    }
}

/// Also the error of writing a response ([`super::json`]).
impl serde::ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// What kind of value serde did not expect, without the value itself (see the module's text).
fn kind(u: &de::Unexpected<'_>) -> &'static str {
    use de::Unexpected as U;
    match u {
        U::Bool(_) => "a boolean",
        U::Unsigned(_) | U::Signed(_) | U::Float(_) => "a number",
        U::Char(_) | U::Str(_) => "a text",
        U::Unit | U::Option => "null",
        U::Seq => "an array",
        U::Map => "an object",
        U::Bytes(_) => "bytes",
        _ => "another kind of value",
    }
}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Error(format!("invalid type: {}, expected {exp}", kind(&unexp)))
    }
    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Error(format!("invalid value: {}, expected {exp}", kind(&unexp)))
    }
}

/// Reads a request from a value.
///
/// # Errors
/// When the value does not have the type's shape (a text where an object belongs, an unknown
/// enum word).
pub fn from_value<T: de::DeserializeOwned>(value: Value) -> Result<T, Error> {
    T::deserialize(value)
}

impl Value {
    /// The object's keys (none when it is not an object).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        let entries: &[(String, Value)] = match self {
            Value::Object(entries) => entries,
            _ => &[],
        };
        entries.iter().map(|(k, _)| k.as_str())
    }

    /// The error for a value of the wrong kind: not generic, so written once.
    #[cold]
    pub(crate) fn unexpected(&self, expected: &dyn de::Expected) -> Error {
        let what = match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::Text(_) => "a text",
            Value::List(_) => "an array",
            Value::Object(_) => "an object",
            Value::Other(what) => what,
        };
        Error(format!("invalid type: {what}, expected {expected}"))
    }

    /// A number to a visitor: a whole one as an integer, so that integer fields take it.
    fn number<'de, V: Visitor<'de>>(f: f64, visitor: V) -> Result<V::Value, Error> {
        if f.fract() == 0.0 && f.abs() <= MAX_SAFE {
            if f < 0.0 {
                visitor.visit_i64(f as i64)
            } else {
                visitor.visit_u64(f as u64)
            }
        } else {
            visitor.visit_f64(f)
        }
    }
}

struct Items(std::vec::IntoIter<Value>);

impl<'de> de::SeqAccess<'de> for Items {
    type Error = Error;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        self.0.next().map(|v| seed.deserialize(v)).transpose()
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Entries {
    entries: std::vec::IntoIter<(String, Value)>,
    value: Option<Value>,
}

impl<'de> de::MapAccess<'de> for Entries {
    type Error = Error;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        match self.entries.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(de::value::StringDeserializer::<Error>::new(key)).map(Some)
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(self.value.take().unwrap_or(Value::Null))
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An enum written as `{ variant: payload }`.
struct Variant(String, Value);

impl<'de> de::EnumAccess<'de> for Variant {
    type Error = Error;
    type Variant = Value;
    fn variant_seed<V: de::DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Value), Error> {
        let tag = seed.deserialize(de::value::StringDeserializer::<Error>::new(self.0))?;
        Ok((tag, self.1))
    }
}

impl<'de> de::VariantAccess<'de> for Value {
    type Error = Error;
    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self)
    }
    fn newtype_variant_seed<T: de::DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(self, visitor)
    }
    fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(self, visitor)
    }
}

impl<'de> IntoDeserializer<'de, Error> for Value {
    type Deserializer = Value;
    fn into_deserializer(self) -> Value {
        self
    }
}

// Each `deserialize_*` but `any` calls only the visitor method its kind of value needs, so
// that a struct's visitor is never asked to read an array (serde's derives write both ways,
// and code that is never called is not kept).
macro_rules! numbers {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            match self {
                Value::Number(f) => Value::number(f, visitor),
                other => Err(other.unexpected(&visitor)),
            }
        }
    )*};
}

macro_rules! texts {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            match self {
                Value::Text(s) => visitor.visit_string(s),
                other => Err(other.unexpected(&visitor)),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(f) => Value::number(f, visitor),
            Value::Text(s) => visitor.visit_string(s),
            Value::List(items) => visitor.visit_seq(Items(items.into_iter())),
            Value::Object(entries) => visitor.visit_map(Entries { entries: entries.into_iter(), value: None }),
            Value::Other(_) => Err(self.unexpected(&visitor)),
        }
    }

    numbers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64
    }

    texts! { deserialize_char deserialize_str deserialize_string deserialize_identifier }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Bool(b) => visitor.visit_bool(b),
            other => Err(other.unexpected(&visitor)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_none(),
            v => visitor.visit_some(v),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            other => Err(other.unexpected(&visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::List(items) => visitor.visit_seq(Items(items.into_iter())),
            other => Err(other.unexpected(&visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _name: &'static str, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Object(entries) => visitor.visit_map(Entries { entries: entries.into_iter(), value: None }),
            other => Err(other.unexpected(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            // As serde-wasm-bindgen read it (the JS contract): `[]` is a request with no fields.
            Value::List(items) if items.is_empty() => visitor.visit_map(Entries { entries: Vec::new().into_iter(), value: None }),
            other => other.deserialize_map(visitor),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Value::Text(s) => visitor.visit_enum(s.into_deserializer()),
            Value::Object(entries) if entries.len() == 1 => match entries.into_iter().next() {
                Some((k, v)) => visitor.visit_enum(Variant(k, v)),
                None => Err(Error("invalid type: an empty object, expected an enum".into())),
            },
            other => Err(other.unexpected(&visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}
