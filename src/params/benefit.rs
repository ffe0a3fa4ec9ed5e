//! What the BPU basic package buys: the statutory JKK and JKM benefits of PP 82/2019, which
//! amended PP 44/2015 (signed 2 December 2019; dated the 1st, as every step is).

use super::{step, Citation, Parameter, Status::*, Unit::*};
use crate::date::Date;

const PP82: Date = Date::ymd(2019, 12, 1);
const fn pp82(article: &'static str) -> Citation {
    Citation {
        regulation: "PP 82/2019 (perubahan PP 44/2015)",
        article,
        url: Some("https://datacenter.ortax.org/ortax/aturan/show/25363"),
    }
}

macro_rules! benefit {
    ($name:ident, $id:literal, $lid:literal, $len:literal, $unit:expr, $article:literal, $v:literal) => {
        #[doc = $len]
        pub static $name: Parameter = Parameter {
            id: $id,
            label_id: $lid,
            label_en: $len,
            unit: $unit,
            steps: &[step(PP82, $v, Enacted, pp82($article))],
            checked: super::CHECKED_2026_12_02,
        };
    };
}

benefit!(
    JKM_LUMP_SUM,
    "benefit.jkm.lumpSum",
    "Santunan kematian JKM (sekaligus)",
    "JKM death benefit (lump sum)",
    Rupiah,
    "Manfaat JKM",
    20_000_000
);
benefit!(
    JKM_PERIODIC,
    "benefit.jkm.periodic",
    "Santunan berkala JKM (dibayar sekaligus)",
    "JKM periodic benefit (paid at once)",
    Rupiah,
    "Manfaat JKM",
    12_000_000
);
benefit!(
    JKM_FUNERAL,
    "benefit.jkm.funeral",
    "Biaya pemakaman JKM",
    "JKM funeral costs",
    Rupiah,
    "Manfaat JKM",
    10_000_000
);
benefit!(
    SCHOLARSHIP_PER_CHILD,
    "benefit.scholarship.perChild",
    "Beasiswa per anak, paling banyak",
    "Scholarship per child, at most",
    Rupiah,
    "Beasiswa TK sampai S1; lewat JKM: masa iur 3 tahun",
    87_000_000
);
benefit!(
    SCHOLARSHIP_CHILDREN,
    "benefit.scholarship.children",
    "Anak penerima beasiswa, paling banyak",
    "Children receiving a scholarship, at most",
    Count,
    "Beasiswa",
    2
);
benefit!(
    JKK_DEATH_TIMES,
    "benefit.jkk.deathTimes",
    "Kematian karena kecelakaan kerja (kali penghasilan)",
    "Death from a work accident (times the income)",
    Count,
    "Manfaat JKK",
    48
);

/// Every benefit parameter.
pub static ALL: &[&Parameter] =
    &[&JKM_LUMP_SUM, &JKM_PERIODIC, &JKM_FUNERAL, &SCHOLARSHIP_PER_CHILD, &SCHOLARSHIP_CHILDREN, &JKK_DEATH_TIMES];
