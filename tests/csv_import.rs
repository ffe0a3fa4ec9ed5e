//! Target groups from spreadsheets: the formats Excel and LibreOffice write, and errors by line.

use jamsostek::api::csv_import::import_groups_csv;
use jamsostek::api::plan::PackageKind;
use jamsostek::api::NumInput;
use jamsostek::plan::scenario::FundingSource;
use jamsostek::rules::WorkerType;

fn text(v: &Option<NumInput>) -> &str {
    match v {
        Some(NumInput::Text(t)) => t,
        _ => "",
    }
}

#[test]
fn excel_in_indonesian_settings_bom_semicolons_and_quotes() {
    let csv = "\u{feff}Nama;Pekerja;Bulan;Sumber;Jenis\r\nPetani;2.095;12;APBD kabupaten/kota;\r\n\"Ojek; pangkalan\";3.041;12;apbdRegency;ojek\r\n\r\n\"Satgas \"\"kebersihan\"\"\";399;6;Dana Desa;\r\n";
    let r = import_groups_csv(csv, Some(2024));
    assert!(r.ok, "{:?}", r.errors);
    assert_eq!(r.groups.len(), 3);
    assert_eq!(r.groups[0].name.as_deref(), Some("Petani"));
    assert_eq!(text(&r.groups[0].workers), "2.095");
    assert_eq!(r.groups[1].name.as_deref(), Some("Ojek; pangkalan"));
    assert_eq!(r.groups[1].worker_type, Some(WorkerType::Transport));
    assert_eq!(r.groups[2].name.as_deref(), Some("Satgas \"kebersihan\""));
    assert_eq!(r.groups[2].source, Some(FundingSource::Apbdes));
}

#[test]
fn english_commas_and_tabs() {
    let r = import_groups_csv("name,workers,package,income\nHonorer,3655,puWage,\"1,000,000\"\n", None);
    assert!(r.ok, "{:?}", r.errors);
    assert_eq!(r.groups[0].package, Some(PackageKind::PuWage));
    assert_eq!(text(&r.groups[0].income), "1,000,000");
    let r = import_groups_csv("nama\tpekerja\nNelayan\t629\n", None);
    assert!(r.ok);
    assert_eq!(text(&r.groups[0].workers), "629");
}

#[test]
fn a_group_paid_from_a_start_month_keeps_it_and_a_bad_month_is_named_by_line_and_column() {
    let csv = "nama;pekerja;bulan;mulai;bulan_mulai\nOjek;3.041;14;2026;11\nPetani;2.095;12;2026;\n";
    let r = import_groups_csv(csv, Some(2026));
    assert!(r.ok, "{:?}", r.errors);
    assert_eq!(text(&r.groups[0].start_month), "11");
    assert_eq!(text(&r.groups[0].months), "14", "with a start month, months count in all (up to 60)");
    assert_eq!(r.groups[1].start_month, None, "empty: months per year from January");
    let r = import_groups_csv("name,workers,startMonth\nOjek,10,13\n", None);
    let got: Vec<_> = r.errors.iter().map(|e| (e.line, e.column.as_deref(), e.code)).collect();
    assert_eq!(got, [(2, Some("startMonth"), "out_of_range")]);
    // Without a start month, 14 months are refused as before.
    let r = import_groups_csv("nama;pekerja;bulan\nOjek;10;14\n", None);
    assert_eq!((r.errors[0].column.as_deref(), r.errors[0].code), (Some("bulan"), "out_of_range"));
}

#[test]
fn every_bad_line_is_named_and_nothing_is_imported() {
    let csv = "nama;pekerja;bulan;sumber\nPetani;-5;12;APBD\nNelayan;629;13;APBD\nOjek;1.000;12;Bank Dunia\n";
    let r = import_groups_csv(csv, Some(2024));
    assert!(!r.ok);
    assert!(r.groups.is_empty());
    let got: Vec<_> = r.errors.iter().map(|e| (e.line, e.column.as_deref(), e.code)).collect();
    assert_eq!(
        got,
        [(2, Some("pekerja"), "negative"), (3, Some("bulan"), "out_of_range"), (4, Some("sumber"), "bad_value")]
    );
    assert_eq!(r.errors[0].message_id, "Baris 2, kolom \"pekerja\": Tidak boleh negatif.");
    assert_eq!(r.errors[0].message_en, "Line 2, column \"pekerja\": Cannot be negative.");
}

#[test]
fn header_problems_are_reported_on_line_1() {
    let r = import_groups_csv("Petani;2095\n", None);
    assert_eq!(r.errors.last().unwrap().code, "missing_columns");
    let r = import_groups_csv("nama;pekerja;warna\nPetani;1;biru\n", None);
    assert_eq!((r.errors[0].line, r.errors[0].code), (1, "unknown_column"));
    let r = import_groups_csv("", None);
    assert_eq!(r.errors[0].code, "empty");
    let r = import_groups_csv("nama;pekerja\n\"Petani;1\n", None);
    assert_eq!((r.errors[0].line, r.errors[0].code), (2, "unclosed_quote"));
    let r = import_groups_csv("nama;pekerja\nPetani;1;2\n", None);
    assert_eq!(r.errors[0].code, "too_many_fields");
}

#[test]
fn too_many_rows_or_bytes_are_refused() {
    let mut csv = String::from("nama;pekerja\n");
    for i in 0..1_001 {
        csv.push_str(&format!("G{i};1\n"));
    }
    assert_eq!(import_groups_csv(&csv, None).errors[0].code, "too_many_groups");
    let big = "x".repeat(1_000_001);
    assert_eq!(import_groups_csv(&big, None).errors[0].code, "too_large");
}
