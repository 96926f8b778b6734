//! Tests of the fmt engine.
