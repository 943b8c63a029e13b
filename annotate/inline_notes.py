"""Notes inside a paragraph, found by ``annotate.detect``'s scan of each passage: a bracketed
labelled note ("… [Editor's note: …] …"), a bracketed label heading its paragraph ("[UPDATE 5 July
2017] The council voted …"), a dated aside after struck text ("~~Registration form~~ (closed on
2017-09-29)"), and a note set in emphasis ("… **UPDATE1: The ability to compile …**").

They live apart from the scan's loop because they read inside a passage, at its brackets and
inline spans, where the loop reads passages whole.
"""

from __future__ import annotations

import bisect
import re

from annotate import label_forms as forms
from annotate.brackets import OPEN_TAG, match_bracket, openings, past_bracket, spaces, wrapped
from annotate.candidate import Candidate
from annotate.dates import find_dates
from annotate.extent import note_extent
from annotate.labels import LABEL_WORD, SECTION_ADDED, WEAK_WORDS
from annotate.model import Document
from annotate.openings import label_at
from annotate.status import STATUS

_HEADING_LINES = re.compile(r"(?:#{1,6}[ \t][^\n]{1,200}|[^\n]{1,200}\n[ \t]{0,3}(?:=+|-+)[ \t]*)\n")
"""A heading's line (ATX, or setext with its underline) opening a passage, before its text."""
_MARKERS = frozenset(["added", "updated", "edited", "revised", "amended", "corrected"])
"""Label words of a bracketed dated marker ("(Added 2016-02-07)", "(Updated 5 July)")."""
MAX_INLINE_CHARS = 4_000
"""A bracketed note inside a paragraph closes within this many characters (a bracket left open in a long passage, a one-paragraph file, never makes a note of the rest)."""
_OWN_SUBJECT = re.compile(
    r"(?i:this|these)[ \t]+(?i:project|plugin|package|library|module|repository|repo|tool|extension|app|application|site|website|page|document|"
    r"documentation|docs|guide|tutorial|api|sdk|crate|gem|service|blog|post|article|book|course|theme|template|fork|client|dataset|data[ \t]+set)s?\b"
    r"|(?i:este|esta|estos|ce|cette|ces|dieses|diese|dieser|questo|questa|deze|dit)\b|本|该|此|这个|この"
)
"""A state said of the page's own subject ("**Este proyecto está agendado …**"), not a product's ("**Node 12 is deprecated.**")."""
_STATE_TAG = re.compile(r"[\[(][ \t]?(CANCELL?ED|POSTPONED|RESCHEDULED|DEPRECATED|OBSOLETE|ARCHIVED|WITHDRAWN|SUPERSEDED|OUTDATED|UNMAINTAINED)[ \t]?[\])]")
"""A state in capitals in brackets closing a title or a line ("… (March 2020) [CANCELLED]", "## v1 API (DEPRECATED)")."""
LINK_TARGET = re.compile(r"\([^\s()]{1,2000}\)")
"""A Markdown link's address right after its text's closing bracket."""
_LABEL_THEN_COLON = re.compile(r"[*_]{1,3}:[ \t]{1,3}(?=\S)")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n]|$)")


def inline_notes(doc: Document, k: int) -> list[Candidate]:
    """Bracketed labelled notes inside passage ``k`` ("… [Editor's note: …] …")."""
    text = doc.text
    p = doc.passages[k]
    out: list[Candidate] = []
    pos = p.start
    code = _code_spans(doc, p.start, p.end) if doc.inline else []
    for o in openings(text, p.start, p.end):
        if o < pos or any(s <= o < e for s, e in code) or (text[o] == "[" and text[o - 1 : o] == "!"):
            continue  # inside a note already found, or inside code; or an image's text ("[![update](…/badge.svg)](…)")
        at = o + 1 + spaces(text, o + 1, p.end)
        if (struck := _dated_after_strike(doc, k, o)) is not None:
            out.append(struck)  # "~~registration form~~ (closed on 2017-09-29)": a dated aside where the text was struck
            pos = struck.end
            continue
        if text[at : at + 1].isdigit():
            continue  # "[1913 Webster]", "(3)": no label opens with a digit (a list number needs a line)
        if (tag := _STATE_TAG.match(text, o, p.end)) is not None and not text[tag.end() : p.end].strip(" \t*_.!#") and (
            k == 0 or (doc.structure and doc.structure[k].kind == "heading")
        ):  # (a title's state; not an issue list's "- Fix crash on start [CLOSED]")
            out.append(Candidate("inline", o, tag.end(), tag.group(1), None, (k,), False))  # "# Rebooting the Web of Trust X (March 2020) [CANCELLED]"
            pos = tag.end()
            continue
        label = label_at(text, at, p.end)
        if label is None:
            continue
        close = match_bracket(text, o, min(p.end, o + MAX_INLINE_CHARS))
        if close is not None and label[1] is None and names_a_thing(text, o, close):
            continue  # "* `u` (update)", "PUT (edit)": a label's noun alone in brackets names a thing (a marker says "(updated)")
        o0 = o - 1 if o > p.start and text[o - 1] == "\\" else o  # ("\\[editor's note: …]" escaped in Markdown)
        if close is None:
            if not out and (o0 == p.start or OPEN_TAG.fullmatch(text, p.start, o0)):
                # "<span …>[Updated on 2020-09-03: Updated the algorithm … pronounced.</span>":
                # a bracket left open by its writer, opening the paragraph, heads it
                return [Candidate("labelled", p.start, p.end, label[0], label[1], (k,), True)]
            continue
        if (o0 == p.start or not text[p.start : o0].strip("*_")) and (label[2] >= close or SECTION_ADDED.match(label[0]) is not None):
            # "[UPDATE 5 July 2017] The council voted…", "**[Update 11/8]**: Changed the post …": a
            # bracketed label opening the paragraph (in emphasis or not) heads a note that is the whole paragraph.
            return [Candidate("labelled", p.start, p.end, label[0], label[1], (k,), True)]
        if label[2] >= close and not out and _HEADING_LINES.fullmatch(text, p.start, o) is not None:
            # "CYGWIN\n------\n(Added 2016-02-07) Since the original publishing …": a dated
            # label opening a section's first line heads the section
            last = note_extent(doc, k)
            return [Candidate("labelled", p.start, doc.passages[last].end, label[0], label[1], tuple(range(k, last + 1)), True)]
        if label[2] >= close and label[1] is not None and not out and not text[close + 1 : p.end].strip(" \t.") and (
            label[0].lower() in _MARKERS
        ):
            # "… Please refer to the CYGWIN addendum. (Added 2016-02-07)": a dated marker
            # closing a paragraph marks the paragraph.
            return [Candidate("labelled", p.start, p.end, label[0], label[1], (k,), True)]
        s0, e0 = wrapped(text, o0, close + 1, p.start, p.end)
        if s0 == p.start and text[e0 : p.end].strip() == ".":
            e0 = p.end  # "[Editor's note: … the authors]." is the whole paragraph, its full stop included
        if text[close] == "]" and (target := LINK_TARGET.match(text, e0, p.end)) is not None:
            e0 = target.end()  # the note is a link's text, its address its own
        out.append(Candidate("inline", s0, e0, label[0], label[1], (k,), False))
        pos = past_bracket(text, o, close)
    out += _emphasised_inline(doc, k, out)
    return out + _label_after_strike(doc, k, out)


def _emphasised_inline(doc: Document, k: int, found: list[Candidate]) -> list[Candidate]:
    """Notes set in bold or italics inside a paragraph, opening with a label and its colon
    ("… on Redox OS. **UPDATE1: The ability to compile Redox ON Redox seems close at hand**"):
    the emphasis, its markers included."""
    text, p = doc.text, doc.passages[k]
    if not doc.inline or (text.find("*", p.start, p.end) < 0 and text.find("_", p.start, p.end) < 0):
        return []
    out: list[Candidate] = []
    # (spans come in order of their starts: what notes cover is one sorted list, bisected, never rescanned)
    taken = sorted((c.start, c.end) for c in found)
    at = _span_at(doc, p.start)
    while at < len(doc.inline) and doc.inline[at].start < p.end:
        span = doc.inline[at]
        at += 1
        if span.kind not in ("strong", "emphasis") or span.start - p.start < 3:
            continue
        j = bisect.bisect_right(taken, (span.start, len(text))) - 1
        if (j >= 0 and taken[j][0] <= span.start < taken[j][1]) or (out and out[-1].start <= span.start < out[-1].end):
            continue
        start = span.start  # (the emphasis markers are the note's)
        while start > p.start and text[start - 1] in "*_":
            start -= 1
        before = text[max(p.start, span.start - 6) : span.start].rstrip("*_ \t")
        if before[-1:] in (".", ":", ";", "!", "?", "") and (alone := _LABEL_THEN_COLON.match(text, span.end, min(p.end, span.end + 10))) is not None and (
            word := LABEL_WORD.fullmatch(text, span.start, span.end)
        ) is not None and (stop := _SENTENCE_END.search(text, alone.end(), min(p.end, alone.end() + 400))) is not None:
            # "… for building Wallaroo: **edit**: the link has gone invalid and has been removed. If …":
            # a label alone in emphasis, its colon after it, heads a note to the end of its sentence
            out.append(Candidate("inline", start, stop.end(), word.group(0), None, (k,), False))
            continue
        if span.end - span.start < 12:
            continue
        end = span.end  # (past the emphasis's closing markers)
        while end < p.end and text[end] in "*_":
            end += 1
        if _after_strike(doc, at - 1, start):
            # "~~it fails when connecting.~~ **This now works, with nothing to install!**": the
            # struck words' correction, set in emphasis beside them, is the writer's note
            aside = end + spaces(text, end, p.end)
            if text.startswith("(", aside) and (shut := match_bracket(text, aside, p.end)) is not None and not text[shut + 1 : p.end].strip(" \t."):
                end = shut + 1  # ("… **This now works!** ([See this for the old workaround.](…))": its aside)
            out.append(Candidate("inline", start, end, None, None, (k,), False))
            continue
        if span.kind == "strong" and not text[end : p.end].strip(" \t.!") and before[-1:] in (".", "!", "?", ")") and own_state(text, span.start, span.end):
            out.append(Candidate("inline", start, end, None, None, (k,), False))  # "… Tiempo. **Este proyecto está agendado para su discontinuación**"
            continue  # (a page's state in bold closing its paragraph)
        label = label_at(text, span.start, span.end)
        if label is None or text[label[2] - 1 : label[2]] != ":" or (doc.structure and doc.structure[k].kind == "table" and label[0].lower() in WEAK_WORDS):
            continue  # (not a table's "*Notes: …*" in a cell: a requirement's own note)
        out.append(Candidate("inline", start, end, label[0], label[1], (k,), False))
    return out


def own_state(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells a page's state (``status.STATUS``) of the page's own subject
    ("This plugin is now deprecated", "**Este proyecto está agendado …**"), not of a product ("Node 12
    is deprecated")."""
    lead = start + len(text[start:end]) - len(text[start:end].lstrip("*_> \t"))
    return STATUS.match(text, start, end) is not None and _OWN_SUBJECT.match(text, lead, end) is not None


def names_a_thing(text: str, o: int, close: int) -> bool:
    """Whether the round brackets ``text[o:close + 1]`` hold a label's noun alone as a name's gloss,
    after what it names and before the sentence goes on ("* `u` (update)", "PATCH (update) to change",
    "create, read, (update) and delete"); not a marker ("The ferry runs daily. (Correction) It leaves
    at 9", "*(Update)* It now skips Sundays", "… the bridge. [Update]")."""
    if text[o] != "(" or text[o + 1 : close].strip(" \t").lower() not in forms.NOUN_LABELS:
        return False
    before = text[max(0, o - 3) : o].rstrip(" \t")
    after = text[close + 1 : close + 4].lstrip(" \t")
    return (before[-1:].isalnum() or before[-1:] in ("`", ",")) and (after[:1] in ("", "\n", ",", ";", ":", ")") or after[:1].islower())


def _dated_after_strike(doc: Document, k: int, o: int) -> Candidate | None:
    """The aside in brackets opening at ``o`` right after struck-through text, when it holds a day's
    date ("~~Registration form~~ (closed on 2017-09-29)", "~~応募フォーム~~ (2017/9/29(金)を持ちまして
    応募は締め切らせていただきました)"): the writer's later word on what is struck."""
    lo, hi = _span_at(doc, doc.passages[k].start), _span_at(doc, o)  # (the passage's spans before ``o``)
    if not any(s.kind == "strike" and 0 <= o - s.end <= 3 and not doc.text[s.end : o].strip(" \t~") for s in doc.inline[lo:hi]):
        return None
    close = match_bracket(doc.text, o, min(doc.passages[k].end, o + MAX_INLINE_CHARS))
    said = [d for d in find_dates(doc.text, o + 1, close) if d.precision == "day"] if close is not None else []
    if close is None or not said:
        return None
    return Candidate("bracketed", o, close + 1, None, said[0], (k,), False)


_STRUCK_LABEL = re.compile(
    r"[ \t]{0,3}[*_]{0,2}(?P<word>UPDATED|Updated|UPDATE|Update|EDIT|Edit|EDITED|Edited|CORRECTED|Corrected|CORRECTION|Correction)[*_]{0,2}[ \t]{0,2}:[*_]{0,2}[ \t]{0,2}(?=\S)"
)
"""An update's label right after struck-through text, its colon after it ("~~January 30th, 2024~~ UPDATED:
February 15th, 2024"): the old value shown struck, the new one labelled (a value: six words at most)."""


def _label_after_strike(doc: Document, k: int, found: list[Candidate]) -> list[Candidate]:
    """Notes written as struck text and a labelled new value after it, to the line's end (the
    new value is the text's, so the note has no day of its own)."""
    text, p = doc.text, doc.passages[k]
    if not doc.inline or (text.find("~~", p.start, p.end) < 0 and doc.format != "html"):
        return []
    out: list[Candidate] = []
    spans = doc.inline[_span_at(doc, p.start) : _span_at(doc, p.end)]
    for j, span in enumerate(spans):
        if span.kind != "strike":
            continue
        start = spans[j - 1].start if j > 0 and spans[j - 1].kind == "markup" and spans[j - 1].end == span.start else span.start
        end = spans[j + 1].end if j + 1 < len(spans) and spans[j + 1].kind == "markup" and spans[j + 1].start == span.end else span.end
        m = _STRUCK_LABEL.match(text, end, min(p.end, end + 40))
        if m is None:
            continue
        eol = text.find("\n", end, min(p.end, end + 200))
        eol = min(p.end, end + 200) if eol < 0 else eol  # (a value closes its line soon: no long line is read to its end)
        if any(c.start <= start < c.end or end <= c.start < eol for c in found) or len(text[m.end() : eol].split()) > 6:
            continue  # (a sentence after the label is the note, found as one: "~~this Friday~~ **Update**: we've decided to …")
        out.append(Candidate("inline", start, min(eol, p.end), m.group("word"), None, (k,), False))
    return out


def _after_strike(doc: Document, at: int, start: int) -> bool:
    """Whether the inline span ``doc.inline[at]``, its markers from ``start``, follows struck-through
    text with nothing but spaces between ("~~old~~ **new**")."""
    j = at - 1
    while j >= 0 and doc.inline[j].kind == "markup":
        j -= 1
    if j < 0 or doc.inline[j].kind != "strike":
        return False
    return not doc.text[doc.inline[j].end : start].strip(" \t~")


def _span_at(doc: Document, pos: int) -> int:
    """The index of the first of ``doc.inline`` (sorted by start) that starts at ``pos`` or after."""
    return bisect.bisect_left(doc.inline, pos, key=lambda s: s.start)


def _code_spans(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Inline code spans of ``doc`` that start in ``[start, end)`` (``doc.inline`` is sorted by start)."""
    k = _span_at(doc, start)
    out: list[tuple[int, int]] = []
    while k < len(doc.inline) and doc.inline[k].start < end:
        if doc.inline[k].kind == "code":
            out.append((doc.inline[k].start, doc.inline[k].end))
        k += 1
    return out
