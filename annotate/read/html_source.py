"""What is taken out of an HTML page's source before it is parsed: an XML declaration, and a
DOCTYPE's internal subset (entity declarations are never expanded).

Why a module of its own: the scan for a DOCTYPE subset must stay linear on hostile input (a
regular expression here once backtracked for minutes); it is kept, with its tests, apart from
the page's walk (``annotate.read.html``).
"""

from __future__ import annotations

import re

MAX_DOCTYPE_SUBSET = 1_000_000  # (the longest DOCTYPE internal subset looked for, in characters)


def doctype_subset(source: str) -> tuple[int, int] | None:
    """``(start, end)`` of a DOCTYPE's internal subset ``[ … ]>`` (from its ``[`` to past
    its ``>``), after up to five leading comments, or ``None``. A linear scan with
    ``str.find``: a regular expression here backtracked for minutes on many empty comments
    before an unclosed subset.

    >>> s = '<!-- c --><!DOCTYPE html [<!ENTITY x "y">]><p>'
    >>> s[slice(*doctype_subset(s))]
    '[<!ENTITY x "y">]>'
    >>> doctype_subset("<!---->" * 120 + "<!DOCTYPE html [" + "x" * 1000) is None
    True
    """
    pos = 0
    for _ in range(6):
        while pos < len(source) and source[pos].isspace():
            pos += 1
        if not source.startswith("<!--", pos):
            break
        close = source.find("-->", pos + 4, pos + 4 + 2000)
        if close < 0:
            return None
        pos = close + 3
    if source[pos : pos + 9].upper() != "<!DOCTYPE":
        return None
    head_end = min(len(source), pos + 2009)
    bracket = source.find("[", pos, head_end)
    gt = source.find(">", pos, head_end)
    if bracket < 0 or (0 <= gt < bracket):
        return None
    close = source.find("]", bracket, bracket + MAX_DOCTYPE_SUBSET)
    while close >= 0:
        end = close + 1
        while end < len(source) and source[end].isspace():
            end += 1
        if source.startswith(">", end):
            return bracket, end + 1
        close = source.find("]", close + 1, bracket + MAX_DOCTYPE_SUBSET)
    return None


_XML_DECL = re.compile(r"^\ufeff?\s*<\?xml[^>]{0,200}\?>")


def without_declarations(source: str) -> tuple[str, bool]:
    """``source`` without its byte order mark, XML declaration and DOCTYPE internal subset;
    and whether a subset was taken out.

    >>> without_declarations('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x "y">]><p>')
    ('<!DOCTYPE html ><p>', True)
    """
    source = _XML_DECL.sub("", source.removeprefix("\ufeff"), count=1)
    subset = doctype_subset(source)
    if subset is None:
        return source, False
    return source[: subset[0]] + ">" + source[subset[1] :], True
