"""Accuracy of annotate on real version pairs with ground truth read by people.

Usage: ``python bench/accuracy.py [DIR ...] [--json] [--misses]``. Each DIR (default
``tests/corpus/real``) holds one folder per pair: ``original.*``, ``revised.*`` and
``truth.json`` (format in ``tests/corpus/README.md``). For each pair and in total it
prints:

* notes: precision, recall and F1 — a found note matches a true one when their texts
  are equal once whitespace is collapsed and curly quotes are made straight, and link
  definitions closing either are set aside (``[niko]: http://…``, ``.. _guide: http://…``:
  addresses a reader never sees; the truths of different sets disagree on whether a note's
  own definition belongs to it, and the tool leaves it out);
* dates right: true notes with a date whose matched note carries that date (a true note
  that was not found counts as wrong);
* original dates right: the original's date as the truth gives it;
* silent edits: recall of the verified undisclosed changes (a true one is found when a
  change reported as silent overlaps it, in either version), and false silent edits:
  changes reported as silent that overlap no verified one — false accusations. A block of
  code is one place: when a verified silent change lies in it, the other silent changes in
  the same block are its parts (truths describe a block's edits together: "changed code in
  the worm-plot functions"), printed apart as "more in code the truth lumps", not as false.
  A silent change that lies only inside a link's address (the words shown the same) is
  printed apart too, as "in link addresses the truth leaves unjudged": the judges' brief
  tells them to ignore a link's target changing alone, while annotate reports a link that
  now points to another source (a reviewer's demand: a swapped DOI, a donation link to
  another person); the truth neither confirms nor denies those.

Nothing here is tuned to the corpus: the scores are what ``annotate.compare`` returns.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotate import compare  # noqa: E402
from annotate.addresses import in_address  # noqa: E402
from annotate.errors import AnnotateError  # noqa: E402
from annotate.labels import LABEL_WORD  # noqa: E402
from annotate.model import Comparison, Document  # noqa: E402
from annotate.read import InputPath, read_document  # noqa: E402
from annotate.read.html_marks import RAISED_DIGITS  # noqa: E402
from annotate.segment import passage_index  # noqa: E402

_RAISED = RAISED_DIGITS
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "} | {r: str(d) for d, r in enumerate(_RAISED)}
)


def norm(text: str) -> str:
    """Text compared for note matching: quotes straightened, whitespace collapsed, footnote
    numbers (read from HTML as superscript digits, "¹¹") as plain digits, a footnote's link
    back ("↩︎", which the HTML reader leaves out) gone."""
    return " ".join(text.translate(_QUOTES).replace("\u21a9\ufe0e", " ").replace("\u21a9", " ").split())


_LINK_DEFS = re.compile(
    r"(?:\s+(?:\[[^\]\n]{1,100}\]|\.\.\s_[^:\n]{1,100}):\s+\S+(?:[ \t]+(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|\([^)\n]{0,200}\)))?)+\s*$"
)
"""Link definitions closing a note's text (Markdown ``[x]: url "title"``, reStructuredText ``.. _x: url``)."""


_RULE_END = re.compile(r"(?:\n[ \t]{0,3}(?:[-*_][ \t]*){3,})+\s*$|[ \t]*<br\s?/?>\s*$")
"""A thematic break closing a note's text ("---" under it and its definitions): a line with no
words; or a line break's tag ending its last line ("… to pass image.<br>")."""


_IAL = re.compile(r"\n[ \t]{0,3}\{:[^\n]{1,80}\}[ \t]*$|(?<=[\])])\{[.#][^\n{}]{0,80}\}[ \t]*$")
"""A kramdown attribute line closing a note ("{: .notice--info}"), or Pandoc's attributes of the
span a note is ("[ … ]{.banner .lightpurple}"): markup a reader never sees."""


_BLOCK_FRAME = re.compile(r"^\.[^\n]{1,60}\n(?:\*{4,}|={4,}|_{4,})[ \t]*\n|\n(?:\*{4,}|={4,}|_{4,})[ \t]*$")
"""An AsciiDoc block's title and delimiters around log entries (".Update history\n****\n…\n****"):
the frame of the entries, which judges count with the entries or not."""


def _untitled(text: str) -> str:
    """``text`` without a box's title standing alone on its first line ("Important\n\nPlease
    be aware …", as a web page's callout reads): truths copy a box's text with its title or
    without it, as the tool does; the note is the same."""
    first, sep, rest = text.strip().partition("\n")
    word = first.strip().rstrip(":")
    if not sep and (m := LABEL_WORD.match(first)) is not None and first[m.end() : m.end() + 1] == " " and first[m.end() + 1 : m.end() + 2].isupper():
        return first[m.end() + 1 :]  # (the same, as an HTML page's visible text reads on one line: "Important Automatic deletion …")
    return rest if sep and rest.strip() and len(word) <= 30 and LABEL_WORD.fullmatch(word) is not None else text


_WRAPPER = re.compile(
    r"^(?:[ \t]*(?:<(?:div|aside|section|blockquote|br)\b[^<>\n]{0,200}>|\{%-?[ \t]{0,4}[A-Za-z][\w-]{0,30}[^%\n]{0,200}-?%\})[ \t]*\n+)+"
    r"|(?:\n[ \t]*(?:</(?:div|aside|section|blockquote)>|\{%-?[ \t]{0,4}end[\w-]{1,30}[ \t]{0,4}-?%\}))+[ \t]*$"
)
"""Lines holding only the tags of an HTML box around a note in a Markdown text
('<div class="summary-box--left">' … '</div>'), or a template's box tags ("{% callout %}" …
"{% endcallout %}"): markup a reader never sees, which truths copy with the note or not."""


_COMMENT_LINES = re.compile(r"(?:\n[ \t]*<!--[^\n]{0,200}?-->[ \t]*)+$")


def note_key(text: str) -> str:
    """A note's text as matched: :func:`norm`, without the link definitions or the kramdown
    attribute line that close it, nor an AsciiDoc block's frame, nor the lines of an HTML box's
    tags around it, nor a box's title alone on its first line."""
    text = _COMMENT_LINES.sub("", text.rstrip())  # ("<!--more-->", the excerpt's end, under a note: nothing a reader reads)
    # (and without a full stop or emphasis mark after its last word: "**UPDATE1: … post**." and
    # "**UPDATE1: … info**_", the sentence's stop or an outer emphasis's close, read either way)
    return norm(_untitled(_WRAPPER.sub("", _BLOCK_FRAME.sub("", _LINK_DEFS.sub("", _RULE_END.sub("", _IAL.sub("", _STRUCK_LEAD.sub("", _ITEM_LEAD.sub("", text)))))).strip()))).rstrip(" *_.")


_ITEM_LEAD = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)|^\.\.[ \t]+[a-z][\w-]{0,30}::[ \t]*(?=\S)")
"""A list item's marker opening a note's text ("- April 2023 update: …"), or a reStructuredText
directive's head (".. note:: Submissions are now closed"): markup, not words; truths copy the note
with it or without it."""


_STRUCK_LEAD = re.compile(r"^[ \t]{0,3}~~[^~\n]{1,400}~~[ \t]*(?=\S)")
"""Struck-through old words opening a note's text ("~~**QEMU `6.0.0`**~~ **(UPDATE1: QEMU
`7.0.0`)**"): the old text, struck, which the tool reports apart as a visible change; the note
is what was put in after it."""


_GAP = r"(?:\s|<[^<>\n]{0,200}>|&nbsp;|\||(?<=\s)/(?=\s)|\]\([^()\s]{0,2000}\)|[\[\]*_`])+"
"""What may stand between two words of an excerpt: spaces, and in a table written as visible
text ("Norme | 14 | 167"), the cells' bars or the HTML tags and blanks between its cells; a
slash between spaces, as judges write a line break ("Reported 2024-04-01 / fixed by r1918558")."""

_PLACEHOLDER = re.compile(r"\(\s*(?:removed|deleted|nothing|none|absent|empty|missing|not present|no such [^()]{0,40})\s*\)", re.IGNORECASE)
"""What a judge writes for a side that has no text ("(removed)", "(nothing)", "(no such footnote)")."""


def _side(item: dict[str, Any], key: str) -> str:
    """One side of a truth's silent change, empty when the judge wrote a placeholder for it."""
    value = item.get(key) or ""
    return "" if _PLACEHOLDER.fullmatch(value.strip()) else value


def locate(doc: Document, excerpt: str) -> tuple[int, int] | None:
    """Where ``excerpt`` stands in ``doc.text`` (whitespace and quotes loosely), if anywhere. An
    excerpt cut short with "..." or "…" spans from its first piece to its last, found in order."""
    pieces = [p for p in re.split(r"\s*(?:\.\.\.|\u2026)\s*", excerpt) if norm(p).strip(" |")]
    if len(pieces) > 1:
        spans = []
        at = 0
        for piece in pieces:
            found = _locate_from(doc.text, piece, at)
            if found is None:
                return None
            spans.append(found)
            at = found[1]
        return spans[0][0], spans[-1][1]
    return _locate_from(doc.text, excerpt, 0)


def _locate_from(text: str, excerpt: str, at: int) -> tuple[int, int] | None:
    words = [w for w in norm(excerpt).split() if w not in ("|", "/")]
    if not words:
        return None
    loose = {"'": "['\u2018\u2019]", '"': "[\"\u201c\u201d]"} | {str(d): f"[{d}{r}]" for d, r in enumerate(_RAISED)}
    parts = ["".join(loose.get(ch, re.escape(ch)) for ch in w) for w in words]
    m = re.compile(_GAP.join(parts)).search(text, at)
    return (m.start(), m.end()) if m else None


@dataclass
class PairScore:
    """The counts of one pair."""

    name: str
    fmt: str
    hand_made: bool
    true_notes: int = 0
    found_notes: int = 0
    matched_notes: int = 0
    dated: int = 0
    dated_right: int = 0
    original_dated: bool = False
    original_right: bool = False
    silent_true: int = 0
    silent_found: int = 0
    false_silent: int = 0
    lumped: int = 0
    """Silent changes inside a block of code where the truth describes the block's changes as
    one or a few ("changed code in the worm-plot functions"): parts of a verified silent
    change, neither false nor counted again."""
    unjudged_links: int = 0
    """Silent changes only inside a link's address, which the judges' brief leaves out."""
    misses: list[str] = field(default_factory=list)


def score_pair(folder: Path) -> PairScore:
    """Compare one pair and score it against its ``truth.json``."""
    truth: dict[str, Any] = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    original = next(p for p in folder.iterdir() if p.name.startswith("original."))
    revised = next(p for p in folder.iterdir() if p.name.startswith("revised."))
    fmt = truth.get("format")
    # The files as their authors named them (``_posts/2016-01-26-segwit-benefits.md``,
    # ``2011/2/6/automatic-semicolon-insertion.rst``): a user compares the real files, whose
    # names and folders may carry the date; the corpus stores them as original.*.
    real_name = str(truth.get("source", {}).get("path", "")) or None
    c = compare(
        read_document(InputPath(str(original)), fmt=fmt, name=real_name),
        read_document(InputPath(str(revised)), fmt=fmt, name=real_name),
    )
    s = PairScore(folder.name, fmt or "?", bool(truth.get("hand_made")))
    _score_notes(s, c, truth)
    want = truth.get("original_date")
    if want:
        s.original_dated = True
        got = c.original_date.value if c.original_date else None
        s.original_right = got == want
        if not s.original_right:
            s.misses.append(f"original date: want {want}, got {got}")
    _score_silent(s, c, truth)
    return s


def _score_notes(s: PairScore, c: Comparison, truth: dict[str, Any]) -> None:
    found = {note_key(a.text): a for a in c.annotations}
    s.found_notes = len(c.annotations)
    # (a truth may accept another extent of a note: "also", the texts its judge said count too)
    true_texts = {note_key(t) for n in truth.get("notes", []) for t in [n["text"], *n.get("also", [])]}
    for note in truth.get("notes", []):
        s.true_notes += 1
        got = next((found[k] for t in [note["text"], *note.get("also", [])] if (k := note_key(t)) in found), None)
        if got is not None:
            s.matched_notes += 1
        else:
            s.misses.append(f"note not found: {norm(note['text'])[:90]!r}")
        if note.get("date"):
            s.dated += 1
            value = got.date.value if got is not None and got.date is not None else None
            if value == note["date"]:
                s.dated_right += 1
            elif got is not None:
                s.misses.append(f"note date: want {note['date']}, got {value} for {norm(note['text'])[:50]!r}")
    for text in found:
        if text not in true_texts:
            s.misses.append(f"not a note: {text[:90]!r}")


def _overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


_FIELD_LINE = re.compile(r"\s*[A-Za-z_-]{2,30}\s*:\s")
"""A truth excerpt that is a front matter line ("title: …")."""


_LISTING = re.compile(r"\[source\b|-{4,}\n|`{3,}|~{3,}")
"""The opening of a block of code in a plain text (AsciiDoc "[source,groovy]" or "----")."""


def _code_passages(doc: Document, span: tuple[int, int] | None) -> set[int]:
    """The passages of ``doc`` overlapping ``span`` that are blocks of code."""
    if span is None:
        return set()
    out = set()
    k = passage_index(doc.passages, span[0])  # (the first passage that may overlap it: no walk from the top per change)
    while k < len(doc.passages) and doc.passages[k].start < span[1]:
        p = doc.passages[k]
        if span[0] < p.end:
            kind = doc.structure[p.index].kind if p.index < len(doc.structure) else None
            if kind == "code" or (not doc.structure and _LISTING.match(doc.text, p.start)):
                out.add(p.index)
        k += 1
    return out


def _score_silent(s: PairScore, c: Comparison, truth: dict[str, Any]) -> None:
    spans: list[tuple[tuple[int, int] | None, tuple[int, int] | None]] = []
    for item in truth.get("silent", []):
        old = locate(c.original, _side(item, "old")) if _side(item, "old") else None
        new = locate(c.revised, _side(item, "new")) if _side(item, "new") else None
        spans.append((old, new))
        if old is None and new is None and not _FIELD_LINE.match(_side(item, "old") or _side(item, "new")) and not any(
            {norm(v) for v in (_side(item, "old"), _side(item, "new")) if v} <= {norm(v) for v in (m.original, m.revised) if v}
            for m in c.metadata_changes
        ):
            s.misses.append(f"truth excerpt not located: {item}")
    hit = [False] * len(spans)
    code_a = {k for old, _ in spans for k in _code_passages(c.original, old)}
    code_b = {k for _, new in spans for k in _code_passages(c.revised, new)}
    for ch in c.changes:
        if not ch.silent:
            continue
        s.silent_found += 1
        matched = False
        for k, (old, new) in enumerate(spans):
            if (ch.original and _overlaps(old, ch.original.start, ch.original.end)) or (
                ch.revised and _overlaps(new, ch.revised.start, ch.revised.end)
            ):
                hit[k] = matched = True
        if not matched and (
            (ch.original and _code_passages(c.original, (ch.original.start, ch.original.end)) & code_a)
            or (ch.revised and _code_passages(c.revised, (ch.revised.start, ch.revised.end)) & code_b)
        ):
            s.lumped += 1
        elif not matched and all(in_address(d, r) for d, r in ((c.original, ch.original), (c.revised, ch.revised)) if r is not None):
            s.unjudged_links += 1
            s.misses.append(f"silent in a link's address (unjudged): {(ch.original.text if ch.original else '')[:40]!r} -> {(ch.revised.text if ch.revised else '')[:40]!r}")
        elif not matched:
            s.false_silent += 1
            shown = ch.revised.text if ch.revised else ch.original.text if ch.original else ""
            s.misses.append(f"false silent {ch.kind}: {norm(shown)[:90]!r}")
    for m in c.metadata_changes:
        # a title or author changed in the front matter with no note: matched by its field
        # ("title: …" in the truth's excerpt; the front matter is not in the compared text)
        if not m.silent:
            continue
        s.silent_found += 1
        field = re.compile(rf"[\s.:]*{re.escape(m.key)}\s*:", re.IGNORECASE)  # (reST's ".. date:", ":date:")
        values = {norm(v) for v in (m.original, m.revised) if v}
        # (or the truth gives the field's value as a reader sees it: the page's title)
        keyed = [
            k for k, item in enumerate(truth.get("silent", []))
            if field.match(_side(item, "old")) or field.match(_side(item, "new"))
            or (values and {norm(v) for v in (_side(item, "old"), _side(item, "new")) if v} <= values)
        ]
        for k in keyed:
            hit[k] = True
        if not keyed:
            s.false_silent += 1
            s.misses.append(f"false silent metadata: {m.key}")
    s.silent_true = len(spans)
    for k, item in enumerate(truth.get("silent", [])):
        if not hit[k]:
            s.misses.append(f"silent edit missed: {item.get('old', '')[:40]!r} -> {item.get('new', '')[:40]!r}")
    s.silent_found = sum(hit)


def totals(scores: list[PairScore]) -> dict[str, float]:
    """The corpus-wide measures."""
    t = sum(x.true_notes for x in scores)
    f = sum(x.found_notes for x in scores)
    m = sum(x.matched_notes for x in scores)
    precision = m / f if f else 1.0
    recall = m / t if t else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dated = sum(x.dated for x in scores)
    orig = [x for x in scores if x.original_dated]
    silent = sum(x.silent_true for x in scores)
    return {
        "pairs": len(scores),
        "notes_precision": round(precision, 4),
        "notes_recall": round(recall, 4),
        "notes_f1": round(f1, 4),
        "dates_right": round(sum(x.dated_right for x in scores) / dated, 4) if dated else 1.0,
        "dated_notes": dated,
        "original_dates_right": round(sum(x.original_right for x in orig) / len(orig), 4) if orig else 1.0,
        "original_dated": len(orig),
        "silent_recall": round(sum(x.silent_found for x in scores) / silent, 4) if silent else 1.0,
        "silent_true": silent,
        "false_silent": sum(x.false_silent for x in scores),
        "false_silent_per_10_pairs": round(10 * sum(x.false_silent for x in scores) / len(scores), 2) if scores else 0.0,
        "lumped_in_code": sum(x.lumped for x in scores),
        "unjudged_links": sum(x.unjudged_links for x in scores),
    }


def pair_folders(dirs: list[Path]) -> list[Path]:
    """Every pair folder (one with a ``truth.json``) under ``dirs``, sorted."""
    return sorted(p.parent for d in dirs for p in d.glob("*/truth.json"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "tests" / "corpus" / "real"])
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument("--misses", action="store_true", help="list every miss under its pair")
    ns = parser.parse_args(argv)
    scores = []
    for folder in pair_folders(ns.dirs):
        try:
            scores.append(score_pair(folder))
        except AnnotateError as exc:  # (a page the tool refuses, "no body text": told, not scored)
            print(f"refused: {folder.name}: {exc}", file=sys.stderr)
    if not scores:
        print("no pairs found", file=sys.stderr)
        return 1
    if ns.json:
        real = [x for x in scores if not x.hand_made]
        print(json.dumps({"all": totals(scores), "real": totals(real), "hand_made": totals([x for x in scores if x.hand_made])}, indent=2))
        return 0
    print(f"{'pair':44} {'fmt':8} notes(t/f/ok) dates  orig  silent(ok/t) false")
    for x in scores:
        orig = ("ok" if x.original_right else "MISS") if x.original_dated else "-"
        print(
            f"{x.name[:44]:44} {x.fmt[:8]:8} {x.true_notes:>3}/{x.found_notes:>2}/{x.matched_notes:>2}    "
            f"{x.dated_right:>2}/{x.dated:<2}  {orig:4}  {x.silent_found:>3}/{x.silent_true:<3}     {x.false_silent}"
        )
        if ns.misses:
            for miss in x.misses:
                print(f"    - {miss}")
    for label, group in (("real", [x for x in scores if not x.hand_made]), ("hand-made", [x for x in scores if x.hand_made]), ("all", scores)):
        if group:
            t = totals(group)
            print(
                f"{label:9} pairs {t['pairs']}: notes P {t['notes_precision']:.3f} R {t['notes_recall']:.3f} "
                f"F1 {t['notes_f1']:.3f} | dates {t['dates_right']:.3f} of {t['dated_notes']} | original dates "
                f"{t['original_dates_right']:.3f} of {t['original_dated']} | silent recall {t['silent_recall']:.3f} of "
                f"{t['silent_true']} | false silent {t['false_silent']} ({t['false_silent_per_10_pairs']}/10 pairs)"
                + (f" | {t['lumped_in_code']} more in code the truth lumps" if t["lumped_in_code"] else "")
                + (f" | {t['unjudged_links']} in link addresses the truth leaves unjudged" if t["unjudged_links"] else "")
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
