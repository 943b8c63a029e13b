"""Where a note says a change happened: the section around a note, and the sections whose
heading a note names.

Why a module of its own: ``annotate.disclosure`` decides whether a note names a change; finding
the place a note speaks of (a section by its heading's words or its anchor, as Markdown sites
write anchors) is a separate reading of the revised document's structure.
"""

from __future__ import annotations

import re
from collections import Counter

from annotate.model import Annotation, Change, Document, Range
from annotate.naming import sequence, stem
from annotate.read.dateline import at_page_edge
from annotate.segment import CJK, passage_index


def section_of(b: Document, k: int) -> tuple[int, int]:
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


_ANCHOR_LINK = re.compile(r"\]\(#([\w-]{1,120})\)")
"""A link to a place in the page ("[SARSA](#sarsa-on-policy-td-control)")."""
_SLUG_DROP = re.compile(r"[^\w\- ]")


def anchors(text: str) -> set[str]:
    """The places in the page that ``text`` links to (their anchors)."""
    return set(_ANCHOR_LINK.findall(text)) if "](#" in text else set()


def slug(heading: str) -> str:
    """The anchor Markdown sites give a heading ("### SARSA: On-Policy TD control" →
    "sarsa-on-policy-td-control", as kramdown and GitHub write it)."""
    return _SLUG_DROP.sub("", heading.lstrip("#").strip().lower()).replace(" ", "-")


def _titled(b: Document, start: int, end: int) -> bool:
    """Whether the heading ``b.text[start:end]`` says the document's title (a project page's
    "Offline" under its banner's "Offline"): the page itself, no section of it."""
    return b.title is not None and " ".join(b.text[start:end].strip(" \t#=*_").split()).lower() == " ".join(b.title.split()).lower()


def named_sections(
    b: Document, reporting: list[tuple[int, set[str], set[str]]], own: dict[int, tuple[int, ...]] | None = None
) -> list[tuple[int, int, int]]:
    """``(lo, hi, n)``: passages ``[lo, hi)`` form a section whose heading note ``n`` names.

    A note that reports a change and names a section by its heading ("We missed a few
    changes in our initial post and changelog" over a "Changelog" section; "We updated the
    details of the project meeting" over "Flux Project Meeting") says where it changed: the
    note holds the heading's one content word, or two of its content words (``names_title``). Any
    note that links to the heading's anchor names it ("Updated the algorithm of
    [SARSA](#sarsa-on-policy-td-control)", "LISP languages [do offer something
    similar](#learn-more)"): ``reporting`` holds those notes with no words.
    Markdown and HTML (headings are known); a heading with no other at its level or above (the
    title) does not say where, nor a heading inside the note itself (``own``: each note's passages).
    """
    own = own or {}
    if not reporting or not b.structure:
        return []
    out: list[tuple[int, int, int]] = []
    heads = [(k, st.level) for k, st in enumerate(b.structure) if st.kind == "heading"]
    count = Counter(min(lv, 7) for _, lv in heads)  # (headings of each level)
    at_most = [sum(count[lv] for lv in range(level + 1)) for level in range(8)]  # (headings of each level or higher)
    ends: list[int] = []
    upcoming = [len(b.passages)] * 8  # (the next heading of each level, from the end back)
    for k, level in reversed(heads):
        ends.append(min(upcoming[: level + 1]))
        upcoming[min(level, 7)] = k
    ends.reverse()
    for (k, level), hi in zip(heads, ends, strict=True):
        p = b.passages[k]
        if at_most[min(level, 7)] < 2 or (2 * (hi - k) > len(b.passages) and (count[min(level, 7)] == 1 or _titled(b, p.start, p.end))):
            continue  # (the title, or a page's only heading of its level over most of it: "Charter (Historical)"; the page's title again, "Offline")
        words = set(sequence(b.text[p.start : p.end]))
        at = slug(b.text[p.start : p.end]) if any(linked for _, _, linked in reporting) else ""
        # (never the heading a note opens with: "## Update 5 May 2021" names no section of the old text)
        stems = _title_stems(words)
        out.extend(
            (k, hi, n) for n, named, linked in reporting
            if (names_title(words, named) or (stems and names_title(stems, {stem(w) for w in named})) or at in linked) and k not in own.get(n, ())
        )
    parts = _parts(len(b.passages), [k for k, _ in heads])
    out.extend((lo, hi, n) for n, named, _ in reporting for words, (lo, hi) in parts if named & words)
    return out


_CHANGE_STEMS = frozenset(["updat", "chang", "correct", "revis", "amend", "remov", "delet", "note", "edit", "fix", "add"])
"""Stems of the words a note reports a change with: a heading holding one ("## Changes") is not
named by a note saying "changed"."""


def _title_stems(words: set[str]) -> set[str]:
    """A heading's words as stems, when each is long enough to name it in another form
    ("## Configuring" named by "clarified the configuration section"), else none."""
    stems = {stem(w) for w in words}
    return stems if all(len(x) >= 5 and x not in _CHANGE_STEMS for x in stems) else set()


_OPENING_PART = frozenset(["introduction", "intro", "lede"])
_CLOSING_PART = frozenset(["conclusion", "conclusions", "outro", "epilogue"])


def _parts(n: int, heads: list[int]) -> list[tuple[frozenset[str], tuple[int, int]]]:
    """The parts of a page of ``n`` passages (``heads``: its headings' passages) that a note
    reporting a change names by what they are, not by a heading, with the words that name
    them ("I reworded the introduction": the passages between the title and the first
    section's heading; "rewrote the conclusion": the last section, or the last passage when
    the page has no headings below its title). Markdown and HTML (headings are known)."""
    inner = [k for k in heads if k > 0]  # (a heading opening the page is its title)
    lo = 1 if heads and heads[0] == 0 else 0
    parts = [(_OPENING_PART, (lo, inner[0] if inner else min(n, lo + 1))), (_CLOSING_PART, (inner[-1], n) if inner else (max(0, n - 1), n))]
    return [(words, (a, z)) for words, (a, z) in parts if a < z]


def names_title(title: set[str], note: set[str]) -> bool:
    """True when a note's words name a heading or field by ``title``'s content words: every
    word of a one-word title, two of a longer one."""
    need = min(2, len(title))
    return need > 0 and len(title & note) >= need


_ABOUT = re.compile(r"\babove\s+(?:about|on|regarding|concerning)\s+(?:(?:the|a|an|our|this|these|its)\s+)?([\w.-]{2,40})", re.IGNORECASE)
"""What the text above a notice of its edits is about ("the text above about MuSig2")."""


def text_above(b: Document, note: Annotation) -> tuple[int, int, str | None]:
    """Where "the text above" a notice of its edits is ("some of the text above about MuSig2
    was updated"): ``(start of the note's section, the note's first passage, what that text is
    about)``."""
    about = _ABOUT.search(note.text)
    return section_of(b, note.paragraphs[0])[0], note.paragraphs[0], about.group(1).lower() if about else None


def covers_above(b: Document, above: tuple[int, int, str | None], where: int) -> bool:
    """Whether passage ``where`` is in the text ``above`` a notice covers: before the note, in
    its section, or, when the note says what that text is about, in a section that names it."""
    lo, first, about = above
    if where >= first:
        return False
    if about is None:
        return where >= lo
    s, e = section_of(b, where)
    return about in b.text[b.passages[s].start : b.passages[e - 1].end].lower()


_FIELD_LABEL = re.compile(r"[ \t>*_#-]{0,6}([A-Za-z]{2,20}(?: [A-Za-z]{1,20}){0,2})[*_]{0,2}:[*_]{0,2}(?:[ \t]|$)", re.MULTILINE)
"""A line that opens with a field's name of one to three words ("Upgrade path: …",
"**Severity:** Low", "Versions Affected:")."""


def field_words(text: str, at: int) -> set[str] | None:
    """The stems of the name of the field whose line holds offset ``at`` ("Severity: …"), or
    whose name stands on a line of its own up to three lines above ("Description:\n\nAndroid
    applications …"); ``None`` when no field holds it."""
    if at < 0:
        return None
    line = text.rfind("\n", max(0, at - 2000), at) + 1
    if line == 0 and at > 2000:
        return None  # (deep in a long line: no field's name opens it within reach)
    m = _FIELD_LABEL.match(text, line, min(len(text), line + 60))
    back = 0
    while m is None and back < 3 and line > 0:
        prev = text.rfind("\n", max(0, line - 2000), line - 1)
        if prev < 0 and line > 2000:
            break  # (a line longer than any field's)
        line, back = prev + 1, back + 1
        m = _FIELD_LABEL.match(text, line, min(len(text), line + 60))
        eol = text.find("\n", m.end()) if m is not None else -1
        if m is not None and text[m.end() : len(text) if eol < 0 else eol].strip():
            m = None  # (a line above that goes on after its colon is no heading for this one)
    return {stem(w) for w in sequence(m.group(1))} if m is not None else None


_CJK_RUN = re.compile(f"[{CJK}]{{2}}")
"""Two Chinese, Japanese or Korean characters: a heading written without spaces between words."""


def cjk_titled(c: Change, notes: list[str]) -> set[int]:
    """The notes (by index in ``notes``, their texts) writing the Chinese, Japanese or Korean
    heading of a section ``c`` added, removed or moved whole: those languages write no spaces,
    so "問い合わせ先を追記" ("added the contact") names "## 問い合わせ先" with no word apart."""
    out: set[int] = set()
    for r in (c.original, c.revised):
        if r is not None and r.text.startswith(("#", "==")):
            title = r.text.split("\n", 1)[0].strip("#= \t")
            if len(title) >= 3 and _CJK_RUN.search(title):
                out.update(n for n, x in enumerate(notes) if title in x)
    return out


def in_code(b: Document, where: int | None) -> bool:
    """Whether passage ``where`` of ``b`` is a code block (inline code in prose is not an example)."""
    return where is not None and b.structure is not None and where < len(b.structure) and b.structure[where].kind == "code"


_FENCE_OPEN = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})")


def fence_info(doc: Document | None, r: Range | None) -> bool:
    """Whether ``r`` lies in a code fence's info string after its backticks ("```lisp" →
    "```elisp"): the language a highlighter is told, no text a reader reads."""
    if doc is None or r is None or doc.format != "markdown":
        return False
    line = doc.text.rfind("\n", 0, r.start) + 1
    fence = _FENCE_OPEN.match(doc.text, line)
    return fence is not None and fence.end() <= r.start and "\n" not in doc.text[r.start : r.end]


def inner_heading(doc: Document | None, r: Range | None) -> bool:
    """Whether ``r`` is a heading inside ``doc``, away from its top and foot ("## 15/09/2022" over
    a log's entry): a day there is the entry's, not the document's own date."""
    if doc is None or r is None or not r.text.lstrip().startswith("#"):
        return False
    return not at_page_edge(passage_index(doc.passages, r.start), len(doc.passages))
