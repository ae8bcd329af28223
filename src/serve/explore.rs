//! The web explorer `kg serve` shows at `/`: search, entity pages with the
//! evidence of every fact, document pages, and a SPARQL page. Plain HTML
//! rendered on the server (no script, no CDN), so it works offline, with a
//! keyboard and with a screen reader.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, QuerySolution};
use oxigraph::store::Store as Oxigraph;

use crate::graph::EntityGraph;
use crate::query::{self, QueryOptions, Watchdog};
use crate::store::graph_names;
use crate::vocab::{KG, PREFIXES};

/// Rows a list shows at most; the page says when it was cut.
pub const MAX_ROWS: usize = 200;

/// Nodes in an entity's neighbourhood picture.
#[cfg(feature = "svg")]
const PICTURE_NODES: usize = 25;

/// The example queries offered on the SPARQL page (bundled at build time).
pub const EXAMPLE_QUERIES: &[(&str, &str)] = &[
    (
        "entities-per-class",
        include_str!("../../examples/queries/entities-per-class.rq"),
    ),
    (
        "goals-of-documents",
        include_str!("../../examples/queries/goals-of-documents.rq"),
    ),
    ("issuers", include_str!("../../examples/queries/issuers.rq")),
    (
        "partners-of-countries",
        include_str!("../../examples/queries/partners-of-countries.rq"),
    ),
    (
        "trigger-words",
        include_str!("../../examples/queries/trigger-words.rq"),
    ),
    (
        "where-did-we-learn",
        include_str!("../../examples/queries/where-did-we-learn.rq"),
    ),
    (
        "who-issued-what",
        include_str!("../../examples/queries/who-issued-what.rq"),
    ),
];

const STYLE: &str = "body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111}\
a{color:#0645ad}a:focus,button:focus,input:focus,textarea:focus,select:focus{outline:3px solid #f90}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}\
blockquote{margin:.3rem 0 .6rem 1rem;padding-left:.6rem;border-left:3px solid #ccc}\
mark{background:#fe8}mark.trigger{background:#9cf}.meta{color:#555;font-size:.9em}\
.evidence{background:#dfd;border-bottom:2px solid #6a6}ul.facts{margin-top:-.4rem;font-size:.95em}\
textarea{width:100%;font-family:monospace}nav a{margin-right:1rem}svg{max-width:100%;height:auto}";

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A whole page around `body`.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<title>{} — kg</title><style>{STYLE}</style></head>\n<body>\n\
<nav aria-label=\"site\"><a href=\"/\">Search</a><a href=\"/documents\">Documents</a><a href=\"/sparql\">SPARQL</a></nav>\n\
<main>\n{body}</main>\n</body></html>\n",
        escape(title)
    )
}

/// Shortens an IRI with the known prefixes (`kg:Country`).
pub fn short(iri: &str) -> String {
    crate::vocab::compact_iri(iri, |_| true).unwrap_or_else(|| iri.to_string())
}

/// Runs a read-only SELECT and returns at most `MAX_ROWS + 1` solutions (one
/// more than shown, to tell the page it was cut).
pub fn select(
    store: &Oxigraph,
    sparql: &str,
    options: &QueryOptions,
) -> Result<Vec<QuerySolution>, query::QueryError> {
    let watchdog = Watchdog::start(options, std::time::Duration::ZERO, None);
    watchdog.guard(|| {
        let prepared = query::prepare_query(sparql, Some(watchdog.token()))?;
        let results = prepared
            .on_store(store)
            .execute()
            .map_err(|e| watchdog.explain(e))?;
        let mut rows = Vec::new();
        if let QueryResults::Solutions(solutions) = results {
            for solution in solutions.take(MAX_ROWS + 1) {
                rows.push(solution.map_err(|e| watchdog.explain(e))?);
            }
        }
        Ok(rows)
    })
}

fn text(solution: &QuerySolution, name: &str) -> Option<String> {
    match solution.get(name)? {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        Term::Literal(l) => Some(l.value().to_string()),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}

fn iri_literal(iri: &str) -> String {
    format!("<{}>", iri.replace(['<', '>', '"', ' ', '\\'], ""))
}

fn string_literal(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn entity_link(iri: &str, label: Option<&str>) -> String {
    format!(
        "<a href=\"/entity?iri={}\">{}</a>",
        encode(iri),
        escape(label.unwrap_or(&short(iri)))
    )
}

/// Whether the store knows `iri` as a source document.
fn is_document(store: &Oxigraph, iri: oxigraph::model::NamedNodeRef<'_>) -> bool {
    use oxigraph::model::vocab::rdf;
    let class = format!("{KG}SourceDocument");
    let class = oxigraph::model::NamedNodeRef::new_unchecked(&class);
    store
        .quads_for_pattern(Some(iri.into()), Some(rdf::TYPE), Some(class.into()), None)
        .next()
        .is_some_and(|q| q.is_ok())
}

/// Whether `iri` is a web address a page may link to: other schemes
/// (`javascript:`, `data:`, …) would run or open something on a click.
fn is_web_address(iri: &str) -> bool {
    let lower = iri.get(..8).unwrap_or(iri).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn cut_note(rows: usize) -> &'static str {
    if rows > MAX_ROWS {
        "<p class=\"meta\">Only the first 200 are shown; refine the search or use SPARQL.</p>\n"
    } else {
        ""
    }
}

/// The home page: a search form, and the entities whose names hold `q`.
pub fn search(
    store: &Oxigraph,
    q: Option<&str>,
    options: &QueryOptions,
) -> Result<String, query::QueryError> {
    let q = q.map(str::trim).unwrap_or("");
    let mut body = format!(
        "<h1>Knowledge graph</h1>\n<form action=\"/\" method=\"get\" role=\"search\">\
<label for=\"q\">Find an entity by name or alias</label> \
<input id=\"q\" name=\"q\" type=\"search\" value=\"{}\" autofocus> <button>Search</button></form>\n",
        escape(q)
    );
    if q.is_empty() {
        return Ok(page("Search", &body));
    }
    // The class shown is the most specific kg class (Kenya is a
    // kg:Country, not the kg:Place it also is), the first by IRI when an
    // entity has several unrelated ones, so the page is the same each time.
    let sparql = format!(
        "SELECT ?e (SAMPLE(?l) AS ?label) (MIN(STR(?c)) AS ?class) WHERE {{ \
           ?e rdfs:label|skos:altLabel ?name . FILTER(CONTAINS(LCASE(STR(?name)), LCASE({}))) \
           ?e rdfs:label ?l . OPTIONAL {{ ?e a ?c . FILTER(STRSTARTS(STR(?c), \"{KG}\")) \
             FILTER NOT EXISTS {{ ?e a ?narrower . ?narrower rdfs:subClassOf+ ?c . FILTER(?narrower != ?c) }} }} \
           FILTER EXISTS {{ ?m kg:mentionOf ?e }} }} GROUP BY ?e ORDER BY LCASE(STR(SAMPLE(?l))) ?e LIMIT {}",
        string_literal(q),
        MAX_ROWS + 1
    );
    let rows = select(store, &sparql, options)?;
    let _ = writeln!(
        body,
        "<h2>{} for “{}”</h2>",
        plural(rows.len().min(MAX_ROWS), "entity", "entities"),
        escape(q)
    );
    body.push_str("<ul>\n");
    for row in rows.iter().take(MAX_ROWS) {
        let Some(iri) = text(row, "e") else { continue };
        let label = text(row, "label");
        let class = text(row, "class")
            .map(|c| format!(" <span class=\"meta\">{}</span>", escape(&short(&c))))
            .unwrap_or_default();
        let _ = writeln!(
            body,
            "<li>{}{class}</li>",
            entity_link(&iri, label.as_deref())
        );
    }
    body.push_str("</ul>\n");
    body.push_str(cut_note(rows.len()));
    Ok(page(&format!("Search: {q}"), &body))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// An evidence sentence with the trigger word marked.
struct Evidence {
    quote: String,
    rule: String,
    confidence: Option<String>,
    modality: Option<String>,
    polarity: Option<String>,
    document: String,
    trigger: Option<(usize, usize)>,
}

fn evidence_html(e: &Evidence) -> String {
    let quote = match e.trigger {
        Some((start, end)) if start < end && end <= e.quote.chars().count() => {
            let chars: Vec<char> = e.quote.chars().collect();
            let part = |a: usize, b: usize| escape(&chars[a..b].iter().collect::<String>());
            format!(
                "{}<mark class=\"trigger\">{}</mark>{}",
                part(0, start),
                part(start, end),
                part(end, chars.len())
            )
        }
        _ => escape(&e.quote),
    };
    let mut meta = vec![format!("rule {}", escape(&e.rule))];
    if let Some(c) = &e.confidence {
        meta.push(format!("confidence {}", escape(c)));
    }
    if let Some(m) = &e.modality {
        meta.push(format!("modality {}", escape(m)));
    }
    if let Some(p) = e.polarity.as_deref().filter(|p| *p != "positive") {
        meta.push(format!("polarity {}", escape(p)));
    }
    meta.push(format!(
        "<a href=\"/document?iri={}\">document</a>",
        encode(&e.document)
    ));
    format!(
        "<blockquote>{quote}<div class=\"meta\">{}</div></blockquote>",
        meta.join(" · ")
    )
}

/// A fact by the IRIs of its subject, property and object.
type FactKey = (String, String, String);

/// The evidence of every fact with this subject or object, by fact.
fn evidence_of(
    store: &Oxigraph,
    iri: &str,
    options: &QueryOptions,
) -> Result<BTreeMap<FactKey, Vec<Evidence>>, query::QueryError> {
    let sparql = format!(
        "SELECT ?s ?p ?o ?quote ?rule ?conf ?modality ?polarity ?doc ?start ?ts ?te WHERE {{ \
           ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:quote ?quote ; prov:wasDerivedFrom ?doc . \
           FILTER(?s = {i} || ?o = {i}) \
           OPTIONAL {{ ?ev kg:rule ?rule }} OPTIONAL {{ ?ev kg:confidence ?conf }} OPTIONAL {{ ?ev kg:modality ?modality }} \
           OPTIONAL {{ ?ev kg:polarity ?polarity }} OPTIONAL {{ ?ev kg:start ?start ; kg:triggerStart ?ts ; kg:triggerEnd ?te }} \
         }} ORDER BY ?p ?s ?o ?doc ?start LIMIT {}",
        MAX_ROWS * 5,
        i = iri_literal(iri)
    );
    let mut by_fact: BTreeMap<FactKey, Vec<Evidence>> = BTreeMap::new();
    for row in select(store, &sparql, options)? {
        let (Some(s), Some(p), Some(o)) = (text(&row, "s"), text(&row, "p"), text(&row, "o"))
        else {
            continue;
        };
        let number = |name: &str| text(&row, name).and_then(|v| v.parse::<usize>().ok());
        let trigger = match (number("start"), number("ts"), number("te")) {
            (Some(start), Some(ts), Some(te)) if ts >= start && te >= ts => {
                Some((ts - start, te - start))
            }
            _ => None,
        };
        by_fact.entry((s, p, o)).or_default().push(Evidence {
            quote: text(&row, "quote").unwrap_or_default(),
            rule: text(&row, "rule").unwrap_or_default(),
            confidence: text(&row, "conf"),
            modality: text(&row, "modality"),
            polarity: text(&row, "polarity"),
            document: text(&row, "doc").unwrap_or_default(),
            trigger,
        });
    }
    Ok(by_fact)
}

/// An entity: its names, classes and links, its facts in both directions
/// with their evidence, and a picture of its neighbourhood.
pub fn entity(
    store: &Oxigraph,
    graph: &EntityGraph,
    iri: &str,
    options: &QueryOptions,
) -> Result<Option<String>, query::QueryError> {
    let i = iri_literal(iri);
    let about = select(
        store,
        &format!(
            "SELECT DISTINCT ?p ?v WHERE {{ {i} ?p ?v . VALUES ?p {{ rdfs:label skos:altLabel rdf:type owl:sameAs }} }} ORDER BY ?p ?v"
        ),
        options,
    )?;
    if about.is_empty() {
        return Ok(None);
    }
    let values = |p: &str| -> Vec<String> {
        about
            .iter()
            .filter(|r| text(r, "p").as_deref() == Some(p))
            .filter_map(|r| text(r, "v"))
            .collect()
    };
    let rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    let labels = values(&format!("{rdfs}label"));
    let title = labels.first().cloned().unwrap_or_else(|| short(iri));
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"meta\"><code>{}</code></p>\n<dl>\n",
        escape(&title),
        escape(iri)
    );
    let aliases = values("http://www.w3.org/2004/02/skos/core#altLabel");
    let list = |items: &[String], link: bool| -> String {
        items
            .iter()
            .map(|v| {
                if link && is_web_address(v) {
                    format!("<a href=\"{0}\">{0}</a>", escape(v))
                } else if link {
                    format!("<code>{}</code>", escape(v))
                } else {
                    escape(&short(v))
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let classes = values("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    let _ = writeln!(body, "<dt>Classes</dt><dd>{}</dd>", list(&classes, false));
    if labels.len() > 1 || !aliases.is_empty() {
        let names: Vec<String> = labels.iter().skip(1).chain(&aliases).cloned().collect();
        let _ = writeln!(body, "<dt>Also called</dt><dd>{}</dd>", list(&names, false));
    }
    let same = values("http://www.w3.org/2002/07/owl#sameAs");
    if !same.is_empty() {
        let _ = writeln!(body, "<dt>Same as</dt><dd>{}</dd>", list(&same, true));
    }
    body.push_str("</dl>\n");

    let facts = select(
        store,
        &format!(
            "SELECT DISTINCT ?s ?p ?o ?sl ?ol WHERE {{ \
               GRAPH ?g {{ {{ BIND({i} AS ?s) ?s ?p ?o }} UNION {{ BIND({i} AS ?o) ?s ?p ?o }} }} \
               FILTER(?g NOT IN (<{ontology}>, <{statistics}>)) \
               FILTER(isIRI(?s) && isIRI(?o) && STRSTARTS(STR(?p), \"{KG}\") && ?p != kg:mentionOf) \
               FILTER NOT EXISTS {{ ?s a kg:Evidence }} \
               OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} }} ORDER BY ?p ?s ?o LIMIT {}",
            MAX_ROWS + 1,
            ontology = graph_names::ONTOLOGY,
            statistics = graph_names::STATISTICS,
        ),
        options,
    )?;
    let evidence = evidence_of(store, iri, options)?;
    let mut seen = std::collections::BTreeSet::new();
    let mut current_property = None;
    body.push_str("<h2>Facts</h2>\n");
    if facts.is_empty() {
        body.push_str("<p>No facts name this entity.</p>\n");
    }
    for row in facts.iter().take(MAX_ROWS) {
        let (Some(s), Some(p), Some(o)) = (text(row, "s"), text(row, "p"), text(row, "o")) else {
            continue;
        };
        if !seen.insert((s.clone(), p.clone(), o.clone())) {
            continue;
        }
        if current_property.as_deref() != Some(p.as_str()) {
            if current_property.is_some() {
                body.push_str("</ul>\n");
            }
            let _ = writeln!(body, "<h3>{}</h3>\n<ul>", escape(&short(&p)));
            current_property = Some(p.clone());
        }
        let subject = entity_link(&s, text(row, "sl").as_deref());
        let object = entity_link(&o, text(row, "ol").as_deref());
        let _ = write!(
            body,
            "<li>{subject} <strong>{}</strong> {object}",
            escape(&short(&p))
        );
        for e in evidence.get(&(s, p, o)).into_iter().flatten() {
            body.push_str(&evidence_html(e));
        }
        body.push_str("</li>\n");
    }
    if current_property.is_some() {
        body.push_str("</ul>\n");
    }
    body.push_str(cut_note(facts.len()));

    if let Some(svg) = neighbourhood_picture(graph, iri) {
        let _ = write!(
            body,
            "<h2>Neighbourhood</h2>\n<figure role=\"img\" aria-label=\"{} and the entities it is related to\">{}</figure>\n",
            escape(&title),
            svg
        );
    }
    Ok(Some(page(&title, &body)))
}

/// The SVG of an entity and its direct neighbours, drawn by the graph stage's
/// pure-Rust layout; `None` for an entity outside the graph.
#[cfg(feature = "svg")]
fn neighbourhood_picture(graph: &EntityGraph, iri: &str) -> Option<String> {
    use crate::graph::{DotStyle, Selection};
    let node = graph.find(iri)?;
    let selection = Selection::new()
        .around(node, 1)
        .with_max_nodes(Some(PICTURE_NODES));
    let style = DotStyle {
        legend: false,
        ..DotStyle::default()
    };
    let svg = graph.select(&selection).to_svg(&style).ok()?;
    Some(strip_xml_declaration(&svg).to_owned())
}

/// Built without the `svg` feature, entity pages have no picture.
#[cfg(not(feature = "svg"))]
fn neighbourhood_picture(_graph: &EntityGraph, _iri: &str) -> Option<String> {
    None
}

#[cfg(feature = "svg")]
fn strip_xml_declaration(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(start) => &svg[start..],
        None => svg,
    }
}

/// The documents of the store, newest first.
pub fn documents(store: &Oxigraph, options: &QueryOptions) -> Result<String, query::QueryError> {
    let rows = select(
        store,
        &format!(
            "SELECT ?d ?title ?date ?source WHERE {{ ?d a kg:SourceDocument . OPTIONAL {{ ?d dcterms:title ?title }} \
             OPTIONAL {{ ?d dcterms:date ?date }} OPTIONAL {{ ?d dcterms:source ?source }} }} \
             ORDER BY DESC(?date) ?title ?d LIMIT {}",
            MAX_ROWS + 1
        ),
        options,
    )?;
    let mut body = format!(
        "<h1>Documents</h1>\n<p>{}</p>\n<ul>\n",
        plural(rows.len().min(MAX_ROWS), "document", "documents")
    );
    for row in rows.iter().take(MAX_ROWS) {
        let Some(d) = text(row, "d") else { continue };
        let name = text(row, "title")
            .or_else(|| text(row, "source"))
            .unwrap_or_else(|| short(&d));
        let date = text(row, "date")
            .map(|d| format!(" <span class=\"meta\">{}</span>", escape(&d)))
            .unwrap_or_default();
        let _ = writeln!(
            body,
            "<li><a href=\"/document?iri={}\">{}</a>{date}</li>",
            encode(&d),
            escape(&name)
        );
    }
    body.push_str("</ul>\n");
    body.push_str(cut_note(rows.len()));
    Ok(page("Documents", &body))
}

/// A document: its metadata and its text (kept by `kg build` as
/// `schema:text`) with the entity mentions marked and the sentences facts
/// were read from highlighted, each paragraph followed by its facts; for a
/// document built before kg kept texts, the sentences of its facts.
pub fn document(
    store: &Oxigraph,
    iri: &str,
    options: &QueryOptions,
) -> Result<Option<String>, query::QueryError> {
    let i = iri_literal(iri);
    let about = select(
        store,
        &format!(
            "SELECT ?title ?date ?source ?publisher ?pl WHERE {{ {i} a kg:SourceDocument . \
             OPTIONAL {{ {i} dcterms:title ?title }} OPTIONAL {{ {i} dcterms:date ?date }} \
             OPTIONAL {{ {i} dcterms:source ?source }} \
             OPTIONAL {{ {i} dcterms:publisher ?publisher . OPTIONAL {{ ?publisher rdfs:label ?pl }} }} }} LIMIT 1"
        ),
        options,
    )?;
    let Some(meta) = about.first() else {
        return Ok(None);
    };
    let title = text(meta, "title")
        .or_else(|| text(meta, "source"))
        .unwrap_or_else(|| short(iri));
    let mut body = format!("<h1>{}</h1>\n<dl>\n", escape(&title));
    for (name, label) in [("source", "Source"), ("date", "Date")] {
        if let Some(v) = text(meta, name) {
            let _ = writeln!(body, "<dt>{label}</dt><dd>{}</dd>", escape(&v));
        }
    }
    if let Some(p) = text(meta, "publisher") {
        let _ = writeln!(
            body,
            "<dt>Publisher</dt><dd>{}</dd>",
            entity_link(&p, text(meta, "pl").as_deref())
        );
    }
    body.push_str("</dl>\n");
    // Mentions, to mark inside the sentences (offsets are characters into the text).
    let mentions = select(
        store,
        &format!(
            "SELECT ?start ?end ?e WHERE {{ ?m a kg:Mention ; prov:wasDerivedFrom {i} ; kg:start ?start ; kg:end ?end ; kg:mentionOf ?e }} LIMIT 5000"
        ),
        options,
    )?;
    let spans: Vec<(usize, usize, String)> = mentions
        .iter()
        .filter_map(|r| {
            Some((
                text(r, "start")?.parse().ok()?,
                text(r, "end")?.parse().ok()?,
                text(r, "e")?,
            ))
        })
        .collect();
    let facts = select(
        store,
        &format!(
            "SELECT ?sentence ?start ?quote ?ts ?te ?s ?p ?o ?sl ?ol WHERE {{ \
               ?ev a kg:Evidence ; prov:wasDerivedFrom {i} ; kg:quote ?quote ; kg:start ?start ; \
                   rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . \
               OPTIONAL {{ ?ev kg:sentenceIndex ?sentence }} OPTIONAL {{ ?ev kg:triggerStart ?ts ; kg:triggerEnd ?te }} \
               OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} }} ORDER BY ?start ?p ?s ?o LIMIT {}",
            MAX_ROWS + 1
        ),
        options,
    )?;
    let full_text = select(
        store,
        &format!("SELECT ?text WHERE {{ {i} schema:text ?text }} LIMIT 1"),
        options,
    )?
    .first()
    .and_then(|row| text(row, "text"));
    if let Some(full_text) = full_text {
        body.push_str(&whole_text(&full_text, &spans, &facts));
        return Ok(Some(page(&title, &body)));
    }
    // Built before kg kept the text: the sentences of the facts only.
    body.push_str("<h2>Facts and the sentences they come from</h2>\n");
    if facts.is_empty() {
        body.push_str("<p>No facts were read from this document.</p>\n");
    }
    let mut last_quote: Option<usize> = None;
    let mut listed = std::collections::BTreeSet::new();
    for row in facts.iter().take(MAX_ROWS) {
        let (Some(quote), Some(start)) = (
            text(row, "quote"),
            text(row, "start").and_then(|s| s.parse::<usize>().ok()),
        ) else {
            continue;
        };
        if last_quote != Some(start) {
            if last_quote.is_some() {
                body.push_str("</ul>\n");
            }
            let trigger = match (
                text(row, "ts").and_then(|v| v.parse::<usize>().ok()),
                text(row, "te").and_then(|v| v.parse::<usize>().ok()),
            ) {
                (Some(a), Some(b)) => Some((a, b)),
                _ => None,
            };
            let _ = writeln!(
                body,
                "<blockquote>{}</blockquote>\n<ul>",
                marked_sentence(&quote, start, &spans, trigger)
            );
            last_quote = Some(start);
        }
        let (Some(s), Some(p), Some(o)) = (text(row, "s"), text(row, "p"), text(row, "o")) else {
            continue;
        };
        // One row per label of either end: list each fact once.
        if !listed.insert((start, s.clone(), p.clone(), o.clone())) {
            continue;
        }
        let _ = writeln!(
            body,
            "<li>{} <strong>{}</strong> {}</li>",
            entity_link(&s, text(row, "sl").as_deref()),
            escape(&short(&p)),
            entity_link(&o, text(row, "ol").as_deref())
        );
    }
    if last_quote.is_some() {
        body.push_str("</ul>\n");
    }
    body.push_str(cut_note(facts.len()));
    Ok(Some(page(&title, &body)))
}

/// A fact read from a sentence of the text: the sentence's start (a
/// character offset), its text, the trigger's offsets, and the fact's
/// subject, property and object with the ends' labels.
struct SentenceFact {
    start: usize,
    quote: String,
    trigger: Option<(usize, usize)>,
    fact: FactKey,
    labels: (Option<String>, Option<String>),
}

fn sentence_facts(facts: &[QuerySolution]) -> Vec<SentenceFact> {
    let number = |row: &QuerySolution, name: &str| text(row, name).and_then(|v| v.parse().ok());
    let mut listed = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for row in facts.iter().take(MAX_ROWS) {
        let (Some(quote), Some(start), Some(s), Some(p), Some(o)) = (
            text(row, "quote"),
            number(row, "start"),
            text(row, "s"),
            text(row, "p"),
            text(row, "o"),
        ) else {
            continue;
        };
        // One row per label of either end: list each fact once.
        if !listed.insert((start, s.clone(), p.clone(), o.clone())) {
            continue;
        }
        let trigger = number(row, "ts").zip(number(row, "te"));
        out.push(SentenceFact {
            start,
            quote,
            trigger,
            fact: (s, p, o),
            labels: (text(row, "sl"), text(row, "ol")),
        });
    }
    out
}

/// A fact as "subject **property** object", the ends linked.
fn fact_line(fact: &SentenceFact) -> String {
    let (s, p, o) = &fact.fact;
    format!(
        "{} <strong>{}</strong> {}",
        entity_link(s, fact.labels.0.as_deref()),
        escape(&short(p)),
        entity_link(o, fact.labels.1.as_deref())
    )
}

/// The paragraphs of a text: character ranges between blank lines.
fn paragraphs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut line_start = 0;
    let mut end_of_text = 0;
    for (i, c) in chars.iter().enumerate().chain([(chars.len(), &'\n')]) {
        if *c != '\n' {
            continue;
        }
        let line = &chars[line_start..i];
        if line.iter().all(|c| c.is_whitespace()) {
            if let Some(s) = start.take() {
                out.push((s, end_of_text));
            }
        } else {
            let first = line_start + line.iter().take_while(|c| c.is_whitespace()).count();
            start.get_or_insert(first);
            end_of_text = line_start + line.len()
                - line.iter().rev().take_while(|c| c.is_whitespace()).count();
        }
        line_start = i + 1;
    }
    if let Some(s) = start {
        out.push((s, end_of_text));
    }
    out
}

/// The whole text of a document in paragraphs, the mentions marked and
/// linked to their entities, the sentences facts were read from
/// highlighted with their trigger marked, and below each paragraph the
/// facts of its sentences. Facts whose sentence is not found where its
/// offset says (a text changed under its graph) are listed at the end.
fn whole_text(text: &str, spans: &[(usize, usize, String)], facts: &[QuerySolution]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let facts = sentence_facts(facts);
    // The sentences where the text has them, each once, by start.
    let mut sentences: BTreeMap<usize, (usize, Option<(usize, usize)>)> = BTreeMap::new();
    let mut placed = vec![false; facts.len()];
    for (k, fact) in facts.iter().enumerate() {
        let end = fact.start + fact.quote.chars().count();
        // The quote has a hard-wrapped text's line breaks as spaces.
        let found = chars.get(fact.start..end).is_some_and(|there| {
            there
                .iter()
                .zip(fact.quote.chars())
                .all(|(&a, b)| a == b || (a.is_whitespace() && b.is_whitespace()))
        });
        if found {
            placed[k] = true;
            let entry = sentences.entry(fact.start).or_insert((end, None));
            if entry.1.is_none() {
                entry.1 = fact.trigger;
            }
        }
    }
    let mut out = String::from(
        "<h2>Text</h2>\n<p class=\"meta\">Names are <mark>marked</mark> and link to their entity; \
<span class=\"evidence\">sentences facts were read from</span> have the facts listed below their paragraph.</p>\n",
    );
    if facts.is_empty() {
        out.push_str("<p class=\"meta\">No facts were read from this document.</p>\n");
    }
    for (from, to) in paragraphs(&chars) {
        out.push_str("<p>");
        let mut at = from;
        for (&start, &(end, trigger)) in sentences.range(from..to) {
            if start < at {
                continue; // overlapping sentences: the first wins
            }
            let end = end.min(to);
            out.push_str(&marked_range(&chars, at, start, spans, None));
            let _ = write!(
                out,
                "<span class=\"evidence\">{}</span>",
                marked_range(&chars, start, end, spans, trigger)
            );
            at = end;
        }
        out.push_str(&marked_range(&chars, at, to, spans, None));
        out.push_str("</p>\n");
        let here: Vec<String> = facts
            .iter()
            .zip(&placed)
            .filter(|(f, placed)| **placed && (from..to).contains(&f.start))
            .map(|(f, _)| format!("<li>{}</li>", fact_line(f)))
            .collect();
        if !here.is_empty() {
            let _ = writeln!(
                out,
                "<ul class=\"facts\" aria-label=\"facts read from this paragraph\">\n{}\n</ul>",
                here.join("\n")
            );
        }
    }
    let elsewhere: Vec<String> = facts
        .iter()
        .zip(&placed)
        .filter(|(_, placed)| !**placed)
        .map(|(f, _)| format!("<li>{} <q>{}</q></li>", fact_line(f), escape(&f.quote)))
        .collect();
    if !elsewhere.is_empty() {
        let _ = writeln!(
            out,
            "<h2>Facts whose sentence is not in the text</h2>\n<ul class=\"facts\">\n{}\n</ul>",
            elsewhere.join("\n")
        );
    }
    out
}

/// Characters `from..to` of a text, escaped, with the mentions wholly
/// inside linked and marked, and the trigger marked.
fn marked_range(
    chars: &[char],
    from: usize,
    to: usize,
    spans: &[(usize, usize, String)],
    trigger: Option<(usize, usize)>,
) -> String {
    if from >= to {
        return String::new();
    }
    let quote: String = chars[from..to].iter().collect();
    marked_sentence(&quote, from, spans, trigger)
}

/// The sentence starting at character `start` of its document, with the
/// mentions inside it linked and marked and the trigger marked.
fn marked_sentence(
    quote: &str,
    start: usize,
    spans: &[(usize, usize, String)],
    trigger: Option<(usize, usize)>,
) -> String {
    let chars: Vec<char> = quote.chars().collect();
    let end = start + chars.len();
    let mut marks: Vec<(usize, usize, Option<&str>)> = spans
        .iter()
        .filter(|(a, b, _)| *a >= start && *b <= end && a < b)
        .map(|(a, b, e)| (a - start, b - start, Some(e.as_str())))
        .collect();
    if let Some((a, b)) = trigger.filter(|(a, b)| *a >= start && *b <= end && a < b) {
        marks.push((a - start, b - start, None));
    }
    marks.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    let mut out = String::new();
    let mut at = 0;
    for (a, b, entity) in marks {
        if a < at {
            continue; // overlapping marks: the first wins
        }
        out.push_str(&escape(&chars[at..a].iter().collect::<String>()));
        let inner = escape(&chars[a..b].iter().collect::<String>());
        match entity {
            Some(e) => {
                let _ = write!(
                    out,
                    "<a href=\"/entity?iri={}\"><mark>{inner}</mark></a>",
                    encode(e)
                );
            }
            None => {
                let _ = write!(out, "<mark class=\"trigger\">{inner}</mark>");
            }
        }
        at = b;
    }
    out.push_str(&escape(&chars[at..].iter().collect::<String>()));
    out
}

/// The SPARQL page: an editor, the bundled examples, and the results of
/// the query given, as a table.
pub fn sparql_page(store: &Oxigraph, query: Option<&str>, options: &QueryOptions) -> String {
    let shown = query.unwrap_or(EXAMPLE_QUERIES[0].1);
    let mut body = String::from("<h1>SPARQL</h1>\n<form action=\"/sparql\" method=\"get\">\n");
    let _ = write!(
        body,
        "<label for=\"query\">Query (the prefixes {} are declared)</label>\n\
<textarea id=\"query\" name=\"query\" rows=\"12\">{}</textarea>\n<button>Run</button></form>\n",
        escape(
            &PREFIXES
                .iter()
                .map(|(p, _)| format!("{p}:"))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        escape(shown)
    );
    body.push_str("<h2>Examples</h2>\n<ul>\n");
    for (name, text) in EXAMPLE_QUERIES {
        let _ = writeln!(
            body,
            "<li><a href=\"/sparql?query={}\">{}</a></li>",
            encode(text),
            escape(name)
        );
    }
    body.push_str("</ul>\n");
    if let Some(query) = query {
        body.push_str("<h2>Results</h2>\n");
        match results_table(store, query, options) {
            Ok(table) => body.push_str(&table),
            Err(e) => {
                let _ = writeln!(
                    body,
                    "<p role=\"alert\"><strong>Error:</strong> {}</p>",
                    escape(&e.to_string())
                );
            }
        }
    }
    page("SPARQL", &body)
}

fn results_table(
    store: &Oxigraph,
    sparql: &str,
    options: &QueryOptions,
) -> Result<String, query::QueryError> {
    query::check_chain(sparql)?;
    let watchdog = Watchdog::start(options, std::time::Duration::ZERO, None);
    watchdog.guard(|| watched_results_table(store, sparql, &watchdog))
}

/// [`results_table`] under `watchdog`.
fn watched_results_table(
    store: &Oxigraph,
    sparql: &str,
    watchdog: &Watchdog,
) -> Result<String, query::QueryError> {
    let prepared = query::prepare_query(sparql, Some(watchdog.token()))?;
    let results = prepared
        .on_store(store)
        .execute()
        .map_err(|e| watchdog.explain(e))?;
    let cell = |term: &Term| match term {
        // A document has its own page (its text and facts), not an entity page.
        Term::NamedNode(n) if is_document(store, n.as_ref()) => format!(
            "<a href=\"/document?iri={}\">{}</a>",
            encode(n.as_str()),
            escape(&short(n.as_str()))
        ),
        Term::NamedNode(n) => entity_link(n.as_str(), None),
        Term::Literal(l) => escape(l.value()),
        other => escape(&other.to_string()),
    };
    let mut out = String::new();
    let mut rows = 0;
    match results {
        QueryResults::Boolean(value) => {
            let _ = writeln!(out, "<p>{value}</p>");
        }
        QueryResults::Solutions(solutions) => {
            let variables: Vec<String> = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_string())
                .collect();
            out.push_str("<table><thead><tr>");
            for v in &variables {
                let _ = write!(out, "<th scope=\"col\">{}</th>", escape(v));
            }
            out.push_str("</tr></thead><tbody>\n");
            for solution in solutions {
                let solution = solution.map_err(|e| watchdog.explain(e))?;
                rows += 1;
                if rows > MAX_ROWS {
                    break;
                }
                out.push_str("<tr>");
                for v in &variables {
                    let _ = write!(
                        out,
                        "<td>{}</td>",
                        solution.get(v.as_str()).map(cell).unwrap_or_default()
                    );
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody></table>\n");
        }
        QueryResults::Graph(triples) => {
            out.push_str("<table><thead><tr><th scope=\"col\">subject</th><th scope=\"col\">predicate</th><th scope=\"col\">object</th></tr></thead><tbody>\n");
            for triple in triples {
                let triple = triple.map_err(|e| watchdog.explain(e))?;
                rows += 1;
                if rows > MAX_ROWS {
                    break;
                }
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    cell(&triple.subject.into()),
                    escape(&short(triple.predicate.as_str())),
                    cell(&triple.object)
                );
            }
            out.push_str("</tbody></table>\n");
        }
    }
    out.push_str(cut_note(rows));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_marks_do_not_overlap() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        // The sentence starts at character 4 of its document: "Peru" is
        // 14..18 and "signed" 19..25 there.
        let spans = vec![
            (14, 18, "urn:peru".to_string()),
            (15, 17, "urn:inner".to_string()),
        ];
        let html = marked_sentence("Today <b> Peru signed.", 4, &spans, Some((19, 25)));
        assert!(
            html.starts_with(
                "Today &lt;b&gt; <a href=\"/entity?iri=urn%3Aperu\"><mark>Peru</mark></a>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<mark class=\"trigger\">signed</mark>"),
            "{html}"
        );
        assert!(!html.contains("urn%3Ainner"), "{html}");
    }

    #[test]
    fn paragraphs_are_the_text_between_blank_lines() {
        let text = "Title\n\nPeru signed. Chile <b>agreed</b>.\n   \nLast line \nwrapped\n";
        let chars: Vec<char> = text.chars().collect();
        let found = paragraphs(&chars);
        assert_eq!(found, [(0, 5), (7, 40), (45, 63)]);
        let at = |(a, b): (usize, usize)| chars[a..b].iter().collect::<String>();
        assert_eq!(at(found[2]), "Last line \nwrapped");
        assert!(paragraphs(&[]).is_empty());
        assert!(paragraphs(&[' ', '\n', '\n']).is_empty());
        assert_eq!(
            paragraphs(&['\n', 'a', ' ', 'b']),
            [(1, 4)],
            "no newline at the end"
        );
        // A range is escaped, with the mentions wholly inside it marked.
        let spans = vec![
            (7, 11, "urn:peru".to_string()),
            (20, 36, "urn:cut".to_string()),
        ];
        let html = marked_range(&chars, 7, 28, &spans, Some((12, 18)));
        assert_eq!(
            html,
            "<a href=\"/entity?iri=urn%3Aperu\"><mark>Peru</mark></a> <mark class=\"trigger\">signed</mark>. Chile &lt;b"
        );
    }
}
