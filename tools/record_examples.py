#!/usr/bin/env python3
"""Record (or check) the expected output of the teaching programs in examples/.

Usage: python3 tools/record_examples.py [--runs N] [--check] [--golite CMD] [FILES...]

Every examples/NAME.go is one of two kinds (see examples/README.md):

  deterministic  no `// invariant:` line. The program is built with real Go
                 (`go build`, never `go run`, which adds "exit status N") and
                 the binary is run N times (default 5) under GOMAXPROCS=1 and
                 N times under GOMAXPROCS=2. If every run gives the same
                 result, this writes, in the format of tests/regen.py:
                   examples/expected/NAME.out   stdout
                   examples/expected/NAME.exit  exit code, only when not 0
                   examples/expected/NAME.err   first stderr line, only when
                                                the exit code is not 0
                 If the runs differ it reports UNSTABLE and writes nothing.
  invariant      has `// invariant:` lines at the top. Nothing is recorded:
                 every run (same N x GOMAXPROCS=1,2) is checked against the
                 invariants instead. Programs that real Go cannot build here
                 (they import golang.org/x/..., which golite provides) are
                 reported as "skipped" unless --golite is given.

--check     compare with the files in examples/expected/ instead of writing.
--golite CMD  run the examples with `CMD run NAME.go` (e.g.
            --golite target/release/golite) instead of real Go, and check
            them: stdout must equal NAME.out byte for byte, the exit code
            NAME.exit (0 when absent), and the first stderr line must contain
            NAME.err; invariant programs are checked against their
            invariants. Nothing is written in this mode.

Expectations are never typed by hand: always produce them with this script.
"""
import argparse, os, re, shlex, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(HERE), "examples")
EXPECTED = os.path.join(EXAMPLES, "expected")
ENV = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
PROCS = ("1", "2")

# ---------------------------------------------------------------- invariants
# The grammar is described in examples/README.md. One rule per comment line:
#   exit N
#   lines N
#   stderr matches REGEX
#   SELECTOR matches REGEX [with LO <= $G <= HI [and LO <= $G <= HI]...]
# where SELECTOR is `line K` (1-based), `last line`, `every line` or
# `some line`, REGEX is a regular expression (the subset shared by Python's
# re and Rust's regex crate), searched in the selected line (anchor it with
# ^ and $), and $G is the G-th capture group, read as an integer.
BOUND = r"-?\d+ <= \$\d+ <= -?\d+"
RULE = re.compile(r"^(?P<sel>line \d+|last line|every line|some line) matches (?P<re>.*?)"
                  r"(?: with (?P<bounds>" + BOUND + r"(?: and " + BOUND + r")*))?$")


def invariants(src):
    """The `// invariant:` rules of a program (from the comment lines that
    start the file), or [] for a deterministic example."""
    rules = []
    for line in open(src, encoding="utf-8"):
        if not line.startswith("//"):
            break
        m = re.match(r"^// invariant: (.*?)\s*$", line)
        if m:
            rules.append(m.group(1))
    return rules


def parse_rule(text):
    m = re.match(r"^exit (\d+)$", text)
    if m:
        return ("exit", int(m.group(1)))
    m = re.match(r"^lines (\d+)$", text)
    if m:
        return ("lines", int(m.group(1)))
    m = re.match(r"^stderr matches (.*)$", text)
    if m:
        return ("stderr", re.compile(m.group(1)))
    m = RULE.match(text)
    if not m:
        raise ValueError("bad invariant: " + text)
    bounds = []
    if m.group("bounds"):
        for b in m.group("bounds").split(" and "):
            lo, g, hi = re.match(r"^(-?\d+) <= \$(\d+) <= (-?\d+)$", b).groups()
            bounds.append((int(lo), int(g), int(hi)))
    return ("match", m.group("sel"), re.compile(m.group("re")), bounds)


def line_ok(rx, bounds, line):
    m = rx.search(line)
    if not m:
        return False
    for lo, g, hi in bounds:
        try:
            v = int(m.group(g))
        except (IndexError, TypeError, ValueError):
            return False
        if not lo <= v <= hi:
            return False
    return True


def check_invariants(rules, out, err, code):
    """Returns a list of the violated rules (empty: all hold)."""
    lines = out.decode("utf-8", "replace").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    first_err = err.decode("utf-8", "replace").split("\n", 1)[0]
    want_exit = 0
    bad = []
    for text in rules:
        r = parse_rule(text)
        if r[0] == "exit":
            want_exit = r[1]
            continue
        if r[0] == "lines":
            ok = len(lines) == r[1]
        elif r[0] == "stderr":
            ok = r[1].search(first_err) is not None
        else:
            _, sel, rx, bounds = r
            if sel == "every line":
                ok = all(line_ok(rx, bounds, l) for l in lines)
            elif sel == "some line":
                ok = any(line_ok(rx, bounds, l) for l in lines)
            else:
                k = len(lines) if sel == "last line" else int(sel.split()[1])
                ok = 1 <= k <= len(lines) and line_ok(rx, bounds, lines[k - 1])
        if not ok:
            bad.append(text)
    if code != want_exit:
        bad.append("exit %d (got %d)" % (want_exit, code))
    return bad


# ---------------------------------------------------------------- running
def build(src, exe):
    return subprocess.run(["go", "build", "-o", exe, os.path.basename(src)],
                          cwd=os.path.dirname(src), env=ENV,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run(cmd, cwd, procs):
    env = dict(ENV, GOMAXPROCS=procs)
    r = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    return r.stdout, r.stderr, r.returncode


def summary(out, err, code):
    first = err.decode("utf-8", "replace").split("\n", 1)[0] + "\n"
    return (out, first if code else None, code)


def expected_files(name):
    base = os.path.join(EXPECTED, name)
    def read(ext):
        p = base + ext
        return open(p, "rb").read() if os.path.exists(p) else None
    return read(".out"), read(".exit"), read(".err")


def process(src, runs, check, golite):
    name = os.path.basename(src)[:-3]
    rules = invariants(src)
    for t in rules:
        parse_rule(t)  # fail early on a malformed invariant
    tmp = tempfile.mkdtemp(prefix="golite-examples-")
    try:
        if golite:
            cmd = shlex.split(golite) + ["run", os.path.basename(src)]
        else:
            exe = os.path.join(tmp, "prog")
            b = build(src, exe)
            if b.returncode != 0:
                if rules and b"golang.org/x/" in open(src, "rb").read():
                    print("skipped %s (invariant example; real Go has no golang.org/x here)" % name)
                    return True
                print("BUILD FAILED %s\n%s" % (name, b.stderr.decode()))
                return False
            cmd = [exe]
        results = []
        for procs in PROCS:
            for _ in range(runs):
                results.append(run(cmd, os.path.dirname(src), procs))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if rules:
        for out, err, code in results:
            bad = check_invariants(rules, out, err, code)
            if bad:
                print("INVARIANT FAILED %s: %s\n--- stdout:\n%s" % (name, "; ".join(bad), out.decode()))
                return False
        print("ok %s (invariants, %d runs)" % (name, len(results)))
        return True

    if golite:
        out_w, exit_w, err_w = expected_files(name)
        if out_w is None:
            print("NO EXPECTATION %s (record it with real Go first)" % name)
            return False
        want_code = int(exit_w) if exit_w else 0
        for out, err, code in results:
            first = err.decode("utf-8", "replace").split("\n", 1)[0]
            if out != out_w or code != want_code or (err_w and err_w.decode().strip() not in first):
                print("DIFFERS %s (exit %d, stderr %r)\n--- got:\n%s--- want:\n%s"
                      % (name, code, first, out.decode("utf-8", "replace"), out_w.decode()))
                return False
        print("ok %s (%d runs)" % (name, len(results)))
        return True

    first = summary(*results[0])
    for r in results[1:]:
        if summary(*r) != first:
            print("UNSTABLE %s" % name)
            return False
    out, err, code = first
    want = {".out": out, ".exit": (b"%d\n" % code) if code else None,
            ".err": err.encode() if code else None}
    changed = False
    for ext, data in want.items():
        path = os.path.join(EXPECTED, name + ext)
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old != data:
            changed = True
            if not check:
                if data is None:
                    os.remove(path)
                else:
                    open(path, "wb").write(data)
    if changed:
        print(("DIFFERS " if check else "wrote ") + name)
    else:
        print("ok %s (%d runs, unchanged)" % (name, len(results)))
    return not (check and changed)


def main():
    ap = argparse.ArgumentParser(description="record or check examples/expected")
    ap.add_argument("--runs", type=int, default=5, help="runs per GOMAXPROCS value (default 5)")
    ap.add_argument("--check", action="store_true", help="compare, do not write")
    ap.add_argument("--golite", metavar="CMD", help="check the examples under golite instead")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = [os.path.abspath(f) for f in a.files] or \
        [os.path.join(EXAMPLES, f) for f in sorted(os.listdir(EXAMPLES)) if f.endswith(".go")]
    os.makedirs(EXPECTED, exist_ok=True)
    ok = all([process(f, a.runs, a.check, a.golite) for f in files])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
