//! Code the training programs share (`src/bin/`): not part of the kgraph
//! library, which the programs read only through its public API.

pub mod headline;
