"""Markdown blocks and title, read from the source as its author wrote it.

Why this exists: a Markdown file's passages are its blocks (headings, list items, fenced
code kept whole), not only its blank-line paragraphs.
"""

from __future__ import annotations

import re

from annotate.segment import paragraph_spans  # noqa: F401  (used by the doctests)

_MD_BLOCK_START = re.compile(r"\n(?=[ ]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]))")
_MD_FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~)", re.MULTILINE)


def markdown_blocks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Markdown blocks: blank-line paragraphs, split before headings and list items, with
    fenced code blocks kept whole even across blank lines.

    >>> t = "# Title\\nIntro line.\\n\\n- one\\n- two\\n\\n```\\ncode\\n\\nmore\\n```"
    >>> [t[s:e] for s, e in markdown_blocks(t, paragraph_spans(t))]
    ['# Title', 'Intro line.', '- one', '- two', '```\\ncode\\n\\nmore\\n```']
    """
    merged: list[tuple[int, int]] = []
    open_fence = False
    for s, e in spans:
        if open_fence:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
        if len(_MD_FENCE.findall(text, s, e)) % 2:
            open_fence = not open_fence
    out: list[tuple[int, int]] = []
    for s, e in merged:
        if _MD_FENCE.match(text, s):
            out.append((s, e))
            continue
        pos = s
        for m in _MD_BLOCK_START.finditer(text, s, e):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, e))
    # A heading line followed by text in the same paragraph is its own block too.
    final: list[tuple[int, int]] = []
    for s, e in out:
        nl = text.find("\n", s, e)
        if nl > 0 and re.match(r"[ ]{0,3}#{1,6}[ \t]", text[s:nl]):
            final.extend([(s, nl), (nl + 1, e)])
        else:
            final.append((s, e))
    return [(s, e) for s, e in final if text[s:e].strip()]


def markdown_title(text: str, spans: list[tuple[int, int]]) -> str | None:
    for s, e in spans[:3]:
        m = re.match(r"#{1,2}\s+(.+)", text[s:e])
        if m:
            return m.group(1).strip()
    return None
