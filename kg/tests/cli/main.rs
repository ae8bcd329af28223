//! Integration tests of the `kg` binary: each module drives the real
//! command over files, stores and sockets, as a user would.

mod common;

mod build;
mod default_graph;
mod devtools;
mod eval;
mod extract_bare_offices;
mod extract_cessation;
mod extract_constructions;
mod extract_documents_unseen;
mod extract_general_constructions;
mod extract_goal_headings;
mod extract_goals;
mod extract_goals_unseen;
mod extract_goals_unseen25;
mod extract_goals_unseen26;
mod extract_goals_unseen27;
mod extract_joint_lists;
mod extract_names_news;
mod extract_news_constructions;
mod extract_office_lists;
mod extract_parties;
mod extract_parties_unseen;
mod extract_parties_unseen25;
mod extract_parties_unseen26;
mod extract_purpose_instruments;
mod extract_purposes_unseen;
mod extract_release_frames;
mod extract_titles_unseen;
mod extract_titles_unseen25;
mod extract_titles_unseen26;
mod extract_unseen_constructions;
mod graph;
mod integrity;
mod long_input;
mod ontology_words;
mod push_kg_serve;
mod push_servers;
mod robustness;
mod serve;
mod serve_limits;
mod serve_protocol;
mod shard;
mod store;
mod text_cleanup;
