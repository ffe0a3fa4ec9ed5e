//! The national batch natively, for `make bench`: reads a CSV of areas and a batch request (JSON,
//! as the page sends it), runs the same steps the page's worker runs, and prints one JSON line
//! with the times (best of `runs`) and the peak memory. Like the worker, it checks the file's
//! codes against the Kemendagri list of `www/data/` (the index and the provinces the codes need,
//! read and parsed inside the timed run; the page fetches them, from its cache after first use).
//!
//!     cargo run --release --example batch_bench -- areas.csv '{"scenario":{...}}' [runs]

use jamsostek::api::batch::{finish, start, BatchRequest};
use std::time::Instant;

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.to_string()))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(args.get(1).ok_or("usage: batch_bench FILE REQUEST [RUNS]")?)?;
    let req: BatchRequest = serde_json::from_str(args.get(2).ok_or("request JSON missing")?)?;
    let runs: usize = args.get(3).map_or(Ok(5), |r| r.parse())?;
    let mut best = f64::INFINITY;
    let mut best_codes = 0.0;
    let mut count = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let mut job = start(text.clone(), &req).map_err(|e| format!("{e:?}"))?;
        let listing = Instant::now();
        let need = job.provinces();
        if !need.is_empty() {
            let index = std::fs::read_to_string("www/data/wilayah.txt")?;
            let book = jamsostek::regions::CodeBook::new(jamsostek::regions::Index::parse(&index).map_err(|e| format!("{e:?}"))?);
            for p in need.iter().filter(|p| book.index().get(p).is_some()).cloned().collect::<Vec<_>>() {
                book.add_province(&p, &std::fs::read_to_string(format!("www/data/desa/{p}.txt"))?).map_err(|e| format!("{e:?}"))?;
            }
            job.use_codes(std::rc::Rc::new(book));
        }
        let listed = listing.elapsed().as_secs_f64() * 1000.0;
        while job.step(5_000) < 1.0 {}
        let (summary, _batch) = finish(job, &req).map_err(|e| format!("{e:?}"))?;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        if ms < best {
            best = ms;
            best_codes = listed;
        }
        count = summary.count;
    }
    println!("{{\"areas\":{count},\"computeMs\":{best:.1},\"codesMs\":{best_codes:.1},\"peakRssKb\":{}}}", peak_rss_kb());
    Ok(())
}
