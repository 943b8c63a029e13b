"""Markdown shown readably in the TUI: the style of every character of a Markdown document.

Why this exists: the TUI shows ``Document.text`` as written (offsets, wrapping, search
and the side-by-side alignment all depend on it), so a Markdown post would read as its
source — ``# Title``, ``**bold**``, ``[text](url)``. Rather than remove characters, the
reader's ``Structure`` (one per passage) and ``InlineSpan`` values (by offset) become
*Markdown roles* laid over the diff roles: syntax characters dimmed (``md_markup``),
headings bold, emphasis italic, strong bold, strike-through struck, code in a code
colour, link text underlined (its ``](url)`` is syntax, so dimmed). A character's
Markdown roles are joined into a *style* (``"md_heading+md_markup"``); a display run's
role becomes ``"ins_word+md_markup"`` (see ``combine``), and the view draws the diff
role over the Markdown one, so an inserted or silent word keeps its colours and only
gains the Markdown attributes. Plain-text and HTML documents have no spans: nothing
changes for them but an HTML page's struck and inserted text (``<del>``, ``<ins>``).

>>> from annotate import read_document
>>> doc = read_document(b"# Hi *there*\\n\\nPlain.", fmt="markdown")
>>> [(doc.text[s:e], style) for s, e, style in MarkdownStyles(doc).cut(0, len(doc.text))]
[('# ', 'md_heading+md_markup'), ('Hi ', 'md_heading'), ('*', 'md_heading+md_markup'), ('there', 'md_heading+md_emphasis'), ('*', 'md_heading+md_markup'), ('\\n\\nPlain.', '')]
>>> combine("ins_word", "md_markup"), split("ins_word+md_markup"), split("text")
('ins_word+md_markup', ('ins_word', ('md_markup',)), ('text', ()))
"""

from __future__ import annotations

import bisect
import functools
import itertools

from annotate.model import Document

MD_MARKUP = "md_markup"
MD_HEADING = "md_heading"
MD_EMPHASIS = "md_emphasis"
MD_STRONG = "md_strong"
MD_STRIKE = "md_strike"
MD_CODE = "md_code"
MD_LINK = "md_link"
MD_INSERTED = "md_inserted"

MD_ROLES = (MD_HEADING, MD_CODE, MD_LINK, MD_INSERTED, MD_STRONG, MD_EMPHASIS, MD_STRIKE, MD_MARKUP)
"""The Markdown roles, in the order they are joined into a style (and drawn: later on top)."""

_INLINE = {
    "markup": MD_MARKUP, "emphasis": MD_EMPHASIS, "strong": MD_STRONG, "strike": MD_STRIKE,
    "code": MD_CODE, "link": MD_LINK, "image": MD_LINK, "inserted": MD_INSERTED,
}
_BLOCK = {"heading": MD_HEADING, "code": MD_CODE}
_BIT = {role: 1 << n for n, role in enumerate(MD_ROLES)}


@functools.cache
def _style(mask: int) -> str:
    """The style of the Markdown roles whose bits are set in ``mask``."""
    return "+".join(role for role in MD_ROLES if mask & _BIT[role])


def combine(role: str, style: str) -> str:
    """The role of a run of ``role`` text drawn in Markdown ``style`` (``""``: ``role`` itself)."""
    return f"{role}+{style}" if style else role


def split(role: str) -> tuple[str, tuple[str, ...]]:
    """A combined role as its diff role and its Markdown roles."""
    base, *md = role.split("+")
    return base, tuple(md)


class MarkdownStyles:
    """The Markdown style of every offset of one document, as runs (``""``: no style)."""

    def __init__(self, doc: Document) -> None:
        events: list[tuple[int, int, int]] = []  # (offset, +1 open / -1 close, bit of the role)
        for p, st in zip(doc.passages, doc.structure, strict=False):
            role = _BLOCK.get(st.kind)
            if role is not None and p.end > p.start:
                events += [(p.start, 1, _BIT[role]), (p.end, -1, _BIT[role])]
        for span in doc.inline:
            if span.end > span.start:
                bit = _BIT[_INLINE[span.kind]]
                events += [(span.start, 1, bit), (span.end, -1, bit)]
        events.sort(key=lambda ev: ev[0])
        count = dict.fromkeys(_BIT.values(), 0)
        mask = 0
        self.starts: list[int] = [0]
        self.styles: list[str] = [""]
        for at, group in itertools.groupby(events, key=lambda ev: ev[0]):
            for _, step, bit in group:
                count[bit] += step
                mask = mask | bit if count[bit] > 0 else mask & ~bit
            style = _style(mask)
            if style == self.styles[-1]:
                continue
            if self.starts[-1] == at:
                self.styles[-1] = style
                if len(self.styles) > 1 and self.styles[-2] == style:
                    self.starts.pop()
                    self.styles.pop()
            else:
                self.starts.append(at)
                self.styles.append(style)

    def cut(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Runs covering ``[lo, hi)``, each with its style."""
        out: list[tuple[int, int, str]] = []
        k = bisect.bisect_right(self.starts, lo) - 1
        while lo < hi:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else hi
            end = min(end, hi)
            out.append((lo, end, self.styles[k]))
            lo = end
            k += 1
        return out


def markdown_styles(doc: Document | None) -> MarkdownStyles | None:
    """The styles of ``doc``, or ``None`` when it has none (plain text, HTML)."""
    if doc is None or not (doc.inline or any(st.kind in _BLOCK for st in doc.structure)):
        return None
    return MarkdownStyles(doc)
