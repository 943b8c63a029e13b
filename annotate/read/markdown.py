"""Markdown as its author wrote it: blocks, their types, and the title, from markdown-it-py.

Why this exists: a Markdown file's passages are its blocks — headings, list items, fenced
code kept whole across blank lines, tables — not only its blank-line paragraphs, and each
passage knows what it is (``Structure``: heading and level, list item, code, table, HTML
block, link definition, footnote, blockquote depth), so that detection and rendering use
structure instead of guessing. The parser is markdown-it-py (CommonMark, with GFM tables
and strike-through, and footnotes from mdit-py-plugins), which Textual already brings; no
block regular expressions are written here. ``Document.text`` stays the decoded source:
every offset points into the file as its author sees it. Inline spans (emphasis, links,
code…) are recovered by ``annotate.read.markdown_inline``.

>>> t = "# Title\\nIntro line.\\n\\n- one\\n- two\\n\\n```\\ncode\\n\\nmore\\n```"
>>> parsed = parse(t)
>>> spans = markdown_blocks(t, paragraph_spans(t), parsed)
>>> [t[s:e] for s, e in spans]
['# Title', 'Intro line.', '- one', '- two', '```\\ncode\\n\\nmore\\n```']
>>> [(s.kind, s.level) for s in structure(t, spans, parsed)]
[('heading', 1), ('paragraph', 0), ('list_item', 1), ('list_item', 1), ('code', 0)]
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from annotate.model import PassageKind, Structure
from annotate.segment import paragraph_spans, trim  # noqa: F401  (paragraph_spans: used by the doctests)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin)
    md.core.ruler.at("inline", _inline)
    return md


_SYNTAX = re.compile(r"[\\`~*_\[\]!<&^]")
"""The characters that may open inline syntax with this parser's rules (CommonMark's, with
strike-through and footnotes), line breaks aside: a text holding none of them is runs of text
between its line breaks."""


def _plain(content: str, make: type[Token]) -> list[Token]:
    """The inline tokens markdown-it makes of ``content`` holding no ``_SYNTAX``: its lines as
    text, a line break between them (hard after two spaces or more), the spaces around each
    break dropped."""
    out: list[Token] = []
    lines = content.split("\n")
    for k, line in enumerate(lines):
        if k:
            line = line.lstrip(" \t")
        last = k == len(lines) - 1
        kind = "softbreak"
        if not last and line.endswith("  "):
            line, kind = line.rstrip(" "), "hardbreak"
        elif not last and line.endswith(" "):
            line = line[:-1]
        if line:
            out.append(make("text", "", 0, content=line))
        if not last:
            out.append(make(kind, "br", 0))
    return out


def _inline(state: StateCore) -> None:
    """markdown-it's inline stage, with a run of plain text (most of a prose paragraph's lines:
    no ``_SYNTAX`` character) made one text token directly, as the inline parser would make it,
    without running every inline rule at every character."""
    from markdown_it.token import Token

    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        if _SYNTAX.search(token.content) is None:
            token.children.extend(_plain(token.content, Token))
        else:
            state.md.inline.parse(token.content, state.md, state.env, token.children)


class Leaf(NamedTuple):
    """A block the parser found, by source lines."""

    kind: PassageKind
    """What it is."""
    first: int
    """Its first line (0-based)."""
    last: int
    """The line after its last one."""
    level: int
    """Heading level, or list nesting depth (1 for a top-level item); else 0."""
    quote: int
    """Blockquote depth around it."""


class Parsed(NamedTuple):
    """A Markdown text parsed once: its tokens, leaf blocks and line starts."""

    tokens: list[Token]
    """markdown-it-py's block tokens (inline tokens hold their children)."""
    leaves: list[Leaf]
    """Leaf blocks and list items in source order."""
    line_starts: list[int]
    """Offset of each line's first character in the text."""


_LEAF = {
    "paragraph_open": "paragraph", "heading_open": "heading", "fence": "code", "code_block": "code",
    "html_block": "html", "table_open": "table", "hr": "rule", "list_item_open": "list_item",
}


def parse(text: str, start: int = 0) -> Parsed:
    """``text[start:]`` parsed (``start``: past the front matter); line numbers count from ``start``."""
    body = text[start:]
    tokens = _parser().parse(body)
    starts = [start]
    pos = body.find("\n")
    while pos >= 0:
        starts.append(start + pos + 1)
        pos = body.find("\n", pos + 1)
    leaves: list[Leaf] = []
    quote = lists = footnote = 0
    for t in tokens:
        if t.type == "blockquote_open":
            quote += 1
        elif t.type == "blockquote_close":
            quote -= 1
        elif t.type in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
        elif t.type == "footnote_open":
            footnote += 1
        elif t.type == "footnote_close":
            footnote -= 1
        kind = _LEAF.get(t.type)
        if kind is None or t.map is None:
            continue
        if footnote and kind == "paragraph":
            kind = "footnote"
        level = int(t.tag[1]) if kind == "heading" else lists if kind == "list_item" else 0
        leaves.append(Leaf(kind, t.map[0], t.map[1], level, quote))  # type: ignore[arg-type]
    if "{{" in body or "{%" in body:
        leaves = _template_code(body, leaves)
    return Parsed(tokens, leaves, starts)


_TEMPLATE_CODE = re.compile(
    r"^[ \t]{0,3}(?:\{\{[<%][ \t]{0,4}(high(?:light)?|code[\w-]{0,20})\b[^\n]{0,200}[>%]\}\}"
    r"|\{%-?[ \t]{0,4}(highlight)\b[^\n]{0,200}-?%\})[ \t]*$",
    re.MULTILINE,
)
"""A site generator's code block opening on its own line: Hugo's ``{{< highlight go >}}`` (or
``{{< high "rust" >}}``, as one blog shortens it) and code shortcodes (``{{< code-rust "name" >}}``),
Jekyll's ``{% highlight ruby %}``."""
_TEMPLATE_CLOSE = re.compile(
    r"^[ \t]{0,3}(?:\{\{[<%][ \t]{0,4}/(high(?:light)?|code[\w-]{0,20})[ \t]{0,4}[>%]\}\}|\{%-?[ \t]{0,4}end(highlight)[ \t]{0,4}-?%\})",
    re.MULTILINE,
)
"""The tag closing a template code block ("{{< /highlight >}}", "{% endhighlight %}")."""


def _template_code(body: str, leaves: list[Leaf]) -> list[Leaf]:
    """``leaves`` with each template code block (``_TEMPLATE_CODE`` up to its closing tag) as one
    code leaf: markdown-it reads its lines as paragraphs, but they are code, never notes. (One
    pass over the openings and one over the closings: linear in the text.)"""
    closes: dict[str, list[int]] = {}
    for c in _TEMPLATE_CLOSE.finditer(body):
        closes.setdefault((c.group(1) or c.group(2)).lower(), []).append(c.start())
    if not closes:
        return leaves
    starts = [0] + [m.end() for m in re.finditer("\n", body)]
    blocks: list[tuple[int, int]] = []
    for m in _TEMPLATE_CODE.finditer(body):
        name = (m.group(1) or m.group(2)).lower()
        ends = closes.get(name, [])
        k = bisect.bisect_left(ends, m.end())
        first = bisect.bisect_right(starts, m.start()) - 1
        if k == len(ends) or (blocks and first < blocks[-1][1]):
            continue
        blocks.append((first, bisect.bisect_right(starts, ends[k])))  # (the line after the closing tag's)
    if not blocks:
        return leaves
    out: list[Leaf] = []
    k = 0
    for x in leaves:
        while k < len(blocks) and blocks[k][1] <= x.first:
            k += 1
        if k < len(blocks) and blocks[k][0] <= x.first < blocks[k][1]:
            if x.first == blocks[k][0] or not out or out[-1][:3] != ("code", blocks[k][0], blocks[k][1]):
                out.append(Leaf("code", blocks[k][0], blocks[k][1], 0, x.quote))
            continue
        out.append(x)
    return out


def _line(parsed: Parsed, offset: int) -> int:
    return bisect.bisect_right(parsed.line_starts, offset) - 1


def markdown_blocks(text: str, spans: list[tuple[int, int]], parsed: Parsed) -> list[tuple[int, int]]:
    """Passage spans of a Markdown text: its blank-line paragraphs (``spans``), split before
    each heading and list item outside blockquotes, before a blockquote and after a heading's last line, and
    joined where a fenced code block, an HTML block or a table runs across blank lines."""
    starts = parsed.line_starts
    whole = [(starts[x.first], line_end(text, starts, x.last - 1)) for x in parsed.leaves
             if x.kind in ("code", "html", "table") and x.last - x.first > 1]
    merged: list[tuple[int, int]] = []
    k = 0
    for s, e in spans:
        while k < len(whole) and whole[k][1] <= s:
            k += 1
        if merged and k < len(whole) and whole[k][0] < s < whole[k][1] and merged[-1][1] > whole[k][0]:
            merged[-1] = (merged[-1][0], e)  # the same block goes on across a blank line
        else:
            merged.append((s, e))
    cuts: set[int] = set()
    quoted = 0
    for x in parsed.leaves:
        if x.quote and not quoted:
            cuts.add(x.first)  # a quote opening right under a paragraph ("…(`pip install x`).\n> Update: …")
        quoted = x.quote
        if x.quote:
            continue
        if x.kind in ("heading", "list_item", "paragraph", "code", "html", "table", "rule"):
            cuts.add(x.first)
        if x.kind == "heading":
            cuts.add(x.last)
    inside = {line for x in parsed.leaves if x.kind in ("code", "html", "table") for line in range(x.first + 1, x.last)}
    cuts.update(_text_after_html(text, parsed))
    inside.difference_update(cuts)
    out: list[tuple[int, int]] = []
    for s, e in merged:
        first, last = _line(parsed, s), _line(parsed, e - 1) if e > s else _line(parsed, s)
        pos = s
        for line in range(first + 1, last + 1):
            if line in cuts and line not in inside:
                cut = starts[line]
                out.append((pos, cut - 1))
                pos = cut
        out.append((pos, e))
    return [(s, e) for s, e in (trim(text, s0, e0) for s0, e0 in out) if s < e]


_BLOCKS = r"(?:table|div|figure|section|ul|ol|dl|blockquote|details|aside|center)"
_BLOCK_CLOSED = re.compile(rf"</{_BLOCKS}>[ \t]*$", re.IGNORECASE)
"""A line closing an HTML block element at its end ("</table>")."""
_BLOCK_TAG = re.compile(rf"<(/?){_BLOCKS}\b[^>]*>", re.IGNORECASE)
"""An HTML block element's opening or closing tag."""


def _text_after_html(text: str, parsed: Parsed) -> list[int]:
    """Lines of prose right under an HTML block's closing line, with no blank line between
    ("</table>\n*denotes updated totals …"): CommonMark runs the HTML block on to the next
    blank line, but a reader sees a line of text of its own, so it is a passage of its own.
    Only once the outermost block is closed: text under an inner "</div>" is still inside
    the box (an admonition's title line, then its body)."""
    starts, out = parsed.line_starts, []
    for x in parsed.leaves:
        if x.kind != "html" or x.quote:
            continue
        depth = 0
        for line in range(x.first + 1, x.last):
            prev = text[starts[line - 1] : starts[line] - 1]
            for tag in _BLOCK_TAG.finditer(prev):
                depth += -1 if tag.group(1) else 1
            head = text[starts[line] : starts[line] + 1]
            if depth <= 0 and head.strip() and head != "<" and _BLOCK_CLOSED.search(prev) and prev.startswith("<"):
                out.append(line)
    return out


def line_end(text: str, starts: list[int], line: int) -> int:
    """Offset of the end of ``line`` (its newline, or the end of ``text``), ``starts`` being the
    offsets of the lines' first characters."""
    return starts[line + 1] - 1 if line + 1 < len(starts) else len(text)


def structure(text: str, spans: list[tuple[int, int]], parsed: Parsed) -> tuple[Structure, ...]:
    """What each passage (``spans``) is: the first block that starts in it, or a link
    definition when no block does (markdown-it keeps those out of its tokens)."""
    firsts = [x.first for x in parsed.leaves]
    out: list[Structure] = []
    for s, e in spans:
        first, last = _line(parsed, s), _line(parsed, max(s, e - 1))
        k = bisect.bisect_left(firsts, first)
        # (a block that started above this passage and runs into it: a fence across blank lines)
        leaf = parsed.leaves[k] if k < len(firsts) and firsts[k] <= last else None
        if leaf is None and k > 0 and parsed.leaves[k - 1].last > first:
            leaf = parsed.leaves[k - 1]
        if leaf is None:
            quote = _quote_depth(text, s)
            # (what the parser dropped: a link definition, or a footnote's with no reference to it)
            kind0: PassageKind = "footnote" if text.startswith("[^", s) else "link_definition" if text.startswith("[", s) else "paragraph"
            out.append(Structure(kind0, 0, quote))
            continue
        kind = leaf.kind
        if kind == "list_item":
            nxt = parsed.leaves[k + 1] if k + 1 < len(parsed.leaves) else None
            if nxt is not None and nxt.first == leaf.first and nxt.kind in ("code", "heading", "table"):
                kind = nxt.kind
        out.append(Structure(kind, leaf.level, leaf.quote))
    return tuple(out)


def _quote_depth(text: str, s: int) -> int:
    depth = 0
    while s < len(text) and text[s] in "> \t" and depth < 8:
        depth += text[s] == ">"
        s += 1
    return depth


def markdown_title(text: str, spans: list[tuple[int, int]], kinds: tuple[Structure, ...]) -> str | None:
    """The text of a level 1 or 2 heading among the first three passages, if any."""
    for (s, e), st in zip(spans[:3], kinds[:3], strict=False):
        if st.kind == "heading" and st.level <= 2 and not st.quote:
            line = text[s:e].split("\n", 1)[0].strip()
            title = _EMPHASIS.sub(r"\2", line.lstrip("#").strip().rstrip("#").strip())
            if title and line.startswith("#"):
                return title
    return None


_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|`)(\S(?:[^*_`\n]{0,200}?\S)?)\1")
"""Emphasis or code marks around words of a title ("by *Our World in Data*"): shown as the words."""
