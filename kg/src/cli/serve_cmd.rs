//! `kg serve`: runs [`kgraph::serve::Service`] on an HTTP server until the
//! process is stopped.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use oxhttp::Server;

use kgraph::ontology::Ontology;
use kgraph::query::QueryOptions;
use kgraph::serve::{Service, ServiceOptions};

use super::args::{GlobalArgs, ServeArgs};
use super::bad_input;

/// The environment variable holding the bearer token writes need.
const TOKEN_VARIABLE: &str = "KG_SERVE_TOKEN";

/// Seconds a client may take to send a request or read a response.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(60);

pub fn serve(global: &GlobalArgs, args: &ServeArgs) -> Result<ExitCode> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(bad_input(anyhow!(
            "--timeout must be a positive number of seconds, not {}",
            args.timeout
        )));
    }
    if args.max_body == 0 {
        return Err(bad_input(anyhow!("--max-body must be at least 1 MiB")));
    }
    if args.max_connections == 0 {
        return Err(bad_input(anyhow!("--max-connections must be at least 1")));
    }
    let ontology = super::load_ontology(global, &args.ontology)?;
    // The service lives as long as the process; so does its ontology.
    let ontology: &'static Ontology = Box::leak(Box::new(ontology));
    let query = QueryOptions::new()
        .with_timeout(Some(Duration::from_secs_f64(args.timeout.min(1e9))))
        .with_max_memory((args.max_memory > 0).then(|| args.max_memory.saturating_mul(1 << 20)));
    let mut options = ServiceOptions::default()
        .with_query_options(query)
        .with_gazetteer(args.with_gazetteer)
        .with_read_only_hint("start it with `kg serve --writable` to accept writes")
        .with_own_address(args.bind)
        .with_max_results((args.max_results > 0).then_some(args.max_results))
        .with_max_body_bytes(args.max_body.saturating_mul(1 << 20));
    if args.writable {
        let token = std::env::var(TOKEN_VARIABLE).ok().filter(|t| !t.is_empty());
        options = options.writable(token);
    }
    if let Some(origin) = &args.cors {
        options = options.with_cors_origin(origin.clone());
    }
    let service = Service::new(&global.store, ontology, options)
        .with_context(|| format!("cannot serve {}", global.store.display()))?;
    let server = Server::new(move |request| service.handle(request))
        .bind(args.bind)
        .with_global_timeout(CLIENT_TIMEOUT)
        .with_max_concurrent_connections(args.max_connections)
        .spawn()
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    let mode = if args.writable {
        "writable"
    } else {
        "read-only"
    };
    // Printed even with --quiet: scripts wait for this line to know the port is open.
    eprintln!(
        "kg: serving {} ({mode}) at http://{}/ — SPARQL at /sparql",
        global.store.display(),
        args.bind
    );
    server.join().context("the server stopped")?;
    Ok(ExitCode::SUCCESS)
}
