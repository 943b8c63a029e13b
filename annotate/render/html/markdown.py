"""Markdown shown as formatted text in the HTML report, built from the reader's spans.

Why this exists: a report of a Markdown post should read like the post — headings,
emphasis, quotes, code, links — not like its source (``# Title``, ``**``, ``[text](url)``).
The reader (``annotate.read.markdown``) gives each passage its ``Structure`` and the
document its ``InlineSpan`` values by offset; this module turns a slice of the text into
elements: syntax characters left out, styles as ``<strong>``, ``<em>``, ``<s>``, ``<code>``,
a link as its text with the address in a ``<span class="md-target">`` shown on hover and
in print. Everything from the input stays a text node (``annotate.render.html.dom``); no
raw HTML from the input is ever passed through, and no address becomes an ``href``.
A slice that holds nothing but syntax (a change of markup alone) is shown as written,
so that the change stays visible.
"""

from __future__ import annotations

import bisect
import itertools

from lxml import etree

from annotate.model import Document, InlineSpan, Structure
from annotate.render.html.dom import add_text, el

_Element = etree._Element
_TAG = {"strong": "strong", "emphasis": "em", "strike": "s", "inserted": "ins", "code": "code"}


def block_class(st: Structure | None) -> str | None:
    """The class of a passage's ``<p>`` for its Markdown block, or ``None``."""
    if st is None:
        return None
    names: list[str] = []
    if st.kind == "heading":
        names.append(f"md-h{min(max(st.level, 1), 6)}")
    elif st.kind in ("code", "table"):
        names.append("md-code")
    elif st.kind == "list_item":
        names.append("md-li")
    elif st.kind in ("link_definition", "footnote"):
        names.append("md-ref")
    elif st.kind == "rule":
        names.append("md-rule")
    if st.quote:
        names.append("md-quote")
    return " ".join(names) or None


class MarkdownText:
    """Adds slices of Markdown documents to elements, formatted."""

    def __init__(self) -> None:
        self._groups: dict[int, tuple[list[int], list[list[InlineSpan]]]] = {}

    def _spans(self, doc: Document, start: int, end: int) -> list[InlineSpan]:
        """The inline spans of ``doc`` that overlap ``[start, end)``."""
        key = id(doc)
        if key not in self._groups:
            ends = [p.end for p in doc.passages]
            groups: list[list[InlineSpan]] = [[] for _ in range(len(ends) + 1)]
            for s in doc.inline:
                groups[bisect.bisect_right(ends, s.start)].append(s)
            self._groups[key] = (ends, groups)
        ends, groups = self._groups[key]
        k = bisect.bisect_right(ends, start)
        found: list[InlineSpan] = []
        for g in groups[max(0, k - 1) : k + 2]:
            found.extend(s for s in g if s.start < end and s.end > start)
        return found

    def add(self, parent: _Element, doc: Document, start: int, end: int, *, changed: bool = False) -> None:
        """``doc.text[start:end]`` into ``parent``: formatted when ``doc`` is Markdown. A
        ``changed`` slice (inserted or removed) of syntax alone is shown as written."""
        text = doc.text
        spans = self._spans(doc, start, end) if doc.inline else []
        if not spans:
            add_text(parent, text[start:end])
            return
        marks = [(max(s.start, start), min(s.end, end)) for s in spans if s.kind == "markup"]
        styles = sorted((s for s in spans if s.kind != "markup"), key=lambda s: (s.start, -s.end))
        if changed and _only_marks(text, start, end, marks):
            add_text(parent, text[start:end])  # a change of markup alone: shown as written
            return
        cuts = sorted({start, end} | {x for a, b in marks for x in (a, b)}
                      | {min(max(x, start), end) for s in styles for x in (s.start, s.end)})
        for x, y in itertools.pairwise(cuts):
            if x >= y or any(a <= x and y <= b for a, b in marks):
                continue
            box = parent
            for s in styles:
                if s.start <= x and y <= s.end:
                    if s.kind == "link":
                        box = el(box, "span", "md-link")
                    elif s.kind == "image":
                        box = el(box, "span", "md-image")
                    else:
                        box = el(box, _TAG[s.kind])
            add_text(box, text[x:y])
            for s in styles:
                if s.kind in ("link", "image") and s.target and s.start <= x and y <= s.end and _last_run(y, s, marks, end):
                    add_text(el(box, "span", "md-target"), f" ({s.target})")


def _only_marks(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> bool:
    """True when every visible character of ``text[start:end]`` is syntax."""
    return all(text[pos].isspace() or any(a <= pos < b for a, b in marks) for pos in range(start, end))


def _last_run(y: int, span: InlineSpan, marks: list[tuple[int, int]], end: int) -> bool:
    """True when the run ending at ``y`` is the last shown part of ``span``."""
    stop = min(span.end, end)
    return y == stop or all(any(a <= x < b for a, b in marks) for x in range(y, stop))
