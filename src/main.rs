//! The `claimtrack` binary: parse the command line, hand off to the library.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match claimtrack::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    ExitCode::from(claimtrack::run(cli))
}
