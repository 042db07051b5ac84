//! The `taipan` command: run a script, a `-c` string, or an interactive REPL.
//! No interpreter logic lives here; it drives `taipan_builtins::Interpreter`.

mod repl;

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

fn run(args: Vec<String>) -> i32 {
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    eprint!("Argument expected for the -c option\n{USAGE}");
                    return 2;
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend_from_slice(&args[i + 2..]);
                return run_source(cmd, "<string>", argv, "");
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (taipan {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-X" | "-W" => {
                i += 2;
                continue;
            }
            "-" => {
                let mut src = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
                return run_source(&src, "<stdin>", args[i..].to_vec(), "");
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
                return run_source(&source, path, args[i..].to_vec(), &dir);
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

fn run_source(source: &str, filename: &str, argv: Vec<String>, path0: &str) -> i32 {
    let mut interp = new_interpreter(argv, path0);
    let code = match interp.run_main(source, filename) {
        Ok(()) => 0,
        Err(e) => interp.report(&e),
    };
    interp.flush();
    code
}
