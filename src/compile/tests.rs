//! Unit tests for the compiler and VM pieces.

use super::grow_cap;

#[test]
fn append_growth_matches_go() {
    // []int: 0→1→2→4→8, []byte small sizes round to 8.
    assert_eq!(grow_cap(0, 1, 8), 1);
    assert_eq!(grow_cap(1, 2, 8), 2);
    assert_eq!(grow_cap(2, 3, 8), 4);
    assert_eq!(grow_cap(4, 5, 8), 8);
    assert_eq!(grow_cap(0, 1, 1), 8);
    // 512 ints grow by 1.25x + 192 then round to the size class.
    assert_eq!(grow_cap(512, 513, 8), 848);
    // Appending many at once: exactly what is needed, rounded up.
    assert_eq!(grow_cap(0, 5, 8), 6);
}

#[test]
fn print_float_format() {
    assert_eq!(crate::vm::print_float(1.5), "+1.500000e+000");
    assert_eq!(crate::vm::print_float(-0.001), "-1.000000e-003");
}

#[test]
fn decode_rune_rules() {
    assert_eq!(crate::vm::decode_rune("é".as_bytes()), (0xE9, 2));
    assert_eq!(crate::vm::decode_rune(&[0xFF]), (0xFFFD, 1));
}
