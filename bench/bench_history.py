"""Benchmark ``annotate.history`` on 20 versions of a ~100 KB article (issue 15: under 3 s).

Run ``python bench/bench_history.py`` (see ``docs/bench.md``). It builds an article of about
``--size`` characters deterministically (seeded) from sentences of the project's own
``samples/`` (``bench_html.sentences``), then ``--versions`` versions of it, each a few
word edits on the last, most with a new dated update note, some with an undated one, a
correction at a third of the way that a later version silently removes, and a moved
paragraph now and then. It times ``history()`` over all versions (median of ``--runs``,
documents already read, as the CLI reads them once) and prints the peak resident memory
for 10 and 20 versions, to show it grows linearly. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

from bench_html import WORDS, sentences  # noqa: E402

from annotate.compare import Options  # noqa: E402
from annotate.history import history  # noqa: E402
from annotate.read import read_document  # noqa: E402

CORRECTION = "Correction: An earlier version of this article gave the wrong figure for the {w} budget."


def make_versions(size: int, count: int, seed: int = 15) -> list[str]:
    """``count`` versions of an article of about ``size`` characters, oldest first."""
    rng = random.Random(seed)
    pool = sentences()
    paras: list[str] = []
    total = 0
    while total < size:
        para = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
        paras.append(para)
        total += len(para) + 2
    versions = ["\n\n".join(paras) + "\n"]
    correction = CORRECTION.format(w=rng.choice(WORDS))
    for v in range(1, count):
        for _ in range(rng.randint(2, 6)):  # word edits
            k = rng.randrange(len(paras))
            if paras[k].startswith(("Update", "Correction")):
                continue
            words = paras[k].split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)
            paras[k] = " ".join(words)
        if v % 4 == 0:
            paras.insert(rng.randrange(len(paras)), f"Update: the {rng.choice(WORDS)} talks resumed after {v} days.")
        elif v % 2 == 0:
            paras.insert(0, f"Update ({v} March 2024): the {rng.choice(WORDS)} figures were published.")
        if v == count // 3:
            paras.append(correction)
        if v == 2 * count // 3 and correction in paras:
            paras.remove(correction)  # silently taken back
        if v % 5 == 0:
            paras.insert(rng.randrange(len(paras)), paras.pop(rng.randrange(len(paras))))
        versions.append("\n\n".join(paras) + "\n")
    return versions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters per version")
    parser.add_argument("--versions", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3, help="runs (median)")
    args = parser.parse_args()
    texts = make_versions(args.size, args.versions)
    dates = [(date(2024, 3, 1) + timedelta(days=d)).isoformat() for d in range(len(texts))]
    start = time.perf_counter()
    docs = [read_document(t, name=f"bench/v{i + 1}.txt", date=dates[i]) for i, t in enumerate(texts)]
    read_s = time.perf_counter() - start
    times = []
    h = None
    for _ in range(args.runs):
        start = time.perf_counter()
        h = history(docs, options=Options(diff_timeout=0))
        times.append(time.perf_counter() - start)
    assert h is not None
    print(f"{len(texts)} versions of {len(texts[0]) / 1000:.0f}-{len(texts[-1]) / 1000:.0f} KB "
          f"({len(docs[-1].passages)} paragraphs); reading {read_s:.2f} s")
    print(f"history(): median {statistics.median(times):.2f} s of {args.runs} "
          f"({', '.join(f'{t:.2f}' for t in times)}); {len(h.notes)} notes, {len(h.stealth)} stealth edits, "
          f"{sum(s.summary.silent_edits for s in h.steps)} silent edits")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
