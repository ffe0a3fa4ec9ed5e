//! Whether a file is text at all: an Excel workbook, a PDF or a picture chosen instead of a CSV
//! is said to be one, with how to save it as CSV, instead of read as a header of unknown columns.

use crate::csv::{line_error, LineError};

/// How much of a file's beginning is looked at.
const HEAD: usize = 4096;

/// A file that is no text at all (an Excel workbook, a PDF, a picture), said as such: its bytes
/// read as text gave a header of unknown columns quoting them. Known formats by their first bytes
/// (as the page reads them: UTF-8, else Windows-1252, where a byte below 0x20 is that control
/// character); others by a control character in the first 4 KB, which a CSV does not have (tab,
/// line feed, carriage return, vertical tab and form feed aside, and at the end of a short file
/// the NULs and the DOS end-of-file mark some old programs add).
pub(super) fn not_text(text: &str) -> Option<LineError> {
    let mut end = text.len().min(HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    not_text_head(&text[..end], end == text.len())
}

/// [`not_text`] of a file's first 4 KB (`whole`: the file itself).
fn not_text_head(head: &str, whole: bool) -> Option<LineError> {
    const SAVE_ID: &str = "Simpan dari spreadsheet sebagai CSV (di Excel: File › Save As › CSV UTF-8) lalu pilih berkas itu.";
    const SAVE_EN: &str = "Save it from the spreadsheet as CSV (in Excel: File › Save As › CSV UTF-8) and choose that file.";
    let (id, en) = if head.starts_with("PK\u{3}\u{4}") {
        ("berkas ini buku kerja Excel (.xlsx) atau arsip ZIP, bukan CSV.", "this file is an Excel workbook (.xlsx) or a ZIP archive, not a CSV.")
    } else if head.starts_with("\u{d0}\u{cf}\u{11}\u{e0}") {
        ("berkas ini berkas Office lama (misalnya buku kerja .xls), bukan CSV.", "this file is an old Office file (an .xls workbook, say), not a CSV.")
    } else if head.starts_with("%PDF") {
        ("berkas ini PDF, bukan CSV.", "this file is a PDF, not a CSV.")
    } else {
        let head = if whole { head.trim_end_matches(['\0', '\u{1a}']) } else { head };
        if !head.chars().any(|c| u32::from(c) < 0x20 && !matches!(c, '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')) {
            return None;
        }
        ("berkas ini bukan teks CSV (berisi data biner, misalnya gambar).", "this file is not CSV text (it holds binary data, a picture say).")
    };
    Some(line_error(1, None, "not_csv", &format!("{id} {SAVE_ID}"), &format!("{en} {SAVE_EN}")))
}

/// The first 4 KB of a file's bytes that are not UTF-8, as text (a byte a character, as
/// Windows-1252 reads the bytes that tell a binary file), when they are no text at all: a job
/// of that head then says so, without the whole file decoded and copied in first (a workbook's
/// bytes grow by half as Windows-1252 text, and a large one was refused as too large instead).
pub fn binary_head(bytes: &[u8]) -> Option<String> {
    let head: String = bytes.iter().take(HEAD).map(|&b| char::from(b)).collect();
    not_text_head(&head, bytes.len() <= HEAD).map(|_| head)
}
