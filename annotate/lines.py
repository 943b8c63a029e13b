"""Which lines of a plain-text block make one passage: text laid out one paragraph per line,
AsciiDoc's list continuations and delimited blocks, a section title over a directive.

Why this exists: blank lines split a plain-text file into blocks (``segment.paragraph_spans``),
but a block is not always one paragraph. Web extractions and transcripts write a paragraph per
line; AsciiDoc joins blocks with "+" lines and fences boxes with "===="; reStructuredText puts
a directive right under a title. ``annotate.read`` asks this module how to cut each block.
"""

from __future__ import annotations

import re

from annotate.segment import add_trimmed as _add_trimmed

_LINE_END = frozenset(".!?:;\"'\u201d\u2019)]\u2026")


def line_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each block laid out one paragraph per line split into its lines.

    Text exported from the web, transcripts and minutes often put each paragraph on one
    line with single newlines between them; wrapped text breaks lines mid-sentence. A
    block is taken as one paragraph per line when most of its lines end a sentence and
    they are long (or some are longer than any wrapping would leave them); otherwise its
    lines stay joined. Decided block by block, so a file may mix both layouts.

    >>> from annotate.segment import paragraph_spans
    >>> t = "The first paragraph stands on a line of its own.\\nThe second one, too, is written on one line.\\n\\nwrapped text that\\nbreaks mid-sentence"
    >>> [t[s:e] for s, e in line_paragraphs(t, paragraph_spans(t))]
    ['The first paragraph stands on a line of its own.', 'The second one, too, is written on one line.', 'wrapped text that\\nbreaks mid-sentence']
    """
    out: list[tuple[int, int]] = []
    several = len(spans) >= _SEMBR_BLOCKS  # (a text in blank-line paragraphs: its short blocks of sentences are paragraphs)
    for s, e in _fenced(text, _titled(text, _continued(text, spans))):
        if text.find("\n", s, e) < 0 or delimited(text, s, e):
            out.append((s, e))  # (a line, or an AsciiDoc block: "[CAUTION]\n====\n…\n====")
            continue
        lines: list[tuple[int, int]] = []
        pos = s
        while pos < e:
            nl = text.find("\n", pos, e)
            stop = e if nl < 0 else nl
            _add_trimmed(text, pos, stop, lines)
            pos = stop + 1
        if _one_per_line(text, lines) and not (several and _sentence_lines(text, lines)):
            out.extend(lines)
        else:
            out.append((s, e))
    return out


def _continued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` split at AsciiDoc list continuations: a line holding only ``+`` joins the
    block below it to a list item ("run the tool.\\n+\\nNOTE: From version 1.16.0 …") — a
    block of its own, the ``+`` itself markup of no passage.

    >>> t = "* Restart the masters.\\n+\\nNOTE: From 1.16.0 a tool does it.\\n+\\n* Next step."
    >>> [t[s:e] for s, e in _continued(t, [(0, len(t))])]
    ['* Restart the masters.', 'NOTE: From 1.16.0 a tool does it.', '* Next step.']
    """
    if not any(text.find("\n+", s, e) >= 0 for s, e in spans):
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        pos = s
        for m in _CONTINUATION.finditer(text, s, e):
            _add_trimmed(text, pos, m.start(), out)
            pos = m.end()
        _add_trimmed(text, pos, e, out)
    return out


DELIMITED = re.compile(r"(?:\[[A-Za-z][^\]\n]{0,60}\]\n)?(?P<fence>={4,8}|-{4,8}|\*{4,8}|_{4,8})[ \t]*\n")
"""An AsciiDoc delimited block (its style line, "[CAUTION]", above the fence): one passage
(``delimited``)."""


def delimited(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an AsciiDoc delimited block, its fence closing it
    ("[CAUTION]\n====\n…\n===="): a box, not a heading underlined with "="."""
    m = DELIMITED.match(text, start, end)
    return m is not None and text[start:end].rstrip().endswith("\n" + m.group("fence"))


_FENCE_OPEN = re.compile(r"(?:(?:\[[A-Za-z][^\]\n]{0,60}\]|\.[A-Za-z][^\n]{0,80})\n){0,2}(-{4,8}|={4,8}|\*{4,8}|_{4,8}|\.{4,8})[ \t]*\n")
_FENCED_BLOCKS = 40
"""Most blank-line blocks one AsciiDoc delimited block spans (its title and role may stand above its fence:
".Correction\n****\n…")."""


def _fenced(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with an AsciiDoc delimited block that holds blank lines joined into one: a
    block opening with its fence ("----\\nWyoming  3 EC: …") up to the block that closes with
    the same fence ("TOTAL  270 EC: …\\n----"), a listing, an example, a sidebar — one passage,
    as a block without blank lines is (``delimited``).

    >>> t = "Intro:\\n\\n----\\na = 1\\n\\nb = 2\\n----\\n\\nAfter."
    >>> from annotate.segment import paragraph_spans
    >>> [t[s:e] for s, e in _fenced(t, paragraph_spans(t))]
    ['Intro:', '----\\na = 1\\n\\nb = 2\\n----', 'After.']
    """
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        s, e = spans[k]
        m = _FENCE_OPEN.match(text, s, e)
        last = k
        if m is not None and not delimited(text, s, e):
            closing = "\n" + m.group(1)
            for j in range(k + 1, min(len(spans), k + _FENCED_BLOCKS)):
                if _FENCE_OPEN.match(text, spans[j][0], spans[j][1]) is not None and not delimited(text, *spans[j]):
                    break  # (another block opens first: no closing fence for this one)
                if text[spans[j][0] : spans[j][1]].rstrip(" \t").endswith(closing):
                    last = j
                    break
        out.append((s, spans[last][1]))
        k = last + 1
    return out


TITLE = re.compile(r"[^\n]{1,200}\n([=\-~^*+#`'\".:_])\1{2,200}[ \t]*")
"""A section title underlined (reStructuredText, setext): "CYGWIN\n------"."""


def _titled(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a section's underlined title split from a reStructuredText directive
    written right under it ("bbFreeze\n~~~~~~~~\n.. warning:: …"): the title is a passage of
    its own, the directive (a box) another. (A title over its prose stays one passage with it:
    "CYGWIN\n------\n(Added 2016-02-07) Since …" is one note.)"""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = TITLE.match(text, s, e)
        if m is not None and text.startswith("\n..", m.end()) and not delimited(text, s, e):
            _add_trimmed(text, s, m.end(), out)
            _add_trimmed(text, m.end(), e, out)
        else:
            out.append((s, e))
    return out


_CONTINUATION = re.compile(r"\n[ \t]{0,8}\+[ \t]{0,8}(?=\n|$)")
"""A line holding only ``+``: AsciiDoc's list continuation."""


def _one_per_line(text: str, lines: list[tuple[int, int]]) -> bool:
    n = len(lines)
    if n < 2:
        return False
    # A line followed by one that opens in lower case goes on mid-sentence: wrapped text.
    continued = sum(1 for k in range(n - 1) if text[lines[k + 1][0]].islower())
    if continued and continued >= 0.25 * (n - 1):
        return False
    ends = sum(1 for _, e in lines if text[e - 1] in _LINE_END)
    lengths = [e - s for s, e in lines]
    long = sum(1 for k in lengths if k > 160)
    mean = sum(lengths) / n
    return (ends >= 0.6 * n and (mean >= 40 or long > 0)) or long >= 0.5 * n


_SEMBR_BLOCKS = 3
"""Blank-line blocks a text needs before its short blocks of one sentence per line read as paragraphs."""
_SEMBR_LINES = 6
"""At most this many lines in a paragraph written one sentence per line."""
_INNER_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]?[ \t]+[A-Z]")
"""A sentence ending inside a line, another opening after it."""


def _sentence_lines(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a short block holds one sentence per line, none ending inside a line: "semantic
    line breaks", as AsciiDoc and reStructuredText writers lay out a paragraph ("*UPDATE:* We
    have migrated …\nIf you wish to …"). A paragraph per line holds sentences that end inside it."""
    return len(lines) <= _SEMBR_LINES and all(_INNER_END.search(text, s, e) is None for s, e in lines)
