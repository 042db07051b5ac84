//! Helpers shared by the CLI's integration tests.

use std::process::Command;

/// Run the `taipan` binary in `cli/tests` with `args`: (stdout, stderr, exit code).
pub fn taipan(args: &[&str]) -> (String, String, i32) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run taipan");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}
