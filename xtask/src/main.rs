//! `cargo xtask codegen [--check]`: writes every generated file from its sources (or, with
//! `--check`, lists those that are out of date and fails).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            return ExitCode::from(2);
        }
    };
    let root = xtask::repository_root();
    let outputs = match xtask::outputs(&root) {
        Ok(outputs) => outputs,
        Err(e) => {
            eprintln!("xtask: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stale = 0;
    for output in &outputs {
        let path = root.join(&output.path);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(output.text.as_str()) {
            continue;
        }
        stale += 1;
        if check {
            eprintln!("out of date: {}", output.path);
        } else if let Err(e) = std::fs::write(&path, &output.text) {
            eprintln!("xtask: cannot write {}: {e}", output.path);
            return ExitCode::FAILURE;
        } else {
            println!("wrote {}", output.path);
        }
    }
    if check && stale > 0 {
        eprintln!("run `cargo xtask codegen` and commit what it writes");
        return ExitCode::FAILURE;
    }
    if stale == 0 {
        println!("{} generated files are up to date", outputs.len());
    }
    ExitCode::SUCCESS
}
