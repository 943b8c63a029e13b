"""Memory and time of annotate on every shape of text, up to the input size limit (issue 13).

Run ``python bench/bench_shapes.py [--sizes 5m,20m] [--jobs 1]`` (see ``docs/bench.md``). For
each shape it writes a pair, runs ``annotate compare A B --format json -j JOBS`` under GNU
``time`` and reports wall time, peak RSS and peak RSS per input byte, and the exit code
(4: refused early as a limit, with a message — never the OOM killer). ``-j 1`` counts all the
work in one process; with ``-j 2`` the helper's own peak is not added (GNU ``time`` reports the
larger of the two).

Shapes (the same number of bytes per side):
* ``prose``     — real prose in paragraphs, ~1% of words edited (``bench/corpus.py``);
* ``tiny``      — ``a`` paragraphs (``'a\\n\\n'`` repeated), one changed;
* ``one-para``  — the prose with no blank line: one huge paragraph, 1% edited;
* ``lines``     — the prose one paragraph per line;
* ``identical`` — the same file twice;
* ``unrelated`` — the prose and its words shuffled (the same vocabulary, no shared sentence);
* ``boilerplate`` — one paragraph repeated, a word edited in a quarter of the copies.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import run_once
from corpus import DEFAULT_CACHE, write_pair

ANNOTATE = str(Path(sys.executable).with_name("annotate"))
SIZES = {"1m": 1_000_000, "5m": 5_000_000, "20m": 20_000_000, "45m": 45_000_000}
PARA = ("The committee reviewed the quarterly figures and noted that spending on maintenance had risen "
        "sharply, while income from fares remained flat; members asked the treasurer to prepare a detailed "
        "breakdown before the next meeting in the spring.")


def _prose(work: Path, size: int) -> tuple[str, str]:
    a, b = write_pair(work / f"prose-{size}", size, seed=1, cache=DEFAULT_CACHE)
    return Path(a).read_text(encoding="utf-8"), Path(b).read_text(encoding="utf-8")


def shapes(work: Path, size: int) -> dict[str, tuple[str, str]]:
    """Each shape's two texts, about ``size`` bytes each."""
    a, b = _prose(work, size)
    rng = random.Random(3)
    copies = size // (len(PARA) + 2)
    edited = [PARA.replace("sharply", "quickly") if rng.random() < 0.25 else PARA for _ in range(copies)]
    tiny = "a\n\n" * (size // 3)
    words = a.split(" ")
    random.Random(4).shuffle(words)  # the same words in another order: an unrelated text
    other = " ".join(words)
    return {
        "prose": (a, b),
        "tiny": (tiny, tiny[: len(tiny) // 2] + "b" + tiny[len(tiny) // 2 + 1 :]),
        "one-para": (" ".join(a.split()), " ".join(b.split())),
        "lines": ("\n".join(" ".join(p.split()) for p in a.split("\n\n")),
                  "\n".join(" ".join(p.split()) for p in b.split("\n\n"))),
        "identical": (a, a),
        "unrelated": (a, other),
        "boilerplate": ("\n\n".join([PARA] * copies), "\n\n".join(edited)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5m", help="comma-separated subset of " + ",".join(SIZES))
    parser.add_argument("--jobs", default="1")
    parser.add_argument("--only", default="", help="comma-separated shapes (default: all)")
    parser.add_argument("--timeout", type=float, default=600.0)
    ns = parser.parse_args()
    only = set(filter(None, ns.only.split(",")))
    print(f"{'shape':<12}{'size':>6}{'seconds':>10}{'peak MB':>10}{'x input':>9}{'exit':>6}")
    with tempfile.TemporaryDirectory(prefix="annotate-shapes-") as tmp:
        work = Path(tmp)
        for label in ns.sizes.split(","):
            size = SIZES[label]
            for name, (a, b) in shapes(work, size).items():
                if only and name not in only:
                    continue
                pa, pb = work / f"{name}-a.txt", work / f"{name}-b.txt"
                pa.write_text(a, encoding="utf-8")
                pb.write_text(b, encoding="utf-8")
                nbytes = pa.stat().st_size + pb.stat().st_size
                cmd = [ANNOTATE, "compare", str(pa), str(pb), "--format", "json", "-j", ns.jobs]
                wall, peak_kb, code = run_once(cmd, ns.timeout, memory=True)
                print(f"{name:<12}{label:>6}{wall:>10.2f}{peak_kb / 1024:>10.0f}{peak_kb * 1024 / nbytes:>9.1f}{code:>6}",
                      flush=True)


if __name__ == "__main__":
    main()
