//! Tests of number formatting.
