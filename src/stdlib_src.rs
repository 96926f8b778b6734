//! The embedded standard library: every `stdlib/**/*.go` file of the repo,
//! compiled into the binary by build.rs.

include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));

/// The files of package `path` (`"fmt"`, `"math/rand"`), as (name, source).
pub fn package_files(path: &str) -> Vec<(&'static str, &'static str)> {
    STDLIB_FILES
        .iter()
        .filter(|(p, _, _)| *p == path)
        .map(|(_, n, s)| (*n, *s))
        .collect()
}

/// Whether golite's stdlib has package `path`.
pub fn has_package(path: &str) -> bool {
    STDLIB_FILES.iter().any(|(p, _, _)| *p == path)
}
