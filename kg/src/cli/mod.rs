//! Command dispatch: one plain function per command, each turning parsed
//! arguments into library calls. Arguments themselves live in [`args`].

pub mod args;
mod eval_cmd;
mod extract_cmds;
mod graph_cmds;
mod push_cmd;
mod serve_cmd;
mod store_cmds;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;

use args::{Cli, Command};

/// Parses the command line and runs the command.
pub fn run() -> Result<ExitCode> {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) if err.kind() == clap::error::ErrorKind::InvalidSubcommand => {
            return Err(bad_input(unknown_command(&err)));
        }
        Err(err) => err.exit(),
    };
    let global = &cli.global;
    match &cli.command {
        Command::Extract(a) => extract_cmds::extract(global, a),
        Command::Build(a) => extract_cmds::build(global, a),
        Command::Parse(a) => extract_cmds::parse(global, a),
        Command::Load(a) => store_cmds::load(global, a),
        Command::Query(a) => store_cmds::query(global, a),
        Command::Update(a) => store_cmds::update(global, a),
        Command::Export(a) => store_cmds::export(global, a),
        Command::Stats => store_cmds::stats(global),
        Command::Graphs => store_cmds::graphs(global),
        Command::Remove(a) => store_cmds::remove(global, a),
        Command::Check(args) => store_cmds::check(global, args),
        Command::Dot(a) => graph_cmds::dot(global, a),
        Command::Path(a) => graph_cmds::path(global, a),
        Command::Rank(a) => graph_cmds::rank(global, a),
        Command::Neighbors(a) => graph_cmds::neighbors(global, a),
        Command::Eval(a) => eval_cmd::eval(global, a),
        Command::Serve(a) => serve_cmd::serve(global, a),
        Command::Push(a) => push_cmd::push(global, a),
    }
}

/// The message for a command kg does not have. clap's own suggestion
/// accepts distant words ("serve" → "remove"); kg suggests a command only
/// when it is a likely misspelling (a third of the letters at most) and
/// otherwise lists the commands.
fn unknown_command(err: &clap::Error) -> anyhow::Error {
    use clap::error::{ContextKind, ContextValue};
    use clap::CommandFactory;
    let given = match err.get(ContextKind::InvalidSubcommand) {
        Some(ContextValue::String(word)) => word.clone(),
        _ => String::new(),
    };
    let cli = Cli::command();
    let mut names: Vec<&str> = Vec::new();
    for command in cli.get_subcommands() {
        names.push(command.get_name());
        names.extend(command.get_all_aliases());
    }
    match kgraph::sparql_text::closest(&given, names.iter().copied()) {
        Some(name) => {
            anyhow::anyhow!("kg has no command `{given}`; did you mean `{name}`? (see `kg --help`)")
        }
        None => {
            let visible: Vec<&str> = cli
                .get_subcommands()
                .filter(|c| !c.is_hide_set() && c.get_name() != "help")
                .map(|c| c.get_name())
                .collect();
            anyhow::anyhow!(
                "kg has no command `{given}`; commands: {} (see `kg --help`)",
                visible.join(", ")
            )
        }
    }
}

/// An error caused by what the user gave us (bad file, bad query, bad
/// option value): `kg` exits with status 2 instead of 1.
#[derive(Debug)]
pub struct BadInput(pub anyhow::Error);

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error_message(&self.0))
    }
}

impl std::error::Error for BadInput {}

/// Marks an error as the user's input being at fault (exit status 2).
pub fn bad_input(err: impl Into<anyhow::Error>) -> anyhow::Error {
    anyhow::Error::new(BadInput(err.into()))
}

/// Whether any error in the chain is a [`BadInput`].
pub fn is_bad_input(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.is::<BadInput>())
}

/// The error and its causes on one line, `outer: inner: …`. Library errors
/// often name their cause in their own message (`{path}: {source}`) and also
/// keep it as their source, so a cause whose text already ends the message
/// so far is not repeated ("No space left on device" once, not twice).
pub fn error_message(err: &anyhow::Error) -> String {
    let mut message = String::new();
    for cause in err.chain() {
        let text = worded_for_the_command_line(cause).unwrap_or_else(|| cause.to_string());
        if message.ends_with(&text) {
            continue;
        }
        if !message.is_empty() {
            message.push_str(": ");
        }
        message.push_str(&text);
    }
    printable(&message)
}

/// Library errors whose remedy is an option of `kg`, worded to name it (the
/// library's own messages name no command-line flag).
fn worded_for_the_command_line(cause: &(dyn std::error::Error + 'static)) -> Option<String> {
    use kgraph::store::StoreError;
    if let Some(error) = cause.downcast_ref::<kgraph::query::QueryError>() {
        return Some(query_error_text(error));
    }
    match cause.downcast_ref::<StoreError>()? {
        StoreError::Locked { path } => Some(format!(
            "{}: another kg process is writing to this store; try again when it is done, or pass --wait",
            path.display()
        )),
        StoreError::NeedsRocksDb { path } => Some(format!(
            "{}: this store uses the RocksDB backend; rebuild kg with `cargo build --release --features rocksdb` to open it",
            path.display()
        )),
        _ => None,
    }
}

/// A query's error as `kg` words it: a cancelled query names the option
/// that sets the limit it hit.
pub fn query_error_text(error: &kgraph::query::QueryError) -> String {
    cancelled_text(error, "query")
}

/// [`query_error_text`] for a query or an update (`what`).
pub fn cancelled_text(error: &kgraph::query::QueryError, what: &str) -> String {
    use kgraph::query::QueryError;
    match error {
        QueryError::Timeout(limit) => format!("{what} cancelled after {limit:?} (--timeout)"),
        QueryError::OutOfMemory {
            used_mib,
            limit_mib,
        } => format!(
            "{what} cancelled: the process used {used_mib} MiB, more than --max-memory ({limit_mib} MiB)"
        ),
        other => other.to_string(),
    }
}

/// Whether the error is a write to a closed pipe (`kg export | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    let broken = |e: &std::io::Error| e.kind() == io::ErrorKind::BrokenPipe;
    err.chain().any(|e| {
        // Library errors wrap I/O transparently, which hides them from the chain.
        if let Some(e) = e.downcast_ref::<io::Error>() {
            broken(e)
        } else if let Some(kgraph::export::ExportError::Io(e)) = e.downcast_ref() {
            broken(e)
        } else if let Some(kgraph::query::QueryError::Io(e)) = e.downcast_ref() {
            broken(e)
        } else if let Some(kgraph::rdf::RdfError::Io(e)) = e.downcast_ref() {
            broken(e)
        } else {
            false
        }
    })
}

/// Buffered, locked standard output.
pub fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// Whether standard output is a terminal (decides table vs. TSV, progress bars).
pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

/// `text` with control characters escaped (`\\n`, `\\u{1b}`): notes and
/// errors name the user's files, and a file name may hold anything, such as
/// a terminal escape sequence that must not reach the terminal raw.
pub fn printable(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    shown
}

/// Prints a one-line note on stderr unless `--quiet`.
pub fn note(global: &args::GlobalArgs, message: impl std::fmt::Display) {
    if !global.quiet {
        let _ = writeln!(io::stderr(), "{}", printable(&message.to_string()));
    }
}

/// The bundled ontology with the user's files (`--ontology`), warning on
/// stderr of each statement of theirs extraction does not read (a property
/// the ontology does not declare, one a user cannot extend, a word list
/// said of a subject that does not read it), naming the file and the
/// property. A file that does not parse, or states a `kg:frame` extraction
/// cannot read, is bad input, named with its line or its frame. Every
/// command that takes `--ontology` loads it here.
pub fn load_ontology(
    global: &args::GlobalArgs,
    paths: &[std::path::PathBuf],
) -> anyhow::Result<kgraph::ontology::Ontology> {
    let ontology = kgraph::ontology::Ontology::with_extra(paths).map_err(bad_input)?;
    for warning in &ontology.warnings {
        note(global, format_args!("kg: warning: {warning}"));
    }
    if let Some(error) = kgraph::extract::frame_errors(&ontology).into_iter().next() {
        let (file, subject) = ontology
            .frame_source(error.frame())
            .unwrap_or(("the bundled ontology", "a property"));
        let (file, subject) = (file.to_owned(), subject.to_owned());
        return Err(bad_input(FrameError {
            file,
            subject,
            source: error,
        }));
    }
    Ok(ontology)
}

/// A `kg:frame` of an ontology file that extraction cannot read: the file
/// and the property here, the frame and what is wrong in its source.
#[derive(Debug)]
struct FrameError {
    file: String,
    subject: String,
    source: kgraph::extract::FrameSyntaxError,
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: kg:frame on {}", self.file, self.subject)
    }
}

impl std::error::Error for FrameError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// A reading warning as `kg` words it: where an option changes the
/// outcome, the warning names it.
pub fn input_warning(warning: &kgraph::text::LoadWarning) -> String {
    use kgraph::text::WarningKind;
    let path = warning.path.display();
    match warning.kind {
        WarningKind::Hidden => {
            format!("{path}: skipped: hidden (pass --hidden to read hidden files and folders)")
        }
        WarningKind::TooLarge { size, limit } => {
            format!("{path}: skipped: {size} bytes is more than --max-file-size ({limit} bytes)")
        }
        _ => warning.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("{path}: {source}")]
    struct Wrapping {
        path: &'static str,
        source: io::Error,
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(printable("a\u{1b}[31mb\nc·d"), "a\\u{1b}[31mb\\nc·d");
    }

    #[test]
    fn a_cause_already_in_the_message_is_printed_once() {
        let os = io::Error::from_raw_os_error(28);
        let text = os.to_string();
        let err = anyhow::Error::new(Wrapping {
            path: "graphs/a.nq",
            source: os,
        });
        assert_eq!(error_message(&err), format!("graphs/a.nq: {text}"));
        let err = err.context("writing the store");
        assert_eq!(
            error_message(&err),
            format!("writing the store: graphs/a.nq: {text}")
        );
    }
}
