//! What the BPU basic package buys a family: the statutory benefits behind the premium.

use super::Warning;
use crate::fmt::{rupiah, rupiah_short, Lang};
use crate::money::Rupiah;
use crate::params::{benefit, Lookup};

/// What `premium` a month (JKK + JKM on the income `level`) buys, in one line with its source
/// (PP 82/2019): work-accident care as medically needed; on death the JKM lump sum, periodic and
/// funeral benefits, or 48 × the income after a work accident; scholarships for up to 2 children
/// (through JKM after 3 years of contributions). The values are recorded in `lookup`. `None`
/// before PP 82/2019 (its earlier amounts are not in the tables).
pub fn package_buys(premium: Rupiah, level: Rupiah, lookup: &mut Lookup) -> Option<Warning> {
    let mut get = |p| lookup.get(p).and_then(|v| Rupiah::new(v).ok());
    let jkm = Rupiah::sum([get(&benefit::JKM_LUMP_SUM)?, get(&benefit::JKM_PERIODIC)?, get(&benefit::JKM_FUNERAL)?]).ok()?;
    let per_child = get(&benefit::SCHOLARSHIP_PER_CHILD)?;
    let children = lookup.get(&benefit::SCHOLARSHIP_CHILDREN)?;
    let jkk = level.times(lookup.get(&benefit::JKK_DEATH_TIMES)?).ok()?;
    let school = per_child.times(children).ok()?;
    let [p, m, k, s] = [premium, jkm, jkk, school].map(|r| r.get());
    Some(Warning::new(
        "package_buys",
        format!(
            "{} sebulan membeli: perawatan kecelakaan kerja sesuai kebutuhan medis; bila meninggal, keluarga menerima \
             {} ({} bila karena kecelakaan kerja) dan beasiswa {children} anak hingga {} (PP 82/2019).",
            rupiah(p, Lang::Id),
            rupiah_short(m, Lang::Id),
            rupiah_short(k, Lang::Id),
            rupiah_short(s, Lang::Id)
        ),
        format!(
            "{} a month buys: work-accident care as medically needed; on death the family receives {} ({} after a \
             work accident) and scholarships for {children} children up to {} (PP 82/2019).",
            rupiah(p, Lang::En),
            rupiah_short(m, Lang::En),
            rupiah_short(k, Lang::En),
            rupiah_short(s, Lang::En)
        ),
    ))
}
