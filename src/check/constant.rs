//! Exact constant values and arithmetic (Go's untyped and typed constants).
//! API contract only; implementation pending.
