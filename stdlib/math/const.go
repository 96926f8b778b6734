// Package math (golite): mathematical constants, with Go's exact values.
package math

// Mathematical constants, given to 63 significant digits: more than any
// float holds, and the precision Go gives them in constant expressions.
const (
	E, Pi, Phi = 2.71828182845904523536028747135266249775724709369995957496696763,
		3.14159265358979323846264338327950288419716939937510582097494459,
		1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2, SqrtE = 1.41421356237309504880168872420969807856967187537694807317667974,
		1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi, SqrtPhi = 1.77245385090551602729816748334114518279754945612238712821380779,
		1.27201964951406896425242246173749149171560804184009624861664038

	Ln2, Ln10 = 0.693147180559945309417232121458176568075500134360255254120680009,
		2.30258509299404568401799145468436420760110148862877297603332790
	Log2E, Log10E = 1 / Ln2, 1 / Ln10
)

// Limits of the floating-point types: the largest finite value and the
// smallest positive (subnormal) one, as exact hexadecimal floats.
const (
	MaxFloat32, SmallestNonzeroFloat32 = 0x1.fffffep+127, 0x1p-149
	MaxFloat64, SmallestNonzeroFloat64 = 0x1.fffffffffffffp+1023, 0x1p-1074
)

// uintBits is the width of int and uint: 32 or 64.
const uintBits = 32 << (^uint(0) >> 63)

// Limits of the integer types. Each signed maximum is half the unsigned
// one, rounded down, and each minimum is one below the negated maximum.
const (
	MaxUint8, MaxUint16, MaxUint32, MaxUint64 = 1<<8 - 1, 1<<16 - 1, 1<<32 - 1, 1<<64 - 1
	MaxUint                                   = 1<<uintBits - 1

	MaxInt8, MaxInt16, MaxInt32, MaxInt64 = MaxUint8 >> 1, MaxUint16 >> 1, MaxUint32 >> 1, MaxUint64 >> 1
	MaxInt                                = MaxUint >> 1

	MinInt8, MinInt16, MinInt32, MinInt64 = -MaxInt8 - 1, -MaxInt16 - 1, -MaxInt32 - 1, -MaxInt64 - 1
	MinInt                                = -MaxInt - 1
)
