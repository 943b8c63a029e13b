"""Time to first screen of ``annotate tui`` for 100 KB, 1 MB and 5 MB pairs.

Run: ``.venv/bin/python bench/bench_tui.py [--sizes 100K,1M,5M] [--width 160] [--height 50] [--runs N]``

The pairs are generated deterministically from prose written for this file (or
from ``samples/`` when the project has sample articles): a revised version with
word edits, dated bracketed notes, inserted and deleted paragraphs and moves.

Figures reported per size:

* ``compare``: reading both files and ``annotate.compare_documents`` (the library's work);
* ``model``: building the TUI's display model and wrapping all of it to the pane
  (every section's text built: the whole work, as the app does it in two steps);
* ``loading``: from reading the files to the first frame (header and a loading
  indicator, before the comparison is done);
* ``first screen``: from reading the files until the first page of the comparison is
  drawn (``Pilot.pause(0)``: the messages handled and the screen painted, without
  waiting for the process to go idle, which it does not while the rest is laid out);
* ``complete``: until the whole text is laid out (for a large pair the first screen
  shows before the rows below it are wrapped: ``tui.rows.Rows.complete``);
* ``scroll``: mean time to scroll to and draw a new page, half way into the text,
  once complete (rows rendered only when visible, so it does not grow with the size).

``--runs N`` runs the whole set N times (the figures of a noisy machine vary).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SUBJECTS = (
    "The council", "The ministry", "Our correspondent", "The committee", "The mayor", "A spokeswoman",
    "The harbour authority", "The railway company", "The opposition", "The chamber of commerce",
    "Local farmers", "The university", "The regional governor", "A group of residents", "The court",
)
_VERBS = (
    "announced", "postponed", "rejected", "approved", "questioned", "defended", "revised", "published",
    "criticised", "welcomed", "delayed", "funded", "investigated", "described", "reported",
)
_OBJECTS = (
    "the new budget", "a plan for the northern bridge", "the price of grain", "the reform of the port",
    "a survey of the river banks", "the timetable for the winter", "the report on school meals",
    "the tender for the tramway", "a proposal to close the old market", "the figures for the harvest",
    "the inquiry into the flood", "an agreement with the neighbouring towns", "the new water tariff",
)
_TAILS = (
    "after a long debate", "on Tuesday", "without a vote", "despite strong objections",
    "in a short statement", "for the third time this year", "before the summer recess",
    "at a crowded meeting", "in a letter to the press", "with little explanation",
)
_NUMBERS = ("12", "40", "250", "1,300", "7.5", "18", "3", "96", "2,400", "61")


def _sentence(rng: random.Random) -> str:
    s = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
    if rng.random() < 0.3:
        s += f", and said it would cost {rng.choice(_NUMBERS)} million"
    return s + "."


def _own_paragraphs() -> list[str]:
    """Paragraphs from the project's samples/ when there are any."""
    samples = ROOT / "samples"
    paras: list[str] = []
    if samples.is_dir():
        for path in sorted(samples.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            paras.extend(p.strip() for p in text.split("\n\n") if len(p.strip()) > 80)
    return paras


def make_pair(size: int, seed: int = 2017) -> tuple[str, str]:
    """An (original, revised) pair of about ``size`` bytes each, the same for the same arguments."""
    rng = random.Random(seed)
    own = _own_paragraphs()
    original: list[str] = []
    total = 0
    n = 0
    while total < size:
        if own and rng.random() < 0.3:
            para = own[rng.randrange(len(own))]
        else:
            para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 7)))
        para = f"{para} (Paragraph {n}.)"  # unique, so the alignment has anchors
        original.append(para)
        total += len(para.encode("utf-8")) + 2
        n += 1
    revised: list[str] = []
    moved: list[str] = []
    for i, para in enumerate(original):
        r = rng.random()
        if r < 0.02:
            continue  # deleted
        if r < 0.03:
            moved.append(para)
            continue
        if r < 0.10:
            words = para.split(" ")
            k = rng.randrange(len(words))
            words[k] = rng.choice(("substantially", "quietly", "reportedly", "allegedly", "[bold]", "[/]"))
            para = " ".join(words)
        revised.append(para)
        if i % 40 == 17:
            revised.append(f"[Update, 5 July 2017: {_sentence(rng)} {_sentence(rng)}]")
        if moved and rng.random() < 0.05:
            revised.append(moved.pop())
    revised.extend(moved)
    return "\n\n".join(original) + "\n", "\n\n".join(revised) + "\n"


def _parse_size(text: str) -> int:
    text = text.strip().upper()
    scale = {"K": 1000, "M": 1000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * scale)


async def _first_screen(a: Path, b: Path, width: int, height: int) -> tuple[float, float, float, float]:
    from tui.app import AnnotateApp

    began = time.perf_counter()
    app = AnnotateApp.for_paths(str(a), str(b))
    loading = first = complete = 0.0
    async with app.run_test(size=(width, height)) as pilot:
        loading = time.perf_counter() - began
        while not app.ready:
            await asyncio.sleep(0.005)
        await pilot.pause(0)  # the pending messages handled and the screen painted
        first = time.perf_counter() - began
        view = app.view
        while view.rows is None or not getattr(view.rows, "complete", True):
            await asyncio.sleep(0.005)
        complete = time.perf_counter() - began
        await pilot.pause()
        pages = 20
        height = view.scrollable_content_region.height
        start = view.max_scroll_y // 2
        t0 = time.perf_counter()
        for k in range(pages):  # a new page each time: nothing cached
            view.scroll_to(y=start + k * height, animate=False, immediate=True)
            await pilot.pause()
        scroll = (time.perf_counter() - t0) / pages
    return loading, first, complete, scroll


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="100K,1M,5M")
    parser.add_argument("--width", type=int, default=160)
    parser.add_argument("--height", type=int, default=50)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from annotate import compare_documents, read_document
    from tui.model import build_model

    print(f"{'size':>6} {'compare':>9} {'model':>9} {'loading':>9} {'first screen':>13} {'complete':>9}"
          f" {'scroll/page':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        pairs: dict[str, tuple[Path, Path]] = {}
        for label in args.sizes.split(","):
            orig, rev = make_pair(_parse_size(label))
            pairs[label] = Path(tmp, f"orig-{label}.txt"), Path(tmp, f"rev-{label}.txt")
            pairs[label][0].write_text(orig, encoding="utf-8")
            pairs[label][1].write_text(rev, encoding="utf-8")
        for _ in range(args.runs):
            for label, (a, b) in pairs.items():
                t0 = time.perf_counter()
                cmp = compare_documents(read_document(a), read_document(b))
                t1 = time.perf_counter()
                model = build_model(cmp)
                model.layout(args.width - 32, "side", fold=False)
                t2 = time.perf_counter()
                counts = f"({len(cmp.changes)} changes, {len(model.sections)} sections)"
                del model, cmp
                loading, first, complete, scroll = asyncio.run(_first_screen(a, b, args.width, args.height))
                print(
                    f"{label:>6} {t1 - t0:8.2f}s {t2 - t1:8.2f}s {loading:8.2f}s {first:12.2f}s {complete:8.2f}s"
                    f" {scroll * 1000:10.1f}ms   {counts}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
