"""Template and directive tags a reader never sees: a template's logic, a box's tags, a reST target
or comment.

Why a module of its own: a site's source holds tags that its generator turns into something or
nothing — "{% assign … %}", "{% if %}" (logic), "{% info %}…{% endinfo %}" (a box around words
already there), ".. _asyncio-workers:" (a reST anchor). Changed, they change no word a reader
reads; ``annotate.cosmetic`` asks these readings.
"""

from __future__ import annotations

import re

from annotate.model import Document, Range
from annotate.segment import passage_index

_LOGIC_NAME = (
    r"(?:assign|capture|endcapture|if|elsif|elif|else|endif|unless|endunless|for|endfor|case|when|endcase|comment|"
    r"endcomment|set|endset|load|extends|block|endblock|with|endwith|increment|decrement|break|continue)"
)
_LOGIC_TAGS = re.compile(rf"\s{{0,8}}(?:\{{%-?[ \t]{{0,4}}{_LOGIC_NAME}\b[^%\n]{{0,500}}-?%\}}\s{{0,8}}){{1,20}}")
"""Template logic tags alone (Liquid, Jinja, Django: "{% assign … %}", "{% endif %}"); not a tag
that puts text on the page ("{% include warning.html content=… %}", "{% translate … %}")."""
_LOGIC_OPEN = re.compile(rf"\{{%-?[ \t]{{0,4}}{_LOGIC_NAME}\b")


def in_template_logic(doc: Document | None, r: Range) -> bool:
    """True when ``r`` is template logic tags alone, or lies inside one ("{% if x %}" → "{% if y %}")."""
    if doc is None or r.end - r.start > 2000:
        return False
    t = doc.text
    o = t.rfind("{%", max(0, r.start - 500), r.end)
    if o < 0:
        return False  # (no tag near it: the common case, found without reading the whole text)
    if _LOGIC_TAGS.fullmatch(r.text):
        return True
    close = t.find("%}", r.end, r.end + 500)
    return (close >= 0 and o < r.start and _LOGIC_OPEN.match(t, o) is not None and t.find("%}", o, r.start) < 0
            and t.find("{%", r.end, close) < 0 and t.find("\n", o, r.end) < 0)


_WRAPPER = re.compile(r"\{%-?[ \t]{0,4}(end)?([A-Za-z_]{1,30})[ \t]{0,4}-?%\}|^[ \t]{0,3}\.\. _[^:\n`]{1,80}:[ \t]*$", re.MULTILINE)
"""Tags that put no words on a page: a template's box tag with no arguments ("{% info %}", its
"{% endinfo %}"), a reST hyperlink target with no address (".. _asyncio-workers:"; one with an
address is a link, its address shown where it is used)."""
_HIDING = re.compile(rf"(?:end)?(?:{_LOGIC_NAME}|raw|verbatim|ignore|hidden|hide|draft|private|todo)", re.IGNORECASE)
"""Tag names that are no box: logic, or hiding their words ("{% comment %}", "{% raw %}")."""


def wrapper_tags_only(d: Document | None, r: Range) -> bool:
    """True when ``r`` is such tags (``_WRAPPER``), whole or in part, with nothing but spaces and
    punctuation beside them: the same words boxed or anchored anew ("> …" → "{% info %}…",
    "{% info %}" → "{% callout %}").

    >>> from annotate.read import read_document
    >>> d = read_document("{% info %}\\nWords.\\n{% endinfo %}", fmt="markdown")
    >>> wrapper_tags_only(d, Range(3, 7, "info")), wrapper_tags_only(d, Range(11, 17, "Words."))
    (True, False)
    """
    if d is None or r.end - r.start > 400 or (d.text.find("{%", max(0, r.start - 40), r.end + 40) < 0 and d.text.find(".. _", max(0, r.start - 90), r.end) < 0):
        return False
    lo = d.text.rfind("\n", 0, r.start) + 1
    hi = d.text.find("\n", r.end)
    hi = len(d.text) if hi < 0 else hi
    if hi - lo > 2000:
        return False
    rest = list(d.text[lo:hi])
    touched = False
    for m in _WRAPPER.finditer(d.text, lo, hi):
        if m.group(2) is not None and _HIDING.fullmatch(m.group(2)) is not None:
            return False  # ("{% info %}" → "{% comment %}": its words no longer shown)
        if m.group(2) is not None and m.group(1) is None and re.search(r"\{%-?[ \t]{0,4}end" + m.group(2) + r"\b", d.text) is None:
            return False  # ("{% toc %}" with no end: a tag that writes something)
        touched = touched or (m.start() < r.end and r.start < m.end())
        rest[m.start() - lo : m.end() - lo] = " " * (m.end() - m.start())
    return touched and all(ch.isspace() or not ch.isalnum() for ch in rest[r.start - lo : r.end - lo])


_REST_COMMENT = re.compile(r"\.\.(?:[^\S\n]+(?![^\n]{0,80}?::|_|\[|\|)[^\n]*)?[ \t]*(?:\n|$)")
"""A reST comment's first line: ".." alone or with words, no directive ("note::"), target ("_x:"),
footnote ("[1]") or substitution ("|x|")."""


_NEXT_BLOCK = re.compile(r"\n(?=[^\s])")


def in_rest_comment(doc: Document | None, r: Range | None) -> bool:
    """True when ``r`` lies in a reST comment of a plain text: ".. Emacs settings" and the indented
    lines under it ("   mode: rst"), which the formatter never shows.

    >>> from annotate.read import read_document
    >>> d = read_document("Title\\n=====\\n\\nText.\\n\\n.. Emacs settings\\n\\n   mode: rst\\n", fmt="text")
    >>> in_rest_comment(d, Range(42, 51, "mode: rst")), in_rest_comment(d, Range(13, 18, "Text."))
    (True, False)
    """
    if doc is None or r is None or doc.format != "text":
        return False
    text, passages = doc.text, doc.passages
    if ((nl := text.rfind("\n", max(0, r.start - 2000), r.start)) < 0 and r.start > 2000) or not text.startswith(("..", " ", "\t"), nl + 1):
        return False  # (a cheap test first: a comment's lines open "..", or indented, and are short)

    def indented(i: int) -> bool:
        return text.rfind("\n", 0, passages[i].start) + 1 < passages[i].start

    j = passage_index(passages, r.start)
    if j >= len(passages) or not (text.startswith("..", passages[j].start) or indented(j)):
        return False  # (the passage a comment's first line opens, or its indented body)
    last = passage_index(passages, max(r.start, r.end - 1))
    if last >= len(passages) or last - j > 20 or r.end > passages[last].end:
        return False

    if any(not indented(i) for i in range(j + 1, last + 1)):
        return False  # (the comment's body is indented under its first line)
    while j > 0 and last - j < 20 and indented(j):
        j -= 1
    if indented(j) or _REST_COMMENT.match(text, passages[j].start, passages[j].end + 1) is None:
        return False
    stop = _NEXT_BLOCK.search(text, passages[j].start, r.end)  # (the comment ends at the next line at the margin: ".. toctree::")
    return stop is None
