// Package atomic (golite): atomic memory primitives. The functions are
// natives performing sequentially consistent read-modify-writes on the
// addressed word; the typed wrappers (Int64, Bool, ...) are Go calling
// them, except Value's and Pointer's methods, which are natives.
package atomic

// The functions below are natives: each is one SeqCst atomic operation on
// *addr (Add returns the new value; Swap, And and Or return the old one).
// A nil addr panics with Go's nil pointer dereference runtime error.

func SwapInt32(addr *int32, new int32) (old int32)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func AddInt32(addr *int32, delta int32) (new int32)
func AndInt32(addr *int32, mask int32) (old int32)
func OrInt32(addr *int32, mask int32) (old int32)
func LoadInt32(addr *int32) (val int32)
func StoreInt32(addr *int32, val int32)

func SwapInt64(addr *int64, new int64) (old int64)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func AddInt64(addr *int64, delta int64) (new int64)
func AndInt64(addr *int64, mask int64) (old int64)
func OrInt64(addr *int64, mask int64) (old int64)
func LoadInt64(addr *int64) (val int64)
func StoreInt64(addr *int64, val int64)

func SwapUint32(addr *uint32, new uint32) (old uint32)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AndUint32(addr *uint32, mask uint32) (old uint32)
func OrUint32(addr *uint32, mask uint32) (old uint32)
func LoadUint32(addr *uint32) (val uint32)
func StoreUint32(addr *uint32, val uint32)

func SwapUint64(addr *uint64, new uint64) (old uint64)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AndUint64(addr *uint64, mask uint64) (old uint64)
func OrUint64(addr *uint64, mask uint64) (old uint64)
func LoadUint64(addr *uint64) (val uint64)
func StoreUint64(addr *uint64, val uint64)

func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr)
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)
func LoadUintptr(addr *uintptr) (val uintptr)
func StoreUintptr(addr *uintptr, val uintptr)

// Int32 holds an int32 that is only accessed atomically; it starts at 0.
type Int32 struct {
	_ noCopy
	v int32
}

// Load reads the current value of x in one atomic step.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store replaces the value of x with val in one atomic step.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap puts new in x and hands back what x held, in one atomic step.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap sets x to new only if it currently holds old, and
// reports whether it did, in one atomic step.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add increases x by delta (wrapping around) and returns the result, in
// one atomic step.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// And clears in x each bit that is clear in mask and returns the value x
// had before, in one atomic step.
func (x *Int32) And(mask int32) (old int32) { return AndInt32(&x.v, mask) }

// Or sets in x each bit that is set in mask and returns the value x had
// before, in one atomic step.
func (x *Int32) Or(mask int32) (old int32) { return OrInt32(&x.v, mask) }

// Int64 holds an int64 that is only accessed atomically; it starts at 0.
type Int64 struct {
	_ noCopy
	v int64
}

// Load reads the current value of x in one atomic step.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store replaces the value of x with val in one atomic step.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap puts new in x and hands back what x held, in one atomic step.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap sets x to new only if it currently holds old, and
// reports whether it did, in one atomic step.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add increases x by delta (wrapping around) and returns the result, in
// one atomic step.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// And clears in x each bit that is clear in mask and returns the value x
// had before, in one atomic step.
func (x *Int64) And(mask int64) (old int64) { return AndInt64(&x.v, mask) }

// Or sets in x each bit that is set in mask and returns the value x had
// before, in one atomic step.
func (x *Int64) Or(mask int64) (old int64) { return OrInt64(&x.v, mask) }

// Uint32 holds a uint32 that is only accessed atomically; it starts at 0.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load reads the current value of x in one atomic step.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store replaces the value of x with val in one atomic step.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap puts new in x and hands back what x held, in one atomic step.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap sets x to new only if it currently holds old, and
// reports whether it did, in one atomic step.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add increases x by delta (wrapping around) and returns the result, in
// one atomic step.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// And clears in x each bit that is clear in mask and returns the value x
// had before, in one atomic step.
func (x *Uint32) And(mask uint32) (old uint32) { return AndUint32(&x.v, mask) }

// Or sets in x each bit that is set in mask and returns the value x had
// before, in one atomic step.
func (x *Uint32) Or(mask uint32) (old uint32) { return OrUint32(&x.v, mask) }

// Uint64 holds a uint64 that is only accessed atomically; it starts at 0.
type Uint64 struct {
	_ noCopy
	v uint64
}

// Load reads the current value of x in one atomic step.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store replaces the value of x with val in one atomic step.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap puts new in x and hands back what x held, in one atomic step.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap sets x to new only if it currently holds old, and
// reports whether it did, in one atomic step.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add increases x by delta (wrapping around) and returns the result, in
// one atomic step.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// And clears in x each bit that is clear in mask and returns the value x
// had before, in one atomic step.
func (x *Uint64) And(mask uint64) (old uint64) { return AndUint64(&x.v, mask) }

// Or sets in x each bit that is set in mask and returns the value x had
// before, in one atomic step.
func (x *Uint64) Or(mask uint64) (old uint64) { return OrUint64(&x.v, mask) }

// Uintptr holds a uintptr that is only accessed atomically; it starts at 0.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load reads the current value of x in one atomic step.
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

// Store replaces the value of x with val in one atomic step.
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

// Swap puts new in x and hands back what x held, in one atomic step.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap sets x to new only if it currently holds old, and
// reports whether it did, in one atomic step.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add increases x by delta (wrapping around) and returns the result, in
// one atomic step.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// And clears in x each bit that is clear in mask and returns the value x
// had before, in one atomic step.
func (x *Uintptr) And(mask uintptr) (old uintptr) { return AndUintptr(&x.v, mask) }

// Or sets in x each bit that is set in mask and returns the value x had
// before, in one atomic step.
func (x *Uintptr) Or(mask uintptr) (old uintptr) { return OrUintptr(&x.v, mask) }

// Bool holds a bool that is only accessed atomically; it starts false.
type Bool struct {
	_ noCopy
	v uint32
}

// Load reads the current value of x in one atomic step.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store replaces the value of x with val in one atomic step.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap puts new in x and hands back what x held, in one atomic step.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap sets x to new only if it currently holds old, and
// reports whether it did, in one atomic step.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// b32 encodes b as 1 (true) or 0 (false).
func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Pointer holds a *T that is only accessed atomically; it starts nil.
// Its methods are natives: each is one SeqCst atomic operation on the
// pointer word v (CompareAndSwap compares pointer identity).
type Pointer[T any] struct {
	_ noCopy
	v *T
}

// Load reads the current value of x in one atomic step.
func (x *Pointer[T]) Load() *T

// Store replaces the value of x with val in one atomic step.
func (x *Pointer[T]) Store(val *T)

// Swap puts new in x and hands back what x held, in one atomic step.
func (x *Pointer[T]) Swap(new *T) (old *T)

// CompareAndSwap sets x to new only if it currently holds old, and
// reports whether it did, in one atomic step.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool)

// Value holds an interface value that is read and written atomically;
// every value stored must have the same dynamic type. An unused Value
// loads as nil. Its methods are
// natives working on the interface word v (an interface is one word in
// golite, a pointer to an immutable {type, value} box):
//   - Store/Swap panic "sync/atomic: store of nil value into Value" for
//     nil and "sync/atomic: store of inconsistently typed value into
//     Value" when the dynamic type differs from the first stored one
//     (Swap says "swap of" in both texts);
//   - CompareAndSwap panics "sync/atomic: compare and swap of nil value
//     into Value" for a nil new, "sync/atomic: compare and swap of
//     inconsistently typed values" when old and new types differ and
//     "sync/atomic: compare and swap of inconsistently typed value into
//     Value" when new's type differs from the stored one; it compares the
//     stored value with old by Go's == on interfaces (panicking on
//     uncomparable types) and returns false when old is nil but the Value
//     is not empty.
type Value struct {
	v any
}

// Load returns the content of v: the last value stored, or nil.
func (v *Value) Load() (val any)

// Store makes val the content of v.
func (v *Value) Store(val any)

// Swap makes new the content of v and returns the previous content (nil
// for an unused Value).
func (v *Value) Swap(new any) (old any)

// CompareAndSwap makes new the content of v only if the content equals
// old, and reports whether it did.
func (v *Value) CompareAndSwap(old, new any) (swapped bool)

// noCopy marks a type that must not be copied after first use (checked by
// go vet in Go; here it only documents intent). It has no size.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
