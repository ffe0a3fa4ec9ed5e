//! The computed areas as a file the batch reads again: what the page keeps across a reload.

use super::Batch;

/// The computed areas as a file of this batch's own columns (`;`, no BOM): what the page keeps
/// to reopen the last result after a reload (to export it, open a row in the planning view, or
/// recompute it with other settings) without keeping the user's file. Read back by [`Job::new`](super::Job::new),
/// it gives the same areas (names as computed: filled from their codes where the file had none),
/// each with the line it had in the user's file (`baris_berkas`), so that warnings name the same
/// lines.
pub fn snapshot(b: &Batch) -> String {
    fn field(out: &mut String, v: &str) {
        if v.contains([';', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&v.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(v);
        }
    }
    let a = &b.areas;
    let mut out = String::with_capacity(a.len() * 96);
    out.push_str("kode;nama;provinsi;kabupaten;kecamatan;induk;pekerja;peserta_formal;peserta_informal");
    for (k, t) in b.target_names.iter().enumerate() {
        out.push(';');
        // A header the batch reads as a target column again, in the same order.
        let name = if t.is_empty() { format!("sasaran_{}", k + 1) } else { t.clone() };
        field(&mut out, &name);
    }
    out.push_str(";baris_berkas\n");
    for r in (0..a.len()).filter_map(|i| a.row(i)) {
        for v in [r.code, r.name, r.province, r.regency, r.district, r.parent] {
            field(&mut out, v);
            out.push(';');
        }
        out.push_str(&format!("{};{};{}", r.workers, r.formal, r.informal));
        for t in r.targets {
            out.push_str(&format!(";{t}"));
        }
        out.push_str(&format!(";{}\n", r.line));
    }
    out
}
