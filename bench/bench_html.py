"""Benchmark the HTML report (and CriticMarkup/TEI) on a large generated pair.

Run ``python bench/bench_html.py`` (see ``docs/html.md``). It builds a ~5 MB
original and a republished version deterministically (seeded) from sentences of
the project's own ``samples/`` — shuffled into distinct paragraphs, then edited:
word edits, dated bracketed notes, deleted and moved paragraphs — compares them
once, then times each renderer (median of ``--runs``) and reports the page size.
Renderers only read the ``Comparison``, so their time should grow linearly:
``--sizes`` runs several sizes to show it. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import annotate  # noqa: E402
from annotate.compare import Options  # noqa: E402
from annotate.model import Comparison  # noqa: E402
from annotate.read import read_document  # noqa: E402
from annotate.render.criticmarkup import render_criticmarkup  # noqa: E402
from annotate.render.html import render_html  # noqa: E402
from annotate.render.tei import render_tei  # noqa: E402

SAMPLE_FILES = ["parenthetical/original.txt", "updates/original.md", "migrated/original.txt"]
WORDS = ["council", "bridge", "harbour", "depot", "budget", "route", "engineer", "ferry", "tunnel", "market"]


def sentences() -> list[str]:
    """Sentences of the project's sample originals (the pool the corpus is built from)."""
    pool: list[str] = []
    for name in SAMPLE_FILES:
        path = ROOT / "samples" / name
        if not path.exists():
            continue
        text = re.sub(r"[#*_]", "", read_document(path).text)
        pool += [s.strip() for s in re.split(r"(?<=[.!?”])\s+", text) if len(s.split()) >= 6]
    if not pool:
        pool = [f"The {w} committee met on a grey morning to discuss the {v} and the timetable." for w in WORDS for v in WORDS]
    return pool


def make_pair(size: int, seed: int = 7) -> tuple[str, str]:
    """An original of about ``size`` characters and its edited, annotated republication."""
    rng = random.Random(seed)
    pool = sentences()
    original: list[str] = []
    total = 0
    n = 0
    while total < size:
        n += 1
        para = f"{n}. " + " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
        original.append(para)
        total += len(para) + 2
    revised: list[str] = []
    moved: list[str] = []
    for k, para in enumerate(original):
        r = rng.random()
        if r < 0.01:
            continue  # deleted
        if r < 0.015:
            moved.append(para)
            continue
        if r < 0.06:
            words = para.split()
            i = rng.randrange(1, len(words))
            words[i] = rng.choice(WORDS)
            para = " ".join(words)
        revised.append(para)
        if rng.random() < 0.02:
            day = rng.randint(1, 28)
            revised.append(f"(Update, {day} March 2021: the {rng.choice(WORDS)} figures in paragraph {k + 1} were revised.)")
        if moved and rng.random() < 0.05:
            revised.append(moved.pop())
    revised += moved
    return "\n\n".join(original) + "\n", "\n\n".join(revised) + "\n"


def timed(fn: Callable[[], str], runs: int) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def bench(size: int, runs: int) -> None:
    a, b = make_pair(size)
    start = time.perf_counter()
    c: Comparison = annotate.compare_documents(
        read_document(a, name="bench/original.txt"), read_document(b, name="bench/revised.txt"), Options(diff_timeout=0)
    )
    compare_s = time.perf_counter() - start
    s = c.summary
    print(f"\npair: original {len(a.encode()) / 1e6:.2f} MB, revised {len(b.encode()) / 1e6:.2f} MB, "
          f"{len(c.original.passages)} / {len(c.revised.passages)} paragraphs; compare {compare_s:.2f} s")
    print(f"      {s.annotations} annotations, {s.silent_edits} silent, {s.edits} edits, {s.deletions} deletions, "
          f"{s.moves} moves, {len(c.blocks)} blocks")
    for label, fn in (
        ("html (side, context 2)", lambda: render_html(c)),
        ("html (inline, context 0)", lambda: render_html(c, view="inline", context=0)),
        ("criticmarkup", lambda: render_criticmarkup(c)),
        ("tei", lambda: render_tei(c)),
    ):
        seconds, out = timed(fn, runs)
        mb = len(out.encode("utf-8")) / 1e6
        print(f"  {label:<26} {seconds:7.2f} s  {mb:7.2f} MB  ({mb / seconds if seconds else 0:.1f} MB/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000000", help="comma-separated original sizes in characters")
    parser.add_argument("--runs", type=int, default=3, help="runs per renderer (median)")
    parser.add_argument("--write", metavar="DIR", help="also write the pair and the HTML page of the largest size here")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    for size in sizes:
        bench(size, args.runs)
    if args.write:
        out = Path(args.write)
        out.mkdir(parents=True, exist_ok=True)
        a, b = make_pair(max(sizes))
        (out / "original.txt").write_text(a, encoding="utf-8")
        (out / "revised.txt").write_text(b, encoding="utf-8")
        c = annotate.compare(out / "original.txt", out / "revised.txt", options=Options(diff_timeout=0))
        (out / "report.html").write_text(render_html(c), encoding="utf-8")
        print(f"wrote {out}/original.txt, revised.txt, report.html")


if __name__ == "__main__":
    main()
