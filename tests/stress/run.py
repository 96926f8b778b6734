#!/usr/bin/env python3
"""Run the stress programs many times and check that each prints exactly "ok".

Usage: python3 tests/stress/run.py [--runs N] [--procs 1,2] [--jobs J]
                                   [--timeout S] [--golite CMD] [FILES...]

Without --golite every tests/stress/NAME.go is built once with real Go
(`go build`, GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod) and the binary
is run N times (default 20) under each GOMAXPROCS value of --procs (default
1,2). With --golite CMD (e.g. --golite target/release/golite) each run is
`CMD run NAME.go` instead. A run passes when it exits 0 within --timeout
seconds (default 30) and its stdout is exactly "ok\\n". --jobs runs that many
programs at once (default 1; more jobs than CPUs also tests behaviour on a
loaded machine). Prints one line per program, every failure with its
output, and exits 1 if any run failed.
"""
import argparse, os, shlex, shutil, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ENV = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")


def one(cmd, procs, timeout):
    env = dict(ENV, GOMAXPROCS=procs)
    try:
        r = subprocess.run(cmd, cwd=HERE, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout after %ss" % timeout
    if r.returncode == 0 and r.stdout == b"ok\n":
        return None
    return "exit %d\nstdout: %s\nstderr: %s" % (
        r.returncode, r.stdout.decode("utf-8", "replace")[:2000],
        r.stderr.decode("utf-8", "replace")[:2000])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--procs", default="1,2")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--golite", metavar="CMD")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = [os.path.abspath(f if os.path.exists(f) else os.path.join(HERE, f)) for f in a.files] or \
        [os.path.join(HERE, f) for f in sorted(os.listdir(HERE)) if f.endswith(".go")]
    procs = a.procs.split(",")
    tmp = tempfile.mkdtemp(prefix="golite-stress-")
    try:
        cmds = {}
        for f in files:
            name = os.path.basename(f)[:-3]
            if a.golite:
                cmds[name] = shlex.split(a.golite) + ["run", f]
                continue
            exe = os.path.join(tmp, name)
            b = subprocess.run(["go", "build", "-o", exe, f], cwd=HERE, env=ENV,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if b.returncode != 0:
                print("BUILD FAILED", name, b.stderr.decode())
                return 1
            cmds[name] = [exe]
        tasks = [(name, p) for name in cmds for p in procs for _ in range(a.runs)]
        start = time.time()
        with ThreadPoolExecutor(max_workers=a.jobs) as ex:
            results = list(ex.map(lambda t: (t, one(cmds[t[0]], t[1], a.timeout)), tasks))
        bad = 0
        for name in cmds:
            mine = [(t, r) for t, r in results if t[0] == name]
            fails = [(t, r) for t, r in mine if r is not None]
            print("%-28s %s %d/%d" % (name, "FAIL" if fails else "ok  ", len(mine) - len(fails), len(mine)))
            for (n, p), r in fails[:3]:
                print("  GOMAXPROCS=%s: %s" % (p, r.replace("\n", "\n    ")))
            bad += len(fails)
        print("%d programs, %d runs, %d failed, %.1fs" % (len(cmds), len(results), bad, time.time() - start))
        return 1 if bad else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
