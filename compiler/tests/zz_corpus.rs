use bumpalo::Bump;
use taipan_compiler::{dump::dump, parse, symtable, Mode};

#[test]
fn corpus() {
    let list = std::fs::read_to_string(std::env::var("FILES").unwrap()).unwrap();
    let out = std::env::var("OUT").unwrap();
    let t = std::time::Instant::now();
    let mut bytes = 0;
    for (i, path) in list.lines().enumerate() {
        let Ok(src) = std::fs::read_to_string(path) else { continue };
        bytes += src.len();
        let src = src.strip_prefix('\u{feff}').unwrap_or(&src).to_owned();
        let text = std::thread::Builder::new().stack_size(64 << 20).spawn(move || {
            let arena = Bump::new();
            match parse(&arena, &src, Mode::Exec, "x") {
                Ok(ast) => {
                    let st = match symtable::build(&ast) { Ok(_) => "".to_string(), Err(e) => format!("SYMERR {} {}\n", e.msg, e.lineno) };
                    format!("{}{}", st, dump(&ast, true))
                }
                Err(e) => format!("ERR {:?} {} {} {}", e.kind, e.msg, e.lineno, e.offset),
            }
        }).unwrap().join().unwrap();
        std::fs::write(format!("{out}/{i}.txt"), text).unwrap();
    }
    eprintln!("parsed {bytes} bytes in {:?}", t.elapsed());
}
