//! Native (Rust) parts of golite's standard library that do not depend on
//! the VM: the fmt formatting engine and the strconv-compatible number
//! formatting and quoting it is built on. The VM converts its values into
//! `fmt::FmtValue` trees and calls into these; see each module.

pub mod fmt;
#[rustfmt::skip]
mod isprint_tables;
pub mod numfmt;
pub mod quote;
pub mod utf8;
