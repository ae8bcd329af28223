//! Commands that draw and explore the graph: dot, path, rank, neighbors.

use std::process::ExitCode;

use anyhow::{bail, Result};

use super::args::*;

pub fn dot(_g: &GlobalArgs, _a: &DotArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn path(_g: &GlobalArgs, _a: &PathArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn rank(_g: &GlobalArgs, _a: &RankArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn neighbors(_g: &GlobalArgs, _a: &NeighborsArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
