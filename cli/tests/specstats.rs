//! `taipan -X specstats` and `dis.dis(..., adaptive=True)`: specialisation made
//! visible. The expected counts for `specstats_program.py` follow from the
//! adaptive counters (`taipan_object::code::WARMUP` = 1, `MISS_BUDGET` = 52)
//! and are worked out by hand in the program's comments; the table format is
//! Taipan's own (`taipan_vm::specialize::stats_table`).

mod common;

use common::taipan;

/// The numbers of a table row: (specialised, hits, misses, deopts).
fn row(table: &str, name: &str) -> (u64, u64, u64, u64) {
    let line = table
        .lines()
        .find(|l| l.split_whitespace().next() == Some(name))
        .unwrap_or_else(|| panic!("row {name} missing in:\n{table}"));
    let n: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().expect("a number"))
        .collect();
    // Instruction rows leave the "failed" column empty.
    assert_eq!(n.len(), 4, "{line}");
    (n[0], n[1], n[2], n[3])
}

#[test]
fn specstats_counts_hits_misses_and_deopts() {
    let (out, err, code) = taipan(&["-X", "specstats", "specstats_program.py"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("co_code unchanged: True"), "{out}");
    assert_eq!(row(&err, "BINARY_OP_ADD_INT"), (1, 99, 53, 1));
    assert_eq!(row(&err, "BINARY_OP_ADD_FLOAT"), (1, 6, 0, 0));
    // The loops' `range` iteration is specialised too.
    assert!(row(&err, "FOR_ITER_RANGE").1 >= 150, "{err}");
}

#[test]
fn dis_adaptive_shows_specialised_instructions() {
    let (out, err, code) = taipan(&["specstats_program.py"]);
    assert_eq!(code, 0, "{err}");
    let parts: Vec<&str> = out.split("--\n").collect();
    assert_eq!(parts.len(), 3, "{out}");
    assert!(parts[0].contains("BINARY_OP_ADD_INT"), "{}", parts[0]);
    assert!(!parts[1].contains("BINARY_OP_ADD_INT"), "{}", parts[1]);
    assert!(parts[1].contains("BINARY_OP "), "{}", parts[1]);
    assert!(parts[2].contains("BINARY_OP_ADD_FLOAT"), "{}", parts[2]);
}

#[test]
fn specstats_off_prints_nothing() {
    let (_, err, code) = taipan(&["specstats_program.py"]);
    assert_eq!(code, 0);
    assert!(err.is_empty(), "{err}");
}
