"""Which note candidates the comparison confirms: a note is inserted text.

Why this exists: ``annotate.detect`` finds what *reads* like a note in the revised document alone;
only the comparison can tell whether that text is new. This module keeps the candidates whose text
the diff shows as inserted (``confirmed``), finds bracketed and labelled notes put inside existing
passages (``new_inline``), and keeps the outermost of overlapping ones (``outermost``).
"""

from __future__ import annotations

import bisect
import re

from annotate.brackets import in_backticks, wrapped
from annotate.candidate import Candidate
from annotate.detect import bracketed_spans
from annotate.effective import FROM_DAY
from annotate.inline_notes import names_a_thing, own_state
from annotate.labels import UPDATE_CUE, UPDATE_LABEL
from annotate.logs import stamp
from annotate.model import Block, Document, Opcode
from annotate.openings import label_at
from annotate.put_in import labelled_insert, with_stop
from annotate.read.dateline import at_page_edge, is_stamp
from annotate.revisions import newest_heading_date
from annotate.segment import passage_index, trim
from annotate.status import goes_on
from annotate.unlabelled import EMPHASISED

_UNREAD = re.compile(r"\]\([^()\s]{1,2000}\)|\{:[^{}\n]{0,200}\}")
"""A Markdown link's address and a kramdown attribute list: no characters a reader reads."""


def _visible(text: str) -> int:
    if "](" in text or "{:" in text:
        text = _UNREAD.sub("", text)  # (a note's link may point where an old one pointed: its address says nothing new)
    return len(text) - sum(map(text.count, " \n\t\u00a0"))


def _new_fraction(start: int, end: int, spans: list[tuple[int, int]], text: str) -> float:
    """Share of the visible characters of ``text[start:end]`` inside ``spans`` (sorted, disjoint)."""
    total = _visible(text[start:end])
    if not total:
        return 0.0
    new = 0
    for k in range(max(bisect.bisect_right(spans, (start, start)) - 1, 0), len(spans)):
        s, e = spans[k]
        if s >= end:
            break
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            new += _visible(text[lo:hi])
    return new / total


def confirmed(cands: list[Candidate], inserted: list[tuple[int, int]], b: Document) -> list[Candidate]:
    """Candidates the comparison shows to be new text (an old parenthetical is not a note)."""
    inserted.sort()
    out: list[Candidate] = []
    for c in cands:
        if not c.block and _stamp_at(b, c):
            continue  # ("Güncelleme: 12.03.2021 14:37" under "Yayınlanma: …": the page's stamp, no note)
        if _new_fraction(c.start, c.end, inserted, b.text) >= 0.9:
            if c.kind == "inline" and c.label is not None and b.text[c.end - 3 : c.end].rstrip("*_").endswith(":"):
                # "…<br>\n**EDIT(2018-11-22):** The crash issue has been resolved.": an emphasised
                # label alone, the rest of its line new with it, is the note's body
                eol = b.text.find("\n", c.end, b.passages[c.paragraphs[0]].end)
                eol = b.passages[c.paragraphs[0]].end if eol < 0 else eol
                if eol > c.end and _new_fraction(c.end, eol, inserted, b.text) >= 0.9:
                    c = c._replace(end=eol)
            out.append(c)
        elif len(c.paragraphs) > 1 and b.text[c.start] not in "([" and not c.whole:
            # A note that takes the passages after its label (a heading's section, a quote):
            # only its new passages from the start belong to it.
            new = 0
            for k in c.paragraphs:
                p = b.passages[k]
                if _new_fraction(p.start, p.end, inserted, b.text) < 0.9:
                    break
                new += 1
            if new:
                kept = c.paragraphs[:new]
                out.append(c._replace(end=b.passages[kept[-1]].end, paragraphs=kept))
    return out


def without_old_entries(cands: list[Candidate], a: Document, b: Document) -> list[Candidate]:
    """Candidates without the log entries inside a passage (a table's row, a line of a log block)
    that were there already: one whose dated first line stands in the original word for word
    ("|2017-12-01|Editorial|Made minor grammatical edits …|N/A|"), or reworded (``_Reworded``), is
    old, though it or the rows under it were edited since: left to the word diff (which takes a
    candidate as new text), the edits show as what they are. (A list item is paired as a passage.)"""
    out: list[Candidate] = []
    reworded: _Reworded | None = None  # (made at the first entry: most comparisons have none)
    newest: str | None = None  # (the original's newest dated heading, read at the first dated section)
    heads = _Heads(a)
    for c in cands:
        if c.whole and c.label_date is not None:
            # a page's dated news: a section no newer than the original's newest is an old one
            # retitled or a late addition among the old ("## Storage quota cut to 1 TB, 12.02.2026")
            newest = newest or newest_heading_date(a) or "0"
            if c.label_date.value[: len(newest)] <= newest[: len(c.label_date.value)]:
                continue
        if _old_note(c, heads, b):
            continue
        line = b.text[c.start : c.end].split("\n", 1)[0].strip()
        if c.block or c.label_date is None or c.label is None or c.label not in line or not stamp(c.label):
            out.append(c)  # (only an entry's stamp, "2017-12-01", not "Update")
            continue
        if reworded is None:
            reworded = _Reworded(a.text, b.text)
        if not (len(line) >= 30 and line in reworded.old_lines) and not reworded.old(line, c.label):
            out.append(c)
    return out


def _stamp_at(b: Document, c: Candidate) -> bool:
    """Whether ``c`` is a stamp where a page keeps its own (``dateline.at_page_edge``)."""
    return at_page_edge(passage_index(b.passages, c.start), len(b.passages)) and is_stamp(b.text, c.start, c.end)


def _old_note(c: Candidate, heads: _Heads, b: Document) -> bool:
    """Whether ``c`` is a dated note the original has already, reworded ("**UPDATE 2019-11-06** |
    This Working Group is active …" → "… is hibernating …"): its edits are edits, not a new note."""
    if c.label_date is None or c.label_date.precision != "day" or c.label is None or not c.start < c.label_date.end <= c.end:
        return False
    lead = b.text[c.start : c.label_date.end].strip()
    if (since := FROM_DAY.match(c.label)) is not None and re.search(rf"(?m)^{re.escape(since.group(0).strip())}\s*\d", heads.a.text):
        return True  # ("From 1 April 2025, …" → "From 1 April 2026, …": the page's notice of the day, rewritten)
    if len(lead) < 12 or stamp(c.label):
        return False
    return heads.has_line_opening(lead)


class _Heads:
    """The original's lines by their first twelve characters, made at the first dated note that
    asks (a dated note's lead is looked up, not searched for through the whole text per note)."""

    def __init__(self, a: Document) -> None:
        self.a = a
        self.index: dict[str, list[str]] | None = None

    def has_line_opening(self, lead: str) -> bool:
        if self.index is None:
            self.index = {}
            for line in self.a.text.split("\n"):
                self.index.setdefault(line[:12], []).append(line)
        return any(line.startswith(lead) for line in self.index.get(lead[:12], ()))


class _Reworded:
    """The original's lines by how they open, to tell an old entry reworded ("*26/Jul/2023*:
    Update to Pekko 1.0.0." → "1.0.1.", a row's status "Open" → "Closed") from a new entry of
    the same day: the original has a line opening as the entry does up to its stamp, with four
    in five of its words, and that line is gone from the revised text."""

    def __init__(self, original: str, revised: str) -> None:
        self.lines = [x.strip() for x in original.split("\n")]
        self.old_lines = set(self.lines)
        self.revised = {x.strip() for x in revised.split("\n")}
        self.by_lead: dict[int, dict[str, list[str]]] = {}

    def old(self, line: str, stamp: str) -> bool:
        lead = line[: line.find(stamp) + len(stamp)]
        index = self.by_lead.get(len(lead))
        if index is None:
            index = self.by_lead[len(lead)] = {}
            for x in self.lines:
                index.setdefault(x[: len(lead)], []).append(x)
        words = set(re.findall(r"\w+", line[len(lead) :].lower()))
        for x in index.get(lead, ()):
            was = set(re.findall(r"\w+", x[len(lead) :].lower()))
            if x not in self.revised and words and was and len(words & was) * 5 >= 4 * max(len(words), len(was)):
                return True
        return False


def without_old_lines(cands: list[Candidate], blocks: list[Block], a: Document, b: Document) -> list[Candidate]:
    """Candidates without the old lines a note was written against: "Update 2021-12-27: …" put
    on the line above "cloud.gov Customer Responsibilities" (no blank line, so one paragraph,
    aligned as a new passage replacing the old one) ends before that old line. An emphasised
    paragraph in place of an old one is a rewording, not a note."""
    # (the one-line passages deleted right beside each inserted one: the insert and the
    # deletion of the passage it replaced, next to each other in the blocks)
    beside: list[tuple[int, int, str]] = [
        (blk.b[0], blk.b[1], a.text[x:y].strip())
        for i, blk in enumerate(blocks) if blk.kind == "insert" and blk.b
        for nb in (blocks[i - 1] if i else None, blocks[i + 1] if i + 1 < len(blocks) else None)
        if nb is not None and nb.kind == "delete" and nb.a for x, y in [nb.a] if "\n" not in a.text[x:y].strip()
    ]
    if not beside:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c.kind == "bracketed" and c.label is None and EMPHASISED.fullmatch(b.text, c.start, c.end) and any(
            s <= c.start < e and EMPHASISED.fullmatch(old) for s, e, old in beside
        ):
            continue  # an emphasised paragraph reworded ("*Response to further …*" → "*Responses to the following …*")
        body = b.text[c.start : c.end].rstrip()
        cut = body.rfind("\n")
        if c.kind == "labelled" and cut > 0 and body[:cut].strip() and any(
            s <= c.start < e and body[cut + 1 :].strip() == old for s, e, old in beside
        ):
            c = c._replace(end=c.start + len(body[:cut].rstrip()))
        out.append(c)
    return out


def outermost(cands: list[Candidate]) -> list[Candidate]:
    """Candidates in document order, each kept only when no kept one contains or overlaps it."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def new_inline(blocks: list[Block], a: Document, b: Document) -> list[Candidate]:
    """Bracketed notes the comparison shows were inserted inside an existing passage."""
    out: list[Candidate] = []
    heads = _Heads(a)
    defined: frozenset[str] | None = None
    for blk in blocks:
        if blk.kind not in ("changed", "move_to"):
            continue
        changed = [(op.b_start, op.b_end) for op in blk.ops if op.tag in ("insert", "replace")]
        if changed and blk.b is not None and any(
            b.text.find("[", x, y) >= 0 or b.text.find("(", x, y) >= 0 for x, y in changed
        ):
            # Brackets anywhere in the passage, kept when their text is new: a new bracketed
            # phrase may span several edits of the word diff ("[who has since resigned …]").
            replacements = [(op.b_start, op.b_end) for op in blk.ops if op.tag == "replace"]
            for s, e in bracketed_spans(b.text, *blk.b):
                if defined is None:
                    defined = frozenset(m.group(1).lower() for m in _DEFINITION.finditer(b.text))  # (once: the text's link references)
                if not _editorial(b.text, s, e, defined) or _program(b, s):
                    continue
                # A square-bracketed insertion may reuse words of what it replaced: its
                # brackets must be new, and most of it; a round-bracketed one nearly all.
                if b.text[s] == "[":
                    if _new_fraction(s, s + 1, changed, b.text) < 1 or _new_fraction(e - 1, e, changed, b.text) < 1:
                        continue
                    if _new_fraction(s, e, changed, b.text) < 0.5:
                        continue
                elif _new_fraction(s, e, changed, b.text) < 0.9:
                    continue
                whole = _holding(changed, s, e)
                replaced = _holding(replacements, s, e) is not None
                if whole is not None and replaced and b.text[s] == "(" and not b.text[whole[0] : s].strip() and not b.text[e : whole[1]].strip():
                    continue  # words replaced by a round-bracketed phrase: an edit, not an inserted note
                e = with_stop(b.text, e, whole[1] if whole else e + 1)
                s, e = wrapped(b.text, s, e, blk.b[0], blk.b[1])  # ("<ins>(There is a more up to date snippet below)</ins>")
                out.append(Candidate("inline", s, e, None, None, (passage_index(b.passages, s),), False))
        extended: bool | None = None  # (whether the block is an old update note: asked only of sentences added at its end)
        for op in blk.ops:
            if op.tag not in ("insert", "replace"):
                continue
            if (added := _added_sentences(b, op, blk.b[1])) is not None and (extended := _extended_note(blk, a, b) if extended is None else extended):  # type: ignore[index]
                out.append(Candidate("inline", added[0], added[1], None, None, (passage_index(b.passages, added[0]),), False))
                continue
            if added is not None and own_state(b.text, added[0], added[1]):
                # "… to an `AcousticBrainz`_ server. This plugin is now deprecated since the AcousicBrainz
                # project has been shut down.": the page's state told at the end of an old paragraph,
                # and a new short paragraph going on with it ("As an alternative the `beets-xtractor`_ plugin can be used.")
                k = passage_index(b.passages, added[0])
                q = b.passages[k + 1] if k + 1 < len(b.passages) else None
                head = " ".join(b.text[q.start : q.end].split()[:5]) if q is not None else ""
                fresh = q is not None and head not in " ".join(a.text.split())  # (new, not an old paragraph reworded: "Use it only on trusted networks; …")
                end = q.end if q is not None and fresh and goes_on(b.text, q.start, q.end) else added[1]
                out.append(Candidate("inline", added[0], end, None, None, (k,) if end == added[1] else (k, k + 1), False))
                continue
            labelled = labelled_insert(b, op)
            if labelled is not None and not _stamp_at(b, labelled) and not _old_note(labelled, heads, b):
                out.append(labelled)  # (not "Güncelleme: 12.03.2021 14:37" added under "Yayınlanma: …", nor an old note reworded)
    return out


def _extended_note(blk: Block, a: Document, b: Document) -> bool:
    """Whether the paired passages of ``blk`` are one update note in both versions, opening with the
    same label ("UPDATE: changed data source …" in both): words added to it are its author's later note."""
    if blk.a is None or blk.b is None:
        return False
    old, new = label_at(a.text, *blk.a), label_at(b.text, *blk.b)
    return old is not None and new is not None and old[0].lower() == new[0].lower() and UPDATE_LABEL.fullmatch(new[0]) is not None


def _added_sentences(b: Document, op: Opcode, end: int) -> tuple[int, int] | None:
    """The whole sentences (four words or more) an insertion or replacement puts at the end of
    an old note ("… the map. In addition, rgeos and maptools removed, not needed."), else ``None``."""
    s, e = trim(b.text, op.b_start, op.b_end)
    if s < e and b.text[e - 1] not in ".!?*_" and b.text[e : e + 1] in (".", "!", "?"):
        e += 1  # (the diff kept the old sentence's stop as the new one's: ". Doors open at seven in the evening" + ".")
    if s >= e or (b.text[e - 1 : e] not in (".", "!", "?") and b.text[max(0, e - 8) : e].rstrip("*_")[-1:] not in (".", "!", "?")):
        return None
    if b.text[e:end].strip(" \t\n*_.!?") or len(b.text[s:e].split()) < 4:
        return None
    if b.text[s] in ".!?":  # (the diff took the old sentence's stop with the new one: ". In addition, …")
        s = e - len(b.text[s + 1 : e].lstrip())
    before = b.text[max(0, s - 3) : s].rstrip()
    return (s, e) if before[-1:] in (".", "!", "?") and b.text[s:e].lstrip("*_")[:1].isupper() else None


_SCRIPT = re.compile(r"[ \t]{0,3}<(?:script|style)\b", re.IGNORECASE)


def _program(b: Document, at: int) -> bool:
    """Whether offset ``at`` is in a program, not prose: a code block, or a ``<script>`` or
    ``<style>`` element of a Markdown text ("[ ['ICtCp', ICTCP], …]" is an array)."""
    if not b.structure:
        return False
    k = passage_index(b.passages, at)
    kind = b.structure[k].kind if k < len(b.structure) else "paragraph"
    return kind == "code" or (kind == "html" and _SCRIPT.match(b.text, b.passages[k].start) is not None)


_DEFINITION = re.compile(r"^[ ]{0,3}\[([^\]\n]{1,100})\]:", re.MULTILINE)  # (a link reference's definition: "[type assertion]: https://…")


def _editorial(text: str, s: int, e: int, defined: frozenset[str] = frozenset()) -> bool:
    """True when the new bracketed span ``text[s:e]`` reads as an editorial insertion: a
    square-bracketed phrase ("[who has since resigned]"), or a round-bracketed one with an
    update cue ("(now closed)"). Not: an author's new aside without a cue (an addition),
    Markdown link text or references ("[text](url)", "[ref]", "[^1]"), AsciiDoc link text
    glued to its address ("https://…[built from source]"), a call in code
    ("size(A, i)"), anything inside backticks."""
    inner = text[s + 1 : e - 1]
    if text[s] == "(":
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "]_"):
            return False  # a call or a link target
        return not names_a_thing(text, s, e - 1) and bool(UPDATE_CUE.search(inner))  # (not "`u` (update)": a noun alone names a thing)
    if inner.startswith("^") or text[e : e + 1] in ("(", "[", ":") or (s > 0 and (text[s - 1] in "]!/" or text[s - 1].isalnum())):
        return False  # (glued to a word or an address: AsciiDoc's "https://…[link text]", "a[i]")
    if " " not in inner.strip() and inner.strip().lower().rstrip("!.") not in ("sic", "ed"):
        return False  # "[updates2022]": a reference, not a phrase (but "[sic]", an editor's mark)
    if inner.lower() in defined:
        return False  # "[type assertion]" with "[type assertion]: https://…" below: a link by its reference
    return not in_backticks(text, s)


def _holding(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The span of ``spans`` (sorted by start, disjoint) holding ``[start, end)``, if one does."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return spans[k] if k >= 0 and spans[k][0] <= start and end <= spans[k][1] else None
