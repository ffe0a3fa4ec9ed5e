//! Requests read straight from a [`Value`], without serde: what the wasm face uses for the
//! requests of the first-load, planning and panels' modules (issue 17).
//!
//! serde's derived `Deserialize` is the contract (the native tiers read JSON with it, and
//! ts-rs writes the TypeScript from the same types); these readers are measured against it:
//! `tests/value.rs` reads every request type both ways, from the presets, from hand-picked and
//! from generated values, and checks each reader's keys and enum words against the type's
//! TypeScript declaration. They exist for size: serde's derive writes, per struct, a field
//! visitor, a map visitor and (with `#[serde(flatten)]`) a buffer of every value, read again;
//! for the planning view's requests that came to 45 KB of its module's 246 KB of code. Here a
//! struct is one function that takes its fields by name.
//!
//! The reading is serde's, as [`super::value`] feeds it: a missing `Option` is `None`, a missing
//! `#[serde(default)]` field its default, any other missing field an error; `null` is `None`;
//! a struct is read from an object (or `[]`, no fields), an enum from its word (or
//! `{ word: null }`); the keys a struct does not know are its `unknown`. The messages are
//! serde's too; when several fields are wrong, the first named is the field's order here, not
//! the object's.

use super::contribution::{ConstructionBasisKind, ContributionRequest, Segment};
use super::program_cost::ProgramCostRequest;
use super::plan::plans::{CompareViewRequest, PlanRequest};
use super::plan::scenario::{
    CurrentRequest, GroupRequest, RegionRequest, ScenarioRequest, SettingsRequest, TargetRequest, WorkforceRequest,
};
use super::plan::solve::{SolveMode, SolveRequest};
use super::plan::charts::{ChartData, DrawChartsRequest, DrawComparisonRequest, PlanChartData};
use super::plan::view::PlanViewRequest;
use super::value::{Error, Value};
use serde::de::{Error as _, Unexpected};
use super::{NumInput, Unknown};
use crate::fmt::Lang;
use crate::plan::scenario::{Denominator, FundingSource, Level, PackageKind, VillageSet};
use crate::rules::{Funder, Industry, Program, WorkerType};

/// A request (or a part of one) read from a [`Value`].
pub trait Read: Sized {
    /// Reads it, or says why not.
    ///
    /// # Errors
    /// When the value does not have the type's shape.
    fn read(v: Value) -> Result<Self, Error>;

    /// The value of a field its object does not have: an error, but for an `Option` (`None`).
    ///
    /// # Errors
    /// serde's "missing field".
    fn absent(field: &'static str) -> Result<Self, Error> {
        Err(Error::missing_field(field))
    }
}

/// Reads a request (see the module's text).
///
/// # Errors
/// When the value does not have the type's shape.
pub fn read<T: Read>(v: Value) -> Result<T, Error> {
    T::read(v)
}

impl<T: Read> Read for Option<T> {
    fn read(v: Value) -> Result<Self, Error> {
        match v {
            Value::Null => Ok(None),
            v => T::read(v).map(Some),
        }
    }
    fn absent(_: &'static str) -> Result<Self, Error> {
        Ok(None)
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(v: Value) -> Result<Self, Error> {
        match v {
            Value::List(items) => items.into_iter().map(T::read).collect(),
            other => Err(other.unexpected(&"a sequence")),
        }
    }
}

impl Read for String {
    fn read(v: Value) -> Result<Self, Error> {
        match v {
            Value::Text(s) => Ok(s),
            other => Err(other.unexpected(&"a string")),
        }
    }
}

impl Read for bool {
    fn read(v: Value) -> Result<Self, Error> {
        match v {
            Value::Bool(b) => Ok(b),
            other => Err(other.unexpected(&"a boolean")),
        }
    }
}

impl Read for u32 {
    fn read(v: Value) -> Result<Self, Error> {
        match v {
            // A whole number within JS's exact range is an integer to serde (then one out of
            // u32's range is a wrong value); any other number is a float (a wrong type).
            Value::Number(f) if f.fract() == 0.0 && f.abs() <= super::value::MAX_SAFE => {
                if (0.0..=f64::from(u32::MAX)).contains(&f) {
                    Ok(f as u32)
                } else {
                    Err(Error::invalid_value(Unexpected::Float(f), &"u32"))
                }
            }
            other => Err(other.unexpected(&"u32")),
        }
    }
}

impl Read for i64 {
    fn read(v: Value) -> Result<Self, Error> {
        match v {
            // A whole number within JS's exact range (serde's i64 then); any other is a float.
            Value::Number(f) if f.fract() == 0.0 && f.abs() <= super::value::MAX_SAFE => Ok(f as i64),
            other => Err(other.unexpected(&"i64")),
        }
    }
}

impl Read for NumInput {
    fn read(v: Value) -> Result<Self, Error> {
        match v {
            Value::Number(f) => Ok(NumInput::Number(f)),
            Value::Text(s) => Ok(NumInput::Text(s)),
            other => Err(other.unexpected(&"a number or a text")),
        }
    }
}

/// A struct's fields, taken by name.
struct Fields(Vec<(String, Value)>);

impl Fields {
    /// The fields of an object (`what` names the struct for the error).
    fn of(v: Value, what: &'static str) -> Result<Self, Error> {
        match v {
            Value::Object(entries) => Ok(Fields(entries)),
            other => Err(other.unexpected(&what)),
        }
    }

    /// The same, or none from `[]`, as serde-wasm-bindgen read a struct without
    /// `#[serde(flatten)]` (the two first-load requests; serde reads a flattened one as a map).
    fn of_or_empty(v: Value, what: &'static str) -> Result<Self, Error> {
        match v {
            Value::List(items) if items.is_empty() => Ok(Fields(Vec::new())),
            v => Fields::of(v, what),
        }
    }

    /// The entry of `key`, taken out (the rest keep their order).
    fn entry(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(i).1)
    }

    /// A field (`absent` when the object has none).
    fn take<T: Read>(&mut self, key: &'static str) -> Result<T, Error> {
        match self.entry(key) {
            Some(v) => T::read(v),
            None => T::absent(key),
        }
    }

    /// A `#[serde(default)]` field: its default when absent.
    fn or_default<T: Read + Default>(&mut self, key: &'static str) -> Result<T, Error> {
        match self.entry(key) {
            Some(v) => T::read(v),
            None => Ok(T::default()),
        }
    }

    /// The keys left: the ones the struct does not know (`#[serde(flatten)] unknown`). One by
    /// one: collecting a map sorts its entries first, with 4 KB of std's stable sort.
    fn unknown(self) -> Unknown {
        let mut unknown = Unknown::new();
        for (k, _) in self.0 {
            unknown.insert(k, serde::de::IgnoredAny);
        }
        unknown
    }

    /// The same, in the object's order (the first-load requests' `unknown`, a list).
    fn unknown_names(self) -> Vec<String> {
        self.0.into_iter().map(|(k, _)| k).collect()
    }
}

/// The word of a unit variant (a text, or `{ word: null }`), as its index in `words`.
fn variant(v: Value, what: &'static str, words: &'static [&'static str]) -> Result<usize, Error> {
    let (word, payload) = match v {
        Value::Text(s) => (s, None),
        Value::Object(entries) if entries.len() == 1 => match entries.into_iter().next() {
            Some((k, payload)) => (k, Some(payload)),
            None => return Err(other_kind(what)),
        },
        other => return Err(other.unexpected(&what)),
    };
    let i = words.iter().position(|w| *w == word).ok_or_else(|| Error::unknown_variant(&word, words))?;
    match payload {
        None | Some(Value::Null) => Ok(i),
        Some(other) => Err(other.unexpected(&"unit")),
    }
}

/// Never met (a one-entry object has its entry; an enum's words and variants pair up).
#[cold]
fn other_kind(what: &'static str) -> Error {
    Value::Other("another kind of value").unexpected(&what)
}

/// Unit enums: each word (serde's rename) and its variant, in the enum's order.
macro_rules! read_enum {
    ($($ty:ident { $($word:literal => $variant:ident),+ $(,)? })*) => {$(
        impl Read for $ty {
            fn read(v: Value) -> Result<Self, Error> {
                const WORDS: &[&str] = &[$($word),+];
                const ALL: &[$ty] = &[$($ty::$variant),+];
                let i = variant(v, concat!("enum ", stringify!($ty)), WORDS)?;
                ALL.get(i).copied().ok_or_else(|| other_kind(concat!("enum ", stringify!($ty))))
            }
        }
    )*};
}

read_enum! {
    Lang { "id" => Id, "en" => En }
    Level { "village" => Village, "regency" => Regency, "province" => Province, "nation" => Nation }
    Denominator {
        "working" => Working, "labourForce" => LabourForce, "excludingCivilServants" => ExcludingCivilServants,
        "informalOnly" => InformalOnly,
    }
    FundingSource {
        "apbn" => Apbn, "apbdProvince" => ApbdProvince, "apbdRegency" => ApbdRegency, "apbdes" => Apbdes,
        "dbhcht" => Dbhcht, "dbhSawit" => DbhSawit, "otsus" => Otsus, "csr" => Csr, "zakat" => Zakat, "other" => Other,
    }
    VillageSet { "desa" => Desa, "kelurahan" => Kelurahan, "desaKelurahan" => DesaKelurahan }
    PackageKind { "bpuBasic" => BpuBasic, "bpuJht" => BpuJht, "puWage" => PuWage }
    WorkerType { "transport" => Transport, "other" => Other }
    SolveMode { "target" => Target, "budget" => Budget }
    Segment { "wage" => Wage, "informal" => Informal, "construction" => Construction }
    ConstructionBasisKind { "contract" => Contract, "wage" => Wage }
    Program { "jkk" => Jkk, "jkm" => Jkm, "jht" => Jht, "jp" => Jp, "jkp" => Jkp }
    Funder {
        "self" => SelfPaid, "employer" => Employer, "apbn" => Apbn, "apbd" => Apbd, "apbdes" => Apbdes, "csr" => Csr,
        "zakat" => Zakat, "other" => Other,
    }
    Industry {
        "foodBeverageTobacco" => FoodBeverageTobacco, "textileApparel" => TextileApparel, "leather" => Leather,
        "footwear" => Footwear, "toys" => Toys, "furniture" => Furniture, "other" => Other,
    }
}

impl Read for RegionRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct RegionRequest")?;
        Ok(RegionRequest {
            name: f.take("name")?,
            level: f.take("level")?,
            base_year: f.take("baseYear")?,
            source: f.take("source")?,
            code: f.take("code")?,
            parent: f.take("parent")?,
            unknown: f.unknown(),
        })
    }
}

impl Read for WorkforceRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct WorkforceRequest")?;
        Ok(WorkforceRequest { total: f.take("total")?, denominator: f.take("denominator")?, unknown: f.unknown() })
    }
}

impl Read for CurrentRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct CurrentRequest")?;
        Ok(CurrentRequest {
            formal: f.take("formal")?,
            informal: f.take("informal")?,
            total: f.take("total")?,
            coverage_pct: f.take("coveragePct")?,
            unknown: f.unknown(),
        })
    }
}

impl Read for GroupRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct GroupRequest")?;
        Ok(GroupRequest {
            name: f.take("name")?,
            workers: f.take("workers")?,
            villages: f.take("villages")?,
            workers_per_village: f.take("workersPerVillage")?,
            village_set: f.take("villageSet")?,
            covered: f.take("covered")?,
            package: f.take("package")?,
            income: f.take("income")?,
            months: f.take("months")?,
            government_share: f.take("governmentShare")?,
            source: f.take("source")?,
            worker_type: f.take("workerType")?,
            start_year: f.take("startYear")?,
            start_month: f.take("startMonth")?,
            unknown: f.unknown(),
        })
    }
}

impl Read for TargetRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct TargetRequest")?;
        Ok(TargetRequest { pct: f.take("pct")?, year: f.take("year")?, national: f.take("national")?, unknown: f.unknown() })
    }
}

impl Read for SettingsRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct SettingsRequest")?;
        Ok(SettingsRequest {
            years: f.take("years")?,
            workforce_growth: f.take("workforceGrowth")?,
            lapse: f.take("lapse")?,
            lapse_low: f.take("lapseLow")?,
            lapse_high: f.take("lapseHigh")?,
            new_enrolment: f.take("newEnrolment")?,
            apbd_total: f.take("apbdTotal")?,
            unknown: f.unknown(),
        })
    }
}

impl Read for ScenarioRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct ScenarioRequest")?;
        Ok(ScenarioRequest {
            schema_version: f.take("schemaVersion")?,
            region: f.or_default("region")?,
            workforce: f.or_default("workforce")?,
            current: f.or_default("current")?,
            groups: f.or_default("groups")?,
            target: f.take("target")?,
            settings: f.or_default("settings")?,
            plan_name: f.take("planName")?,
            alternatives: f.or_default("alternatives")?,
            unknown: f.unknown(),
        })
    }
}

impl Read for PlanRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct PlanRequest")?;
        Ok(PlanRequest { name: f.take("name")?, scenario: f.or_default("scenario")?, unknown: f.unknown() })
    }
}

impl Read for PlanViewRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct PlanViewRequest")?;
        Ok(PlanViewRequest {
            scenario: f.or_default("scenario")?,
            width: f.take("width")?,
            lang: f.take("lang")?,
            charts: f.take("charts")?,
            unknown: f.unknown(),
        })
    }
}

impl Read for ChartData {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct ChartData")?;
        let data = ChartData { numbers: f.or_default("numbers")?, names: f.or_default("names")? };
        Ok(data) // serde ignores the keys it does not know (no `unknown` here)
    }
}

impl Read for DrawChartsRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct DrawChartsRequest")?;
        Ok(DrawChartsRequest { data: f.or_default("data")?, width: f.take("width")?, lang: f.take("lang")?, unknown: f.unknown() })
    }
}

impl Read for PlanChartData {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct PlanChartData")?;
        let plan = PlanChartData { name: f.or_default("name")?, data: f.or_default("data")? };
        Ok(plan) // serde ignores the keys it does not know (no `unknown` here)
    }
}

impl Read for DrawComparisonRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct DrawComparisonRequest")?;
        Ok(DrawComparisonRequest { plans: f.or_default("plans")?, width: f.take("width")?, lang: f.take("lang")?, unknown: f.unknown() })
    }
}

impl Read for SolveRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct SolveRequest")?;
        Ok(SolveRequest {
            scenario: f.or_default("scenario")?,
            mode: f.take("mode")?,
            target: f.take("target")?,
            budget: f.take("budget")?,
            group: f.take("group")?,
            width: f.take("width")?,
            lang: f.take("lang")?,
            unknown: f.unknown(),
        })
    }
}

impl Read for CompareViewRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of(v, "struct CompareViewRequest")?;
        Ok(CompareViewRequest {
            scenario: f.or_default("scenario")?,
            width: f.take("width")?,
            lang: f.take("lang")?,
            unknown: f.unknown(),
        })
    }
}

impl Read for ProgramCostRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of_or_empty(v, "struct ProgramCostRequest")?;
        Ok(ProgramCostRequest {
            workers: f.take("workers")?,
            months: f.take("months")?,
            as_of: f.take("asOf")?,
            start: f.take("start")?,
            lang: f.take("lang")?,
            unknown: f.unknown_names(),
        })
    }
}

impl Read for ContributionRequest {
    fn read(v: Value) -> Result<Self, Error> {
        let mut f = Fields::of_or_empty(v, "struct ContributionRequest")?;
        Ok(ContributionRequest {
            segment: f.take("segment")?,
            as_of: f.take("asOf")?,
            lang: f.take("lang")?,
            wage: f.take("wage")?,
            risk_class: f.take("riskClass")?,
            programs: f.take("programs")?,
            industry: f.take("industry")?,
            employees: f.take("employees")?,
            birth: f.take("birth")?,
            declared_income: f.take("declaredIncome")?,
            with_jht: f.take("withJht")?,
            worker_type: f.take("workerType")?,
            funder: f.take("funder")?,
            basis: f.take("basis")?,
            contract_value: f.take("contractValue")?,
            unknown: f.unknown_names(),
        })
    }
}
