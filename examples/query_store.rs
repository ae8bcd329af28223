//! Answers a SPARQL query over a store that `kg build` (or the library's
//! store API) wrote, and prints the results as a table.
//!
//! ```text
//! cargo run --release -- build examples/articles
//! cargo run --release --example query_store -- .kg "SELECT ?doc ?goal WHERE { ?goal kg:goalOf ?doc }"
//! ```
//!
//! The query may use the prefixes `kg`, `rdfs`, `skos`, `prov`… without
//! declaring them; the default graph is the union of the store's graphs.

use std::error::Error;
use std::io::stdout;
use std::process::ExitCode;
use std::time::Duration;

use kgraph::query::{run_query, QueryOptions, ResultFormat};
use kgraph::store::{Access, Store};

fn main() -> Result<ExitCode, Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, query] = args.as_slice() else {
        eprintln!("usage: query_store STORE_DIR QUERY");
        return Ok(ExitCode::from(2));
    };
    let store = Store::open(dir, Access::Read)?;
    let options = QueryOptions::new()
        .with_timeout(Some(Duration::from_secs(30)))
        .with_limit(Some(1_000));
    let summary = run_query(
        store.oxigraph(),
        query,
        &options,
        ResultFormat::Table,
        &mut stdout().lock(),
    )?;
    let cut = if summary.truncated {
        " (cut at the limit)"
    } else {
        ""
    };
    eprintln!("{} result(s){cut}", summary.results);
    Ok(ExitCode::SUCCESS)
}
