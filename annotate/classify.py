"""Turn raw differences into classified ``Change`` values, each difference exactly once.

Annotations and framing *claim* the revised text they cover; what remains of
each raw difference becomes an addition, deletion, edit or move. A change is
``silent`` unless an annotation discloses it: a note in the same or a
neighbouring passage that names what changed, or a note anywhere that names
both the old and the new wording (a correction).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from operator import itemgetter
from typing import NamedTuple

from annotate.dates import find_dates
from annotate.labels import general_notice
from annotate.model import Annotation, Block, Change, ChangeKind, Document, Frame, Range
from annotate.read.dateline import is_dateline
from annotate.segment import passage_index, trim

_STOP = frozenset(
    ["the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "was", "were", "are", "been", "being", "which", "their", "there", "they", "them", "than", "then", "into", "onto", "over", "under", "about", "after", "before", "said", "will", "would", "could", "should", "also", "just", "only", "more", "most", "some", "such", "what", "when", "where", "who", "whom", "whose", "while", "very", "much", "many", "other", "others", "each", "every", "both", "either", "neither"]
)


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


_WORD = re.compile(r"\w+")


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
    notes = _Notes(b, annotations)
    ends = [p.end for p in b.passages]
    return tuple(_with_silence(c, ends, notes, anchor, a, b) for anchor, _, _, c in found)


_NUMBER = re.compile(r"\d[\d.,:/-]*\d|\d{2,}")
_STRIKE = re.compile(r"~~(?!~)[^\n]*?~~|<(s|del|strike)\b[^>]*>.*?</\1>", re.IGNORECASE | re.DOTALL)
_SECTION_NOTE = re.compile(
    r"\b(?:this|the\s+following|the\s+above|the\s+below)\s+(?:section|paragraph|part|passage|list|table|chapter|"
    r"sentence|example|code|snippet|heading)s?\b[^.\n]{0,60}?\b(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:\w+\s+)?(?:added|updated|changed|rewritten|revised|corrected|edited|amended|expanded|replaced|removed)\b"
    r"|\b(?:added|updated|changed|rewritten|revised|corrected)\s+(?:this|the\s+following)\s+(?:section|paragraph|part)\b",
    re.IGNORECASE,
)
"""A note that says what changed where it stands ("This section was added in 2019")."""


_REPORTS_CHANGE = re.compile(
    r"\b(?:no\s+longer|not\s+any\s+more|anymore|(?:has|have|had|was|were)\s+been\s+\w+ed|"
    r"to\s+(?:include|add|reflect|remove|clarify|correct|mention|note)|(?:added|removed|deleted|dropped|replaced|"
    r"withdrawn|retracted|corrected|clarified|rewritten|reworded|included))\b",
    re.IGNORECASE,
)
"""A note that reports a change of the text ("to include the provider's statement", "no longer
offering them here", "the paragraph has been removed")."""
_MOVED = re.compile(r"\b(?:moved|reordered|re-ordered|rearranged|re-arranged|relocated|swapped)\b", re.IGNORECASE)


def _sequence(text: str) -> list[str]:
    """Content words in order: what a phrase of two or more content words is made of."""
    return _content_words(_WORD.findall(text.lower()))


def _content_words(words: list[str]) -> list[str]:
    """The content words of ``words`` (lowercased word runs), in order."""
    return [w for w in words if len(w) >= 3 and w not in _STOP and not w.isdigit()]


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(words))


def _numbers(text: str) -> set[str]:
    return {n.strip(".,:/-") for n in _NUMBER.findall(text)}


class _Notes:
    """What the notes of a comparison name, for disclosure checks.

    A change is disclosed only when a note names it — a number or date of its old or new
    wording, or a phrase of two or more content words from it — or says what changed
    where it changed ("this section was added"), or the revised text shows it (struck
    through), or a general notice covers it ("This article has been updated"). Sharing a
    topic word is never disclosure: in an article about a city every note names the city.
    """

    def __init__(self, b: Document, annotations: tuple[Annotation, ...]) -> None:
        self.ids = [x.id for x in annotations]
        sequences = [_sequence(x.text) for x in annotations]
        self.general = tuple(x.id for x in annotations if general_notice(x.text))
        self.vocabulary = {w for x in annotations for w in _WORD.findall(x.text.lower())}
        self.by_word: dict[str, list[int]] = {}
        for n, seq in enumerate(sequences):
            for w in set(seq):
                self.by_word.setdefault(w, []).append(n)
        self.movers = [n for n, x in enumerate(annotations) if _MOVED.search(x.text)]
        self.reporting = [n for n, x in enumerate(annotations) if _REPORTS_CHANGE.search(x.text)]
        self.words = [set(seq) for seq in sequences]
        self.near = [set(range(min(x.paragraphs) - 1, max(x.paragraphs) + 2)) for x in annotations]
        self.by_number: dict[str, list[int]] = {}
        self.by_pair: dict[tuple[str, str], list[int]] = {}
        for n, x in enumerate(annotations):
            for w in _numbers(x.text):
                self.by_number.setdefault(w, []).append(n)
            for pr in _pairs(sequences[n]):
                self.by_pair.setdefault(pr, []).append(n)
        self.sections: dict[int, list[int]] = {}
        for n, x in enumerate(annotations):
            if _SECTION_NOTE.search(x.text):
                lo, hi = _section(b, x.paragraphs[0])
                for k in range(lo, hi):
                    self.sections.setdefault(k, []).append(n)
        self.strikes = [(m.start(), m.end()) for m in _STRIKE.finditer(b.text)] if ("~~" in b.text or "<" in b.text) else []

    def disclosure(self, c: Change, where: int | None) -> tuple[tuple[str, ...], str] | None:
        """``(ids of the notes that disclose c, how)``, or ``None`` when none does."""
        if c.revised is not None and self._struck(c.revised.start, c.revised.end):
            return (), "visible"
        old_words = _WORD.findall(c.original.text.lower()) if c.original else []
        new_words = _WORD.findall(c.revised.text.lower()) if c.revised else []
        if (
            (where is None or where not in self.sections) and (c.kind != "move" or not self.movers)
            and self.vocabulary.isdisjoint(old_words) and self.vocabulary.isdisjoint(new_words)
        ):
            # No note can name a change that shares no word with any note (the common case).
            return (self.general, "general") if self.general and c.kind != "move" else None
        found: set[int] = set()
        if c.kind == "move":
            # A move is disclosed only by a note that says something was moved.
            movers = [n for n in self.movers if where is not None and where in self.near[n]] or (
                [n for n in self.movers if self.ids[n] in self.general]
            )
            return (tuple(self.ids[n] for n in movers), "specific") if movers else None
        old_seq, new_seq = _content_words(old_words), _content_words(new_words)
        for seq, r in ((old_seq, c.original), (new_seq, c.revised)):
            if r is None:
                continue
            for w in _numbers(r.text):
                found.update(self.by_number.get(w, ()))
            counts: dict[int, int] = {}
            for pr in _pairs(seq):
                for n in self.by_pair.get(pr, ()):
                    counts[n] = counts.get(n, 0) + 1
            # A long passage shares a phrase with a note by chance more easily: ask for two.
            need = 1 if len(seq) <= 12 else 2
            found.update(n for n, k in counts.items() if k >= need)
        if old_seq and new_seq:
            # A correction naming both the old and the new wording ("misspelled Pryce as Price").
            only_old, only_new = set(old_seq) - set(new_seq), set(new_seq) - set(old_seq)
            if only_old and only_new and len(only_old) <= 3 and len(only_new) <= 3:
                olds = {n for w in only_old for n in self.by_word.get(w, ())}
                found.update(n for w in only_new for n in self.by_word.get(w, ()) if n in olds)
        if where is not None:
            found.update(self.sections.get(where, ()))
            # A note that reports a change, standing where the change is ("Windows binaries are
            # now provided officially, so I no longer offer them here" in place of the removed
            # download list), discloses it when it names one of its words.
            changed = set(old_seq) | set(new_seq)
            found.update(n for n in self.reporting if where in self.near[n] and not changed.isdisjoint(self.words[n]))
        if found:
            return tuple(self.ids[n] for n in sorted(found)), "specific"
        if self.general:
            return self.general, "general"
        return None

    def _struck(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies in (or right after) a struck-through span, or is
        the strike-through markup itself: the author shows this change."""
        if not self.strikes:
            return False
        k = bisect.bisect_right(self.strikes, (end, end))
        for s, e in self.strikes[max(0, k - 2) : k + 1]:
            if s <= start and end <= e:
                return True
            if e <= start <= e + 2 or (start < e and s < end):
                return True
        return False


_MARKUP_SYMBOLS = frozenset("`*_~#>|=+-<>^")


_LINK_MARKUP = re.compile(r"^[ ]{0,3}\[[^\]\n]{1,100}\]:[ \t]{0,8}\S{1,2000}(?:[ \t]{1,8}\S[^\n]{0,300})?$|\[\^[\w-]{1,40}\]", re.M)
"""Markdown link reference definitions and footnote references: addresses, not prose."""


def _content(text: str) -> str:
    """``text`` without spaces, Markdown markup and punctuation: what a reader reads."""
    return "".join(ch for ch in text if not (ch.isspace() or ch in _MARKUP_SYMBOLS or unicodedata.category(ch)[0] == "P"))


def _markup_only(text: str) -> bool:
    """True for text of punctuation, spaces and Markdown markup alone (no letter, digit or
    emoji outside a link definition or footnote reference)."""
    if "[" in text:
        text = _LINK_MARKUP.sub("", text)
    return all(ch.isspace() or ch in _MARKUP_SYMBOLS or unicodedata.category(ch)[0] == "P" for ch in text)


_DATE_WORDS = re.compile(
    r"(?:\W|\b(?:last|updated?|modified|published|posted|revised|edited|on|at|am|pm|a\.m|p\.m|"
    r"utc|gmt|bst|cest|cet|[ecmp][sd]t|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?|"
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


def _section(b: Document, k: int) -> tuple[int, int]:
    """Passage indices ``[lo, hi)`` of the section holding passage ``k``: from the heading
    above it to the next heading (Markdown), else the passage and its neighbours."""
    passages, text = b.passages, b.text
    if b.format != "markdown":
        return max(0, k - 1), min(len(passages), k + 2)
    lo = k
    while lo > 0 and not text.startswith("#", passages[lo].start):
        lo -= 1
    hi = k + 1
    while hi < len(passages) and not text.startswith("#", passages[hi].start):
        hi += 1
    return lo, hi


def _in_dateline_date(doc: Document, start: int, end: int) -> bool:
    """True when ``[start, end)`` lies inside a date of a dateline passage of ``doc``."""
    k = passage_index(doc.passages, start)
    if k >= len(doc.passages):
        return False
    p = doc.passages[k]
    line = doc.text[p.start : p.end]
    if not (p.start <= start and end <= p.end) or not is_dateline(line):
        return False
    return any(d.start <= start - p.start and end - p.start <= d.end for d in find_dates(line))


def _dateline_date(a: Document, b: Document, c: Change) -> bool:
    """True for an edit of a byline's date alone ("updated 7 March" → "updated 8 March"): the
    word diff keeps only the digits that changed, which are no date by themselves."""
    return (c.kind == "edit" and c.original is not None and c.revised is not None
            and _in_dateline_date(a, c.original.start, c.original.end)
            and _in_dateline_date(b, c.revised.start, c.revised.end))


def _with_silence(
    c: Change, ends: list[int], notes: _Notes, anchor: int, a: Document | None = None, b: Document | None = None
) -> Change:
    """``c``, no longer silent when a note discloses it (a deletion is placed at ``anchor``).
    ``ends`` are the revised passages' end offsets."""
    if c.kind in ("annotation", "frame"):
        return c
    if _markup_only((c.original.text if c.original else "") + (c.revised.text if c.revised else "")) or (
        c.kind == "edit" and c.original is not None and c.revised is not None
        and _content(c.original.text) == _content(c.revised.text)
    ):
        # Punctuation or markup alone ("---" → "- - -", "*word*" → "_word_"): not an undisclosed edit of content.
        return c._replace(silent=False)
    if c.kind != "move" and (_dates_only(c) or (a is not None and b is not None and _dateline_date(a, b, c))):
        # A byline's date moving on ("· Last modified on Wed 4 May 2022 09.10 BST"): the
        # document's update date, shown as a change but not an undisclosed edit.
        return c._replace(silent=False)
    if not notes.ids and not notes.strikes:
        return c  # nothing can disclose a change
    # The passage holding the change (or the next one), as ``segment.passage_index`` finds it.
    where = bisect.bisect_left(ends, c.revised.start if c.revised else anchor) if ends else None
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
