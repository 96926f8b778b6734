//! golite: an interpreter for the Go that concurrency courses are made of.
//! See ARCHITECTURE.md for where each part lives.

pub mod check;
pub mod compile;
pub mod diag;
pub mod driver;
pub mod gc;
pub mod natives;
pub mod runtime;
pub mod stdlib_src;
pub mod syntax;
pub mod vm;
