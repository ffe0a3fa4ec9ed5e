use std::time::Instant;
fn main() {
    let t = Instant::now();
    let index = std::fs::read_to_string("www/data/wilayah.txt").unwrap();
    let book = jamsostek::regions::CodeBook::new(jamsostek::regions::Index::parse(&index).unwrap());
    println!("index {:?}", t.elapsed());
    let t = Instant::now();
    let mut parse = std::time::Duration::ZERO;
    for r in book.index().regions().iter().filter(|r| r.code.len() == 2).map(|r| r.code.clone()).collect::<Vec<_>>() {
        let text = std::fs::read_to_string(format!("www/data/desa/{r}.txt")).unwrap();
        let t2 = Instant::now();
        let _ = jamsostek::regions::villages_of(&text, &r).unwrap();
        parse += t2.elapsed();
        book.add_province(&r, &text).unwrap();
    }
    println!("provinces {:?} (villages_of alone {:?})", t.elapsed(), parse);
    let t = Instant::now();
    let mut n = 0;
    for r in book.index().regions() { if let jamsostek::regions::Lookup::Found(_) = book.name(&r.code) { n += 1; } }
    println!("lookups {n} {:?}", t.elapsed());
}
