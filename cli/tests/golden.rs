//! The golden suite: every program under `tests/golden/<area>/` runs under the
//! `taipan` binary and must reproduce what CPython 3.11 produced (stored beside
//! it by `tests/golden/regen.py`): stdout exactly, the exit status, and the last
//! line of stderr. Programs listed in `tests/golden/KNOWN_FAILURES` are expected
//! to fail (an honest list of what is missing); one that starts passing must be
//! removed from the list, so the list can only shrink.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden")
}

fn programs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut areas: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    areas.sort();
    // The workload programs of the benchmarks are checked the same way.
    let workloads = Path::new(env!("CARGO_MANIFEST_DIR")).join("../benches/programs");
    if workloads.is_dir() {
        areas.push(workloads);
    }
    for area in areas {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&area)
            .expect("area dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "py") && p.with_extension("out").exists()
            })
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

fn rel(p: &Path) -> String {
    let base = golden_dir();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    p.strip_prefix(&base)
        .or_else(|_| p.strip_prefix(&root))
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

struct Outcome {
    stdout: String,
    status: i32,
    last_stderr: String,
}

fn run(p: &Path) -> Outcome {
    let dir = p.parent().expect("parent");
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg(p.file_name().expect("file name"))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn taipan");
    let mut so = child.stdout.take().expect("stdout");
    let mut se = child.stderr.take().expect("stderr");
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = so.read_to_end(&mut b);
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = se.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        if let Ok(Some(s)) = child.try_wait() {
            break s.code().unwrap_or(-1);
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            let _ = child.wait();
            break -2;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap_or_default()).into_owned();
    let last_stderr = stderr.lines().last().unwrap_or("").to_string();
    Outcome {
        stdout,
        status,
        last_stderr,
    }
}

fn expected(p: &Path) -> Outcome {
    let stdout = std::fs::read_to_string(p.with_extension("out")).unwrap_or_default();
    let exit = std::fs::read_to_string(p.with_extension("exit")).unwrap_or_default();
    let mut lines = exit.lines();
    let status = lines
        .next()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let last_stderr = lines.next().unwrap_or("").to_string();
    Outcome {
        stdout,
        status,
        last_stderr,
    }
}

/// Why a program's result differs from CPython's, or None when it matches.
fn check(p: &Path) -> Option<String> {
    let got = run(p);
    let want = expected(p);
    let mut why = String::new();
    if got.status == -2 {
        return Some("timed out".into());
    }
    if got.stdout != want.stdout {
        why.push_str(&format!(
            "stdout differs:\n{}\n",
            pretty_assertions::StrComparison::new(&want.stdout, &got.stdout)
        ));
    }
    if got.status != want.status {
        why.push_str(&format!(
            "exit status {} (CPython: {})\n",
            got.status, want.status
        ));
    }
    if got.last_stderr != want.last_stderr {
        why.push_str(&format!(
            "last stderr line {:?} (CPython: {:?})\n",
            got.last_stderr, want.last_stderr
        ));
    }
    if why.is_empty() {
        None
    } else {
        Some(why)
    }
}

fn known_failures() -> Vec<String> {
    std::fs::read_to_string(golden_dir().join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn golden_programs_match_cpython() {
    let progs = programs();
    assert!(
        progs.len() >= 150,
        "expected at least 150 golden programs, found {}",
        progs.len()
    );
    let known = known_failures();
    let only = std::env::var("GOLDEN_FILTER").ok();
    let progs: Vec<PathBuf> = progs
        .into_iter()
        .filter(|p| only.as_ref().is_none_or(|f| rel(p).contains(f.as_str())))
        .collect();
    // Two workers: the CI machine has two cores.
    let queue = std::sync::Mutex::new(progs.clone());
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let next = queue.lock().expect("queue").pop();
                let Some(p) = next else { break };
                let r = check(&p);
                results.lock().expect("results").push((rel(&p), r));
            });
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    for (name, r) in &results {
        let is_known = known.contains(name);
        match (r, is_known) {
            (Some(why), false) => unexpected.push(format!("== {name}\n{why}")),
            (None, true) => fixed.push(name.clone()),
            _ => {}
        }
    }
    let failing: Vec<&String> = results
        .iter()
        .filter(|(_, r)| r.is_some())
        .map(|(n, _)| n)
        .collect();
    if std::env::var("GOLDEN_LIST_FAILURES").is_ok() {
        for f in &failing {
            println!("{f}");
        }
    }
    eprintln!(
        "golden: {} programs, {} pass, {} fail ({} known)",
        results.len(),
        results.len() - failing.len(),
        failing.len(),
        known.len()
    );
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} golden program(s) differ from CPython:\n{}\n{} known failure(s) now pass; remove them from tests/golden/KNOWN_FAILURES: {:?}",
        unexpected.len(),
        unexpected.join("\n"),
        fixed.len(),
        fixed
    );
}
