"""Labelled notes put into a passage that was there before: where the inserted words start and stop.

Why a module of its own: the diff of an old passage that gained a note ("Update (6 July 2017): …"
put in front of it or inside it, "> Uwaga: Atom został wycofany …" a quoted line among quoted lines)
gives an insertion whose edges are the diff's, not the note's: it may take the stop of the sentence
before, the next list item's or quoted line's mark, the close of struck words. ``labelled_insert``
moves the edges to the note's own and reads its label; ``annotate.confirm`` asks it for each
insertion.
"""

from __future__ import annotations

import re

from annotate.candidate import Candidate
from annotate.labels import UPDATE_LABEL
from annotate.model import Document, Opcode
from annotate.openings import addressed_note, label_at
from annotate.segment import passage_index, trim


def labelled_insert(b: Document, op: Opcode) -> Candidate | None:
    """Inserted text that opens with a label ("Update (6 July 2017): …") put in front of, or inside,
    an existing passage: a labelled note up to the end of the insertion. Also new text opening with a
    label that replaced the end of a passage ("(binaries are not done yet)" → "Update 07/12:
    binaries are now available."): the note took the stale words' place, a change of their own."""
    if op.tag not in ("insert", "replace"):
        return None
    s, e = trim(b.text, op.b_start, op.b_end)
    if op.tag == "replace" and (
        s >= e or b.text[s] in "[(" or _MORE.search(b.text, e, _passage_end(b, s)) is not None
        or not _SENTENCE_START.search(b.text, max(0, s - 8), s)
    ):
        return None  # (a bracketed replacement is read by its brackets; "choose File." → "choose Edit: Preferences." is an edit)
    if (opener := _OPENING_MARK.search(b.text, max(s, e - 8), e)) is not None:
        e = opener.start()  # "… applicants.\n~" over "~old sentence~": the mark opens the struck text after it
    if (marker := _NEXT_ITEM.search(b.text, max(s, e - 12), e)) is not None and _ITEM_BEFORE.fullmatch(b.text, b.text.rfind("\n", 0, s) + 1, s):
        e = marker.start()  # "- April 2023 update: …\n- Python 3.10 has …": the diff took the old item's marker as the new one's
    if b.text[s : s + 1] in ".!?" and (stop := _STOP.match(b.text, s, e)) is not None:
        s = stop.end()  # ". It was updated in July 2019 to cover …": the stop ends the old sentence (or its quoted line)
    if (quoted := _NEXT_QUOTE.search(b.text, max(s, e - 12), e)) is not None and _QUOTE_BEFORE.fullmatch(b.text, b.text.rfind("\n", 0, s) + 1, s):
        e = quoted.start()  # "> Uwaga: Atom został wycofany …\n> " (tldr-pages): the next quoted line's mark is not the note's
    if (broken := _LINE_BREAK.match(b.text, s, e)) is not None:
        s = broken.end()  # "<br>\n**EDIT(2018-11-22):** …": the line break put before the note is markup
    if s > 0 and not b.text[s - 1].isspace() and (closing := _CLOSING_MARK.match(b.text, s, e)) is not None:
        s = closing.end()  # "size.~~ Update 2021-12-09: …": the struck text's close and stop are not the note's
    label = label_at(b.text, s, e) if s < e else None
    if label is None and (struck := _STRUCK_THEN.search(b.text, s, min(e, s + 120))) is not None and b.text.count("~~", b.text.rfind("\n\n", 0, s) + 1, struck.start()) % 2:
        s, label = struck.end(), label_at(b.text, struck.end(), e)  # ("this Friday~~" → "this Friday, the 20th of July~~ **Update**: …": struck words grew)
    if label is None:
        return None
    k = passage_index(b.passages, s)
    if label[2] >= e and k < len(b.passages) and _LEAD_SLOT.fullmatch(b.text, b.passages[k].start, s) and UPDATE_LABEL.fullmatch(label[0]):
        return Candidate("labelled", s, e, label[0], label[1], (k,), False)  # "UPDATE: " put before an old paragraph or title: it marks it updated
    if label[2] >= e or addressed_note(b.text, label):
        return None  # (a "Note that …" sentence put into a paragraph is the author's)
    if b.text[e - 1].isalnum():
        e = with_stop(b.text, e, b.passages[k].end if k < len(b.passages) else e + 1)  # (its full stop, kept by the diff as old)
    if _QUOTE_BEFORE.fullmatch(b.text, line := b.text.rfind("\n", 0, s) + 1, s):
        s = line  # (a note on a quoted line of its own: its quote mark is its, as a quoted note's is)
    return Candidate("labelled", s, e, label[0], label[1], (k,), False)


_NEXT_ITEM = re.compile(r"[ \t]*\n[ \t]{0,8}(?:[-*+]|\d{1,3}[.)])[ \t]*$")
"""A list item's marker closing an insertion: the next item's, the insertion a new item before it."""
_ITEM_BEFORE = re.compile(r"[ \t]{0,8}(?:[-*+]|\d{1,3}[.)])[ \t]+")
"""A list item's marker alone before an insertion on its line."""
_LEAD_SLOT = re.compile(r"(?:#{1,6}[ \t]+|[*_]{1,3}|>[ \t]?)?")
"""What may stand before a label put at a passage's start: a heading's marks, emphasis, a quote's."""
_STOP = re.compile(r"[.!?](?:[ \t]{1,3}|[ \t]*\n[ \t]{0,3}>[ \t]?)(?=[A-Z])")
_NEXT_QUOTE = re.compile(r"[ \t]*\n[ \t]{0,3}>[ \t]?$")
"""A quoted line's mark closing an insertion: the next line's, the insertion a quoted line of its own."""
_QUOTE_BEFORE = re.compile(r"[ \t]{0,3}>[ \t]?")
"""A quote's mark alone before an insertion on its line."""
_LINE_BREAK = re.compile(r"<br\s{0,2}/?>\s{0,8}", re.IGNORECASE)
_STRUCK_THEN = re.compile(r"~~[ \t]+(?=[*_]{0,3}[A-Z\[(])")
_CLOSING_MARK = re.compile(r"[.!?]?(?:~~|\*\*|__|[*_~])[.!?]?[ \t\n]+")
"""Emphasis or strike-through closing (and a full stop) at an insertion's start, before a label."""
_OPENING_MARK = re.compile(r"\s+~~?$")
"""A strike-through mark ending an insertion after a space: it opens the struck text after it."""


_SENTENCE_START = re.compile(r"(?:^|\n|[.!?)][ \t]{1,4}|>[ \t]{0,4})$")
"""What stands before a sentence's start: a paragraph's start, a stop, a closing tag ("</b>", "<br>")."""
_MORE = re.compile(r"[^ \t\n.]")
"""Text after a replacement: it does not end its passage."""


def _passage_end(b: Document, at: int) -> int:
    k = passage_index(b.passages, at)
    return b.passages[k].end if k < len(b.passages) else len(b.text)


def with_stop(text: str, end: int, limit: int) -> int:
    """``end`` past the full stop right after it, when the stop closes its sentence before ``limit``."""
    limit = min(limit, len(text))  # (a bracket closing the text: nothing after it)
    return end + 1 if end < limit and text[end] == "." and (end + 1 == limit or text[end + 1].isspace()) else end
