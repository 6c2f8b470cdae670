#!/usr/bin/env python3
"""planq benchmark runner (not part of CI).

    python3 bench/run.py                              # 1e5 and 1e6, best of 3
    python3 bench/run.py --sizes 1e5 --repeat 1       # quick
    python3 bench/run.py --sizes 1e7 --engines planq,duckdb
    PLANQ=/path/to/planq python3 bench/run.py         # skip scripts/build-release.sh

One command: installs missing peers (apt: sqlite3 jq miller hyperfine time; pip:
duckdb-cli), generates data if absent (bench/gen.py), builds planq, runs every engine
on every question, times each process from start to exit (load included), reads its
peak RSS from wait4(), checks that the answers agree, and prints and writes a Markdown
report (bench/out/results.md, bench/out/results.json; diffs in bench/out/<size>/).

A failing engine (non-zero exit, timeout, wrong shape) is recorded in its cell and the
run goes on.
"""

import argparse
import csv
import datetime
import difflib
import importlib
import io
import json
import math
import os
import platform
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import gen  # noqa: E402
import suite  # noqa: E402

PEERS = ["sqlite3", "duckdb", "mlr", "jq"]
ENGINES = ["planq"] + PEERS
CONSENSUS_PRIORITY = ["duckdb", "sqlite3", "mlr", "jq"]
QUERY_DIR = os.path.join(HERE, "queries")
# From this many rows on only --large-engines run (and the JSONL file is not written past 1e7).
LARGE_SIZE = 10_000_000
PLANQ_DATA_LITERAL = '"bench/data/plan_1e6.csv"'


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ======================================================================================
# Tools: find or install


def sh_out(argv, **kw):
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=120, **kw)
        return (r.stdout + r.stderr).strip()
    except (OSError, subprocess.SubprocessError) as e:
        return "unavailable (%s)" % e


_apt_updated = False


def apt_install(pkgs, allow):
    global _apt_updated
    if not allow:
        log("  missing %s; install with: apt-get install -y %s" % (pkgs, " ".join(pkgs)))
        return False
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        log("  missing %s and cannot apt-get here (not root / no apt)" % pkgs)
        return False
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for attempt in range(2):
        if attempt == 1 or not _apt_updated:
            log("  apt-get update")
            subprocess.run(["apt-get", "update"], env=env, stdout=subprocess.DEVNULL)
            _apt_updated = True
        log("  apt-get install -y %s" % " ".join(pkgs))
        r = subprocess.run(["apt-get", "install", "-y", *pkgs], env=env,
                           stdout=subprocess.DEVNULL)
        if r.returncode == 0:
            return True
    return False


def find_duckdb(allow_install):
    """The real DuckDB CLI binary (not the pip console-script or pyenv shim, whose
    Python start-up would be charged to DuckDB).  Falls back to the Python package."""
    env = os.environ.get("DUCKDB")
    if env:
        return [env]

    def from_wheel():
        try:
            importlib.invalidate_caches()
            import duckdb_cli  # type: ignore
            p = os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb")
            return p if os.access(p, os.X_OK) else None
        except ImportError:
            return None

    p = from_wheel()
    if p:
        return [p]
    w = shutil.which("duckdb")
    if w and "shims" not in w:
        with open(w, "rb") as f:
            if f.read(2) != b"#!":
                return [w]
    if allow_install:
        log("  pip install duckdb-cli")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "duckdb-cli"])
        p = from_wheel()
        if p:
            return [p]
        log("  duckdb-cli unavailable; pip install duckdb (Python package)")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "duckdb"])
    try:
        importlib.invalidate_caches()
        import duckdb  # type: ignore  # noqa: F401
        return [sys.executable, os.path.join(HERE, "peers", "duckdb_py.py")]
    except ImportError:
        return None


def ensure_tools(allow_install):
    log("checking peers ...")
    tools = {}
    for exe, pkg in [("sqlite3", "sqlite3"), ("jq", "jq"), ("mlr", "miller"),
                     ("hyperfine", "hyperfine")]:
        if not shutil.which(exe):
            apt_install([pkg], allow_install)
        tools[exe] = shutil.which(exe)
    if not os.path.exists("/usr/bin/time"):
        apt_install(["time"], allow_install)
    tools["time"] = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
    tools["duckdb"] = find_duckdb(allow_install)
    return tools


def shown_path(path):
    """A path as a report shows it: relative to the repository when inside it, so a recorded
    run names no folder of the machine it ran on."""
    if not path:
        return path
    rel = os.path.relpath(os.path.abspath(path), ROOT)
    return path if rel.startswith("..") else rel


def build_planq(out_dir, no_build):
    env = os.environ.get("PLANQ")
    if env:
        return os.path.abspath(env), "PLANQ=%s" % env
    binary = os.path.join(ROOT, ".build", "release", "planq")
    if no_build:
        return (binary if os.access(binary, os.X_OK) else None), "--no-build"
    if not shutil.which("swift"):
        return None, "no swift toolchain"
    # The release build as installed (scripts/build-release.sh): on Linux one static executable,
    # since dynamic loading and relocation were most of a trivial run's start-up.
    log("building planq: scripts/build-release.sh (log: bench/out/planq_build.log)")
    with open(os.path.join(out_dir, "planq_build.log"), "wb") as f:
        r = subprocess.run([os.path.join(ROOT, "scripts", "build-release.sh")], cwd=ROOT, stdout=f,
                           stderr=subprocess.STDOUT)
    if r.returncode != 0 or not os.access(binary, os.X_OK):
        log("  planq build FAILED; planq cells will read 'error'")
        return None, "build failed (see bench/out/planq_build.log)"
    return binary, "scripts/build-release.sh (%s)" % ("static executable" if is_static(binary) else "--static-swift-stdlib")


def is_static(binary):
    """True when the binary has no program interpreter (a static executable)."""
    try:
        with open(binary, "rb") as f:
            head = f.read(1 << 16)
        return b"ld-linux" not in head
    except OSError:
        return False


def versions(tools, planq):
    v = {}
    v["sqlite3"] = sh_out([tools["sqlite3"], "--version"]).split(" ")[0] if tools["sqlite3"] else None
    if tools["duckdb"]:
        if tools["duckdb"][0] == sys.executable:
            v["duckdb"] = "python " + sh_out([sys.executable, "-c",
                                              "import duckdb;print(duckdb.__version__)"])
        else:
            v["duckdb"] = sh_out(tools["duckdb"] + ["--version"])
    v["mlr"] = sh_out([tools["mlr"], "--version"]) if tools["mlr"] else None
    v["jq"] = sh_out([tools["jq"], "--version"]) if tools["jq"] else None
    v["hyperfine"] = sh_out([tools["hyperfine"], "--version"]) if tools["hyperfine"] else None
    v["swift"] = sh_out(["swift", "--version"]).splitlines()[0] if shutil.which("swift") else None
    v["planq"] = planq
    if os.environ.get("PLANQ"):
        v["planq_commit"] = os.environ.get("PLANQ_COMMIT", "unknown (PLANQ given)")
    else:
        v["planq_commit"] = sh_out(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    v["python"] = sys.version.split()[0]
    return v


def machine():
    m = {"cores": os.cpu_count(), "kernel": platform.release()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    m["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            m["memory"] = "%.1f GiB" % (kb / 1024 / 1024)
        with open("/etc/debian_version") as f:
            m["os"] = "Debian " + f.read().strip()
    except OSError:
        pass
    return m


# ======================================================================================
# Running one process: wall time from spawn to reap, peak RSS from wait4().


TIME_BIN = "/usr/bin/time"


def run_once(argv, stdin_path, stdout_path, stderr_path, timeout):
    """Wall time: perf_counter around spawn..reap.  Peak RSS: GNU time's %M (KiB).

    Not wait4()'s ru_maxrss: a child forked by this Python process starts with the
    runner's own RSS as its high-water mark, so small engines would all read ~30-60 MB.
    /usr/bin/time is a small process, and its fork+exec costs well under a millisecond.
    """
    rss_path = stderr_path + ".rss"
    use_time = os.access(TIME_BIN, os.X_OK)
    full = ([TIME_BIN, "-f", "%M", "-o", rss_path] if use_time else []) + list(argv)
    fin = open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb")
    with fin, open(stdout_path, "wb") as fo, open(stderr_path, "wb") as fe:
        killed = []
        try:
            t0 = time.perf_counter()
            p = subprocess.Popen(full, stdin=fin, stdout=fo, stderr=fe, cwd=ROOT,
                                 start_new_session=True)
        except OSError as e:
            fe.write(("cannot start: %s\n" % e).encode())
            return {"status": "error", "exit": None, "wall": None, "rss_kb": None}

        def kill():
            killed.append(True)
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
            t1 = time.perf_counter()
        finally:
            timer.cancel()
        code = os.waitstatus_to_exitcode(status)
        p.returncode = code
    rss = ru.ru_maxrss
    if use_time:
        rss = None
        try:
            with open(rss_path) as f:
                lines = f.read().split()
            rss = int(lines[-1])
        except (OSError, ValueError, IndexError):
            pass
        try:
            os.remove(rss_path)
        except OSError:
            pass
    if killed:
        return {"status": "timeout", "exit": code, "wall": t1 - t0, "rss_kb": rss}
    return {"status": "ok" if code == 0 else "error", "exit": code, "wall": t1 - t0,
            "rss_kb": rss}


# ======================================================================================
# Answers: parse, normalise, compare.

NUM_RE = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
MONEY_RE = re.compile(r"^-?£?\d{1,3}(,\d{3})+(\.\d+)?$|^-?£\d+(\.\d+)?$")
FY_RE = re.compile(r"^(?:FY\s?)?(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$", re.I)
NULLS = {"", "null", "NULL", "Null"}


def canon_fy(s):
    m = FY_RE.match(s.strip())
    if not m:
        return None
    y, e = m.group(1), m.group(2)
    return "%s/%s" % (y, e[-2:])


def norm_cell(v):
    """-> (kind, value): kind -1 null, 0 number (float), 1 text."""
    if v is None:
        return (-1, "")
    if isinstance(v, bool):
        return (1, "true" if v else "false")
    if isinstance(v, (int, float)):
        return (0, float(v))
    s = str(v).strip()
    if s in NULLS:
        return (-1, "")
    fy = canon_fy(s)
    if fy:
        return (1, fy)
    if MONEY_RE.match(s):
        s = s.replace("£", "").replace(",", "")
    if NUM_RE.match(s):
        return (0, float(s))
    return (1, s)


def parse_output(path, fmt):
    """-> (header list, rows list of lists) or raise ValueError."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if fmt == "jsonl":
        cols, rows = [], []
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("expected one JSON object per line")
            for k in obj:
                if k not in cols:
                    cols.append(k)
            rows.append(obj)
        return cols, [[r.get(c) for c in cols] for r in rows]
    lines = list(csv.reader(io.StringIO(text)))
    lines = [ln for ln in lines if ln]
    if not lines:
        raise ValueError("no output")
    header, body = lines[0], lines[1:]
    for ln in body:
        if len(ln) != len(header):
            raise ValueError("ragged CSV: %d columns in header, %d in a row"
                             % (len(header), len(ln)))
    return header, body


def normalise(q, header, rows):
    """-> dict(cols=..., headers=..., rows=sorted tuples of (kind, value))."""
    ncols = len(q.columns)
    if len(header) != ncols:
        raise ValueError("expected %d columns (%s), got %d: %s"
                         % (ncols, ", ".join(q.columns), len(header), ", ".join(header)))
    order = list(range(ncols))
    headers = None
    if q.pivot:
        # Year columns are matched by heading ("2005/06", "FY2005/06", "2005-06" ...).
        named = []
        for i in range(1, ncols):
            fy = canon_fy(header[i])
            if fy is None:
                raise ValueError("pivot column heading %r is not a financial year" % header[i])
            named.append((fy, i))
        named.sort()
        order = [0] + [i for _, i in named]
        headers = [fy for fy, _ in named]
    pairs = sorted(((tuple(norm_cell(r[i]) for i in order), tuple(r[i] for i in order))
                    for r in rows), key=lambda p: p[0])
    return {"headers": headers, "rows": [a for a, _ in pairs], "raw": [b for _, b in pairs]}


def exact_check(q, planq_norm, duck_norm):
    """planq's promise: decimal text is held exactly.  DuckDB reads money as
    DECIMAL(18,2), so its sums, differences and maxima are exact too: compare those
    columns digit for digit (as decimals, so 77113.70 == 77113.7).  -> None or reason."""
    from decimal import Decimal, InvalidOperation
    for n, (a, b) in enumerate(zip(duck_norm["raw"], planq_norm["raw"])):
        for i in q.exact:
            # An empty cell (a missing actual or target in a whole row) is null in both.
            if str(a[i]).strip() in ("", "NULL", "null") and str(b[i]).strip() in ("", "NULL", "null"):
                continue
            try:
                x = Decimal(str(a[i]).strip().replace("£", "").replace(",", ""))
                y = Decimal(str(b[i]).strip().replace("£", "").replace(",", ""))
            except InvalidOperation:
                return "row %d column %d: %r vs %r not decimal" % (n + 1, i + 1, a[i], b[i])
            if x != y:
                return "row %d column %d: DuckDB %s, planq %s" % (n + 1, i + 1, a[i], b[i])
    return None


def fmt_cell(c):
    kind, v = c
    if kind == -1:
        return "∅"
    if kind == 0:
        return "%.6g" % v
    return v


def cells_equal(a, b):
    if a[0] != b[0]:
        return False
    if a[0] == 0:
        x, y = a[1], b[1]
        if x == y or "%.6g" % x == "%.6g" % y:
            return True
        return abs(x - y) <= 1e-6 * max(abs(x), abs(y)) or (abs(x) < 1e-9 and abs(y) < 1e-9)
    return a[1] == b[1]


def compare(ref, got):
    """-> None if equal, else a one-line reason."""
    if ref["headers"] != got["headers"]:
        return "pivot headings differ: %s vs %s" % (ref["headers"], got["headers"])
    if len(ref["rows"]) != len(got["rows"]):
        return "%d rows vs %d rows" % (len(ref["rows"]), len(got["rows"]))
    for n, (ra, rb) in enumerate(zip(ref["rows"], got["rows"])):
        for ca, cb in zip(ra, rb):
            if not cells_equal(ca, cb):
                return "first difference in sorted row %d: %s vs %s" % (
                    n + 1, ",".join(map(fmt_cell, ra)), ",".join(map(fmt_cell, rb)))
    return None


def write_diff(path, title, ref_name, ref, name, got, reason):
    a = [",".join(map(fmt_cell, r)) for r in ref["rows"]] if ref else []
    b = [",".join(map(fmt_cell, r)) for r in got["rows"]] if got else []
    with open(path, "w", encoding="utf-8") as f:
        f.write("%s\n%s vs %s: %s\n" % (title, name, ref_name, reason))
        f.write("(rows sorted; numbers shown to 6 significant digits; ∅ = null)\n\n")
        if ref and got and ref["headers"] != got["headers"]:
            f.write("headings: %s\n     vs: %s\n\n" % (ref["headers"], got["headers"]))
        diff = list(difflib.unified_diff(a, b, ref_name, name, lineterm="", n=1))
        for line in diff[:400]:
            f.write(line + "\n")
        if len(diff) > 400:
            f.write("... %d more diff lines\n" % (len(diff) - 400))


# ======================================================================================
# Commands per engine


def subst(text, files):
    """Fills `@NAME@` placeholders; a file not written at this size (the JSONL past 1e7) is
    left as it is, for the engines that read it, whose cells then fail with the reason."""
    for k, v in files.items():
        if v is not None:
            text = text.replace("@%s@" % k, v)
    return text


def planq_query(q):
    if q.id == "T1":
        return suite.TINY_PLANQ
    path = os.path.join(QUERY_DIR, "q%02d.planq" % int(q.id[1:]))
    with open(path) as f:
        return f.read().strip()


def command(engine, q, files, tools, planq, scripts_dir, planq_from):
    """-> (argv, stdin_path or None, output format) or None for n/a, or a str error."""
    tiny = q.id == "T1"
    if engine == "planq":
        if not planq:
            return "planq binary unavailable"
        text = planq_query(q)
        argv = [planq, "--format", "csv"]
        if not tiny:
            if planq_from == "table":
                stem = os.path.splitext(os.path.basename(files["PLAN_CSV"]))[0]
                text = text.replace(PLANQ_DATA_LITERAL, stem)
                argv += ["--data", files["PLAN_CSV"]]
            else:
                text = text.replace(PLANQ_DATA_LITERAL, json.dumps(files["PLAN_CSV"]))
        for t in q.needs:
            argv += ["--data", files["%s_CSV" % t.upper()]]
        return argv + ["-c", text], None, "csv"
    if engine in ("sqlite3", "duckdb"):
        sql = q.engine_sql(engine)
        if sql is None:
            return None
        exe = tools["sqlite3"] if engine == "sqlite3" else tools["duckdb"]
        if not exe:
            return "%s not installed" % engine
        if engine == "sqlite3":
            prelude = suite.TINY_SQLITE_PRELUDE if tiny else suite.SQLITE_PRELUDE
            argv = [exe, "-batch", ":memory:"]
        else:
            prelude = suite.TINY_DUCKDB_PRELUDE if tiny else suite.DUCKDB_PRELUDE
            argv = list(exe) + ["-batch", "-bail", "-no-init", "-csv"]
        script = os.path.join(scripts_dir, "%s.%s.sql" % (q.id, engine))
        with open(script, "w") as f:
            f.write(subst(prelude, files) + subst(sql, files) + "\n")
        return argv, script, "csv"
    if engine == "mlr":
        if q.mlr is None:
            return None
        if not tools["mlr"]:
            return "mlr not installed"
        data = files["COUNCILS_CSV"] if tiny else files["PLAN_CSV"]
        return ([tools["mlr"], "--icsv", "--ocsv"] + [subst(a, files) for a in q.mlr]
                + [data], None, "csv")
    if engine == "jq":
        if q.jq is None:
            return None
        if not tools["jq"]:
            return "jq not installed"
        argv = [tools["jq"], "-n", "-c"]
        for s in q.jq_slurp:
            name, path = s.split("=", 1)
            argv += ["--slurpfile", name, subst(path, files)]
        data = files["COUNCILS_JSONL"] if tiny else files["PLAN_JSONL"]
        return argv + [q.jq, data], None, "jsonl"
    raise KeyError(engine)


def shell_line(argv, stdin):
    s = shlex.join(argv)
    return s + (" < %s" % shlex.quote(stdin) if stdin else "")


# ======================================================================================
# One question at one size


def run_question(q, label, files, engines, tools, planq, args, out_dir, large=False):
    """One question at one size (`label` names the output folder: "1e6", "startup").
    `large`: only --large-engines run it."""
    qdir = os.path.join(out_dir, label)
    scripts = os.path.join(qdir, "scripts")
    os.makedirs(scripts, exist_ok=True)
    cells = {}
    for e in engines:
        if large and e not in args.large_engines:
            cells[e] = {"status": "skipped"}
            continue
        cmd = command(e, q, files, tools, planq, scripts, args.planq_from)
        if cmd is None:
            cells[e] = {"status": "n/a"}
            continue
        if isinstance(cmd, str):
            cells[e] = {"status": "error", "reason": cmd}
            continue
        argv, stdin, fmt = cmd
        outp = os.path.join(qdir, "%s.%s.out" % (q.id, e))
        errp = os.path.join(qdir, "%s.%s.err" % (q.id, e))
        runs = []
        for i in range(args.repeat):
            r = run_once(argv, stdin, outp if i == 0 else outp + ".rerun", errp, args.timeout)
            runs.append(r)
            if r["status"] != "ok":
                break
        if os.path.exists(outp + ".rerun"):
            os.remove(outp + ".rerun")
        last = runs[-1]
        cell = {"status": last["status"], "command": shell_line(argv, stdin),
                "out": os.path.relpath(outp, ROOT), "format": fmt}
        if last["status"] == "ok":
            cell["times"] = [round(r["wall"], 4) for r in runs]
            cell["wall"] = min(r["wall"] for r in runs)
            rss = [r["rss_kb"] for r in runs if r["rss_kb"] is not None]
            cell["rss_kb"] = max(rss) if rss else None
        else:
            cell["reason"] = ("exit %s" % last["exit"]) if last["status"] == "error" \
                else "killed after %d s" % args.timeout
            with open(errp, errors="replace") as f:
                lines = [ln.strip() for ln in f.read().splitlines() if ln.strip()]
            if lines:
                first = next((ln for ln in lines if re.search(r"error", ln, re.I)), lines[0])
                cell["stderr"] = first[:300]
        cells[e] = cell
        shown = ("%.3f s" % cell["wall"]) if cell["status"] == "ok" else cell["status"]
        log("  %-4s %-8s %s" % (q.id, e, shown))

    # Agreement: the peers' consensus (largest class of equal answers), then each engine.
    norm = {}
    for e, c in cells.items():
        if c["status"] != "ok":
            continue
        try:
            h, rows = parse_output(os.path.join(ROOT, c["out"]), c["format"])
            norm[e] = normalise(q, h, rows)
        except (ValueError, json.JSONDecodeError, csv.Error) as ex:
            c["agree"] = False
            c["reason"] = "unreadable answer: %s" % ex
            write_diff(os.path.join(qdir, "%s.%s.diff" % (q.id, e)), "%s at %s" % (q.id, label),
                       "expected shape", None, e, None, c["reason"])
            c["diff"] = os.path.relpath(os.path.join(qdir, "%s.%s.diff" % (q.id, e)), ROOT)
    classes = []  # [ [engine, ...], ... ]
    for e in [p for p in CONSENSUS_PRIORITY if p in norm]:
        for cl in classes:
            if compare(norm[cl[0]], norm[e]) is None:
                cl.append(e)
                break
        else:
            classes.append([e])
    consensus = None
    if classes:
        best = max(len(cl) for cl in classes)
        consensus = next(cl for cl in classes if len(cl) == best)
    ref = consensus[0] if consensus else None
    for e, n in norm.items():
        c = cells[e]
        if ref is None:                  # only planq answered: nothing to check against
            c["agree"] = None
        elif e in consensus:             # a lone peer is unverified, not right
            c["agree"] = True if len(consensus) > 1 else None
        else:
            reason = compare(norm[ref], n)
            c["agree"] = reason is None
            if reason is not None:
                c["reason"] = reason
                dp = os.path.join(qdir, "%s.%s.diff" % (q.id, e))
                write_diff(dp, "%s at %s: %s" % (q.id, label, q.title), "+".join(consensus),
                           norm[ref], e, n, reason)
                c["diff"] = os.path.relpath(dp, ROOT)
                log("  %-4s %-8s DISAGREES with %s: %s" % (q.id, e, "+".join(consensus),
                                                          reason))
    pc, dc = cells.get("planq"), cells.get("duckdb")
    if q.exact and pc and dc and pc.get("agree") and "duckdb" in norm and "planq" in norm:
        why = exact_check(q, norm["planq"], norm["duckdb"])
        pc["exact"] = why is None
        if why:
            pc["exact_reason"] = why
    return {"cells": cells, "consensus": consensus,
            "peer_classes": classes}


# ======================================================================================
# Start-up row set


def startup(engines, tools, planq, files, args, out_dir):
    qdir = os.path.join(out_dir, "startup")
    os.makedirs(qdir, exist_ok=True)
    simple = {
        "planq": ([planq, "-c", suite.STARTUP_PLANQ_SIMPLE] if planq else None),
        "sqlite3": [tools["sqlite3"], ":memory:", "select 1+1"] if tools["sqlite3"] else None,
        "duckdb": (tools["duckdb"] + ["-no-init", "-c", "select 1+1"]) if tools["duckdb"] else None,
        "mlr": [tools["mlr"], "-n", "put", "end{print 1+1}"] if tools["mlr"] else None,
        "jq": [tools["jq"], "-n", "1+1"] if tools["jq"] else None,
    }
    rows = {"S1": {}, "T1": {}}
    for e in engines:
        argv = simple.get(e)
        rows["S1"][e] = measure_small(argv, None, qdir, "S1", e, tools, args,
                                      check=lambda out: re.search(r"(^|\D)2(\D|$)", out))
    t1 = run_question(suite.TINY, "startup", files, engines, tools, planq, args, out_dir)
    for e in engines:
        c = t1["cells"][e]
        if c["status"] != "ok":
            rows["T1"][e] = c
            continue
        cmd = command(e, suite.TINY, files, tools, planq, os.path.join(qdir, "scripts"),
                      args.planq_from)
        argv, stdin, _ = cmd
        m = measure_small(argv, stdin, qdir, "T1", e, tools, args, check=None)
        m["agree"] = c.get("agree")
        if "diff" in c:
            m["diff"] = c["diff"]
        rows["T1"][e] = m
    return rows


def measure_small(argv, stdin, qdir, qid, e, tools, args, check):
    if argv is None:
        return {"status": "error", "reason": "not installed/built"}
    outp = os.path.join(qdir, "%s.%s.out" % (qid, e))
    errp = os.path.join(qdir, "%s.%s.err" % (qid, e))
    first = run_once(argv, stdin, outp, errp, 60)
    cell = {"status": first["status"], "command": shell_line(argv, stdin),
            "rss_kb": first["rss_kb"]}
    if first["status"] != "ok":
        cell["reason"] = "exit %s" % first["exit"]
        log("  %-4s %-8s %s" % (qid, e, first["status"]))
        return cell
    if check is not None:
        with open(outp, errors="replace") as f:
            out = f.read()
        cell["agree"] = bool(check(out))
    walls = []
    hf = tools.get("hyperfine")
    if hf and not args.no_hyperfine:
        jp = os.path.join(qdir, "%s.%s.hyperfine.json" % (qid, e))
        line = shell_line(argv, None)
        hargv = [hf, "-N", "--warmup", "3", "--runs", str(args.startup_runs), "--style",
                 "none", "--export-json", jp]
        if stdin:  # hyperfine >= 1.17 has --input; older ones: measure in run.py
            hargv = hargv + ["--input", stdin] if hyperfine_has_input(hf) else None
        if hargv:
            r = subprocess.run(hargv + [line], capture_output=True, text=True)
            if r.returncode == 0:
                with open(jp) as f:
                    res = json.load(f)["results"][0]
                cell.update(mean=res["mean"], stddev=res["stddev"], min=res["min"],
                            runs=len(res["times"]), tool="hyperfine")
    if "mean" not in cell:
        for _ in range(args.startup_runs):
            r = run_once(argv, stdin, outp + ".rerun", errp, 60)
            if r["status"] == "ok":
                walls.append(r["wall"])
        if os.path.exists(outp + ".rerun"):
            os.remove(outp + ".rerun")
        if walls:
            mean = sum(walls) / len(walls)
            sd = math.sqrt(sum((w - mean) ** 2 for w in walls) / max(1, len(walls) - 1))
            cell.update(mean=mean, stddev=sd, min=min(walls), runs=len(walls),
                        tool="run.py")
    cell["wall"] = cell.get("min")
    log("  %-4s %-8s %s" % (qid, e, ("%.1f ms" % (cell["mean"] * 1000))
                            if "mean" in cell else "?"))
    return cell


_hf_input = {}


def hyperfine_has_input(hf):
    if hf not in _hf_input:
        _hf_input[hf] = "--input" in sh_out([hf, "--help"])
    return _hf_input[hf]


# ======================================================================================
# Report


def mb(kb):
    return "%.0f" % (kb / 1024.0) if kb is not None else "—"


def time_cell(c):
    st = c.get("status")
    if st == "n/a":
        return "n/a"
    if st == "skipped":
        return "—"
    if st == "timeout":
        return "timeout"
    if st != "ok":
        return "error"
    mark = {True: " ✓", False: " ✗", None: " ?"}[c.get("agree")]
    w = c["wall"]
    return ("%.3f s" % w if w < 10 else "%.1f s" % w) + mark


def agree_summary(res, engines):
    cells = res["cells"]
    answered = [e for e in engines if cells[e].get("status") == "ok"]
    bad = [e for e in answered if cells[e].get("agree") is False]
    if len(answered) < 2:
        return "? (%d answer)" % len(answered)
    if not bad:
        return "✓ %d/%d" % (len(answered), len(answered))
    return "✗ " + ", ".join(bad)


def report(meta, results, startup_rows, engines):
    L = []
    L.append("# planq benchmark results\n")
    L.append("Generated %s by `%s`.\n" % (meta["when"], meta["command"]))
    L.append("Machine: %s; %s cores; %s; %s; kernel %s.  " % (
        meta["machine"].get("cpu", "?"), meta["machine"]["cores"],
        meta["machine"].get("memory", "?"), meta["machine"].get("os", "?"),
        meta["machine"]["kernel"]))
    v = meta["versions"]
    L.append("Versions: sqlite3 %s; DuckDB %s; %s; %s; %s; %s; Python %s.  " % (
        v.get("sqlite3"), v.get("duckdb"), v.get("mlr"), v.get("jq"), v.get("hyperfine"),
        v.get("swift"), v.get("python")))
    L.append("planq: %s (%s), commit %s.\n" % (shown_path(v.get("planq")) or "unavailable",
                                              meta["planq_how"], v.get("planq_commit")))
    L.append("Load average (1/5/15 min) at start %s, at end %s: the machine is shared, "
             "so compare engines within one run.\n" % (
                 "/".join("%.2f" % x for x in meta["load_start"]),
                 "/".join("%.2f" % x for x in meta["load_end"])))
    L.append("Times are wall-clock seconds from process start to exit (load included), "
             "best of %d; ✓/✗ = answer agrees/disagrees with the peers' consensus, "
             "? = nothing to check it against; n/a = no sensible equivalent.\n"
             % meta["repeat"])
    for label, qs in results.items():
        info = meta["sizes"][label]
        jsonl = "%.1f MB JSONL" % info["jsonl_mb"] if info.get("jsonl_mb") else "no JSONL"
        L.append("\n## %s rows (`%s`, %.1f MB CSV, %s)\n" % (
            label, os.path.relpath(info["csv"], ROOT), info["csv_mb"], jsonl))
        if gen.parse_size(label) >= LARGE_SIZE:
            L.append("Engines run at this size: %s (— : not run).\n"
                     % ", ".join(e for e in engines if e in meta.get("large_engines", engines)))
        L.append("| Q | question | " + " | ".join(engines) + " | agree |")
        L.append("|---|---|" + "---:|" * len(engines) + "---|")
        for qid, res in qs.items():
            L.append("| %s | %s | %s | %s |" % (qid, res["title"], " | ".join(
                time_cell(res["cells"][e]) for e in engines), agree_summary(res, engines)))
        peers = [e for e in engines if e != "planq"]
        if "planq" in engines and peers:
            L.append("\nRatio planq / peer (below 1 = planq faster):\n")
            L.append("| Q | " + " | ".join("planq/%s" % p for p in peers) + " |")
            L.append("|---|" + "---:|" * len(peers))
            for qid, res in qs.items():
                c = res["cells"]
                row = []
                for p in peers:
                    if c["planq"].get("status") == "ok" and c["planq"].get("agree") and \
                            c[p].get("status") == "ok":
                        row.append("%.2f" % (c["planq"]["wall"] / c[p]["wall"]))
                    else:
                        row.append("—")
                L.append("| %s | %s |" % (qid, " | ".join(row)))
        L.append("\nPeak RSS (MB):\n")
        L.append("| Q | " + " | ".join(engines) + " |")
        L.append("|---|" + "---:|" * len(engines))
        for qid, res in qs.items():
            L.append("| %s | %s |" % (qid, " | ".join(
                mb(res["cells"][e]["rss_kb"]) if res["cells"][e].get("status") == "ok"
                else "—" for e in engines)))
        diffs = [(qid, e, res["cells"][e]) for qid, res in qs.items() for e in engines
                 if res["cells"][e].get("agree") is False
                 or res["cells"][e].get("status") in ("error", "timeout")]
        if diffs:
            L.append("\nFailures and disagreements:\n")
            for qid, e, c in diffs:
                st = c.get("status")
                if st == "ok":
                    st = "answered, but ✗"
                L.append("- %s %s: %s%s%s%s" % (
                    qid, e, st, "; " + c["reason"] if c.get("reason") else "",
                    "; diff `%s`" % c["diff"] if c.get("diff") else "",
                    "; stderr: `%s`" % c["stderr"].replace("`", "'") if c.get("stderr")
                    else ""))
        ex = [(qid, res["cells"]["planq"]) for qid, res in qs.items()
              if "planq" in res["cells"] and "exact" in res["cells"]["planq"]]
        if ex:
            L.append("\nExact decimals (planq against DuckDB's DECIMAL(18,2) results, digit "
                     "for digit, on the columns that are exact sums, differences or "
                     "maxima of money): " + ", ".join(
                         "%s %s" % (qid, "✓" if c["exact"] else "✗ (%s)" % c["exact_reason"])
                         for qid, c in ex) + ".")
    if startup_rows:
        L.append("\n## Tiny-data start-up (bundled-dataset scale)\n")
        L.append("S1 = print 1+1 (`planq -c '1 + 1'`, `sqlite3 :memory: 'select 1+1'`, "
                 "`duckdb -c`, `mlr -n put 'end{print 1+1}'`, `jq -n 1+1`); "
                 "T1 = %s. Mean ± σ over the runs (hyperfine -N when present), "
                 "min, peak RSS.\n" % suite.TINY.title)
        L.append("| row | " + " | ".join(engines) + " |")
        L.append("|---|" + "---:|" * len(engines))
        for rid, row in startup_rows.items():
            cells = []
            for e in engines:
                c = row[e]
                if c.get("status") != "ok" or "mean" not in c:
                    cells.append(c.get("status", "error") if c.get("status") != "ok"
                                 else "error")
                    continue
                mark = {True: " ✓", False: " ✗", None: ""}[c.get("agree")]
                cells.append("%.1f ± %.1f ms (min %.1f; %s MB)%s" % (
                    c["mean"] * 1000, c["stddev"] * 1000, c["min"] * 1000, mb(c["rss_kb"]),
                    mark))
            L.append("| %s | %s |" % (rid, " | ".join(cells)))
    L.append("\nCommands: see `%s` (every cell's exact command line).\n"
             % shown_path(os.path.join(meta["out"], "results.json")))
    return "\n".join(L) + "\n"


# ======================================================================================


def warm(paths):
    for p in paths:
        with open(p, "rb") as f:
            while f.read(1 << 22):
                pass


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1e5,1e6", help="row counts, e.g. 1e5,1e6 or 1e7")
    ap.add_argument("--repeat", type=int, default=3, help="runs per cell; best is reported")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--questions", default="all", help="e.g. Q1,Q4,Q11")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per run")
    ap.add_argument("--startup-runs", type=int, default=30)
    ap.add_argument("--large-engines", default="planq,duckdb",
                    help="the engines run at 1e7 rows and more (the others take minutes to hours "
                         "a question there); their cells read —")
    ap.add_argument("--no-startup", action="store_true")
    ap.add_argument("--no-install", action="store_true", help="do not apt-get/pip install")
    ap.add_argument("--no-build", action="store_true",
                    help="use an existing .build/release/planq without building")
    ap.add_argument("--no-hyperfine", action="store_true")
    ap.add_argument("--planq-from", choices=["table", "path"], default="table",
                    help="table: pass --data FILE and write `from plan_1e6`; "
                         "path: write `from \"FILE\"` and pass no --data for it")
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    args = ap.parse_args(argv)

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    args.large_engines = {e.strip() for e in args.large_engines.split(",") if e.strip()}
    for e in engines:
        if e not in ENGINES:
            ap.error("unknown engine %r (known: %s)" % (e, ", ".join(ENGINES)))
    qids = None if args.questions == "all" else {s.strip().upper()
                                                 for s in args.questions.split(",")}
    questions = [q for q in suite.QUESTIONS if qids is None or q.id in qids]
    sizes = [gen.parse_size(s) for s in args.sizes.split(",") if s.strip()]
    os.makedirs(args.out, exist_ok=True)

    tools = ensure_tools(not args.no_install)
    planq, planq_how = (None, "not requested")
    if "planq" in engines:
        planq, planq_how = build_planq(args.out, args.no_build)
    data = gen.ensure(sizes, log=sys.stderr)
    dims = {k: os.path.join(gen.DEFAULT_OUT, "%s.%s" % (n, ext))
            for k, n, ext in [("COUNCILS_CSV", "councils", "csv"),
                              ("COUNCILS_JSONL", "councils", "jsonl"),
                              ("PROJECTS_CSV", "projects", "csv"),
                              ("PROJECTS_JSONL", "projects", "jsonl")]}

    meta = {"when": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
            "command": "python3 bench/run.py " + " ".join(shlex.quote(a) for a in
                                                          (argv or sys.argv[1:])),
            "machine": machine(), "versions": versions(tools, planq), "planq_how": planq_how,
            "repeat": args.repeat, "sizes": {}, "engines": engines,
            "large_engines": sorted(args.large_engines), "out": args.out,
            "load_start": os.getloadavg()}
    results = {}
    for n in sizes:
        label = gen.size_label(n)
        csv_path, jsonl_path = data[label]
        files = dict(dims, PLAN_CSV=csv_path, PLAN_JSONL=jsonl_path)
        meta["sizes"][label] = {"rows": n, "csv": csv_path, "jsonl": jsonl_path,
                                "csv_mb": os.path.getsize(csv_path) / 1e6,
                                "jsonl_mb": os.path.getsize(jsonl_path) / 1e6 if jsonl_path else None}
        log("size %s: warming the page cache, then %d questions x %d engines"
            % (label, len(questions), len(engines)))
        warm([p for p in [csv_path, jsonl_path] if p] + list(dims.values()))
        results[label] = {}
        for q in questions:
            try:
                res = run_question(q, label, files, engines, tools, planq, args, args.out,
                                   large=n >= LARGE_SIZE)
            except Exception as ex:  # never let one question end the run
                log("  %s: runner error %r" % (q.id, ex))
                res = {"cells": {e: {"status": "error", "reason": "runner: %r" % ex}
                                 for e in engines}, "consensus": None}
            res["title"] = q.title
            results[label][q.id] = res
    startup_rows = None
    if not args.no_startup:
        log("start-up rows")
        try:
            startup_rows = startup(engines, tools, planq, dims, args, args.out)
        except Exception as ex:
            log("  start-up rows failed: %r" % ex)
    meta["load_end"] = os.getloadavg()
    md = report(meta, results, startup_rows, engines)
    with open(os.path.join(args.out, "results.md"), "w") as f:
        f.write(md)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"meta": meta, "results": results, "startup": startup_rows}, f, indent=1,
                  default=str)
    print(md)
    log("wrote %s and results.json" % shown_path(os.path.join(args.out, "results.md")))


if __name__ == "__main__":
    main()
