//! The `taipan` command: run a script, a `-c` string, or an interactive REPL.
//! No interpreter logic lives here; it drives `taipan_builtins::Interpreter`.

mod alloc;
mod repl;

#[global_allocator]
static GLOBAL: alloc::SmallAlloc = alloc::SmallAlloc;

use taipan_builtins::Interpreter;

/// Stack for the interpreter thread. Python-to-Python calls use no Rust stack,
/// but native code calling back into Python does; the Vm refuses to go deeper
/// than `NATIVE_LIMIT` (RecursionError), which this stack comfortably holds.
const THREAD_STACK: usize = 1 << 30;
const NATIVE_LIMIT: usize = 900 << 20;

const USAGE: &str = "usage: taipan [option] ... [-c cmd | file | -] [arg] ...\n";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let handle = std::thread::Builder::new()
        .name("taipan".into())
        .stack_size(THREAD_STACK)
        .spawn(move || run(args))
        .expect("spawn interpreter thread");
    let code = handle.join().unwrap_or(70);
    std::process::exit(code);
}

/// Options that change how the interpreter runs (`-X ...`).
#[derive(Default, Clone, Copy)]
struct Options {
    callstats: bool,
    specstats: bool,
}

fn run(args: Vec<String>) -> i32 {
    let mut i = 1;
    let mut opts = Options::default();
    while i < args.len() {
        match args[i].as_str() {
            "-X" => {
                match args.get(i + 1).map(|s| s.as_str()) {
                    Some("callstats") => opts.callstats = true,
                    Some("specstats") => opts.specstats = true,
                    _ => {}
                }
                i += 2;
                continue;
            }
            "-m" => {
                let Some(name) = args.get(i + 1) else {
                    eprint!("Argument expected for the -m option\n{USAGE}");
                    return 2;
                };
                return run_module(name, args[i + 1..].to_vec(), opts);
            }
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    eprint!("Argument expected for the -c option\n{USAGE}");
                    return 2;
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend_from_slice(&args[i + 2..]);
                return run_source(cmd, "<string>", argv, "", opts);
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (taipan {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-W" => {
                i += 2;
                continue;
            }
            "-" => {
                let mut src = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
                return run_source(&src, "<stdin>", args[i..].to_vec(), "", opts);
            }
            a if a.starts_with('-') && a.len() > 1 => {
                // Flags without effect here (-u, -B, -O, -E, -s, -S, -I ...).
                i += 1;
                continue;
            }
            path => {
                let source = match std::fs::read(path) {
                    Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    Err(e) => {
                        let why = match e.kind() {
                            std::io::ErrorKind::NotFound => {
                                "[Errno 2] No such file or directory".to_string()
                            }
                            _ => e.to_string(),
                        };
                        eprintln!("{}: can't open file '{}': {}", args[0], path, why);
                        return 2;
                    }
                };
                let dir = std::path::Path::new(path)
                    .parent()
                    .map(|p| p.to_string_lossy().into_owned())
                    .filter(|p| !p.is_empty())
                    .unwrap_or_else(|| ".".to_string());
                return run_source(&source, path, args[i..].to_vec(), &dir, opts);
            }
        }
    }
    let mut interp = new_interpreter(vec![String::new()], "");
    repl::run(&mut interp)
}

fn new_interpreter(argv: Vec<String>, path0: &str) -> Interpreter {
    let mut interp = Interpreter::new();
    interp.vm.set_native_stack(NATIVE_LIMIT);
    interp.set_argv(argv, path0);
    interp
}

fn run_source(source: &str, filename: &str, argv: Vec<String>, path0: &str, opts: Options) -> i32 {
    let mut interp = new_interpreter(argv, path0);
    if opts.callstats {
        interp.vm.callstats = Some(Box::default());
    }
    if opts.specstats {
        interp.vm.specstats = Some(Box::default());
    }
    let code = match interp.run_main(source, filename) {
        Ok(()) => 0,
        Err(e) => interp.report(&e),
    };
    interp.flush();
    if let Some(stats) = interp.vm.callstats.take() {
        eprint!("{}", stats.table());
    }
    if let Some(stats) = interp.vm.specstats.take() {
        eprint!("{}", taipan_vm::specialize::stats_table(&stats));
    }
    code
}

/// `taipan -m name args...`: run a shipped module or `name.py` from the
/// current directory as `__main__`.
fn run_module(name: &str, argv: Vec<String>, opts: Options) -> i32 {
    if let Some(source) = taipan_builtins::modules::shipped_source(name) {
        return run_source(source, &format!("<frozen {name}>"), argv, ".", opts);
    }
    let path = format!("{}.py", name.replace('.', "/"));
    match std::fs::read_to_string(&path) {
        Ok(source) => run_source(&source, &path, argv, ".", opts),
        Err(_) => {
            eprintln!("taipan: No module named {name}");
            1
        }
    }
}
