//! Every command-line argument of `kg`, declared in one place.
//!
//! These are plain clap structs; the functions in the sibling modules turn
//! them into library objects and call the library.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// kg turns English news and policy articles into an RDF knowledge graph with
/// provenance on every fact, keeps it in an embedded Oxigraph store, answers
/// SPARQL and draws the graph.
#[derive(Debug, Parser)]
#[command(name = "kg", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Store directory (created on first write).
    #[arg(
        long,
        global = true,
        env = "KG_STORE",
        default_value = "kg.store",
        value_name = "DIR"
    )]
    pub store: PathBuf,
    /// When another kg process is writing to the store, wait for it instead of failing.
    #[arg(long, global = true)]
    pub wait: bool,
    /// Print only errors (no summaries, no progress bar).
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract entities and facts from articles and print them as RDF (no store involved).
    Extract(ExtractArgs),
    /// Extract articles and store each one as its own named graph.
    Build(BuildArgs),
    /// Print what extraction sees: sentences, tokens with tags, lemmas and dependencies, and entity mentions.
    Parse(ParseArgs),
    /// Import RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) into the store.
    Load(LoadArgs),
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store.
    Query(QueryArgs),
    /// Run a SPARQL Update (INSERT, DELETE, …) against the store.
    Update(UpdateArgs),
    /// Write the store (or one graph) as RDF.
    Export(ExportArgs),
    /// Count triples, graphs, documents, and triples per class and per predicate.
    Stats,
    /// List the named graphs of the store with their sizes.
    #[command(visible_alias = "docs")]
    Graphs,
    /// Delete one named graph (for example one document) from the store.
    Remove(RemoveArgs),
    /// Verify the store: every graph against its checksum, the set of graphs against the
    /// manifest. Changes nothing, unless --repair.
    Check(CheckArgs),
    /// Draw the graph (or the neighbourhood of one entity) as Graphviz DOT or SVG.
    Dot(DotArgs),
    /// Print the shortest relation paths between two entities, with supporting sentences.
    Path(PathArgs),
    /// Rank entities by PageRank and degree.
    Rank(RankArgs),
    /// List the incoming and outgoing relations of one entity.
    Neighbors(NeighborsArgs),
    /// Serve the store over HTTP: SPARQL 1.1 Protocol, Graph Store Protocol and extraction.
    Serve(ServeArgs),
    /// Score extraction against a gold file: precision, recall and F1 per relation kind, misses and wrong facts.
    Eval(EvalArgs),
    /// Send the store's named graphs to a SPARQL server (Graph Store Protocol PUT, or SPARQL Update); only graphs changed since the last push are sent.
    Push(PushArgs),
}

/// How much provenance to write for each fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ProvenanceArg {
    /// An evidence node per fact and sentence, plus mention records.
    #[default]
    Full,
    /// Only the facts, types and labels.
    None,
}

#[derive(Debug, Args)]
pub struct ExtractionOptions {
    /// Extra ontology, lexicon or gazetteer (Turtle file or directory of .ttl); repeatable.
    #[arg(long, value_name = "FILE_OR_DIR")]
    pub ontology: Vec<PathBuf>,
    /// Base IRI for minted document, entity and evidence IRIs.
    #[arg(long, value_name = "IRI", default_value = kgraph::vocab::DEFAULT_BASE)]
    pub base: String,
    /// Provenance to record for every fact.
    #[arg(long, value_enum, default_value_t = ProvenanceArg::Full)]
    pub provenance: ProvenanceArg,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Name tagger model to use instead of the bundled one (trained with
    /// `tools/src/bin/train_ner.rs`).
    #[arg(long, value_name = "FILE")]
    pub ner_model: Option<PathBuf>,
}

/// RDF serialisations offered for extraction output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Jsonld,
}

/// Which input files are read.
#[derive(Debug, Args)]
pub struct InputOptions {
    /// Also read hidden files and folders (names starting with `.`) inside directories.
    #[arg(long)]
    pub hidden: bool,
    /// Skip files larger than this many bytes (suffixes K, M, G allowed).
    #[arg(long, value_name = "BYTES", default_value = "64M", value_parser = parse_size)]
    pub max_file_size: u64,
}

impl InputOptions {
    pub fn read_options(&self) -> kgraph::text::ReadOptions {
        kgraph::text::ReadOptions::default()
            .with_hidden(self.hidden)
            .with_max_file_bytes(self.max_file_size)
    }
}

/// `4096`, `512K`, `32M`, `2G` (powers of 1024) as a number of bytes.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => text.split_at(i),
        None => (text, ""),
    };
    let shift = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err(format!("unknown size unit {unit:?} (use K, M or G)")),
    };
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("{text:?} is not a size such as 4096, 512K or 32M"))?;
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("{text:?} is too large"))
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files or directories (.txt, .md, .html); `-` reads stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub input_options: InputOptions,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Turtle)]
    pub format: ExtractFormat,
    /// Extract only shard K of N (1-based) and write N-Quads: a document is
    /// in shard K when the XXH3-64 hash of its normalised path modulo N is
    /// K-1, so N machines given the same inputs, named the same way, each
    /// take one part and together every document once.
    #[arg(long, value_name = "K/N", conflicts_with = "format")]
    pub shard: Option<kgraph::shard::Shard>,
    #[command(flatten)]
    pub options: ExtractionOptions,
}

/// Output formats of `kg parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    /// CoNLL-U: one word per line; MISC holds `Entity=B-Class`/`I-Class` and `Offset=START:END` (characters).
    Conllu,
    /// One JSON object per document, one document per line.
    Json,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Article files or directories (.txt, .md, .html); `-` reads stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ParseFormat::Conllu)]
    pub format: ParseFormat,
    #[command(flatten)]
    pub input_options: InputOptions,
    #[command(flatten)]
    pub options: ExtractionOptions,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Article files or directories (.txt, .md, .html); `-` reads stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub input_options: InputOptions,
    #[command(flatten)]
    pub options: ExtractionOptions,
}

/// RDF serialisations kg reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RdfFormatArg {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// RDF files; `-` reads stdin (then --format is required).
    #[arg(required = true, value_name = "FILE|-")]
    pub files: Vec<PathBuf>,
    /// Named graph to load triples into (default: one graph per file, named after it).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Input format (default: from the file extension).
    #[arg(long, value_enum)]
    pub format: Option<RdfFormatArg>,
    /// Refuse a file (or stdin) larger than this many bytes (suffixes K, M,
    /// G allowed); FIFOs and devices are always refused.
    #[arg(long, value_name = "BYTES", default_value = "1G", value_parser = parse_size)]
    pub max_file_size: u64,
}

/// Formats for query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultFormatArg {
    /// Aligned text table (default on a terminal).
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    /// For CONSTRUCT/DESCRIBE results.
    Turtle,
    /// For CONSTRUCT/DESCRIBE results.
    Ntriples,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The SPARQL query text (or use -f).
    #[arg(
        value_name = "QUERY",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    pub query: Option<String>,
    /// Read the query from a file (`-` for stdin).
    #[arg(short, long, value_name = "FILE.rq")]
    pub file: Option<PathBuf>,
    /// Result format (default: table on a terminal, TSV otherwise; Turtle for graphs).
    #[arg(long, value_enum)]
    pub format: Option<ResultFormatArg>,
    /// Print at most this many solutions or triples.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub limits: QueryLimitArgs,
    /// Write the results to this file, atomically: nothing is left there if
    /// the query fails (on stdout, a query that fails while printing leaves
    /// what was printed, and kg exits 1).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Query the whole gazetteer too (every known country, city and
    /// organisation), not only the individuals the articles mention, and
    /// the extraction lexicon's word lists.
    #[arg(long)]
    pub with_gazetteer: bool,
}

/// The bounds of every command that runs a SPARQL query or update (`kg
/// query`, `kg update`, `kg dot --query`), the same for each.
#[derive(Debug, Args)]
pub struct QueryLimitArgs {
    /// Cancel the query after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Stop the query when kg's memory passes this many MiB (0: no bound).
    #[arg(long, value_name = "MIB", default_value_t = 2048)]
    pub max_memory: u64,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The SPARQL Update text (or use -f).
    #[arg(
        value_name = "UPDATE",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    pub update: Option<String>,
    /// Read the update from a file (`-` for stdin).
    #[arg(short, long, value_name = "FILE.ru")]
    pub file: Option<PathBuf>,
    // --timeout and --max-memory: a cancelled update leaves the store unchanged.
    #[command(flatten)]
    pub limits: QueryLimitArgs,
    /// Refuse an update that adds plus removes more than this many statements
    /// (the store is left unchanged).
    #[arg(long, value_name = "N", default_value_t = 10_000_000)]
    pub max_changes: usize,
    /// Allow an update that removes every data graph (DROP ALL, CLEAR ALL).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Drop the graphs that cannot be verified (each is reported) so the rest
    /// of the store opens again; rebuild a lost or damaged manifest from the
    /// graph files.
    #[arg(long)]
    pub repair: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RdfFormatArg::Turtle)]
    pub format: RdfFormatArg,
    /// Export only this named graph.
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Export the whole gazetteer graph too, not only the individuals the
    /// articles mention, and the extraction lexicon's word lists graph.
    #[arg(long)]
    pub with_gazetteer: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// IRI of the graph to delete (see `kg graphs`).
    #[arg(value_name = "GRAPH_IRI")]
    pub graph: String,
}

/// Picture formats for `kg dot`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DotFormat {
    Dot,
    Svg,
}

#[derive(Debug, Args)]
pub struct DotArgs {
    /// Draw only the neighbourhood of this entity (label, alias or IRI).
    #[arg(long, value_name = "ENTITY")]
    pub focus: Option<String>,
    /// Relation hops to follow from the focus entity.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub depth: usize,
    /// Keep only relations with this property (local name, prefixed name or IRI); repeatable.
    #[arg(long, value_name = "P")]
    pub predicate: Vec<String>,
    /// Keep only entities of this class (local name, prefixed name or IRI); repeatable.
    #[arg(long, value_name = "C")]
    pub class: Vec<String>,
    /// Keep at most this many nodes (the highest-degree ones).
    #[arg(long, value_name = "N")]
    pub max_nodes: Option<usize>,
    /// Draw only this named graph.
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Draw the triples of a CONSTRUCT query instead of the stored relations.
    #[arg(long, value_name = "FILE.rq")]
    pub query: Option<PathBuf>,
    // --timeout and --max-memory for --query, as for `kg query`.
    #[command(flatten)]
    pub limits: QueryLimitArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DotFormat::Dot)]
    pub format: DotFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PathArgs {
    /// Start entity (label, alias or IRI).
    pub from: String,
    /// End entity (label, alias or IRI).
    pub to: String,
}

#[derive(Debug, Args)]
pub struct RankArgs {
    /// How many entities to list.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub top: usize,
}

#[derive(Debug, Args)]
pub struct NeighborsArgs {
    /// The entity (label, alias or IRI).
    pub entity: String,
}

/// Report formats of `kg eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// Per-relation and per-document tables, then every miss and every wrong fact.
    Table,
    /// One JSON object with every count (for scripts and CI gates).
    Json,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold annotation file (JSON: relation kinds, and per document its file, entities, goals and facts).
    #[arg(value_name = "GOLD.json")]
    pub gold: PathBuf,
    /// Folder holding the documents' texts (each gold document names its file).
    #[arg(value_name = "TEXTDIR")]
    pub texts: PathBuf,
    /// Report format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Table)]
    pub format: EvalFormat,
    #[command(flatten)]
    pub input_options: InputOptions,
    #[command(flatten)]
    pub options: ExtractionOptions,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on (loopback by default: other machines cannot connect).
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:7878")]
    pub bind: std::net::SocketAddr,
    /// Accept SPARQL updates and graph writes; when the environment variable
    /// KG_SERVE_TOKEN is set, writes need `Authorization: Bearer <its value>`.
    #[arg(long)]
    pub writable: bool,
    /// Let pages from this origin call the server (CORS), e.g. `https://example.org`.
    #[arg(long, value_name = "ORIGIN")]
    pub cors: Option<String>,
    /// Stop a query, update or explorer page after this many seconds (it
    /// gets 503 and its worker process is killed).
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub timeout: f64,
    /// Cancel a query when the server's memory passes this many MiB.
    #[arg(long, value_name = "MIB", default_value_t = 2048)]
    pub max_memory: u64,
    /// Rows (solutions or triples) one /sparql answer holds at most; a cut
    /// answer carries the header `X-SPARQL-MaxRows`. 0: no cap.
    #[arg(long, value_name = "N", default_value_t = kgraph::serve::DEFAULT_MAX_RESULTS)]
    pub max_results: usize,
    /// Largest request body (a query, an update, an article, RDF) in MiB;
    /// larger ones get 413.
    #[arg(long, value_name = "MIB", default_value_t = 16)]
    pub max_body: u64,
    /// Requests served at once; more wait for a free slot.
    #[arg(long, value_name = "N", default_value_t = 64)]
    pub max_connections: usize,
    /// Extra ontology, lexicon or gazetteer for `/extract` (Turtle file or directory); repeatable.
    #[arg(long, value_name = "FILE_OR_DIR")]
    pub ontology: Vec<PathBuf>,
    /// Queries see the whole gazetteer too (every known country, city and
    /// organisation), not only the individuals the articles mention, and
    /// the extraction lexicon's word lists.
    #[arg(long)]
    pub with_gazetteer: bool,
}

#[derive(Debug, Args)]
pub struct PushArgs {
    /// The server's SPARQL Update endpoint, e.g. http://127.0.0.1:7878/update
    /// (Oxigraph server) or http://127.0.0.1:8890/sparql (Virtuoso). What was
    /// pushed is remembered per URL in the store directory.
    #[arg(value_name = "URL")]
    pub url: String,
    /// The server's Graph Store Protocol endpoint, e.g.
    /// http://127.0.0.1:7878/store; each graph is then replaced with one PUT.
    /// Without it, or when it answers 404/405, graphs go by SPARQL Update
    /// (DROP SILENT GRAPH, then INSERT DATA in batches).
    #[arg(long, value_name = "URL")]
    pub graph_store: Option<String>,
    /// Name of an environment variable holding the credentials:
    /// `USER:PASSWORD` for basic authentication, anything else a bearer token.
    /// Credentials are never taken from the command line.
    #[arg(long, value_name = "VAR")]
    pub auth_env: Option<String>,
    /// Also drop the remote graphs this store pushed earlier that no longer
    /// exist locally (graphs kg did not push are never touched).
    #[arg(long)]
    pub delete_missing: bool,
    /// Requests in flight at once.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 2)]
    pub jobs: usize,
    /// Attempts after a request fails for a reason that may pass (connection
    /// refused or lost, timeout, status 408, 429 or 5xx); the pause before
    /// each is 0.5 s, doubling up to 30 s.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub retries: u32,
    /// Seconds one request may take.
    #[arg(long, value_name = "S", default_value_t = 60.0)]
    pub timeout: f64,
    /// Triples per INSERT DATA request when pushing with SPARQL Update.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub batch: usize,
}
