"""Side-by-side benchmark: ``annotate compare`` against the Python floor and peer diff tools.

Run ``python bench/bench_compare.py`` (see ``docs/bench.md``). For each corpus (100 KB, 1 MB and
5 MB of real prose with seeded edits, plus a variant with many repeated paragraphs) it times,
as whole processes and as the median of several runs:

* ``floor``   — a fresh Python process that reads both files and splits them into words;
* ``annotate``— ``annotate compare A B --format json`` (peak memory measured too);
* ``git``     — ``git diff --no-index --word-diff A B``;
* ``diff``    — GNU ``diff`` on one word per line (the split files are prepared beforehand);
* ``wdiff`` and ``dwdiff`` when installed;
* ``dmp``     — diff-match-patch in word mode without a timeout, and ``difflib`` (SequenceMatcher on
  words) — at 100 KB only: they take from seconds to minutes beyond.

Then it times a seed-sized pair (25 KB) including interpreter start-up, and the throughput of
``annotate batch`` on seed-sized pairs with 2 workers. Results also go to ``WORKDIR/results.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_CACHE, write_pair, write_small_pairs

SIZES = {"100k": 100_000, "1m": 1_000_000, "5m": 5_000_000}
SLOW_TOOLS_MAX = 200_000
"""diff-match-patch and difflib only run on corpora up to this size."""

FLOOR = "import sys\nfor p in sys.argv[1:]:\n    open(p, encoding='utf-8').read().split()\n"
DMP = """import re, sys
import diff_match_patch as m
a, b = (open(p, encoding='utf-8').read() for p in sys.argv[1:3])
tok = re.compile(r'\\s+|\\w+|[^\\w\\s]')
ids = {}
def enc(s):
    return ''.join(chr(ids.setdefault(t, len(ids) + 32)) for t in tok.findall(s))
d = m.diff_match_patch()
d.Diff_Timeout = 0
d.diff_main(enc(a), enc(b), False)
"""
DIFFLIB = """import difflib, sys
a, b = (open(p, encoding='utf-8').read().split() for p in sys.argv[1:3])
difflib.SequenceMatcher(None, a, b).get_opcodes()
"""


@dataclass
class Timing:
    """Median wall time and largest peak RSS over several runs of one command."""

    seconds: float
    peak_kb: int
    runs: int
    codes: list[int] = field(default_factory=list)


GNU_TIME = "/usr/bin/time"


def run_once(cmd: Sequence[str], timeout: float, memory: bool = False) -> tuple[float, int, int]:
    """``(wall seconds, peak RSS in KiB, exit code)`` of one run of ``cmd`` (stdout discarded).

    With ``memory``, the command runs under GNU ``time`` when it is installed: Linux carries the
    parent's memory high-water mark into a forked-and-exec'd child's ``ru_maxrss``, so the
    child's own peak is only reliable when its parent is small.
    """
    report = None
    if memory and os.path.exists(GNU_TIME):
        fd, report = tempfile.mkstemp(prefix="bench-time-")
        os.close(fd)
        cmd = [GNU_TIME, "-q", "-f", "%M", "-o", report, *cmd]
    try:
        wall, peak, code = _run_once(cmd, timeout)
        if report is not None and code >= 0:
            peak = int(Path(report).read_text(encoding="utf-8").split()[-1])
        return wall, peak, code
    finally:
        if report is not None:
            os.unlink(report)


def _env() -> dict[str, str]:
    """The environment of a timed command: Python may cache its bytecode, as it does for any
    user (``pip install`` compiles it at install time). A machine that sets
    ``PYTHONDONTWRITEBYTECODE`` (this one does) otherwise makes an editable install compile
    annotate's modules from source at every start: about 0.09 s more per command."""
    env = {**os.environ, "GIT_PAGER": "cat"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_once(cmd: Sequence[str], timeout: float) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=_env())
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = -9
            return math.inf, usage.ru_maxrss, -9
        time.sleep(0.001)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    return wall, usage.ru_maxrss, code


def measure(cmd: Sequence[str], runs: int, timeout: float, ok: tuple[int, ...] = (0, 1),
            memory: bool = False) -> Timing:
    """Run ``cmd`` ``runs`` times; the median time, the largest peak memory."""
    times: list[float] = []
    peaks: list[int] = []
    codes: list[int] = []
    for _ in range(runs):
        wall, peak, code = run_once(cmd, timeout, memory)
        if code not in ok:
            raise SystemExit(f"bench: {' '.join(cmd)} exited {code}")
        times.append(wall)
        peaks.append(peak)
        codes.append(code)
        if math.isinf(wall):
            break
    return Timing(statistics.median(times), max(peaks), len(times), codes)


SLOW_RUNS = 3
"""Runs of a tool that takes more than ``SLOW_SECONDS`` (dwdiff at 5 MB), and of dmp and difflib."""
SLOW_SECONDS = 5.0


def interleaved(tools: dict[str, list[str]], runs: int, timeout: float) -> dict[str, float]:
    """Median wall time of each tool over ``runs`` rounds; each round runs every tool once,
    in turn, so that a slower or faster spell of a shared machine touches all tools alike
    (the ratios compare runs made side by side)."""
    times: dict[str, list[float]] = {tool: [] for tool in tools}
    for _ in range(runs):
        for tool, cmd in tools.items():
            done = times[tool]
            capped = tool in ("dmp", "difflib") or (done and statistics.median(done) > SLOW_SECONDS)
            if (capped and len(done) >= SLOW_RUNS) or (done and math.isinf(done[-1])):
                continue
            wall, _, code = run_once(cmd, timeout)
            if code not in (0, 1):
                raise SystemExit(f"bench: {' '.join(cmd)} exited {code}")
            done.append(wall)
    return {tool: statistics.median(done) for tool, done in times.items()}


def words_file(src: Path) -> Path:
    """``src`` with one word per line, beside it (for GNU diff)."""
    out = src.with_suffix(".words")
    if not out.is_file():
        out.write_text("\n".join(src.read_text(encoding="utf-8").split()) + "\n", encoding="utf-8")
    return out


def annotate_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "annotate"
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "annotate.cli"]


def tools_for(a: Path, b: Path, size: int) -> dict[str, list[str]]:
    py = sys.executable
    tools: dict[str, list[str]] = {
        "floor": [py, "-c", FLOOR, str(a), str(b)],
        "annotate": [*annotate_cmd(), "compare", str(a), str(b), "--format", "json"],
    }
    if shutil.which("git"):
        tools["git"] = ["git", "diff", "--no-index", "--no-color", "--word-diff", str(a), str(b)]
    if shutil.which("diff"):
        tools["diff"] = ["diff", str(words_file(a)), str(words_file(b))]
    for name in ("wdiff", "dwdiff"):
        if shutil.which(name):
            tools[name] = [name, str(a), str(b)]
    if size <= SLOW_TOOLS_MAX:
        tools["dmp"] = [py, "-c", DMP, str(a), str(b)]
        tools["difflib"] = [py, "-c", DIFFLIB, str(a), str(b)]
    return tools


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(time) against log(size)."""
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def fmt_s(t: float | None) -> str:
    if t is None:
        return "-"
    return "timeout" if math.isinf(t) else f"{t:.3f}"


def ratio(a: float, b: float | None) -> str:
    return "-" if b is None or b <= 0 or math.isinf(b) else f"{a / b:.2f}"


def bench_corpora(ns: argparse.Namespace, out: dict[str, object]) -> None:
    rows: list[dict[str, object]] = []
    points: list[tuple[str, int, dict[str, float | None]]] = []
    cols = ["floor", "annotate", "git", "diff", "wdiff", "dwdiff", "dmp", "difflib"]
    print(f"{'corpus':<12}{'bytes A+B':>11}" + "".join(f"{c:>9}" for c in cols)
          + f"{'a/floor':>8}{'a/git':>8}{'a/wdiff':>8}{'peakMB':>8}{'xinput':>7}{'notes':>6}")
    for variant in ns.variants:
        for label in ns.sizes:
            size = SIZES[label]
            name = f"{label}{'-rep' if variant == 'repeat' else ''}"
            a, b = write_pair(ns.workdir / name, size, seed=ns.seed, repeat=variant == "repeat", cache=ns.cache)
            nbytes = a.stat().st_size + b.stat().st_size
            tools = tools_for(a, b, size)
            result: dict[str, float | None] = dict(interleaved(tools, ns.runs, ns.timeout))
            # Peak memory from one more run of its own (under GNU time), so no timed run is wrapped.
            peak = measure(tools["annotate"], 1, ns.timeout, memory=True).peak_kb
            ann = result["annotate"] or math.inf
            truth = json.loads((a.parent / "truth.json").read_text(encoding="utf-8"))
            row = {"corpus": name, "bytes": nbytes, "times": result, "annotate_peak_kb": peak,
                   "peak_x_input": peak * 1024 / nbytes, "seeded_annotations": len(truth["annotations"])}
            rows.append(row)
            points.append((variant, nbytes, result))
            print(f"{name:<12}{nbytes:>11}" + "".join(f"{fmt_s(result.get(c)):>9}" for c in cols)
                  + f"{ratio(ann, result['floor']):>8}{ratio(ann, result.get('git')):>8}"
                  + f"{ratio(ann, result.get('wdiff')):>8}{peak / 1024:>8.0f}{peak * 1024 / nbytes:>7.1f}"
                  + ("   dmp/difflib skipped (too slow)" if size > SLOW_TOOLS_MAX else ""), flush=True)
    out["corpora"] = rows
    for variant in ns.variants:
        pts = {tool: [(float(n), t) for v, n, times in points
                      if v == variant and (t := times.get(tool)) is not None and not math.isinf(t)]
               for tool in ("floor", "annotate", "git", "wdiff")}
        exps = {t: slope(p) for t, p in pts.items() if len(p) >= 2}
        upper = {t: slope(p[1:]) for t, p in pts.items() if len(p) >= 3}
        out[f"exponent_{variant}"] = exps
        out[f"exponent_{variant}_from_second_size"] = upper
        print(f"growth exponent ({variant}, {ns.sizes[0]}→{ns.sizes[-1]}): "
              + ", ".join(f"{t} {e:.2f}" for t, e in exps.items())
              + (f"; {ns.sizes[1]}→{ns.sizes[-1]}: " + ", ".join(f"{t} {e:.2f}" for t, e in upper.items())
                 if upper else ""))


def bench_seed(ns: argparse.Namespace, out: dict[str, object]) -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seed"
    a, b = shared / "original-2016-reconstructed.txt", shared / "republished-2017.txt"
    if not (a.is_file() and b.is_file()):
        a, b = write_pair(ns.workdir / "25k", 25_000, seed=ns.seed, cache=ns.cache)
    runs = max(ns.runs, 10)
    py = measure([sys.executable, "-c", "pass"], runs, ns.timeout)
    imp = measure([sys.executable, "-c", "import annotate.cli"], runs, ns.timeout)
    ann = measure([*annotate_cmd(), "compare", str(a), str(b), "--format", "json"], runs, ns.timeout)
    txt = measure([*annotate_cmd(), "compare", str(a), str(b)], runs, ns.timeout)
    out["seed"] = {"pair": [str(a), str(b)], "python": py.seconds, "import_cli": imp.seconds,
                   "compare_json": ann.seconds, "compare_text": txt.seconds}
    print(f"seed-sized pair ({a.stat().st_size + b.stat().st_size} bytes, {a.parent.name}/), whole process, "
          f"median of {runs}: compare --format json {ann.seconds:.3f} s, text {txt.seconds:.3f} s "
          f"(python start-up {py.seconds:.3f} s, import annotate.cli {imp.seconds:.3f} s)")


def bench_batch(ns: argparse.Namespace, out: dict[str, object]) -> None:
    manifest = write_small_pairs(ns.workdir / "small", ns.batch_pairs, seed=ns.seed, cache=ns.cache)
    results = ns.workdir / "small-results.jsonl"
    cmds = {"local pool": [*annotate_cmd(), "batch", str(manifest), "-o", str(results), "--jobs", "2"]}
    if ns.dask:
        cmds["dask LocalCluster"] = [*cmds["local pool"], "--scheduler", "local"]
    out["batch"] = {}
    for label, cmd in cmds.items():
        times = []
        for _ in range(3):
            results.unlink(missing_ok=True)
            wall, _, code = run_once(cmd, ns.timeout * 10)
            if code not in (0, 1):
                raise SystemExit(f"bench: {' '.join(cmd)} exited {code}")
            times.append(wall)
        t = statistics.median(times)
        done = sum(1 for _ in results.open(encoding="utf-8"))
        out["batch"][label] = {"pairs": done, "seconds": t, "pairs_per_second": done / t}  # type: ignore[index]
        print(f"batch ({label}, 2 workers): {done} seed-sized pairs in {t:.2f} s = {done / t:.0f} pairs/s "
              f"(whole command, median of 3)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="annotate compare against the floor and peer tools")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_CACHE / "corpora")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--sizes", default="100k,1m,5m", help="comma-separated subset of 100k,1m,5m")
    parser.add_argument("--variants", default="plain,repeat", help="plain and/or repeat")
    parser.add_argument("--runs", type=int, default=5,
                        help="rounds per corpus (median; every tool runs once per round, slow ones at most 3 times)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before one run is abandoned")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-pairs", type=int, default=1000)
    parser.add_argument("--dask", action="store_true", help="also time batch on a Dask LocalCluster")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: corpora,seed,batch")
    ns = parser.parse_args(argv)
    ns.sizes = [s for s in ns.sizes.split(",") if s]
    ns.variants = [v for v in ns.variants.split(",") if v]
    skip = set(ns.skip.split(","))
    ns.workdir.mkdir(parents=True, exist_ok=True)
    out: dict[str, object] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    if "corpora" not in skip:
        bench_corpora(ns, out)
    if "seed" not in skip:
        bench_seed(ns, out)
    if "batch" not in skip:
        bench_batch(ns, out)
    (ns.workdir / "results.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
