"""What an HTML page shows that is not the article's words, as a reader sees it.

Why this exists: a page's markup adds marks a reader does not read as text — a footnote's
way back ("↩"), a heading's "#" link, a screen reader's label — and writes a footnote
reference as a link whose number a reader sees raised. The HTML reader asks these questions
of each element; they are kept here, apart from the walk over the page (``annotate.read.html``).
"""

from __future__ import annotations

import re

from lxml import etree

from annotate.model import CALLOUT_BOX, InlineKind, InlineSpan

RAISED_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
"""The digits 0-9 raised, as this reader writes a footnote reference's number ("¹¹")."""
_RAISED = str.maketrans("0123456789", RAISED_DIGITS)
_FOOTNOTE_HREF = re.compile(r"#(?:fn|footnote|note|cite_note)[-_:]?\w{0,40}$", re.IGNORECASE)


_BACKLINKS = frozenset(["footnote-back", "footnote-backref", "reversefootnote", "doc-backlink", "header-anchor", "headerlink", "headeranchor"])
_SCREEN_READER = frozenset(["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text"])
_LINE_NUMBERS = frozenset(["linenos", "linenodiv", "lineno", "lnt", "line-numbers-rows"])
"""A code listing's column of line numbers (Pygments' "linenos", Rouge's "lineno", Hugo's "lnt", Prism's):
numbers a site's rebuild renumbers, no words of the page's."""


def unread(el: etree._Element, tag: str) -> bool:
    """What a reader does not read: a footnote's or heading's link that is a mark ("↩", "#"), a
    screen reader's label, a heading's link to itself labelled as one beside its words ("Link to here"),
    a code listing's line numbers."""
    names = set(f"{el.get('class') or ''} {el.get('role') or ''}".lower().split()) if el.get("class") or el.get("role") else set()
    if names & _LINE_NUMBERS:
        return True
    if tag != "a" and not names & _SCREEN_READER:
        return False  # (the common case, told without reading the element's text)
    shown = "".join(str(t) for t in el.itertext()).strip()
    return bool(names & _SCREEN_READER and len(shown) <= 40) or (tag == "a" and bool(names & _BACKLINKS) and len(shown) <= 2) or (
        tag == "a" and _self_anchor(el, shown)
    )


_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


def _self_anchor(el: etree._Element, shown: str) -> bool:
    """Whether ``el`` (a link) is its heading's link to itself labelled as one, beside the
    heading's words (``<h1 id="x"><a href="#x">Link to here</a>Title</h1>``, "¶", "Permalink",
    or a class or ``aria-label`` saying so): the words outside it are the heading. A link
    whose text is words of the heading ("<a href="#u">Update</a> (5 May 2021)") keeps them."""
    href = el.get("href") or ""
    if not href.startswith("#") or len(shown) > 40:
        return False
    said = f"{el.get('class') or ''} {el.get('aria-label') or ''} {el.get('title') or ''}".lower()
    if _PERMALINK.fullmatch(" ".join(" ".join(str(t) for t in el.itertext()).split())) is None and not any(w in said for w in ("permalink", "anchor", "link to")):
        return False
    heading = next((a for a, _ in zip(el.iterancestors(), range(4), strict=False) if isinstance(a.tag, str) and a.tag.lower() in _HEADINGS), None)
    parent = heading.getparent() if heading is not None else None
    if heading is None or href[1:] not in (heading.get("id"), parent.get("id") if parent is not None else None):
        return False
    return len("".join(str(t) for t in heading.itertext()).strip()) > len(shown)


_PERMALINK = re.compile(
    r"[#¶§\u00b6\U0001f517]?|(?:link(?:\s+to)?(?:\s+(?:here|this\s+(?:section|heading|headline|paragraph)))?|permalink|permanent\s+link|anchor|direct\s+link)",
    re.IGNORECASE,
)
"""What a heading's link to itself reads ("¶", "#", "Link to here", "Permalink"), as themes label it."""


def footnote_mark(el: etree._Element) -> str | None:
    """A footnote reference's number in superscript digits ("¹¹"), for a link to a footnote
    (Pandoc's and Quarto's ``<a href="#fn11" class="footnote-ref"><sup>11</sup></a>``,
    kramdown's ``<a href="#fn:11" class="footnote">``): a reader sees it raised, and its
    number changes whenever a footnote before it is added or removed."""
    href = el.get("href") or ""
    if not (_FOOTNOTE_HREF.search(href) or "footnote" in (el.get("class") or "").lower()):
        return None
    number = "".join(str(t) for t in el.itertext()).strip().strip("[]")
    return number.translate(_RAISED) if number.isdigit() and len(number) <= 3 else None


_BOX_WORDS = frozenset(
    ["update", "updates", "correction", "corrections", "erratum", "errata", "addendum", "retraction", "clarification"]
)
"""Class words of a box that holds a note about the page's changes. Not a callout's ("note",
"alert", "warning", "important": a page's boxes of advice, its site-wide banners, and those of
the held-out sets' pages were old or advice more often than notes)."""
_CLASS_WORD = re.compile(r"[a-z]+")


def box_kind(el: etree._Element, tag: str) -> str | None:
    """The kind of note box a block's class names ("<div class="update">", "<p class="editors-note">",
    "<aside class="correction">"): what a site's stylesheet shows
    as a box, with no label word a reader sees; ``None`` for other blocks and classes
    ("footnote", "edit-link", "entry-updated" on a byline's ``<span>``).

    >>> from lxml import html
    >>> [box_kind(html.fragment_fromstring(s), t) for s, t in [('<div class="post-update">x</div>', "div"), ('<p class="editors-note">x</p>', "p"), ('<div class="footnote">x</div>', "div")]]
    ['update', "editor's note", None]
    >>> box_kind(html.fragment_fromstring('<div class="alert alert-warning">x</div>'), "div")
    'callout'
    """
    if tag == "details":
        return CALLOUT_BOX  # (a collapsed box, "<details><summary>Update</summary>…": its summary titles it)
    if tag not in _BOXED or not (el.get("class") or el.get("id")):
        return None
    words = _CLASS_WORD.findall(str(el.get("class")).lower())
    if any(w in ("editor", "editors") for w in words) and "note" in words:
        return "editor's note"
    kind = next((w for w in words if w in _BOX_WORDS), None)
    return kind or (CALLOUT_BOX if tag != "aside" and _CALLOUT_CLASSES & set(f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()) else None)


_CALLOUT_CLASSES = frozenset(["alert", "callout", "admonition", "warning", "doc-warn"])
"""A callout's own class or id, whole (Bootstrap's "alert", Quarto's "callout", Sphinx's and MkDocs'
"admonition", a site's "warning" box; not the "callout-header" inside it)."""


_BOXED = frozenset(["div", "p", "section", "aside", "blockquote"])


SHOWN_MARKS = {
    "del": "\ufdd0\ufdd1", "s": "\ufdd0\ufdd1", "strike": "\ufdd0\ufdd1", "ins": "\ufdd2\ufdd3", "strong": "\ufdd5\ufdd6", "b": "\ufdd5\ufdd6",
}
"""Elements a reader sees marked as removed or added, or set in bold, and the characters (Unicode
noncharacters) the page's walk writes around their text (opening, closing), for ``unmark`` to
turn into spans (bold only where it opens a block: a title in bold, "<b>Update on …</b> The …")."""
_KINDS: dict[str, InlineKind] = {"\ufdd1": "strike", "\ufdd3": "inserted", "\ufdd6": "strong"}
"""The span each closing mark closes."""
SENTINELS = re.compile("[\ufdd0-\ufdd6]")
"""The characters the walk writes for marks and line breaks: Unicode noncharacters, never text;
a page that holds one anyway is read without them (``extract``), its text as written."""


def unmark(para: str, at: int, code: bool = False) -> tuple[str, list[InlineSpan]]:
    r"""``para`` without the marks ``SHOWN_MARKS`` wrote, spaces they left doubled collapsed (not
    in ``code``), and the ``strike`` and ``inserted`` spans they stood around, from offset ``at``.

    >>> unmark("Fine \ufdd0old\ufdd1 \ufdd2new\ufdd3 words.", 10)
    ('Fine old new words.', [InlineSpan(kind='strike', start=15, end=18, target=None), InlineSpan(kind='inserted', start=19, end=22, target=None)])
    """
    if SENTINELS.search(para) is None:
        return para, []
    out: list[str] = []
    opened: list[tuple[str, int]] = []
    spans: list[InlineSpan] = []
    worded = -1  # (where the first character that is no blank went: a bold run opening the block starts at or before it)
    for ch in para:
        if ch in "\ufdd0\ufdd2\ufdd5":
            opened.append((ch, len(out)))
        elif ch in _KINDS:
            if opened and ord(opened[-1][0]) + 1 == ord(ch):
                start = opened.pop()[1]
                if ch != "\ufdd6" or worded < 0 or worded >= start:
                    spans.append(InlineSpan(_KINDS[ch], start, len(out)))
        elif code or ch != " " or (out and out[-1] != " "):
            if worded < 0 and not ch.isspace():
                worded = len(out)
            out.append(ch)
    while out and out[-1] == " " and not code:
        out.pop()
    n = len(out)
    spans += [InlineSpan(_KINDS[chr(ord(ch) + 1)], s, n) for ch, s in opened if ch != "\ufdd5"]  # (a mark a block closed)
    found = [InlineSpan(s.kind, at + s.start, at + min(s.end, n)) for s in spans if s.start < min(s.end, n)]
    return "".join(out), sorted(found, key=lambda s: (s.start, -s.end))


BREAK = "\ufdd4"
"""What the page's walk writes for a ``<br>`` (a line break: ``after_break`` tells a second one)."""


def after_break(parts: list[str]) -> bool:
    """Whether the text so far (``parts``) ends with a line break and blanks: a second ``<br>``
    here ends a paragraph."""
    for piece in reversed(parts):
        if piece == BREAK:
            return True
        if piece.strip():
            return False
    return False
