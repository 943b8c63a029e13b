"""Inline Markdown by offsets: which characters are syntax, and which text is emphasised,
struck, code or a link (with its target).

Why this exists: markdown-it-py says *what* a paragraph holds (its inline tokens) but not
*where* in the source each piece stands; reports that show Markdown rendered, and rules
that skip code, need offsets into ``Document.text``. This module walks each inline token's
children along the source, and gives up on a block (leaving its text as written) rather
than guess when the two disagree. Block syntax is marked too: ``#`` of headings, ``>`` of
quotes, the fences of code blocks.

>>> from annotate.read.markdown import parse
>>> t = "## Update *now*\\n\\nSee [the post](https://x.org) and `a[1]`."
>>> [(s.kind, t[s.start:s.end], s.target) for s in inline_spans(t, parse(t))]
[('markup', '## ', None), ('markup', '*', None), ('emphasis', 'now', None), ('markup', '*', None), ('markup', '[', None), ('link', 'the post', 'https://x.org'), ('markup', '](https://x.org)', None), ('markup', '`', None), ('code', 'a[1]', None), ('markup', '`', None)]
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from annotate.model import InlineKind, InlineSpan
from annotate.read.markdown import line_end

if TYPE_CHECKING:
    from markdown_it.token import Token

    from annotate.read.markdown import Parsed

_STYLE: dict[str, InlineKind] = {"em": "emphasis", "strong": "strong", "s": "strike"}
_ATX = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE = re.compile(r"[ ]{0,3}(?:>[ ]?){1,8}")


class _Mismatch(Exception):
    """The source does not read as the tokens say: leave this block as written."""


def inline_spans(text: str, parsed: Parsed) -> tuple[InlineSpan, ...]:
    """Every inline span of the parsed Markdown ``text``, sorted by start."""
    out: list[InlineSpan] = []
    starts = parsed.line_starts
    tokens = parsed.tokens
    row_cursor: dict[int, int] = {}
    quote = 0
    for k, t in enumerate(tokens):
        if t.type == "blockquote_open":
            quote += 1
            if t.map is not None:
                out.extend(_quote_marks(text, starts, t.map[0], t.map[1]))
        elif t.type == "blockquote_close":
            quote -= 1
        elif t.type == "fence" and t.map is not None:
            out.extend(_fence_marks(text, starts, t.map[0], t.map[1]))
        elif t.type == "heading_open" and t.map is not None and t.markup.startswith("#"):
            out.extend(_heading_marks(text, starts, t.map[0]))
        elif t.type == "inline" and t.map is not None and t.children:
            first = t.map[0]
            cursor = row_cursor.get(first, starts[first]) if tokens[k - 1].type in ("th_open", "td_open") else None
            found: list[InlineSpan] = []
            try:
                end = _walk(text, starts, t, cursor, found)
            except _Mismatch:
                continue
            if cursor is not None:
                row_cursor[first] = end
            out.extend(found)
    return tuple(sorted(set(out), key=lambda s: (s.start, s.end)))


def _quote_marks(text: str, starts: list[int], first: int, last: int) -> list[InlineSpan]:
    marks = []
    for line in range(first, min(last, len(starts))):
        m = _QUOTE.match(text, starts[line], line_end(text, starts, line))
        if m and m.end() > m.start():
            marks.append(InlineSpan("markup", m.start(), m.end()))
    return marks


def _fence_marks(text: str, starts: list[int], first: int, last: int) -> list[InlineSpan]:
    marks = [InlineSpan("markup", starts[first], line_end(text, starts, first))]
    if last - 1 > first and last - 1 < len(starts):
        closing = text[starts[last - 1] : line_end(text, starts, last - 1)].strip()
        if closing and set(closing) <= set("`~"):
            marks.append(InlineSpan("markup", starts[last - 1], line_end(text, starts, last - 1)))
    return [m for m in marks if m.end > m.start]


def _heading_marks(text: str, starts: list[int], line: int) -> list[InlineSpan]:
    s, e = starts[line], line_end(text, starts, line)
    m = _ATX.match(text, s, e)
    if m is None:
        return []
    marks = [InlineSpan("markup", m.start(), m.end())]
    close = _ATX_CLOSE.search(text, m.end(), e)
    if close is not None:
        marks.append(InlineSpan("markup", close.start(), close.end()))
    return marks


def _walk(text: str, starts: list[int], token: Token, cursor: int | None, out: list[InlineSpan]) -> int:
    """Follow ``token``'s children along the source; return where it ended."""
    assert token.map is not None
    content = token.content
    lines = content.split("\n")
    # Where each content line starts in the source (the line minus its block prefix).
    bases: list[int] = []
    for n, piece in enumerate(lines):
        line = token.map[0] + n
        if line >= len(starts):
            raise _Mismatch
        lo = starts[line] if cursor is None or n else cursor
        at = text.find(piece, lo, line_end(text, starts, line) + 1) if piece else lo
        if at < 0:
            raise _Mismatch
        bases.append(at)

    breaks: list[int] = []  # the content's newlines, found once (a long paragraph's spans are many)
    nl = content.find("\n")
    while nl >= 0:
        breaks.append(nl)
        nl = content.find("\n", nl + 1)

    def src(c: int) -> int:
        """Source offset of content offset ``c``."""
        n = bisect.bisect_left(breaks, c)  # newlines before c
        line_start = breaks[n - 1] + 1 if n else 0
        return bases[n] + (c - line_start)

    c = 0
    stack: list[tuple[str, int]] = []

    def mark(length: int) -> None:
        nonlocal c
        if content[c : c + length] == "" and length:
            raise _Mismatch
        out.append(InlineSpan("markup", src(c), src(c) + length))
        c += length

    for child in token.children or []:
        kind = child.type
        if kind == "text":
            c = _match_text(content, c, child.content, src, out)
        elif kind in ("softbreak", "hardbreak"):
            while c < len(content) and content[c] in " \t\\":
                c += 1
            if content[c : c + 1] != "\n":
                raise _Mismatch
            c += 1
        elif kind.endswith("_open") and kind[:-5] in _STYLE:
            if not content.startswith(child.markup, c):
                raise _Mismatch
            mark(len(child.markup))
            stack.append((kind[:-5], c))
        elif kind.endswith("_close") and kind[:-6] in _STYLE:
            if not stack or not content.startswith(child.markup, c):
                raise _Mismatch
            name, begin = stack.pop()
            if c > begin:
                out.append(InlineSpan(_STYLE[name], src(begin), src(c)))
            mark(len(child.markup))
        elif kind == "code_inline":
            if not content.startswith(child.markup, c):
                raise _Mismatch
            mark(len(child.markup))
            close = content.find(child.markup, c)
            if close < 0:
                raise _Mismatch
            out.append(InlineSpan("code", src(c), src(close)))
            c = close
            mark(len(child.markup))
        elif kind == "link_open":
            mark(1)  # "[" or the "<" of an autolink
            stack.append(("link:" + str(child.attrs.get("href", "")) + ("\0auto" if child.markup == "autolink" else ""), c))
        elif kind == "link_close":
            if not stack or not stack[-1][0].startswith("link:"):
                raise _Mismatch
            name, begin = stack.pop()
            auto = name.endswith("\0auto")
            href = name[5:].removesuffix("\0auto")
            if c > begin:
                out.append(InlineSpan("link", src(begin), src(c), href))
            c = _link_tail(content, c, auto, src, out)
        elif kind == "image":
            if not content.startswith("![", c):
                raise _Mismatch
            mark(2)
            close = content.find("]", c)
            if close < 0:
                raise _Mismatch
            out.append(InlineSpan("image", src(c), src(close), str(child.attrs.get("src", ""))))
            c = _link_tail(content, close, False, src, out)
        elif kind == "footnote_ref":
            close = content.find("]", c)
            if not content.startswith("[^", c) or close < 0:
                raise _Mismatch
            c = close + 1  # shown as written
        elif kind == "html_inline":
            if not content.startswith(child.content, c):
                raise _Mismatch
            c += len(child.content)  # shown as written, never as markup
        else:
            raise _Mismatch
    return src(c) if c < len(content) else src(len(content) - 1) + 1 if content else bases[0]


def _match_text(content: str, c: int, want: str, src: object, out: list[InlineSpan]) -> int:
    """Consume ``want`` (decoded text) from ``content`` at ``c``: backslash escapes and
    entities may stand for its characters."""
    if content.startswith(want, c):
        return c + len(want)
    for ch in want:
        if content[c : c + 1] == ch:
            c += 1
        elif content[c : c + 1] == "\\" and content[c + 1 : c + 2] == ch:
            c += 2
        elif content[c : c + 1] == "&" and (semi := content.find(";", c, c + 12)) - c > 0:
            c = semi + 1
        elif ch == " " and content[c : c + 1] == "\n":
            c += 1
        else:
            raise _Mismatch
    return c


def _link_tail(content: str, c: int, auto: bool, src: object, out: list[InlineSpan]) -> int:
    """Mark the end of a link: ``>`` of an autolink, ``](target "title")``, ``][ref]`` or ``]``."""
    assert callable(src)
    if auto:
        if content[c : c + 1] != ">":
            raise _Mismatch
        out.append(InlineSpan("markup", src(c), src(c) + 1))
        return c + 1
    if content[c : c + 1] != "]":
        raise _Mismatch
    end = c + 1
    if content[end : end + 1] == "(":
        depth, k = 0, end
        while k < len(content):
            if content[k] == "\\":
                k += 2
                continue
            depth += {"(": 1, ")": -1}.get(content[k], 0)
            if depth == 0:
                break
            k += 1
        if k >= len(content):
            raise _Mismatch
        end = k + 1
    elif content[end : end + 1] == "[":
        close = content.find("]", end)
        if close < 0:
            raise _Mismatch
        end = close + 1
    if content.count("\n", c, end):
        out.extend(InlineSpan("markup", src(x), src(x) + 1) for x in range(c, end) if content[x] != "\n")
    else:
        out.append(InlineSpan("markup", src(c), src(c) + end - c))
    return end
