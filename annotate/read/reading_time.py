"""A reading time a site computes from a text's length ("4 min read"), told apart from a text's
own minutes.

Why a module of its own: it stands in a page's byline, beside its dateline (``dateline``), but
``annotate.cosmetic`` asks it of changes: "4 min read" → "5 min read" as a post grows is the
site's arithmetic, no edit of the author's.
"""

from __future__ import annotations

import re

from annotate.model import Document
from annotate.read.dateline import at_page_edge
from annotate.segment import passage_index

_READING_TIME = re.compile(
    r"\b\d{1,3}(?:[ \t]?[-\u2013][ \t]?\d{1,3})?[ \t\u00a0]?-?(?:min(?:ute)?s?\.?|Minuten|minutos?|minuti)[ \t\u00a0]{1,2}"
    r"(?:read|de\s+lectura|di\s+lettura|Lesezeit|Lesedauer|de\s+lecture)\b|"
    r"\b(?:Reading\s+time|Read\s+time|Time\s+to\s+read|Lesezeit|Lesedauer|Temps\s+de\s+lecture|Tiempo\s+de\s+lectura|Tempo\s+di\s+lettura)"
    r"[ \t]{0,2}:?[ \t]{0,2}(?:about\s|ca\.\s|~)?[ \t]{0,2}\d{1,3}(?:[ \t]?[-\u2013][ \t]?\d{1,3})?[ \t\u00a0]?(?:min(?:ute)?s?\b\.?|Minuten\b|minutos?\b|minuti\b)",
    re.IGNORECASE,
)
"""A reading time a site computes from a text's length ("4 min read", "Reading time: 5 minutes",
"Lesezeit: 3 Minuten")."""


def reading_time(doc: Document, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` lies inside a reading time in a byline — a short passage
    among the page's first or last ("4 min read" → "5 min read" as a post grows): the site's
    arithmetic, not the author's words; never a text's own minutes ("Spend 5 minutes reading …").

    >>> from annotate.read import read_document
    >>> d = read_document("# T\\n\\nJane Doe · March 3, 2021 · 4 min read\\n\\nBody.")
    >>> at = d.text.index("4 min")
    >>> reading_time(d, at, at + 1), reading_time(d, 0, 3)
    (True, False)
    """
    k = passage_index(doc.passages, start)
    if end - start > 40 or k >= len(doc.passages) or not at_page_edge(k, len(doc.passages)):
        return False
    p = doc.passages[k]
    if p.end - p.start > 200 or not p.start <= start <= end <= p.end:
        return False
    text = doc.text
    return any(
        m.start() <= start and end <= m.end() and _APART_BEFORE.search(text, p.start, m.start()) is not None and _APART_AFTER.match(text, m.end(), p.end) is not None
        for m in _READING_TIME.finditer(text, p.start, p.end)
    )


_APART_BEFORE = re.compile(r"(?:^|[·|•\u2014\u2013,(\[*_]|\s-)[ \t\u00a0*_]*\Z", re.MULTILINE)
_APART_AFTER = re.compile(r"[ \t\u00a0*_]*(?:$|[·|•\u2014\u2013,)\].]|-\s)", re.MULTILINE)
"""A reading time stands apart on its line, between a byline's separators ("· 4 min read ·"),
never inside a sentence ("a 10 minute read of the report")."""
