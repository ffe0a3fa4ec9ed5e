//! Reading spreadsheets' CSV: records one at a time (so a large file can be read in steps),
//! the separator guessed from the header, header keys, and errors tied to a line and column.
//!
//! Accepts what Excel and LibreOffice write in Indonesian and English settings: a UTF-8 BOM or
//! none, `;`, tab or `,` between fields, quoted fields with `""` for a quote, CRLF or LF line
//! ends, blank lines.

use serde::Serialize;
use std::borrow::Cow;

/// One problem, tied to a line (1 = the header) and, where it has one, a column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LineError {
    /// Line number in the file, 1-based.
    pub line: usize,
    /// The column's name as the file writes it, when the problem is in one cell.
    pub column: Option<String>,
    /// Stable code.
    pub code: &'static str,
    /// Message in Bahasa Indonesia, starting with the line.
    pub message_id: String,
    /// Message in English, starting with the line.
    pub message_en: String,
}

/// A [`LineError`] whose messages start with the line (and column).
pub fn line_error(line: usize, column: Option<&str>, code: &'static str, id: &str, en: &str) -> LineError {
    let (pid, pen) = match column {
        Some(c) => (format!("Baris {line}, kolom \"{c}\": "), format!("Line {line}, column \"{c}\": ")),
        None => (format!("Baris {line}: "), format!("Line {line}: ")),
    };
    LineError {
        line,
        column: column.map(str::to_string),
        code,
        message_id: format!("{pid}{id}"),
        message_en: format!("{pen}{en}"),
    }
}

/// A header or value reduced for matching: lower case, ASCII letters and digits only
/// (`"APBD Kabupaten/Kota"` → `"apbdkabupatenkota"`).
pub fn key(v: &str) -> String {
    v.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// The text without a UTF-8 byte-order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The separator the header line uses most: `;`, tab or `,` (`;` when none).
pub fn separator(text: &str) -> char {
    let header = text.lines().next().unwrap_or("");
    [';', '\t', ','].into_iter().max_by_key(|s| header.matches(*s).count()).unwrap_or(';')
}

/// A record: the line it starts on and its fields (borrowed from the text when unquoted).
pub type Record<'a> = (usize, Vec<Cow<'a, str>>);

/// Records of fields (RFC 4180 quoting), each with the line it starts on; blank records are
/// skipped. An unclosed quote ends the reading with `Err(line it started on)`.
pub struct Records<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    sep: char,
    failed: bool,
}

impl<'a> Records<'a> {
    /// Reads `text` (BOM already stripped) with separator `sep`.
    pub fn new(text: &'a str, sep: char) -> Self {
        Records { text, pos: 0, line: 1, sep, failed: false }
    }

    /// Carries on reading `text` from byte `pos`, which starts line `line` (a position and line
    /// an earlier reader reported).
    pub fn resume(text: &'a str, sep: char, pos: usize, line: usize) -> Self {
        Records { text, pos: pos.min(text.len()), line, sep, failed: false }
    }

    /// Bytes read so far (for progress).
    pub fn position(&self) -> usize {
        self.pos
    }

    /// The line the next record starts on.
    pub fn line(&self) -> usize {
        self.line
    }

    fn record(&mut self) -> Option<Result<Record<'a>, usize>> {
        let start = self.line;
        let text: &'a str = self.text;
        let rest = &text[self.pos..];
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let sep = self.sep as u8; // `;`, tab or `,`: ASCII
        let mut fields = Vec::new();
        let mut i = 0;
        loop {
            // A field: quoted (possibly over several lines) or plain up to the separator or line end.
            let lead = bytes.get(i..).unwrap_or_default().iter().take_while(|b| **b == b' ' || **b == b'\t' && sep != b'\t').count();
            if bytes.get(i + lead) == Some(&b'"') {
                let mut field = String::new();
                let mut j = i + lead + 1;
                loop {
                    let Some(k) = bytes.get(j..).unwrap_or_default().iter().position(|b| *b == b'"') else {
                        self.pos = self.text.len();
                        return Some(Err(start));
                    };
                    let chunk = rest.get(j..j + k).unwrap_or_default();
                    self.line += chunk.matches('\n').count();
                    field.push_str(chunk);
                    j += k + 1;
                    if bytes.get(j) == Some(&b'"') {
                        field.push('"');
                        j += 1;
                    } else {
                        break;
                    }
                }
                // Anything between the closing quote and the separator is kept, as before.
                let end = bytes.get(j..).unwrap_or_default().iter().position(|b| *b == sep || *b == b'\n').map_or(bytes.len(), |k| j + k);
                field.push_str(rest.get(j..end).unwrap_or_default().trim_end_matches('\r'));
                fields.push(Cow::Owned(field));
                i = end;
            } else {
                let end = bytes.get(i..).unwrap_or_default().iter().position(|b| *b == sep || *b == b'\n').map_or(bytes.len(), |k| i + k);
                let f = rest.get(i..end).unwrap_or_default();
                fields.push(if f.contains('\r') { Cow::Owned(f.replace('\r', "")) } else { Cow::Borrowed(f) });
                i = end;
            }
            match bytes.get(i) {
                Some(b) if *b == sep => i += 1,
                Some(_) => {
                    // A line end.
                    self.pos += i + 1;
                    self.line += 1;
                    return Some(Ok((start, fields)));
                }
                None => {
                    self.pos = self.text.len();
                    return Some(Ok((start, fields)));
                }
            }
        }
    }
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<Record<'a>, usize>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            match self.record()? {
                Ok((_, f)) if f.iter().all(|x| x.trim().is_empty()) => continue,
                Err(line) => {
                    self.failed = true;
                    return Some(Err(line));
                }
                ok => return Some(ok),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    // Test code may unwrap: a failure here is a test failure, never a panic in the wasm.
    use super::*;

    fn all(text: &str, sep: char) -> Result<Vec<(usize, Vec<String>)>, usize> {
        Records::new(text, sep).map(|r| r.map(|(l, f)| (l, f.into_iter().map(Cow::into_owned).collect()))).collect()
    }

    #[test]
    fn quotes_lines_and_blank_records() {
        let r = all("a;b\r\n\n\"x;\"\"y\"\"\";\"two\nlines\"\nlast;1", ';').unwrap();
        assert_eq!(r[0], (1, vec!["a".to_string(), "b".to_string()]));
        assert_eq!(r[1], (3, vec!["x;\"y\"".to_string(), "two\nlines".to_string()]));
        assert_eq!(r[2], (5, vec!["last".to_string(), "1".to_string()]));
        assert_eq!(all("a\n\"open\nb", ';'), Err(2));
    }

    #[test]
    fn separator_and_key() {
        assert_eq!(separator("a,b;c,d\n1"), ',');
        assert_eq!(separator("a\tb\n"), '\t');
        assert_eq!(key("APBD Kabupaten/Kota"), "apbdkabupatenkota");
    }
}
