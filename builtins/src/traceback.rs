//! Printing exceptions the way CPython's default excepthook does: the chain of
//! causes and contexts, `Traceback (most recent call last):`, one entry per
//! frame with its source line, and `Type: message`.

use taipan_object::{Payload, Value, Vm};

/// The lines of `traceback.format_exception(exc)`.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen: Vec<u64> = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<u64>) {
    seen.push(exc.id());
    if let Some(d) = exc.as_obj().and_then(|o| o.as_exception()) {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        let suppress = d.suppress_context.get();
        if let Some(c) = cause {
            let cv = Value::Obj(c);
            if !seen.contains(&cv.id()) {
                format_chain(vm, &cv, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Some(c), false) = (context, suppress) {
            let cv = Value::Obj(c);
            if !seen.contains(&cv.id()) {
                format_chain(vm, &cv, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    format_one(vm, exc, out);
}

fn format_one(vm: &mut Vm, exc: &Value, out: &mut String) {
    let tb = exc
        .as_obj()
        .and_then(|o| o.as_exception())
        .and_then(|d| d.traceback.borrow().clone());
    if let Some(tb) = tb {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = Some(tb);
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0;
        while let Some(t) = cur {
            let Payload::Traceback(td) = &t.payload else {
                break;
            };
            let (file, name) = match &td.frame.payload {
                Payload::Frame(f) => (
                    f.code
                        .filename
                        .as_str()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                    f.code
                        .name
                        .as_str()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                ),
                _ => (String::new(), String::new()),
            };
            let key = (file.clone(), td.lineno, name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
                last = Some(key);
            }
            if repeats < 3 {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    file, td.lineno, name
                ));
                if let Some(line) = source_line(&file, td.lineno) {
                    out.push_str(&format!("    {}\n", line.trim()));
                }
            }
            cur = td.next.borrow().clone();
        }
        flush_repeats(out, repeats);
    }
    if vm.is_instance_of(exc, &vm.exc.syntax_error.clone()) {
        format_syntax_error(vm, exc, out);
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// `  File "x.py", line 1` / the source line / the caret, for SyntaxError.
fn format_syntax_error(vm: &mut Vm, exc: &Value, out: &mut String) {
    let Some(o) = exc.as_obj() else { return };
    let get = |vm: &Vm, n: &str| vm.get_attr_raw(o, n).unwrap_or(Value::None);
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let text = get(vm, "text");
    let offset = get(vm, "offset");
    let end_offset = get(vm, "end_offset");
    let end_lineno = get(vm, "end_lineno");
    let fname = crate::util::as_str(&filename)
        .unwrap_or("<string>")
        .to_string();
    if let Value::Int(l) = lineno {
        out.push_str(&format!("  File \"{fname}\", line {l}\n"));
    }
    if let Some(t) = crate::util::as_str(&text) {
        let line = t.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {stripped}\n"));
        if let Value::Int(off) = offset {
            let start = (off - 1 - indent as i64).max(0) as usize;
            let width = match (end_offset, end_lineno) {
                (Value::Int(e), Value::Int(el)) if Value::Int(el).is(&lineno) && e > off => {
                    (e - off) as usize
                }
                _ => 1,
            };
            let width = width.min(stripped.chars().count().saturating_sub(start).max(1));
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
        }
    }
}

/// `Type: message` (qualified with the module unless builtins or __main__).
pub fn exception_line(vm: &mut Vm, exc: &Value) -> String {
    let t = vm.type_of(exc).clone();
    let td = taipan_object::typeobj::tdata(&t);
    let q = td.qualname.borrow().to_string();
    let name = match vm.type_module_name(&t) {
        Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{q}"),
        _ => q,
    };
    let msg = if vm.is_instance_of(exc, &vm.exc.syntax_error.clone()) {
        let msg = exc
            .as_obj()
            .and_then(|o| vm.get_attr_raw(o, "msg"))
            .unwrap_or(Value::None);
        vm.str_string(&msg).unwrap_or_default()
    } else {
        match vm.str_string(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        }
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

thread_local! {
    static SOURCES: std::cell::RefCell<std::collections::HashMap<String, Vec<String>>> = Default::default();
}

/// Remember the source of a file compiled from memory (`-c`, REPL, main script).
pub fn register_source(filename: &str, source: &str) {
    SOURCES.with(|s| {
        s.borrow_mut().insert(
            filename.to_string(),
            source.lines().map(|l| l.to_string()).collect(),
        );
    });
}

fn source_line(file: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let cached = SOURCES.with(|s| {
        s.borrow()
            .get(file)
            .map(|lines| lines.get(lineno as usize - 1).cloned())
    });
    if let Some(l) = cached {
        return l;
    }
    let text = std::fs::read_to_string(file).ok()?;
    register_source(file, &text);
    text.lines().nth(lineno as usize - 1).map(|s| s.to_string())
}
