//! Commands that work on the store: load, query, update, export, stats, graphs, remove, check.

use std::process::ExitCode;

use anyhow::{bail, Result};

use super::args::*;

pub fn load(_g: &GlobalArgs, _a: &LoadArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn query(_g: &GlobalArgs, _a: &QueryArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn update(_g: &GlobalArgs, _a: &UpdateArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn export(_g: &GlobalArgs, _a: &ExportArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn stats(_g: &GlobalArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn graphs(_g: &GlobalArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn remove(_g: &GlobalArgs, _a: &RemoveArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn check(_g: &GlobalArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
