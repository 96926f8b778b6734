// golite: the value recover returns for a run-time panic the VM raised.
// The VM's Recover instruction hands over what kind of error it was and
// its facts; this builds the runtime.Error value, so %T, %v and
// errors.As see Go's types.

package runtime

func makePanicError(kind int, msg string, x int64, y int, code int) any {
	switch kind {
	case 1:
		return errorString(msg)
	case 2:
		return plainError(msg)
	case 3:
		return boundsError{x: x, y: y, signed: true, code: uint8(code)}
	case 4:
		return new(PanicNilError)
	}
	return nil
}
