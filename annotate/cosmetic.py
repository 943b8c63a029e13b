"""Changes that are no edit of content: what the text shows a reader did not change.

Why a module of its own: before asking whether a note discloses a change, ``annotate.classify``
sets aside the changes nobody would call an edit — punctuation or formatting markup alone
("*word*" → "_word_", "<br />" put before "<small>"), an element's id, an HTML comment, a POD
command ("=encoding utf-8"), a version-control keyword that CVS rewrites at each commit
("$NetBSD: news.html,v 1.50 …$"), a byline's date moving on. Each is a reading of what a
reader sees; kept together, the list is one place to read and to extend.
"""

from __future__ import annotations

import html
import re
import unicodedata

from annotate.addresses import REFERENCE, address_only, badges_only, link_put_on, rebased, scheme_only
from annotate.brackets import in_backticks
from annotate.datechanges import copyright_years, dateline_date, dates_only, in_stamp
from annotate.logs import log_frame
from annotate.model import Change, Document, Range
from annotate.naming import WORD
from annotate.org import unseen_line
from annotate.read.html_marks import RAISED_DIGITS
from annotate.read.reading_time import reading_time
from annotate.rendering import layout_style, same_rendering
from annotate.sections import fence_info
from annotate.segment import passage_index
from annotate.templating import in_rest_comment, in_template_logic, wrapper_tags_only


def cosmetic(c: Change, a: Document | None, b: Document | None) -> bool:
    """True when change ``c`` (of ``a`` into ``b``) changes nothing a reader reads as content."""
    # (an addition or a deletion has one side: the text it added or took away, and its document)
    one_side = c.kind in ("addition", "deletion")
    doc, side = (a, c.original) if c.original is not None else (b, c.revised)
    if any(_signs_a_number(d, r) for d, r in ((a, c.original), (b, c.revised))):
        return False  # "> 5 mg" → "< 5 mg", "-2%" → "2%": the sign of a figure is its meaning
    if _markup_only((c.original.text if c.original else "") + (c.revised.text if c.revised else "")) or (
        one_side and _in_tags(doc, side)
    ) or (
        c.kind == "edit" and c.original is not None and c.revised is not None
        and _content(c.original.text) == _content(c.revised.text)
        # (and the same words: a space put inside one, "been" → "be en", changes what a reader reads)
        and _read_words(c.original.text) == _read_words(c.revised.text)
    ):
        # Punctuation or markup alone ("---" → "- - -", "*word*" → "_word_"): not an undisclosed edit of content.
        return True
    if c.kind != "move" and all(r is None or _ATTRIBUTES.fullmatch(r.text) for r in (c.original, c.revised)) and not (
        b is not None and c.revised is not None and _shown_as_code(b, c.revised.start)
    ):
        return True  # an element's id ('id="results-default"'): no reader sees it
    if a is not None and b is not None and a.format == b.format == "markdown" and _unseen(a, c.original) and _unseen(b, c.revised):
        return True  # inside an HTML comment ("<!-- https://github.com/…/pull/2249 -->"): no reader sees it
    if c.kind == "edit" and a is not None and b is not None and _in_keyword(a, c.original) and _in_keyword(b, c.revised):
        return True  # "$NetBSD: news.html,v 1.50 …$" → "1.51": version control rewrote it, not an editor
    if c.kind != "move" and all(r is None or log_frame(r.text) for r in (c.original, c.revised)):
        return True  # ".Update history\n****" over a log's new entries: the frame of the notes
    if c.kind != "move" and all(r is None or fence_info(d, r) for d, r in ((a, c.original), (b, c.revised))):
        return True  # "```lisp" → "```elisp": the language a highlighter is told
    if c.kind in ("edit", "addition") and a is not None and b is not None and copyright_years(c, a, b):
        return True  # "© 2001–9 Mark Pilgrim" → "© 2001–10", "© 2019" → "© 2019-2021": a site's copyright line, its years moving on
    if c.kind != "move" and a is not None and b is not None and a.format == b.format == "markdown" and same_rendering(c, a, b):
        return True  # "&amp;" → "&", "1. two" → "2. two", "[docs](http://…)" → "[docs][docs]": Markdown that renders the same
    if c.kind != "move" and _role_only(c, a, b):
        return True  # "``PKG-INFO``" → ":file:`PKG-INFO`": a reST role put on the same text
    if c.kind != "move" and (address_only(c, a, b) or link_put_on(c, a, b) or rebased(c, a, b)):
        return True  # "[specification](/docs/reference/…)" → "(/docs/specs/otel/…)": where a link points, its text the same
    if c.kind == "edit" and a is not None and b is not None and scheme_only(a, b, c):
        return True  # "http://…" → "https://…" in a bare address: the same address, served securely
    if c.kind == "edit" and c.original is not None and c.revised is not None and a is not None and a.format == "html" and (
        _renumbered(c.original.text, c.revised.text)
    ):
        return True  # "masochist¹¹" → "masochist¹⁰": a footnote renumbered, as another one came or went
    if all(r is None or in_template_logic(d, r) for d, r in ((a, c.original), (b, c.revised))) and c.kind != "move":
        return True  # '{% assign four_days_after_posting = page.date … %}': a template's logic, never shown
    if c.kind != "move" and (sides := [(d, r) for d, r in ((a, c.original), (b, c.revised)) if r is not None]) and any(
        wrapper_tags_only(d, r) for d, r in sides
    ) and all(_markup_only(r.text) or wrapper_tags_only(d, r) for d, r in sides):
        return True  # "> …" → "{% info %}…{% endinfo %}", "{% info %}" → "{% callout %}": a box's tags around the same words
    if c.kind == "edit" and all(_in_empty_anchor(d, r) for d, r in ((a, c.original), (b, c.revised))):
        return True  # '<a name="f1"></a>' → '<span id="f1"></span>': a link's target, empty, never shown
    if c.kind != "move" and all(r is None or _anchor_lines(d, r) for d, r in ((a, c.original), (b, c.revised))):
        return True  # "[[notice-2023-january]]" over an AsciiDoc section: a link's target, never shown
    if c.kind != "move" and all(r is None or _in_attribute_block(d, r) for d, r in ((a, c.original), (b, c.revised))):
        return True  # '![ORCID icon](orcid.svg){height="13px"}' → '{.inline_icon}': Pandoc's attributes of an image, never shown
    if c.kind != "move" and all(r is None or _in_imports(d, r) for d, r in ((a, c.original), (b, c.revised))):
        return True  # "import Aside from 'components/Aside'": an MDX page's import, never shown
    if c.kind != "move" and all(r is None or badges_only(r.text) or (d is not None and badges_only(_passage_of(d, r))) for d, r in ((a, c.original), (b, c.revised))):
        return True  # a project's status badges swapped (Travis CI's for GitHub Actions'): pictures of a build, no words
    if c.kind != "move" and all(r is None or layout_style(d, r) for d, r in ((a, c.original), (b, c.revised))):
        return True  # 'style="width:75%"' → 'style="width:75%; display:block; margin:0 auto;"': where an image stands, not what it shows
    if one_side and _in_definition(doc, side):
        return True  # "[multipkg]: http://docs.racket-lang.org/…" dropped: a link's address, never shown as text
    if (one_side and doc is not None and _pod_command(doc, side)) or (c.kind != "move" and all(r is None or unseen_line(d, r) or in_rest_comment(d, r) for d, r in ((a, c.original), (b, c.revised)))):
        return True  # "=encoding utf-8" added to a POD text, "#+KEYWORDS: …" in an Org text: for the formatter, never shown
    # A byline's date moving on ("· Last modified on Wed 4 May 2022 09.10 BST"): the
    # document's update date, shown as a change but not an undisclosed edit.
    return c.kind != "move" and ((dates_only(c) and in_stamp(a, c.original) and in_stamp(b, c.revised)) or (a is not None and b is not None and dateline_date(a, b, c))
                                 or all(r is None or (d is not None and reading_time(d, r.start, r.end)) for d, r in ((a, c.original), (b, c.revised))))  # ("4 min read" → "5 min read")


_EMPTY_ELEMENT = re.compile(r"<(a|span)\b[^<>\n]{0,200}>[ \t]{0,8}</\1>", re.IGNORECASE)
"""An empty anchor, a target for links ('<a name="update-2019-04-04"></a>', '<span id="f1"></span>'):
nothing a reader sees."""


def _in_empty_anchor(doc: Document | None, r: Range | None) -> bool:
    """Whether ``r`` lies inside an empty ``<a>`` or ``<span>`` (an anchor for links) on its line."""
    if doc is None or r is None or "<" not in doc.text[max(0, r.start - 210) : r.start + 1]:
        return False
    lo = doc.text.rfind("\n", max(0, r.start - 220), r.start) + 1 or max(0, r.start - 220)
    return any(m.start() <= r.start and r.end <= m.end() for m in _EMPTY_ELEMENT.finditer(doc.text, lo, min(len(doc.text), r.end + 220)))


_ANCHOR_LINES = re.compile(r"(?:[ \t]{0,3}\[\[[A-Za-z_][\w.:-]{0,80}\]\][ \t]*(?:\n|$))+")
"""AsciiDoc's block anchors, each a line of its own ("[[notice-2023-january]]")."""


def _anchor_lines(doc: Document | None, r: Range) -> bool:
    """Whether the lines ``r`` spans in a plain text (AsciiDoc) are block anchors and nothing else."""
    if doc is None or doc.format != "text" or "[[" not in doc.text[max(0, r.start - 82) : r.end + 2]:
        return False
    lo = doc.text.rfind("\n", max(0, r.start - 100), r.start) + 1
    hi = doc.text.find("\n", max(r.start, r.end - 1), max(r.start, r.end - 1) + 100)
    return (lo > 0 or r.start <= 100) and _ANCHOR_LINES.fullmatch(doc.text, lo, len(doc.text) if hi < 0 else hi + 1) is not None


_MARKUP_SYMBOLS = frozenset("`*_~#>|=+-<>^")


_REFERENCE = REFERENCE.replace("\\[", "\\[(?!\\^)", 1)
"""A link reference definition's head, never a footnote's ("[^1]: …" is text a reader reads)."""
_LINK_MARKUP = re.compile(
    _REFERENCE + r"\S{1,2000}(?:[ \t]{1,8}\S[^\n]{0,300})?$|\[\^[\w-]{1,40}\]"
    r"|^[ ]{0,3}\.\.[ \t]{1,4}(?:__|_[^:\n]{1,100}):[ \t]{0,8}\S{1,2000}[ \t]{0,8}$", re.M
)
"""Markdown link reference definitions and footnote references, reST hyperlink targets
(".. __: tmdonate2.html", ".. _PyPy: https://pypy.org"): addresses, not prose."""


_FORMAT_TAG = re.compile(
    r"</?(?:br|hr|p|div|span|em|strong|b|i|u|small|big|sup|sub|center|font|blockquote|section|article|header|footer|"
    r"ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|code|pre|kbd|mark|abbr|cite|q|figure|figcaption|picture|details|summary|nav|aside|main)\b[^<>\n]{0,200}?/?>",
    re.IGNORECASE,
)
"""HTML tags that format text and hold none a reader reads ("<br/>", "</div>"); an image
or a link's address is another matter."""


_SIGN = frozenset("<>=+-\u2212\u00b1\u2264\u2265~")  # (signs a figure may carry: comparison, plus or minus, about)
_PASSTHROUGH = re.compile(r"[ \t]*\+[^\s+]{1,40}\+(?![\w+])")  # (AsciiDoc's "+20%+": a figure in monospace)


def _signs_a_number(doc: Document | None, r: Range | None) -> bool:
    """Whether ``r`` is a sign standing before a number in ``doc`` ("-" in "was -2%", ">" in
    "> 5 mg"), not a list's marker at the start of a line."""
    if doc is None or r is None or not r.text.strip() or len(r.text) > 3 or not set(r.text.strip()) <= _SIGN:
        return False
    t, at = doc.text, r.end
    while at < len(t) and t[at] == " " and at < r.end + 2:
        at += 1
    if at >= len(t) or not t[at].isdigit() or (r.text.strip() == "+" and _PASSTHROUGH.match(t, r.start)):
        return False  # (not AsciiDoc's "+20%+", the figure set in monospace)
    line = t[t.rfind("\n", max(0, r.start - 200), r.start) + 1 : r.start]
    return bool(line.strip(" \t>"))  # (text before it on its line: not "- 2 items" opening a list item)


def _shown(text: str) -> str:
    """``text`` without formatting tags and a link's tags, its entities decoded, without the
    characters no reader sees (a soft hyphen, shown only where a line breaks: "Arbeits&shy;lose";
    a zero-width space or word joiner): as shown."""
    if "<" in text:
        text = _LINK_TAG.sub("", _FORMAT_TAG.sub("", text))
    text = html.unescape(text) if "&" in text else text
    return _UNSEEN.sub("", text) if _UNSEEN.search(text) else text


_UNSEEN = re.compile("[\u00ad\u200b\u2060\ufeff]")


def _read_words(text: str) -> list[str]:
    """The words a reader reads in ``text``: tags' and entities' names are none."""
    return WORD.findall(_shown(text))


def _content(text: str) -> str:
    """``text`` without spaces, Markdown and HTML markup and punctuation: what a reader reads."""
    text = _shown(text)
    return "".join(ch for ch in text if not (ch.isspace() or ch in _MARKUP_SYMBOLS or unicodedata.category(ch)[0] == "P"))


def _markup_only(text: str) -> bool:
    """True for text of punctuation, spaces and Markdown or HTML formatting markup alone (no
    letter, digit or emoji outside a tag, a link definition or a footnote reference)."""
    if "[" in text or ".. _" in text:
        text = _ASCIIDOC_ROLE.sub("", _LINK_MARKUP.sub("", text))
    if "<" in text:
        # ('<a href="' → '[', '</a>' → ')': a link rewritten in Markdown)
        text = _LINK_TAG.sub("", _EMPTY_ELEMENT.sub("", _FORMAT_TAG.sub("", text)))
    if "&" in text:
        text = html.unescape(_SPACE_ENTITY.sub(" ", text))  # ("&ldquo;" → "“": the same mark)
    return all(ch.isspace() or ch in _MARKUP_SYMBOLS or unicodedata.category(ch)[0] == "P" for ch in text)


_ASCIIDOC_ROLE = re.compile(r"\[\.[\w-]{1,30}(?:\.[\w-]{1,30}){0,3}\](?=#)")
"""An AsciiDoc role put on marked text ("[.line-through]##struck##", "[.big]#text#"): how it is shown."""


_ROLE = re.compile(r"`{0,2}(?::[A-Za-z][\w.+-]{0,30}(?::[\w.+-]{1,30})?:|\{[A-Za-z][\w.+:-]{0,30}\})`{0,2}")
"""A role's name before its backquoted text, reST's (":file:", ":py:func:") or MyST's ("{file}"), with backquotes beside it."""


def _role_only(c: Change, a: Document | None, b: Document | None) -> bool:
    """Whether ``c`` only puts a role on backquoted text, takes it off or changes it
    ("``PKG-INFO``" → ":file:`PKG-INFO`", ":func:" → ":meth:"): the text shown is the same."""
    roles = 0
    for d, r in ((a, c.original), (b, c.revised)):
        if r is None or not r.text.strip().strip("`"):
            continue
        if d is None or not _in_role(d.text, r.start + len(r.text) - len(r.text.lstrip()), r.end - len(r.text) + len(r.text.rstrip())):
            return False
        roles += 1
    return roles > 0


def _in_role(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a role's name that backquoted text follows."""
    if "`" not in text[end : end + 36]:
        return False  # (no backquote after it: no role, the common case)
    for m in _ROLE.finditer(text, max(0, start - 36), min(len(text), end + 36)):
        if m.start() <= start and end <= m.end() and (m.group().endswith("`") or text.startswith("`", m.end())):
            return True
    return False


_LINK_TAG = re.compile(r"</a>|<a\s{1,4}href=[\"']?", re.IGNORECASE)
"""An anchor's closing tag, or its opening up to where its address starts."""


def _in_tags(doc: Document | None, r: Range | None) -> bool:
    """True when ``r`` cuts into formatting tags and, widened to the tags it cuts, is markup
    alone: "<br /><small>" added before "<small>", which the word diff kept as "br /><"."""
    if doc is None or r is None or r.end - r.start > 200 or ("<" not in r.text and ">" not in r.text):
        return False
    t, s, e = doc.text, r.start, r.end
    if (lt := t.rfind("<", max(0, s - 200), s)) > t.rfind(">", max(0, s - 200), s):
        s = lt
    if (gt := t.find(">", e, e + 200)) >= 0 and not 0 <= t.find("<", e, gt) < gt:
        e = gt + 1
    return (s, e) != (r.start, r.end) and _markup_only(t[s:e])


_ATTRIBUTES = re.compile(r"(?:\s{0,4}(?:id|name|tabindex|data-[\w-]{1,30}|aria-[\w-]{1,30})=\"[^\"<>\n]{0,200}\")+\s{0,4}")
"""HTML attributes a reader never sees ('id="results-default"'), alone (not ``class`` or ``style``:
they can hide or strike what they hold)."""
_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#8203|#x200[bB]);")
"""A space written as an HTML entity ("&nbsp;" as a spacer line): a space to a reader."""
_KEYWORD = re.compile(
    r"\$(?:Id|Header|Date|Revision|Rev|Author|Source|RCSfile|Locker|State|Name|LastChangedDate|LastChangedRevision|"
    r"LastChangedBy|HeadURL|URL|NetBSD|FreeBSD|OpenBSD|DragonFly|MirOS|Mdocdate):[^$\n]{0,200}\$"
)
"""A version control keyword that CVS, RCS or Subversion rewrites at each commit ("$Id: …$",
"$NetBSD: news.html,v 1.50 2001/07/11 19:54:31 dent Exp $", "$Mdocdate: …$")."""


def _in_keyword(doc: Document, r: Range | None) -> bool:
    """True when ``r`` lies inside a version control keyword of its line."""
    if r is None or r.end - r.start > 200:
        return False
    line = max(doc.text.rfind("\n", max(0, r.start - 200), r.start) + 1, r.start - 200)
    if doc.text.find("$", line, r.start) < 0:
        return False  # (no keyword opens before it: the common case)
    return any(m.start() < r.start and r.end < m.end() for m in _KEYWORD.finditer(doc.text, line, r.end + 200))


_ATTRIBUTE = r"(?:[.#][\w-]{1,60}|[\w-]{1,40}=(?:\"[^\"\n{}]{0,200}\"|'[^'\n{}]{0,200}'|[^\s{}\"']{1,200}))"
_ATTRIBUTE_BLOCK = re.compile(rf"\{{:?[ \t]{{0,4}}{_ATTRIBUTE}(?:[ \t]{{1,4}}{_ATTRIBUTE}){{0,20}}[ \t]{{0,4}}\}}")
"""An attribute block after an image, a link or a span (Pandoc's and kramdown's, MkDocs' ``attr_list``):
'{.inline_icon}', '{height="13px" width="13px"}', '{: .note}'."""


def _in_attribute_block(doc: Document | None, r: Range) -> bool:
    """True when ``r`` lies inside an attribute block that follows an image, a link or a span (its
    "{" right after ")" or "]") on its line: markup the page never shows."""
    if doc is None or doc.format != "markdown" or r.end - r.start > 400:
        return False
    t = doc.text
    o = t.rfind("{", max(0, r.start - 400), r.start + 1)
    if o <= 0 or t[o - 1] not in ")]" or t.find("}", o, r.start) >= 0:
        return False  # (no block opens before it on the same stretch: the common case)
    m = _ATTRIBUTE_BLOCK.match(t, o, min(len(t), o + 800))
    return m is not None and r.end <= m.end()


_MDX_IMPORTS = re.compile(r"\s{0,8}(?:import[ \t]{1,4}[^\n]{1,200}?[ \t]from[ \t]{1,4}['\"][^'\"\n]{1,200}['\"];?[ \t]{0,8}\n?){1,20}\s{0,8}")
"""ES import lines, as MDX pages open ("import Aside from 'components/Aside'")."""


def _in_imports(doc: Document | None, r: Range) -> bool:
    """True when ``r`` is import lines alone, or lies in a passage of import lines ("import Aside
    from 'components/Aside'" put above "import Emph …", which the word diff cuts mid-line)."""
    if _MDX_IMPORTS.fullmatch(r.text):
        return True
    if doc is None or doc.format != "markdown" or doc.text.find("import", max(0, r.start - 200), r.end) < 0:
        return False
    k = passage_index(doc.passages, r.start)
    p = doc.passages[k] if k < len(doc.passages) else None
    return p is not None and p.start <= r.start and r.end <= p.end and p.end - p.start <= 4000 and _MDX_IMPORTS.fullmatch(doc.text, p.start, p.end) is not None


_DEFINITION_LINE = re.compile(_REFERENCE.removeprefix("^") + r"\S{1,2000}(?:[ \t]{1,8}[\"'(][^\n]{0,300})?[ \t]{0,8}")
"""A Markdown link reference definition, alone on its line ("[multipkg]: http://…")."""


def _in_definition(doc: Document | None, r: Range | None) -> bool:
    """True when ``r`` lies within one line of ``doc`` that is a link reference definition."""
    if doc is None or r is None or doc.format != "markdown" or "\n" in r.text.strip() or r.end - r.start > 2000:
        return False
    line = doc.text.rfind("\n", max(0, r.start - 2500), r.start) + 1
    end = doc.text.find("\n", r.end, r.end + 2500)
    if (line == 0 and r.start > 2500) or (end < 0 and r.end + 2500 < len(doc.text)):
        return False  # (a line longer than any definition)
    return _DEFINITION_LINE.fullmatch(doc.text, line, len(doc.text) if end < 0 else end) is not None


_POD_COMMAND = re.compile(r"\s{0,8}=(?:encoding|pod|cut)\b[^\n]{0,80}\s{0,8}")
"""A POD command a formatter obeys and never shows ("=encoding utf-8", "=cut"; not "=for html
<p>…</p>" or "=begin html", whose content is shown)."""
_POD_HEADING = re.compile(r"^=head[1-4][ \t]", re.MULTILINE)
"""A POD heading ("=head1 NAME"): the text is Perl's Plain Old Documentation."""


def _pod_command(doc: Document, r: Range | None) -> bool:
    """True when ``r`` is nothing but a POD command of a POD text."""
    return (r is not None and doc.format == "text" and _POD_COMMAND.fullmatch(r.text) is not None
            and _POD_HEADING.search(doc.text, 0, 20000) is not None)


_COMMENT = re.compile(r"<!--[\s\S]{0,20000}?-->|<(style|script)\b[^<>]{0,200}>[\s\S]{0,20000}?</\1>", re.IGNORECASE)


def _unseen(doc: Document, r: Range | None) -> bool:
    """True when ``r`` (absent, or a span of ``doc``) lies inside an HTML comment of a Markdown
    text, or a ``<style>`` or ``<script>`` block ("td.level4 { padding-left: 90px; }"), or is
    nothing but such: no reader sees it."""
    if r is None:
        return True
    t = doc.text
    if _shown_as_code(doc, r.start):
        return False  # "<!--" shown in a code block or inline code is text a reader reads
    if "<" in r.text and ">" in r.text and not _COMMENT.sub("", r.text).strip():
        return True
    for opening, closing in (("<!--", "-->"), ("<style", "</style>"), ("<script", "</script>")):
        o = t.rfind(opening, max(0, r.start - 4000), r.start + 1)
        close = t.find(closing, o + 4, min(len(t), r.end + 4000)) if o >= 0 else -1
        if close >= 0 and close + len(closing) >= r.end and (opening == "<!--" or t.find(">", o, r.start + 1) >= 0):
            return True
    return False


def _passage_of(doc: Document, r: Range) -> str:
    """The text of the passage holding ``r`` (empty when ``r`` runs past it, or no image opens just
    before it: the common case, told cheaply)."""
    if doc.text.rfind("![", max(0, r.start - 400), r.start + 2) < 0 and doc.text.rfind("image::", max(0, r.start - 400), r.start + 7) < 0:
        return ""
    k = passage_index(doc.passages, r.start)
    p = doc.passages[k] if k < len(doc.passages) else None
    return doc.text[p.start : p.end] if p is not None and p.start <= r.start and r.end <= p.end else ""


def _shown_as_code(doc: Document, at: int) -> bool:
    """Whether offset ``at`` of a Markdown text is in code a reader sees: a code block, or inline
    code (its line, or the 2,000 characters before on a long one)."""
    k = passage_index(doc.passages, at)
    if doc.structure and k < len(doc.structure) and doc.structure[k].kind == "code":
        return True
    return in_backticks(doc.text, at)


_RAISED_DIGITS = re.compile(f"[{RAISED_DIGITS}]+")
"""A footnote's number as the HTML reader writes it (``read.html``: "¹¹")."""


def _renumbered(old: str, new: str) -> bool:
    """Whether ``old`` → ``new`` only changes footnote numbers ("¹¹" → "¹⁰"): in a text read
    from HTML only, where raised digits are the reader's footnote marks, not a text's
    exponents ("10⁶" → "10⁹")."""
    return (
        _RAISED_DIGITS.search(old) is not None and _RAISED_DIGITS.search(new) is not None
        and _RAISED_DIGITS.sub("", old) == _RAISED_DIGITS.sub("", new)
    )
