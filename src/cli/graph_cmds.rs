//! cmds
