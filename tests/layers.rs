//! The house keeps its shape: layers import only downward, and only the contract and the wasm
//! face know the contract.
//!
//! wasm → api → report → plan → rules → params (and regions) → base (money, date, fmt, parse, csv, errors).
//! Every `crate::…` path in a source file (comments aside) names a module; its layer must be at
//! or below the file's own. A file that reaches up fails this test with the line that does.

use std::path::Path;

/// The layer of a top-level module: higher numbers sit above lower ones.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "money" | "date" | "fmt" | "parse" | "csv" | "errors" => 0,
        "params" | "regions" => 1,
        "rules" => 2,
        "plan" => 3,
        "report" => 4,
        "api" => 5,
        "wasm" => 6,
        _ => return None,
    })
}

/// The top-level module a source file belongs to (`src/plan/batch/row.rs` → `plan`).
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(concat!(env!("CARGO_MANIFEST_DIR"), "/src")).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::<module>` a line names (a `use crate::{a, b}` list names each).
fn named_modules(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(list) = rest.strip_prefix('{') {
            // The top-level items of the list (nested lists belong to the item before them).
            let (mut depth, mut at_item) = (1, true);
            for c in list.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 1 => break,
                    '}' => depth -= 1,
                    ',' if depth == 1 => at_item = true,
                    c if at_item && (c.is_alphanumeric() || c == '_') => {
                        found.push(String::from(c));
                        at_item = false;
                    }
                    c if !at_item && depth == 1 && (c.is_alphanumeric() || c == '_') => {
                        if let Some(last) = found.last_mut().filter(|l| !l.contains(':')) {
                            last.push(c);
                        }
                    }
                    ':' if depth == 1 => {
                        if let Some(last) = found.last_mut() {
                            last.push(':');
                        }
                    }
                    _ => {}
                }
            }
        } else {
            found.push(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
        }
    }
    for name in &mut found {
        name.truncate(name.find(':').unwrap_or(name.len()));
    }
    found
}

fn violations() -> Vec<String> {
    let mut files = Vec::new();
    sources(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut files);
    assert!(files.len() > 30, "found the sources");
    let mut bad = Vec::new();
    for file in files {
        let own = module_of(&file);
        if own == "lib" {
            continue; // the crate root declares the modules
        }
        let own_layer = layer(&own).unwrap_or_else(|| panic!("{own}: a module without a layer; add it to layer()"));
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for module in named_modules(code) {
                let Some(their) = layer(&module) else { continue };
                let contract = module == "api" && !matches!(own.as_str(), "api" | "wasm");
                if their > own_layer || contract {
                    bad.push(format!("{}:{}: {own} imports {module}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    bad
}

#[test]
fn layers_import_only_downward_and_only_api_and_wasm_name_the_contract() {
    let bad = violations();
    assert!(bad.is_empty(), "imports that go up the layers:\n{}", bad.join("\n"));
}

#[test]
fn the_check_sees_an_upward_import() {
    assert_eq!(named_modules("use crate::{api, fmt::Lang};"), ["api", "fmt"]);
    assert_eq!(named_modules("use crate::{plan::{a, b}, report::{c}, api};"), ["plan", "report", "api"]);
    assert_eq!(named_modules("let x = crate::report::chart::svg(); crate::plan::x"), ["report", "plan"]);
}
