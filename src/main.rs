//! The `kg` command-line tool: a thin layer over the `kgraph` library.

use std::process::ExitCode;

mod cli;

// kg allocates and frees many small strings (terms, tokens); mimalloc does
// that several times faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(err) => {
            if cli::is_broken_pipe(&err) {
                // `kg export | head` closes our stdout early: not an error for the user.
                return ExitCode::SUCCESS;
            }
            eprintln!("kg: error: {err:#}");
            if cli::is_bad_input(&err) {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}
