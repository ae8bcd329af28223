//! The `kg` command-line tool: a thin layer over the `kgraph` library.

use std::process::ExitCode;

mod cli;

// kg allocates and frees many small strings (terms, tokens); mimalloc does
// that several times faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (see its `mimalloc.h`; the Rust
/// bindings name the options around it but not this one).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Stacks to try for the thread that runs the command (reserved, not used
/// up front): under a virtual-memory limit (`ulimit -v`) the largest may
/// not be granted, and then a smaller one, or the main thread, does.
const COMMAND_STACK_BYTES: [usize; 2] = [1 << 30, 64 << 20];

fn run_with_large_stack() -> anyhow::Result<ExitCode> {
    for size in COMMAND_STACK_BYTES {
        let spawned = std::thread::Builder::new()
            .name("kg".into())
            .stack_size(size)
            .spawn(cli::run);
        if let Ok(thread) = spawned {
            return thread
                .join()
                .unwrap_or_else(|_| Err(anyhow::anyhow!("the command thread panicked")));
        }
    }
    cli::run()
}

fn main() -> ExitCode {
    // Hand freed memory back to the system at once rather than after
    // mimalloc's default 10 ms: with the delay, what one batch of documents
    // freed is still held while the next allocates, and the peak of `kg
    // extract` grew with the corpus (68 MB for 500 documents, 80 MB for
    // 5,503); without it, about 43 MB for any number. No measurable cost.
    // SAFETY: sets a plain integer option; no memory is touched.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    // SPARQL parsing and evaluation recurse once per nested group and per
    // operand of a long UNION or `+` chain: the main thread's 8 MB stack
    // overflows (an abort) at a few thousand. The command runs on a thread
    // whose stack is large enough for any query kg accepts (see
    // kgraph::query::MAX_NESTING and MAX_QUERY_BYTES); the memory is only
    // reserved, and pages are used only as deep as the recursion goes.
    let result = run_with_large_stack();
    match result {
        Ok(code) => code,
        Err(err) => {
            if cli::is_broken_pipe(&err) {
                // `kg export | head` closes our stdout early: not an error for the user.
                return ExitCode::SUCCESS;
            }
            eprintln!("kg: error: {}", cli::error_message(&err));
            if cli::is_bad_input(&err) {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}
