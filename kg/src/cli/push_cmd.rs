//! `kg push`: sends the store's named graphs to a SPARQL server with
//! [`kgraph::push`], with a progress bar on a terminal and a summary line.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{anyhow, Result};
use indicatif::{ProgressBar, ProgressStyle};

use kgraph::push::{self, Credentials, PushEvent, PushOptions, Target};
use kgraph::store::{Access, Store};

use super::args::{GlobalArgs, PushArgs};
use super::{bad_input, note};

pub fn push(global: &GlobalArgs, args: &PushArgs) -> Result<ExitCode> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(bad_input(anyhow!(
            "--timeout must be a positive number of seconds, not {}",
            args.timeout
        )));
    }
    if args.jobs == 0 || args.batch == 0 {
        return Err(bad_input(anyhow!("--jobs and --batch must be at least 1")));
    }
    let target = Target::new(&args.url, args.graph_store.as_deref()).map_err(bad_input)?;
    let credentials = match &args.auth_env {
        None => None,
        Some(variable) => match std::env::var(variable) {
            Ok(secret) if !secret.trim().is_empty() => Some(Credentials::from_secret(&secret)),
            _ => {
                return Err(bad_input(anyhow!(
                "--auth-env {variable}: the environment variable {variable} is not set (or empty)"
            )))
            }
        },
    };
    let mut options = PushOptions::new(target);
    options.credentials = credentials;
    options.delete_missing = args.delete_missing;
    options.jobs = args.jobs;
    options.batch_triples = args.batch;
    options.retry.retries = args.retries;
    options.retry.timeout = Duration::from_secs_f64(args.timeout);

    let store = Store::open(&global.store, Access::Read)?;
    let bar = if global.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(0).with_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} graphs  {elapsed}  {per_sec}")
                .expect("the template is valid"),
        )
    };
    let progress = |event: &PushEvent| match event {
        PushEvent::Planned { graphs } => bar.set_length(*graphs as u64),
        PushEvent::FellBackToUpdate { status } => bar.suspend(|| {
            note(
                global,
                format_args!(
                    "kg: the graph store URL answered {status}; pushing with SPARQL Update instead"
                ),
            )
        }),
        PushEvent::Graph(_) => bar.inc(1),
        // Events a later library may add need no progress of their own.
        _ => {}
    };
    let result = push::push(&store, &options, &progress);
    bar.finish_and_clear();
    let summary = result?;
    if summary.default_graph_triples > 0 {
        note(
            global,
            format_args!(
                "kg: note: the default graph ({} triples) is not pushed; load it into a named graph to push it",
                summary.default_graph_triples
            ),
        );
    }
    note(global, &summary);
    Ok(ExitCode::SUCCESS)
}
