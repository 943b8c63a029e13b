"""Turn raw differences into classified ``Change`` values, each difference exactly once.

Annotations and framing *claim* the revised text they cover; what remains of
each raw difference becomes an addition, deletion, edit or move. A change is
``silent`` unless an annotation discloses it (``annotate.disclosure`` holds that rule)
or it changes nothing a reader reads (markup, punctuation, a byline's date).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from operator import itemgetter
from typing import NamedTuple

from annotate.dates import MONTHS, find_dates
from annotate.disclosure import Notes
from annotate.model import Annotation, Block, Change, ChangeKind, Document, Frame, Range
from annotate.naming import WORD
from annotate.read.dateline import is_dateline
from annotate.segment import passage_index, trim


class Piece(NamedTuple):
    """A raw difference from the alignment or the word diff."""

    kind: str
    """``addition``, ``deletion``, ``edit`` or ``move``."""
    a: tuple[int, int] | None
    """Range in the original."""
    b: tuple[int, int] | None
    """Range in the revised text."""
    move: int | None
    """Move id for moves."""
    anchor: int
    """Position in the revised text, for ordering."""


def _trim(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    s, e = trim(text, *span)
    return (s, e) if s < e else None


def _carve(span: tuple[int, int], claims: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of ``span`` not covered by ``claims`` (sorted, non-overlapping)."""
    out: list[tuple[int, int]] = []
    pos, end = span
    # Claims are disjoint and sorted, so their ends are sorted too: start at the first
    # claim ending after ``pos``.
    for k in range(max(bisect.bisect_right(claims, (pos, pos)) - 1, 0), len(claims)):
        s, e = claims[k]
        if s >= end:
            break
        if e <= pos:
            continue
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        out.append((pos, end))
    return out


def classify(
    a: Document, b: Document, pieces: list[Piece], annotations: tuple[Annotation, ...], frames: tuple[Frame, ...]
) -> tuple[Change, ...]:
    """Classified changes in revised-text order."""
    claims = sorted([(x.start, x.end) for x in annotations] + [(f.start, f.end) for f in frames])
    # (anchor, order, original start, change): sorted on the first three
    found: list[tuple[int, int, int, Change]] = []

    def rng(doc: Document, span: tuple[int, int] | None) -> Range | None:
        return None if span is None else Range(span[0], span[1], doc.text[span[0] : span[1]])

    def add(
        kind: ChangeKind, sa: tuple[int, int] | None, sb: tuple[int, int] | None, anchor: int,
        move: int | None = None, *, b_trimmed: bool = False,
    ) -> None:
        sa = _trim(a.text, sa)
        if not b_trimmed:
            sb = _trim(b.text, sb)
        if sa is None and sb is None:
            return
        if kind == "edit" and sa is None:
            kind = "addition"
        elif kind == "edit" and sb is None:
            kind = "deletion"
        found.append((anchor, 1, sa[0] if sa else -1, Change(kind, True, None, rng(a, sa), rng(b, sb), move)))

    for p in pieces:
        if p.kind == "move":
            add("move", p.a, p.b, p.anchor, p.move)
            continue
        if p.kind == "deletion" or p.b is None:
            add("deletion", p.a, None, p.anchor)
            continue
        rest = [r for r in (_trim(b.text, r) for r in _carve(p.b, claims)) if r is not None]
        if p.kind == "addition":
            for r in rest:
                add("addition", None, r, r[0], b_trimmed=True)
        elif rest:
            add("edit", p.a, rest[0], p.anchor, b_trimmed=True)
            for r in rest[1:]:
                add("addition", None, r, r[0], b_trimmed=True)
        else:
            add("deletion", p.a, None, p.anchor)
    for x in annotations:
        found.append((x.start, 0, -1, Change("annotation", False, x.id, None, rng(b, (x.start, x.end)))))
    for f in frames:
        found.append((f.start, 0, -1, Change("frame", False, None, None, rng(b, (f.start, f.end)))))
    found.sort(key=itemgetter(0, 1, 2))
    found = _without_unchanged(found, b)
    notes = Notes(b, annotations, a.text)
    ends = [p.end for p in b.passages]
    # the passage holding each change (or the next one), as ``segment.passage_index`` finds it
    wheres = [bisect.bisect_left(ends, c.revised.start if c.revised else anchor) for anchor, _, _, c in found]
    out = [_with_silence(c, notes, where if ends else None, a, b) for (_, _, _, c), where in zip(found, wheres, strict=True)]
    if b.structure and notes.ids:
        out = _columns(out, wheres, b)
    return tuple(out)


def _columns(changes: list[Change], wheres: list[int], b: Document) -> list[Change]:
    """Deletions in a table go with a deletion of that table a note names: a column removed
    ("sum_increase | sum_decrease" from the header, named by "to remove references to total
    accumulated increases and decreases") takes its cells, which hold no words to name."""
    kinds = b.structure or ()
    named = {
        w: c.disclosed_by for c, w in zip(changes, wheres, strict=True)
        if c.kind == "deletion" and c.disclosure == "specific" and w < len(kinds) and kinds[w].kind == "table"
    }
    if not named:
        return changes
    return [
        c._replace(silent=False, disclosed_by=named[w], disclosure="specific") if c.silent and c.kind == "deletion" and w in named else c
        for c, w in zip(changes, wheres, strict=True)
    ]


_MARKUP_SYMBOLS = frozenset("`*_~#>|=+-<>^")


_LINK_MARKUP = re.compile(
    r"^[ ]{0,3}\[[^\]\n]{1,100}\]:[ \t]{0,8}\S{1,2000}(?:[ \t]{1,8}\S[^\n]{0,300})?$|\[\^[\w-]{1,40}\]"
    r"|^[ ]{0,3}\.\.[ \t]{1,4}(?:__|_[^:\n]{1,100}):[ \t]{0,8}\S{1,2000}[ \t]{0,8}$", re.M
)
"""Markdown link reference definitions and footnote references, reST hyperlink targets
(".. __: tmdonate2.html", ".. _PyPy: https://pypy.org"): addresses, not prose."""


_FORMAT_TAG = re.compile(
    r"</?(?:br|hr|p|div|span|em|strong|b|i|u|small|big|sup|sub|center|font|blockquote|section|article|header|footer|"
    r"ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|code|pre|kbd|mark|abbr|cite|q)\b[^<>\n]{0,200}?/?>",
    re.IGNORECASE,
)
"""HTML tags that format text and hold none a reader reads ("<br/>", "</div>"); an image
or a link's address is another matter."""


def _content(text: str) -> str:
    """``text`` without spaces, Markdown and HTML markup and punctuation: what a reader reads."""
    if "<" in text:
        text = _FORMAT_TAG.sub("", text)
    return "".join(ch for ch in text if not (ch.isspace() or ch in _MARKUP_SYMBOLS or unicodedata.category(ch)[0] == "P"))


def _markup_only(text: str) -> bool:
    """True for text of punctuation, spaces and Markdown or HTML formatting markup alone (no
    letter, digit or emoji outside a tag, a link definition or a footnote reference)."""
    if "[" in text or ".. _" in text:
        text = _LINK_MARKUP.sub("", text)
    if "<" in text:
        text = _ANCHOR.sub("", _FORMAT_TAG.sub("", text))
    if "&" in text:
        text = _SPACE_ENTITY.sub(" ", text)
    return all(ch.isspace() or ch in _MARKUP_SYMBOLS or unicodedata.category(ch)[0] == "P" for ch in text)


_ATTRIBUTES = re.compile(r"(?:\s{0,4}(?:id|name|tabindex|data-[\w-]{1,30}|aria-[\w-]{1,30})=\"[^\"<>\n]{0,200}\")+\s{0,4}")
"""HTML attributes a reader never sees ('id="results-default"'), alone (not ``class`` or ``style``:
they can hide or strike what they hold)."""
_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#8203|#x200[bB]);")
"""A space written as an HTML entity ("&nbsp;" as a spacer line): a space to a reader."""
_ANCHOR = re.compile(r"<a\b[^<>\n]{0,200}>[ \t]{0,8}</a>", re.IGNORECASE)
"""An empty anchor, a target for links ('<a name="update-2019-04-04"></a>'): nothing a reader sees."""


_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
_DATE_WORDS = re.compile(
    r"(?:\W|\b(?:last|updated?|modified|published|posted|revised|edited|on|at|am|pm|a\.m|p\.m|"
    rf"utc|gmt|bst|cest|cet|[ecmp][sd]t|{_WEEKDAY}|"
    r"\d{1,2}[:.h]\d\d)\b)*",
    re.IGNORECASE,
)


_DATES_ONLY_MAX = 400
"""Longest side of a change that ``_dates_only`` reads: a byline's dates and times ("Updated
Monday 14 July 2017 at 10:30 UTC; first published …") are far shorter, and a long
deletion or addition is not read through in vain."""


def _dates_only(c: Change) -> bool:
    """True when both sides of ``c`` hold nothing but dates, times and the words of a dateline."""
    found = False
    for r in (c.original, c.revised):
        if r is None:
            continue
        text = r.text
        if len(text) > _DATES_ONLY_MAX:
            return False
        dates = find_dates(text)
        if not dates:
            if text.strip():
                return False
            continue
        found = True
        for d in reversed(dates):
            text = text[: d.start] + " " + text[d.end :]
        if not _DATE_WORDS.fullmatch(text):
            return False
    return found


_WORDS = re.compile(r"\w+")
_STAMP_WORD = re.compile(
    rf"\d+|{_WEEKDAY}|am|pm|{'|'.join(MONTHS)}|utc|gmt|bst|cet|cest|eet|eest|[ecmp][sd]t|ist|jst|aest|aedt", re.IGNORECASE
)
"""A word of a date stamp: digits, a weekday or month name, am/pm, a time zone."""


def _in_dateline_date(doc: Document, start: int, end: int) -> bool:
    """True when ``[start, end)`` lies inside a date of a dateline passage of ``doc``, or is
    nothing but date and time words of it ("Mon, 12" → "Tue, 13", "18:48:07" → "13:51:00"
    in "This notice last updated: Tue, 13 Aug 2013 13:51:00 UTC")."""
    if end - start > 60:
        return False  # (a date, and its time, are shorter: most edits are not read further)
    k = passage_index(doc.passages, start)
    if k >= len(doc.passages):
        return False
    p = doc.passages[k]
    if not (p.start <= start and end <= p.end) or p.end - p.start > 160:
        return False  # (``is_dateline`` takes no longer line either)
    line = doc.text[p.start : p.end]
    if not is_dateline(line):
        return False
    if all(_STAMP_WORD.fullmatch(w) for w in _WORDS.findall(doc.text[start:end])):
        return True
    return any(d.start <= start - p.start and end - p.start <= d.end for d in find_dates(line))


_COMMENT = re.compile(r"<!--[\s\S]{0,20000}?-->")


def _unseen(doc: Document, r: Range | None) -> bool:
    """True when ``r`` (absent, or a span of ``doc``) lies inside an HTML comment of a Markdown
    text, or is nothing but such comments: no reader sees it."""
    if r is None:
        return True
    t = doc.text
    if _shown_as_code(doc, r.start):
        return False  # "<!--" shown in a code block or inline code is text a reader reads
    if "<!--" in r.text and "-->" in r.text and not _COMMENT.sub("", r.text).strip():
        return True
    o = t.rfind("<!--", max(0, r.start - 4000), r.start + 1)
    if o < 0:
        return False
    close = t.find("-->", o + 4, min(len(t), r.end + 4000))
    return close >= 0 and close + 3 >= r.end


def _without_unchanged(found: list[tuple[int, int, int, Change]], b: Document) -> list[tuple[int, int, int, Change]]:
    """``found`` without a deletion and an addition of the same words in the same place (a line
    the alignment took out of an old passage and put back under a new note written above it,
    "Update …:\nSee the docs for more."): that text did not change."""
    deleted = {" ".join(c.original.text.split()): i for i, (_, _, _, c) in enumerate(found) if c.kind == "deletion" and c.original}
    if not deleted:
        return found
    drop: set[int] = set()
    for i, (_, _, _, c) in enumerate(found):
        if c.kind == "addition" and c.revised is not None and (j := deleted.get(" ".join(c.revised.text.split()))) is not None:
            near = abs(passage_index(b.passages, found[j][0]) - passage_index(b.passages, c.revised.start)) <= 1
            if near and j not in drop:
                drop.update((i, j))
    return [x for i, x in enumerate(found) if i not in drop]


def _shown_as_code(doc: Document, at: int) -> bool:
    """Whether offset ``at`` of a Markdown text is in code a reader sees: a code block, or inline
    code (its line, or the 2,000 characters before on a long one)."""
    k = passage_index(doc.passages, at)
    if doc.structure and k < len(doc.structure) and doc.structure[k].kind == "code":
        return True
    return doc.text.count("`", doc.text.rfind("\n", max(0, at - 2000), at) + 1 or max(0, at - 2000), at) % 2 == 1


def _dateline_date(a: Document, b: Document, c: Change) -> bool:
    """True for an edit of a byline's date alone ("updated 7 March" → "updated 8 March"): the
    word diff keeps only the digits that changed, which are no date by themselves."""
    return (c.kind == "edit" and c.original is not None and c.revised is not None
            and _in_dateline_date(a, c.original.start, c.original.end)
            and _in_dateline_date(b, c.revised.start, c.revised.end))


def _with_silence(c: Change, notes: Notes, where: int | None, a: Document | None = None, b: Document | None = None) -> Change:
    """``c``, no longer silent when a note discloses it (``where``: the revised passage holding
    it, or the next one; a deletion is placed where its anchor is)."""
    if c.kind in ("annotation", "frame"):
        return c
    if _markup_only((c.original.text if c.original else "") + (c.revised.text if c.revised else "")) or (
        c.kind == "edit" and c.original is not None and c.revised is not None
        and _content(c.original.text) == _content(c.revised.text)
        # (and the same words: a space put inside one, "been" → "be en", changes what a reader reads)
        and WORD.findall(c.original.text) == WORD.findall(c.revised.text)
    ):
        # Punctuation or markup alone ("---" → "- - -", "*word*" → "_word_"): not an undisclosed edit of content.
        return c._replace(silent=False)
    if c.kind != "move" and all(r is None or _ATTRIBUTES.fullmatch(r.text) for r in (c.original, c.revised)) and not (
        b is not None and c.revised is not None and _shown_as_code(b, c.revised.start)
    ):
        return c._replace(silent=False)  # an element's id ('id="results-default"'): no reader sees it
    if a is not None and b is not None and a.format == b.format == "markdown" and _unseen(a, c.original) and _unseen(b, c.revised):
        return c._replace(silent=False)  # inside an HTML comment ("<!-- https://github.com/…/pull/2249 -->"): no reader sees it
    if c.kind != "move" and (_dates_only(c) or (a is not None and b is not None and _dateline_date(a, b, c))):
        # A byline's date moving on ("· Last modified on Wed 4 May 2022 09.10 BST"): the
        # document's update date, shown as a change but not an undisclosed edit.
        return c._replace(silent=False)
    if not notes.ids and not notes.strikes:
        return c  # nothing can disclose a change
    found = notes.disclosure(c, where)
    if found is None:
        return c
    return c._replace(silent=False, disclosed_by=found[0], disclosure=found[1])


def pieces(blocks: list[Block], b: Document) -> list[Piece]:
    """Raw differences, before annotations and framing claim their share."""
    out: list[Piece] = []
    for blk in blocks:
        if blk.kind == "delete" and blk.a:
            k = blk.b_passages[0]
            anchor = b.passages[k].start if k < len(b.passages) else len(b.text)
            out.append(Piece("deletion", blk.a, None, None, anchor))
        elif blk.kind == "insert" and blk.b:
            out.append(Piece("addition", None, blk.b, None, blk.b[0]))
        elif blk.kind == "move_to" and blk.a and blk.b:
            out.append(Piece("move", blk.a, blk.b, blk.move, blk.b[0]))
        if blk.kind in ("changed", "move_to"):
            for op in blk.ops:
                if op.tag == "insert":
                    out.append(Piece("addition", None, (op.b_start, op.b_end), None, op.b_start))
                elif op.tag == "delete":
                    out.append(Piece("deletion", (op.a_start, op.a_end), None, None, op.b_start))
                elif op.tag == "replace":
                    out.append(Piece("edit", (op.a_start, op.a_end), (op.b_start, op.b_end), None, op.b_start))
    return out
