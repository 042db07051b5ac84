//! The interactive prompt: line editing and history (rustyline), multi-line
//! blocks, expression values echoed with repr, errors printed without leaving.

use rustyline::error::ReadlineError;
use taipan_builtins::interp::RunError;
use taipan_builtins::Interpreter;

/// Whether a compile error only means "the input is not finished yet".
fn is_incomplete(e: &taipan_compiler::SyntaxError) -> bool {
    let m = e.msg.as_str();
    m.contains("was never closed")
        || m.contains("unterminated triple-quoted string")
        || m.contains("unexpected EOF")
        || m.starts_with("expected an indented block")
}

pub fn run(interp: &mut Interpreter) -> i32 {
    println!(
        "Python 3.11.7 (taipan {}) on linux",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(_) => return 1,
    };
    let history = std::env::var("HOME")
        .map(|h| format!("{h}/.taipan_history"))
        .ok();
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = rl.add_history_entry(line.as_str());
                }
                let block_continues = !buffer.is_empty() && !line.trim().is_empty();
                buffer.push_str(&line);
                buffer.push('\n');
                let starts_block = buffer.lines().next().is_some_and(|l| {
                    let t = l.trim_end();
                    t.ends_with(':') || t.starts_with('@')
                });
                if (starts_block || buffer.lines().count() > 1) && block_continues {
                    continue;
                }
                if starts_block && buffer.lines().count() == 1 {
                    continue;
                }
                let source = buffer.clone();
                match interp.run_interactive(&source) {
                    Ok(()) => {}
                    Err(RunError::Syntax(e)) if is_incomplete(&e) && !line.trim().is_empty() => {
                        continue
                    }
                    Err(RunError::Syntax(e)) => {
                        let err = taipan_builtins::interp::syntax_error_to_exception(
                            &mut interp.vm,
                            &e,
                            "<stdin>",
                        );
                        interp.report(&err);
                    }
                    Err(RunError::Exception(err)) => {
                        let ev = err.value();
                        if interp
                            .vm
                            .is_instance_of(&ev, &interp.vm.exc.system_exit.clone())
                        {
                            interp.flush();
                            return interp.report(&err);
                        }
                        interp.report(&err);
                    }
                }
                interp.flush();
                buffer.clear();
            }
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                buffer.clear();
            }
            Err(_) => break,
        }
    }
    if let Some(h) = &history {
        let _ = rl.save_history(h);
    }
    interp.flush();
    0
}
