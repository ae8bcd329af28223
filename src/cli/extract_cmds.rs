//! Commands that read articles: extract and build.

use std::process::ExitCode;

use anyhow::{bail, Result};

use super::args::*;

pub fn extract(_g: &GlobalArgs, _a: &ExtractArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
pub fn build(_g: &GlobalArgs, _a: &BuildArgs) -> Result<ExitCode> {
    bail!("not yet implemented")
}
