"""Deterministic benchmark corpora built from real public-domain prose.

The prose comes from three public-domain texts that Debian ships (see
``docs/bench.md`` for sources and licences):

* ``kjv``    — the King James Bible (1611), package ``bible-kjv`` (text read through its ``bible`` program);
* ``jargon`` — the Jargon File 4.4.7 (public domain by its author's statement), package ``jargon-text``;
* ``devil``  — Ambrose Bierce, *The Devil's Dictionary* (1911), package ``dict-devil``;
* ``gcide``  — only for originals larger than the three together (about 5.9 MB): the entries of
  the GNU Collaborative International Dictionary of English (Webster's 1913 and additions, GPL),
  package ``dict-gcide``, about 40 MB of definitions and quotations.

When a package is not installed, ``apt-get download`` fetches it into the cache
folder and ``dpkg-deb -x`` unpacks it there: nothing is installed and nothing is
committed. The same seed always gives byte-identical files.

An *original* of about ``size`` bytes takes the same fraction of each text and
interleaves them in sections, so every corpus mixes three distinct styles and no
paragraph is repeated (except in the ``repeat`` variant, where about a third of
the paragraphs are drawn from a pool of 40 boilerplate paragraphs). The *revised*
version is the original with seeded edits, in about these proportions:

* about 1% of words replaced, deleted or inserted;
* one sentence deleted in 0.5% of the paragraphs; 0.2% of the paragraphs deleted;
* 0.3% of the paragraphs moved (some near, some far);
* one inserted annotation per 8 KB: dated ``Update (date): …`` paragraphs, inline
  ``(Editor's note, date: …)`` parentheticals and ``[Update: …]`` brackets;
* a few new, undisclosed paragraphs.

Usage: ``python bench/corpus.py --size 1000000 --out DIR [--repeat] [--seed N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "annotate-bench"
KJV_DATA = Path("/usr/lib/bible.data")
JARGON_GZ = Path("/usr/share/doc/jargon-text/jargon.txt.gz")
DEVIL_DZ = Path("/usr/share/dictd/devil.dict.dz")
GCIDE_DZ = Path("/usr/share/dictd/gcide.dict.dz")

_WS = re.compile(r"\s+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_WORD = re.compile(r"^[A-Za-z]{3,12}$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _unpacked(package: str, cache: Path) -> Path:
    """The root of ``package`` unpacked under ``cache`` (downloaded with apt-get when needed)."""
    root = cache / "debs" / package
    if root.is_dir():
        return root
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        raise SystemExit(f"bench: {package} is not installed and apt-get/dpkg-deb are unavailable")
    work = Path(tempfile.mkdtemp(prefix="deb-", dir=cache))
    subprocess.run(["apt-get", "download", "-qq", package], cwd=work, check=True)
    (deb,) = work.glob("*.deb")
    tmp = work / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp)], check=True)
    root.parent.mkdir(parents=True, exist_ok=True)
    tmp.rename(root)
    shutil.rmtree(work)
    return root


def _kjv_text(cache: Path) -> str:
    program = shutil.which("bible")
    args: list[str] = []
    if program is None or not KJV_DATA.is_file():
        data_root = _unpacked("bible-kjv-text", cache)
        prog_root = _unpacked("bible-kjv", cache)
        program = str(prog_root / "usr" / "bin" / "bible")
        args = ["-p", str(data_root / "usr" / "lib")]
    out = subprocess.run([program, *args, "-l0", "gen1:1-rev22:21"], stdin=subprocess.DEVNULL,
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8", "replace")


def kjv_paragraphs(cache: Path) -> list[str]:
    """Chapter headings and paragraphs of five verses (verse numbers dropped)."""
    paras: list[str] = []
    verses: list[str] = []
    for line in _kjv_text(cache).splitlines():
        m = re.match(r"^\s+\d+\s+(.*)$", line)
        if m:
            verses.append(m.group(1).strip())
            if len(verses) == 5:
                paras.append(" ".join(verses))
                verses = []
        elif line.strip():
            if verses:
                paras.append(" ".join(verses))
                verses = []
            paras.append(line.strip())
    if verses:
        paras.append(" ".join(verses))
    return paras


def _blocks(text: str) -> list[str]:
    return [_WS.sub(" ", b).strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def jargon_paragraphs(cache: Path) -> list[str]:
    """Body paragraphs of the Jargon File (table of contents and one-line headings dropped)."""
    path = JARGON_GZ if JARGON_GZ.is_file() else _unpacked("jargon-text", cache) / str(JARGON_GZ).lstrip("/")
    text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    return [b for b in _blocks(text) if len(b.split()) >= 8]


def devil_paragraphs(cache: Path) -> list[str]:
    """Entries of The Devil's Dictionary (dictd header entries dropped)."""
    path = DEVIL_DZ if DEVIL_DZ.is_file() else _unpacked("dict-devil", cache) / str(DEVIL_DZ).lstrip("/")
    text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    return [b for b in _blocks(text) if not b.startswith("00") and "database" not in b[:40] and len(b) > 20]


def gcide_paragraphs(cache: Path) -> list[str]:
    """Entries of GCIDE (dictd header entries and very short entries dropped)."""
    saved = cache / "gcide-v1.json"
    if saved.is_file():
        data: list[str] = json.loads(saved.read_text(encoding="utf-8"))
        return data
    path = GCIDE_DZ if GCIDE_DZ.is_file() else _unpacked("dict-gcide", cache) / str(GCIDE_DZ).lstrip("/")
    text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    paras = [b for b in _blocks(text) if not b.startswith("00") and "database" not in b[:40] and len(b) > 60]
    saved.write_text(json.dumps(paras, ensure_ascii=False), encoding="utf-8")
    return paras


def load_sources(cache: Path = DEFAULT_CACHE) -> dict[str, list[str]]:
    """The three texts as lists of paragraphs, cached as JSON."""
    cache.mkdir(parents=True, exist_ok=True)
    saved = cache / "sources-v1.json"
    if saved.is_file():
        data: dict[str, list[str]] = json.loads(saved.read_text(encoding="utf-8"))
        return data
    sources = {"kjv": kjv_paragraphs(cache), "jargon": jargon_paragraphs(cache), "devil": devil_paragraphs(cache)}
    saved.write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
    return sources


def _take(paras: list[str], budget: int) -> list[str]:
    out: list[str] = []
    used = 0
    for p in paras:
        if used >= budget:
            break
        out.append(p)
        used += len(p) + 2
    return out


def original_paragraphs(sources: dict[str, list[str]], size: int, rng: random.Random,
                        repeat: bool = False) -> list[str]:
    """About ``size`` characters: the same share of each text, interleaved in sections of 12 paragraphs."""
    total = sum(len(p) + 2 for ps in sources.values() for p in ps)
    pool: list[str] = []
    if repeat:
        pool = sources["devil"][-40:]
        size = int(size * 0.72)
    if size > total:
        # Larger than the three texts together: the dictionary of 1913 joins them.
        sources = {**sources, "gcide": gcide_paragraphs(DEFAULT_CACHE)}
        total = sum(len(p) + 2 for ps in sources.values() for p in ps)
    if size > total:
        raise SystemExit(f"bench: at most {total} bytes of source prose, {size} asked")
    share = size / total
    parts = {name: _take(ps, int(share * sum(len(p) + 2 for p in ps))) for name, ps in sources.items()}
    out: list[str] = []
    pos = dict.fromkeys(parts, 0)
    while any(pos[n] < len(parts[n]) for n in parts):
        for name, ps in parts.items():
            step = max(1, round(12 * len(ps) / max(1, max(len(q) for q in parts.values()))))
            for p in ps[pos[name]: pos[name] + step]:
                out.append(p)
                if pool and rng.random() < 0.5:
                    out.append(pool[rng.randrange(len(pool))])
            pos[name] += step
    return _take(out, int(size / 0.72) if pool else size)


@dataclass
class Truth:
    """What the generator did, for sanity checks of the benchmark."""

    annotations: list[str] = field(default_factory=list)
    word_edits: int = 0
    deleted_sentences: int = 0
    deleted_paragraphs: int = 0
    moved_paragraphs: int = 0
    new_paragraphs: int = 0


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {_MONTHS[rng.randrange(12)]} {rng.randint(2015, 2024)}"


def _clause(rng: random.Random, vocab: list[str], n: int) -> str:
    return " ".join(vocab[rng.randrange(len(vocab))] for _ in range(n))


def revise(paras: list[str], rng: random.Random, extra: list[str]) -> tuple[list[str], Truth]:
    """The republished version of ``paras`` with seeded edits; ``extra`` supplies new paragraphs."""
    truth = Truth()
    vocab = sorted({w for p in paras[:400] for w in p.split() if _WORD.match(w)})
    out: list[str] = []
    for p in paras:
        if rng.random() < 0.002:
            truth.deleted_paragraphs += 1
            continue
        sentences = _SENTENCE.split(p)
        if len(sentences) > 2 and rng.random() < 0.005:
            del sentences[rng.randrange(len(sentences))]
            truth.deleted_sentences += 1
        words = " ".join(sentences).split(" ")
        edited: list[str] = []
        for w in words:
            r = rng.random()
            if r < 0.006:
                edited.append(vocab[rng.randrange(len(vocab))])
            elif r < 0.008:
                pass
            elif r < 0.010:
                edited.extend((w, vocab[rng.randrange(len(vocab))]))
            else:
                edited.append(w)
                continue
            truth.word_edits += 1
        out.append(" ".join(edited))
    n_moves = max(1, len(out) * 3 // 1000)
    for _ in range(n_moves):
        i = rng.randrange(len(out))
        p = out.pop(i)
        span = 20 if rng.random() < 0.5 else len(out)
        j = min(len(out), max(0, i + rng.randint(-span, span)))
        out.insert(j, p)
        truth.moved_paragraphs += 1
    size = sum(len(p) for p in out)
    for k in range(max(1, len(extra) and size // 200_000)):
        out.insert(rng.randrange(len(out) + 1), extra[k % len(extra)])
        truth.new_paragraphs += 1
    for k in range(max(2, size // 8000)):
        i = rng.randrange(len(out))
        text = _clause(rng, vocab, rng.randint(8, 30)).capitalize()
        style = k % 3
        if style == 0:
            note = f"Update ({_date(rng)}): {text}."
            out.insert(i + 1, note)
        elif style == 1:
            note = f"(Editor's note, {_date(rng)}: {text}.)"
            out[i] = f"{out[i]} {note}"
        else:
            note = f"[Update: {text}.]"
            out[i] = f"{out[i]} {note}"
        truth.annotations.append(note)
    return out, truth


def write_pair(out_dir: Path, size: int, *, seed: int = 1, repeat: bool = False,
               cache: Path = DEFAULT_CACHE) -> tuple[Path, Path]:
    """Write ``original.txt``, ``revised.txt`` and ``truth.json`` under ``out_dir``; reuse them when present."""
    a, b, t = out_dir / "original.txt", out_dir / "revised.txt", out_dir / "truth.json"
    if a.is_file() and b.is_file() and t.is_file():
        return a, b
    sources = load_sources(cache)
    rng = random.Random(f"{seed}:{size}:{repeat}")
    paras = original_paragraphs(sources, size, rng, repeat)
    extra = sources["jargon"][-50:]
    revised, truth = revise(paras, rng, extra)
    out_dir.mkdir(parents=True, exist_ok=True)
    a.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    b.write_text("\n\n".join(revised) + "\n", encoding="utf-8")
    t.write_text(json.dumps(truth.__dict__, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return a, b


def write_small_pairs(out_dir: Path, count: int, size: int = 25_000, *, seed: int = 1,
                      cache: Path = DEFAULT_CACHE) -> Path:
    """``count`` distinct seed-sized pairs and a ``manifest.jsonl`` for ``annotate batch``; returns the manifest."""
    manifest = out_dir / "manifest.jsonl"
    if manifest.is_file() and sum(1 for _ in manifest.open(encoding="utf-8")) == count:
        return manifest
    sources = load_sources(cache)
    flat = [p for name in ("kjv", "jargon", "devil") for p in sources[name]]
    extra = sources["jargon"][-50:]
    rng = random.Random(f"{seed}:small:{size}")
    out_dir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    start = 0
    for n in range(count):
        chunk: list[str] = []
        used = 0
        while used < size:
            p = flat[start % len(flat)]
            start += 1
            chunk.append(p)
            used += len(p) + 2
        revised, _ = revise(chunk, rng, extra)
        a, b = out_dir / f"p{n:05d}.orig.txt", out_dir / f"p{n:05d}.rev.txt"
        a.write_text("\n\n".join(chunk) + "\n", encoding="utf-8")
        b.write_text("\n\n".join(revised) + "\n", encoding="utf-8")
        lines.append(json.dumps({"id": f"p{n:05d}", "original": a.name, "revised": b.name}))
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=1_000_000, help="approximate size of the original, in bytes")
    parser.add_argument("--out", type=Path, required=True, help="folder for original.txt, revised.txt, truth.json")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", action="store_true", help="many repeated (boilerplate) paragraphs")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ns = parser.parse_args(argv)
    a, b = write_pair(ns.out, ns.size, seed=ns.seed, repeat=ns.repeat, cache=ns.cache)
    print(a, a.stat().st_size, b, b.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
