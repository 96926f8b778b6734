// apicheck type-checks golite's standard library (the Go sources under
// stdlib/) with go/types and compares every exported declaration with the
// real Go package of the same import path. With -natives FILE it also writes
// the list of bodiless (native) functions and methods for the Rust side.
//
// Usage: go run . [-natives ../../stdlib/NATIVES.md] [-missing] ../../stdlib
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var (
	nativesOut  = flag.String("natives", "", "write the list of native (bodiless) functions to this markdown file")
	showMissing = flag.Bool("missing", false, "also list exported names of the real Go package that golite lacks (informational)")
	verbose     = flag.Bool("v", false, "print every package as it is checked")
	dump        = flag.String("dump", "", "print the exported API of this real Go package (to help write golite's) and exit")
)

// pkgInfo is one golite stdlib package.
type pkgInfo struct {
	path  string // import path, e.g. "math/rand"
	dir   string
	files []*ast.File
	pkg   *types.Package
	errs  []string
}

type loader struct {
	root    string
	fset    *token.FileSet
	pkgs    map[string]*pkgInfo
	loading map[string]bool
}

func (l *loader) Import(path string) (*types.Package, error) {
	return l.ImportFrom(path, "", 0)
}

func (l *loader) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	p, ok := l.pkgs[path]
	if !ok {
		return nil, fmt.Errorf("%q is not a golite stdlib package", path)
	}
	if p.pkg != nil {
		return p.pkg, nil
	}
	if l.loading[path] {
		return nil, fmt.Errorf("import cycle through %q", path)
	}
	l.loading[path] = true
	defer delete(l.loading, path)
	l.check(p)
	return p.pkg, nil
}

func (l *loader) check(p *pkgInfo) {
	conf := types.Config{
		Importer: l,
		Error: func(err error) {
			p.errs = append(p.errs, err.Error())
		},
	}
	pkg, _ := conf.Check(p.path, l.fset, p.files, nil)
	p.pkg = pkg
}

func (l *loader) discover() error {
	return filepath.WalkDir(l.root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		rel, err := filepath.Rel(l.root, dir)
		if err != nil {
			return err
		}
		ip := filepath.ToSlash(rel)
		p := l.pkgs[ip]
		if p == nil {
			p = &pkgInfo{path: ip, dir: dir}
			l.pkgs[ip] = p
		}
		f, err := parser.ParseFile(l.fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			p.errs = append(p.errs, err.Error())
			return nil
		}
		p.files = append(p.files, f)
		return nil
	})
}

func main() {
	flag.Parse()
	if *dump != "" {
		dumpReal(*dump)
		return
	}
	root := "../../stdlib"
	if flag.NArg() > 0 {
		root = flag.Arg(0)
	}
	l := &loader{root: root, fset: token.NewFileSet(), pkgs: map[string]*pkgInfo{}, loading: map[string]bool{}}
	if err := l.discover(); err != nil {
		fmt.Fprintln(os.Stderr, "apicheck:", err)
		os.Exit(2)
	}
	var paths []string
	for p := range l.pkgs {
		paths = append(paths, p)
	}
	sort.Strings(paths)

	realFset := token.NewFileSet()
	realImp := importer.ForCompiler(realFset, "source", nil)

	totalErrs, totalMismatch, totalMissing := 0, 0, 0
	var summary []string
	for _, path := range paths {
		p := l.pkgs[path]
		if p.pkg == nil && len(p.errs) == 0 {
			l.check(p)
		}
		if *verbose {
			fmt.Printf("== %s\n", path)
		}
		for _, e := range p.errs {
			fmt.Printf("%s: type error: %s\n", path, e)
		}
		totalErrs += len(p.errs)
		mism, missing := 0, 0
		compared := "compared"
		if p.pkg != nil && comparable(path) {
			realPkg, err := realImp.Import(path)
			if err != nil {
				fmt.Printf("%s: cannot load real Go package: %v\n", path, err)
				compared = "not compared"
			} else {
				ms, miss := compare(p.pkg, realPkg)
				for _, m := range ms {
					fmt.Printf("%s: %s\n", path, m)
				}
				mism = len(ms)
				if *showMissing {
					for _, m := range miss {
						fmt.Printf("%s: (missing) %s\n", path, m)
					}
				}
				missing = len(miss)
			}
		} else {
			compared = "type-checked only"
		}
		natives := len(collectNatives(p))
		exported := 0
		if p.pkg != nil {
			for _, n := range p.pkg.Scope().Names() {
				if ast.IsExported(n) {
					exported++
				}
			}
		}
		totalMismatch += mism
		totalMissing += missing
		summary = append(summary, fmt.Sprintf("  %-30s %3d exported, %3d natives, %2d type errors, %2d mismatches, %3d Go names not provided (%s)",
			path, exported, natives, len(p.errs), mism, missing, compared))
	}
	fmt.Println("summary:")
	for _, s := range summary {
		fmt.Println(s)
	}
	fmt.Printf("packages: %d, type errors: %d, mismatches: %d, Go names not provided: %d\n",
		len(paths), totalErrs, totalMismatch, totalMissing)

	if *nativesOut != "" {
		if err := writeNatives(l, paths, *nativesOut); err != nil {
			fmt.Fprintln(os.Stderr, "apicheck:", err)
			os.Exit(2)
		}
	}
	if totalErrs > 0 || totalMismatch > 0 {
		os.Exit(1)
	}
}

// comparable reports whether a real Go package exists locally for path.
func comparable(path string) bool {
	if strings.HasPrefix(path, "golang.org/") || strings.HasPrefix(path, "internal/") || strings.Contains(path, "/internal/") {
		return false
	}
	return true
}

// qual prints packages by their import path so both sides agree.
func qual(p *types.Package) string { return p.Path() }

func tstr(t types.Type) string {
	s := types.TypeString(t, qual)
	return strings.ReplaceAll(s, "interface{}", "any")
}

func kindOf(o types.Object) string {
	switch o.(type) {
	case *types.Const:
		return "const"
	case *types.Var:
		return "var"
	case *types.Func:
		return "func"
	case *types.TypeName:
		return "type"
	}
	return fmt.Sprintf("%T", o)
}

// compare returns mismatches (golite declares something differently from Go)
// and, informationally, exported Go names that golite does not provide.
func compare(g, r *types.Package) (mism, missing []string) {
	gs, rs := g.Scope(), r.Scope()
	for _, name := range gs.Names() {
		if !ast.IsExported(name) {
			continue
		}
		gobj := gs.Lookup(name)
		robj := rs.Lookup(name)
		if robj == nil || !robj.Exported() {
			mism = append(mism, fmt.Sprintf("%s: not declared by Go", name))
			continue
		}
		if kindOf(gobj) != kindOf(robj) {
			mism = append(mism, fmt.Sprintf("%s: golite %s, Go %s", name, kindOf(gobj), kindOf(robj)))
			continue
		}
		switch gobj := gobj.(type) {
		case *types.Const:
			robj := robj.(*types.Const)
			if a, b := tstr(gobj.Type()), tstr(robj.Type()); a != b {
				mism = append(mism, fmt.Sprintf("const %s: type %s, Go %s", name, a, b))
			}
			gv, rv := gobj.Val(), robj.Val()
			if gv.Kind() != rv.Kind() || !constant.Compare(gv, token.EQL, rv) {
				mism = append(mism, fmt.Sprintf("const %s: value %s, Go %s", name, gv.ExactString(), rv.ExactString()))
			}
		case *types.Var:
			if a, b := tstr(gobj.Type()), tstr(robj.Type()); a != b {
				mism = append(mism, fmt.Sprintf("var %s: type %s, Go %s", name, a, b))
			}
		case *types.Func:
			if a, b := tstr(gobj.Type()), tstr(robj.Type()); a != b {
				mism = append(mism, fmt.Sprintf("func %s:\n\tgolite %s\n\tGo     %s", name, a, b))
			}
		case *types.TypeName:
			mism = append(mism, compareType(name, gobj, robj.(*types.TypeName))...)
			missing = append(missing, missingMethods(name, gobj, robj.(*types.TypeName))...)
		}
	}
	for _, name := range rs.Names() {
		if !ast.IsExported(name) {
			continue
		}
		if gs.Lookup(name) == nil {
			missing = append(missing, fmt.Sprintf("%s %s", kindOf(rs.Lookup(name)), name))
		}
	}
	return
}

func tparamsString(l *types.TypeParamList) string {
	if l == nil || l.Len() == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < l.Len(); i++ {
		tp := l.At(i)
		parts = append(parts, tp.Obj().Name()+" "+tstr(tp.Constraint()))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func compareType(name string, g, r *types.TypeName) (mism []string) {
	if g.IsAlias() != r.IsAlias() {
		return []string{fmt.Sprintf("type %s: alias=%v, Go alias=%v", name, g.IsAlias(), r.IsAlias())}
	}
	if g.IsAlias() {
		ga, ra := types.Unalias(g.Type()), types.Unalias(r.Type())
		if a, b := tstr(ga), tstr(ra); a != b {
			mism = append(mism, fmt.Sprintf("type %s: alias of %s, Go %s", name, a, b))
		}
		return
	}
	gn, ok1 := g.Type().(*types.Named)
	rn, ok2 := r.Type().(*types.Named)
	if !ok1 || !ok2 {
		return []string{fmt.Sprintf("type %s: not a named type", name)}
	}
	if a, b := tparamsString(gn.TypeParams()), tparamsString(rn.TypeParams()); a != b {
		mism = append(mism, fmt.Sprintf("type %s: type parameters %s, Go %s", name, a, b))
	}
	gu, ru := gn.Underlying(), rn.Underlying()
	switch ru := ru.(type) {
	case *types.Struct:
		gu, ok := gu.(*types.Struct)
		if !ok {
			return append(mism, fmt.Sprintf("type %s: underlying %s, Go struct", name, tstr(gn.Underlying())))
		}
		gf := map[string]*types.Var{}
		for i := 0; i < gu.NumFields(); i++ {
			if f := gu.Field(i); f.Exported() {
				gf[f.Name()] = f
			}
		}
		for i := 0; i < ru.NumFields(); i++ {
			f := ru.Field(i)
			if !f.Exported() {
				continue
			}
			h := gf[f.Name()]
			delete(gf, f.Name())
			if h == nil {
				mism = append(mism, fmt.Sprintf("type %s: missing field %s %s", name, f.Name(), tstr(f.Type())))
				continue
			}
			if a, b := tstr(h.Type()), tstr(f.Type()); a != b || h.Embedded() != f.Embedded() {
				mism = append(mism, fmt.Sprintf("type %s: field %s %s (embedded=%v), Go %s (embedded=%v)", name, f.Name(), a, h.Embedded(), b, f.Embedded()))
			}
		}
		for n := range gf {
			mism = append(mism, fmt.Sprintf("type %s: field %s not in Go", name, n))
		}
	case *types.Interface:
		gu, ok := gu.(*types.Interface)
		if !ok {
			return append(mism, fmt.Sprintf("type %s: underlying %s, Go interface", name, tstr(gn.Underlying())))
		}
		if a, b := tstr(gu), tstr(ru); a != b {
			// Compare method by method for a readable message.
			gm := map[string]string{}
			for i := 0; i < gu.NumMethods(); i++ {
				m := gu.Method(i)
				gm[m.Name()] = tstr(m.Type())
			}
			rm := map[string]string{}
			for i := 0; i < ru.NumMethods(); i++ {
				m := ru.Method(i)
				rm[m.Name()] = tstr(m.Type())
			}
			reported := false
			for n, s := range rm {
				if gm[n] != s {
					mism = append(mism, fmt.Sprintf("type %s: interface method %s %s, Go %s", name, n, gm[n], s))
					reported = true
				}
			}
			for n := range gm {
				if _, ok := rm[n]; !ok {
					mism = append(mism, fmt.Sprintf("type %s: interface method %s not in Go", name, n))
					reported = true
				}
			}
			if !reported && gu.IsComparable() != ru.IsComparable() || !reported && tstr(gu) != tstr(ru) && !sameTypeSet(gu, ru) {
				mism = append(mism, fmt.Sprintf("type %s: interface %s, Go %s", name, a, b))
			}
		}
	default:
		if a, b := tstr(gu), tstr(ru); a != b {
			mism = append(mism, fmt.Sprintf("type %s: underlying %s, Go %s", name, a, b))
		}
	}
	// Methods golite declares must match Go's.
	for i := 0; i < gn.NumMethods(); i++ {
		m := gn.Method(i)
		if !m.Exported() {
			continue
		}
		rm := findMethod(rn, m.Name())
		if rm == nil {
			mism = append(mism, fmt.Sprintf("method %s.%s: not declared by Go", name, m.Name()))
			continue
		}
		if a, b := tstr(m.Type()), tstr(rm.Type()); a != b {
			mism = append(mism, fmt.Sprintf("method %s.%s:\n\tgolite %s\n\tGo     %s", name, m.Name(), a, b))
		}
		if gp, rp := ptrRecv(m), ptrRecv(rm); gp != rp {
			mism = append(mism, fmt.Sprintf("method %s.%s: pointer receiver=%v, Go %v", name, m.Name(), gp, rp))
		}
	}
	return
}

// sameTypeSet compares interfaces with embedded constraints loosely (by
// their printed type terms), since embedded names print differently.
func sameTypeSet(a, b *types.Interface) bool {
	return a.NumMethods() == b.NumMethods() && a.IsComparable() == b.IsComparable() && a.IsMethodSet() == b.IsMethodSet()
}

func findMethod(n *types.Named, name string) *types.Func {
	for i := 0; i < n.NumMethods(); i++ {
		if m := n.Method(i); m.Name() == name {
			return m
		}
	}
	// Promoted methods (through embedded fields) count as declared.
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), name)
	if f, ok := obj.(*types.Func); ok {
		return f
	}
	return nil
}

func ptrRecv(m *types.Func) bool {
	sig := m.Type().(*types.Signature)
	if sig.Recv() == nil {
		return false
	}
	_, ok := sig.Recv().Type().(*types.Pointer)
	return ok
}

// missingMethods lists exported methods Go declares on a named type that
// golite's type lacks (neither declared nor promoted).
func missingMethods(name string, g, r *types.TypeName) (out []string) {
	if g.IsAlias() || r.IsAlias() {
		return nil
	}
	gn, ok1 := g.Type().(*types.Named)
	rn, ok2 := r.Type().(*types.Named)
	if !ok1 || !ok2 {
		return nil
	}
	if _, isIface := rn.Underlying().(*types.Interface); isIface {
		return nil
	}
	for i := 0; i < rn.NumMethods(); i++ {
		m := rn.Method(i)
		if !m.Exported() {
			continue
		}
		if findMethod(gn, m.Name()) == nil {
			out = append(out, fmt.Sprintf("method %s.%s", name, m.Name()))
		}
	}
	return
}

// native is one bodiless function or method.
type native struct {
	qname string // importpath.Func or importpath.Type.Method
	decl  string // the declaration as written
	doc   string // its doc comment
}

func collectNatives(p *pkgInfo) []native {
	var out []native
	fset := token.NewFileSet()
	for _, f := range p.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body != nil {
				continue
			}
			q := p.path + "."
			if fd.Recv != nil && len(fd.Recv.List) > 0 {
				q += recvTypeName(fd.Recv.List[0].Type) + "."
			}
			q += fd.Name.Name
			var buf bytes.Buffer
			cp := *fd
			cp.Doc = nil
			printer.Fprint(&buf, fset, &cp)
			doc := ""
			if fd.Doc != nil {
				doc = strings.TrimSpace(fd.Doc.Text())
			}
			out = append(out, native{qname: q, decl: buf.String(), doc: doc})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].qname < out[j].qname })
	return out
}

func recvTypeName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvTypeName(t.X)
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvTypeName(t.X)
	case *ast.IndexListExpr:
		return recvTypeName(t.X)
	case *ast.ParenExpr:
		return recvTypeName(t.X)
	}
	return "?"
}

func writeNatives(l *loader, paths []string, out string) error {
	var b strings.Builder
	b.WriteString("# golite stdlib natives\n\n")
	b.WriteString("Generated by `tools/apicheck -natives` from the bodiless function and method\n")
	b.WriteString("declarations under stdlib/. Each must be implemented in Rust and bound by its\n")
	b.WriteString("qualified name (`importpath.Func` or `importpath.Type.Method`; for methods the\n")
	b.WriteString("receiver's pointer-ness is in the declaration). Unexported names are runtime\n")
	b.WriteString("hooks. The doc comment under each entry says what the native must do\n")
	b.WriteString("(type layouts the natives rely on are documented on the types). See README.md.\n\n")
	total := 0
	var counts []string
	var body strings.Builder
	for _, path := range paths {
		ns := collectNatives(l.pkgs[path])
		counts = append(counts, fmt.Sprintf("| %s | %d |", path, len(ns)))
		total += len(ns)
		if len(ns) == 0 {
			continue
		}
		fmt.Fprintf(&body, "## %s (%d)\n\n", path, len(ns))
		for _, n := range ns {
			fmt.Fprintf(&body, "- `%s`: `%s`\n", n.qname, n.decl)
			if n.doc != "" {
				for _, line := range strings.Split(n.doc, "\n") {
					fmt.Fprintf(&body, "  > %s\n", line)
				}
			}
		}
		body.WriteString("\n")
	}
	b.WriteString("| package | natives |\n| --- | --- |\n")
	for _, c := range counts {
		b.WriteString(c + "\n")
	}
	fmt.Fprintf(&b, "| **total** | **%d** |\n\n", total)
	b.WriteString(body.String())
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// dumpReal prints the exported declarations of a real Go package as type
// strings, the form compare uses.
func dumpReal(path string) {
	fset := token.NewFileSet()
	pkg, err := importer.ForCompiler(fset, "source", nil).Import(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	s := pkg.Scope()
	for _, name := range s.Names() {
		if !ast.IsExported(name) {
			continue
		}
		switch o := s.Lookup(name).(type) {
		case *types.Const:
			fmt.Printf("const %s %s = %s\n", name, tstr(o.Type()), o.Val().ExactString())
		case *types.Var:
			fmt.Printf("var %s %s\n", name, tstr(o.Type()))
		case *types.Func:
			fmt.Printf("func %s%s\n", name, strings.TrimPrefix(tstr(o.Type()), "func"))
		case *types.TypeName:
			if o.IsAlias() {
				fmt.Printf("type %s = %s\n", name, tstr(types.Unalias(o.Type())))
				continue
			}
			n := o.Type().(*types.Named)
			fmt.Printf("type %s%s %s\n", name, tparamsString(n.TypeParams()), tstr(n.Underlying()))
			for i := 0; i < n.NumMethods(); i++ {
				m := n.Method(i)
				if !m.Exported() {
					continue
				}
				r := "T"
				if ptrRecv(m) {
					r = "*T"
				}
				fmt.Printf("\tfunc (%s) %s%s\n", r, m.Name(), strings.TrimPrefix(tstr(m.Type()), "func"))
			}
		}
	}
}
