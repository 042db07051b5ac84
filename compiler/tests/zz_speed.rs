use bumpalo::Bump;
use taipan_compiler::{parse, symtable, Mode};
#[test]
fn speed() {
    let list = std::fs::read_to_string("/tmp/corpus_files.txt").unwrap();
    let srcs: Vec<String> = list.lines().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let bytes: usize = srcs.iter().map(|s| s.len()).sum();
    std::thread::Builder::new().stack_size(64 << 20).spawn(move || {
        let t = std::time::Instant::now();
        let mut ok = 0;
        for s in &srcs { let arena = Bump::new(); if parse(&arena, s, Mode::Exec, "x").is_ok() { ok += 1; } }
        let p = t.elapsed();
        let t = std::time::Instant::now();
        for s in &srcs { let arena = Bump::new(); if let Ok(a) = parse(&arena, s, Mode::Exec, "x") { let _ = symtable::build(&a); } }
        eprintln!("{bytes} bytes, {ok} ok: parse {:?}, parse+symtable {:?}", p, t.elapsed());
    }).unwrap().join().unwrap();
}
