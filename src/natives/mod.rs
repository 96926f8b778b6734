//! Native (Rust) parts of golite's standard library that do not depend on
//! the VM: the fmt formatting engine and the strconv-compatible number
//! formatting and quoting it is built on. The VM converts its values into
//! `fmt::FmtValue` trees and calls into these; see each module.

pub mod fmt;
#[rustfmt::skip]
mod isprint_tables;
pub mod numfmt;
pub mod quote;
#[cfg(test)]
mod strconv_tests;
pub mod utf8;

// Natives core for strings/bytes, strconv parsing, unicode, utf8, math,
// math/rand and time, each tested against Go-generated tables.
#[cfg(test)]
mod golden_tests;
pub mod math;
pub mod rand;
#[rustfmt::skip]
mod rand_table;
pub mod strconv;
pub mod strings;
pub mod time;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_tables;
