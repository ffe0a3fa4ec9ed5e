//! Informal workers (BPU): JKK on the declared income, JKM flat, optional JHT; no JP or JKP.

use super::{discount_last, Builder, Contribution, Funder, Period, Program};
use crate::fmt::{rupiah, Lang};
use crate::money::{apply_rate, Overflow, Ppm, Rupiah};
use crate::params::{bpu, relief, Lookup};
use serde::{Deserialize, Serialize};

/// The kind of informal worker, which decides the PP 50/2025 discount period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum WorkerType {
    /// Online drivers, other drivers and couriers (discount January 2026 – March 2027).
    Transport,
    /// Every other informal worker (discount April – December 2026).
    Other,
}

/// An informal worker's situation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Informal {
    /// Declared monthly income; counted at the lowest level (Rp 1,000,000) when below it and at
    /// the top level (Rp 20,700,000) when above it.
    pub declared_income: Rupiah,
    /// Whether the optional JHT is taken.
    pub with_jht: bool,
    /// Kind of work.
    pub worker_type: WorkerType,
    /// Who pays.
    pub funder: Funder,
}

/// The monthly contribution of an informal worker on `lookup.as_of()`.
///
/// JKK is 1 % of the declared income level, JKM a flat Rp 6,800, JHT (optional) 2 % of the same
/// level: on the lowest level the basic package JKK + JKM is Rp 16,800. The levels run from
/// Rp 1,000,000 to Rp 20,700,000 (JKK at most Rp 207,000): an income outside is counted at the
/// nearest end, with a warning; between them the declared amount itself is the level (the
/// official table of levels was not found). PP 50/2025 halves JKK and JKM for its periods unless
/// APBN or APBD pays. A village budget reads both ways (Dana Desa is an APBN transfer spent through
/// the APBDes): the lines are the full premium, [`Contribution::if_discounted`] the discounted
/// total, and a warning gives both with their sources. PP 49/2020 cut JKK and JKM by 99 % for
/// Aug 2020 – Jan 2021.
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range (inputs are validated far below it).
pub fn informal(w: &Informal, lookup: Lookup) -> Result<Contribution, Overflow> {
    let mut b = Builder::new(lookup, Period::Month);
    let payer = w.funder.payer();
    let (level, bound) = income_level(w.declared_income, &mut b)?;
    let discount = discount_for(w, &mut b);
    let village_cut = village_reading(w, &mut b);
    let covid = b.lookup.get(&relief::COVID_JKK_JKM_CUT).map(|c| (c, relief::COVID_JKK_JKM_CUT.id));
    let cuts = |b: &mut Builder| -> Result<(), Overflow> {
        for (cut, id) in [discount, covid].into_iter().flatten() {
            b.cite_last(id);
            discount_last(b, cut)?;
        }
        Ok(())
    };

    let jkk_rate = b.lookup.get(&bpu::JKK).unwrap_or(0);
    let jkk = apply_rate(level, Ppm(jkk_rate))?;
    b.line(Program::Jkk, payer, jkk);
    b.explain(Some(level), Some(jkk_rate), jkk, &[bpu::JKK.id]);
    if let Some(id) = bound {
        b.cite_last(id);
    }
    cuts(&mut b)?;
    let jkm = Rupiah::new(b.lookup.get(&bpu::JKM).unwrap_or(0))?;
    b.line(Program::Jkm, payer, jkm);
    b.explain(None, None, jkm, &[bpu::JKM.id]);
    cuts(&mut b)?;
    if w.with_jht {
        let rate = b.lookup.get(&bpu::JHT).unwrap_or(0);
        let jht = apply_rate(level, Ppm(rate))?;
        b.line(Program::Jht, payer, jht);
        b.explain(Some(level), Some(rate), jht, &[bpu::JHT.id]);
        if let Some(id) = bound {
            b.cite_last(id);
        }
    }
    let Some(cut) = village_cut else { return b.finish() };
    // The other reading: the same lines with PP 50/2025's cut on JKK and JKM, rounded as it would be.
    let mut discounted = Rupiah::ZERO;
    for line in &b.items {
        let off = if matches!(line.program, Program::Jkk | Program::Jkm) { apply_rate(line.amount, Ppm(cut))? } else { Rupiah::ZERO };
        discounted = discounted.add(line.amount.sub(off)?)?;
    }
    let mut c = b.finish()?;
    let full = c.total;
    let id = |r: Rupiah| rupiah(r.get(), Lang::Id);
    let en = |r: Rupiah| rupiah(r.get(), Lang::En);
    c.warnings.push(super::Warning::new(
        "village_budget_two_readings",
        format!(
            "APBDes / Dana Desa, dua bacaan: {} tanpa diskon bila Dana Desa (transfer APBN) dibaca APBN, yang \
             dikecualikan PP 50/2025 (dipakai); {} bila APBDes dibaca bukan APBN/APBD. Permendes PDTT 16/2025 \
             membolehkan Dana Desa membayar iuran.",
            id(full),
            id(discounted)
        ),
        format!(
            "APBDes / Dana Desa, two readings: {} undiscounted if Dana Desa (an APBN transfer) is read as APBN, \
             which PP 50/2025 excludes (used); {} if the APBDes is read as neither APBN nor APBD. Permendes PDTT \
             16/2025 lets Dana Desa pay premiums.",
            en(full),
            en(discounted)
        ),
    ));
    c.if_discounted = (discounted != full).then_some(discounted);
    Ok(c)
}

/// The PP 50/2025 cut a village budget would get under the reading that it is neither APBN nor
/// APBD, when such a cut is in force (the reading that Dana Desa is APBN money gives none).
fn village_reading(w: &Informal, b: &mut Builder) -> Option<i64> {
    if w.funder != Funder::Apbdes {
        return None;
    }
    let param = match w.worker_type {
        WorkerType::Transport => &relief::BPU_TRANSPORT_CUT,
        WorkerType::Other => &relief::BPU_OTHER_CUT,
    };
    if !b.lookup.in_force(param) {
        return None;
    }
    b.lookup.get(param)
}

/// The income level contributions are computed on: the declared income, or the lowest or top
/// level when it lies outside them, with a warning and the end level recorded as applied (its
/// id returned, for the lines to cite).
fn income_level(declared: Rupiah, b: &mut Builder) -> Result<(Rupiah, Option<&'static str>), Overflow> {
    let as_of = b.lookup.as_of();
    if let Some(min) = bpu::MIN_INCOME.at(as_of).filter(|m| declared.get() < *m) {
        b.lookup.get(&bpu::MIN_INCOME);
        b.warn(
            "bpu_income_below_lowest_level",
            format!(
                "Penghasilan di bawah tingkat terendah dihitung pada {}: iuran tidak bisa lebih rendah.",
                rupiah(min, Lang::Id)
            ),
            format!(
                "An income below the lowest level is counted at {}: contributions cannot be lower.",
                rupiah(min, Lang::En)
            ),
        );
        return Ok((Rupiah::new(min)?, Some(bpu::MIN_INCOME.id)));
    }
    if let Some(max) = bpu::MAX_INCOME.at(as_of).filter(|m| declared.get() > *m) {
        b.lookup.get(&bpu::MAX_INCOME);
        b.warn(
            "bpu_income_above_top_level",
            format!(
                "Penghasilan di atas tingkat tertinggi dihitung pada {} (JKK dan JHT dari tingkat itu).",
                rupiah(max, Lang::Id)
            ),
            format!(
                "An income above the top level is counted at {} (JKK and JHT on that level).",
                rupiah(max, Lang::En)
            ),
        );
        return Ok((Rupiah::new(max)?, Some(bpu::MAX_INCOME.id)));
    }
    Ok((declared, None))
}

/// The PP 50/2025 discount in force for this worker, if any, with its parameter's id and warnings.
fn discount_for(w: &Informal, b: &mut Builder) -> Option<(i64, &'static str)> {
    let param = match w.worker_type {
        WorkerType::Transport => &relief::BPU_TRANSPORT_CUT,
        WorkerType::Other => &relief::BPU_OTHER_CUT,
    };
    if !b.lookup.in_force(param) {
        return None;
    }
    match w.funder {
        Funder::Apbn | Funder::Apbd => {
            b.warn(
                "discount_not_for_government",
                "Diskon 50% PP 50/2025 tidak berlaku bila iuran dibayar APBN/APBD: iuran penuh.",
                "The PP 50/2025 50% discount does not apply when APBN/APBD pays: full contribution.",
            );
            None
        }
        // Both readings are given (see `village_reading`): the lines are the full premium.
        Funder::Apbdes => None,
        _ => b.lookup.get(param).map(|cut| (cut, param.id)),
    }
}
