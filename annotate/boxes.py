"""Boxes around notes: template shortcodes, admonitions, callout ``<div>``s and MDX components.

Why a module of its own: the same note is written inside many kinds of box — "{% Aside %}"
(Eleventy), "{{< note >}}" (Hugo), ":::note" (Docusaurus), "!!! note" (MkDocs), an HTML
``<aside>`` or ``<div class="notice--warning">`` (Jekyll themes), "<Note>" (MDX), a kramdown
"{: .alert}" after a paragraph — and ``annotate.detect`` needs to know only where a box opens
and closes and which boxes are notes by their kind.

>>> bool(BOX_OPEN.fullmatch(":::note")), bool(BOX_CLOSE.fullmatch("{{< /note >}}")), bool(BOX_OPEN.fullmatch("<Tabs>"))
(True, True, True)
"""

from __future__ import annotations

import re

from annotate.dates import FoundDate
from annotate.labeldates import date_in, datey
from annotate.labels import BOX_REPORT, LABEL_WORD, SIGNED, callout_class
from annotate.model import CALLOUT_BOX, Document
from annotate.status import pointer_after

HEADING = re.compile(r"(?:>[ \t]?){0,8}(#{1,6})[ \t]")
"""A Markdown heading's opening marks (in a quote too): the level is group 1."""
MAX_SECTION_PASSAGES = 40
"""Other multi-passage notes (a label above an indented body, a quote, a list) take at most this
many passages; a heading's section is bounded by ``extent.MAX_NOTE_CHARS`` instead."""


BOX_OPEN = re.compile(
    r"[ \t]{0,3}(?:\{%-?[ \t]{0,4}(?!end|(?:include(?:_relative)?|assign|render|extends|import|from|set|load|static|url|post_url|link|cycle|now)\b)[A-Za-z][\w-]{0,30}[^%\n]{0,80}-?%\}|\{\{[<%][ \t]{0,4}[A-Za-z][\w-]{0,30}[^\n]{0,80}?[>%]\}\}"
    r"|:{3,8}[ \t]{0,4}(?:\{\.)?[\w-]{1,20}[^\n]{0,80}|\.\.[ \t]{1,4}[A-Za-z][\w-]{1,30}::[^\n]{0,80}|[!?]{3}\+?[ \t]{0,4}[\w-]{1,20}[^\n]{0,80}|<aside\b[^<>\n]{0,80}>|<[A-Z][A-Za-z]{1,20}\b[^<>\n]{0,80}(?<!/)>"
    r"|<div\b[^<>\n]{0,80}?\bclass=[\"'][^\"'\n]{0,40}\b(?:notice|alert|note|warning|important|caution|update|correction)\b[^<>\n]{0,80}>"
    r"|<div\b[^<>\n]{0,40}?\bstyle=[^<>\n]{0,300}>)[ \t]*"
)
"""A passage that only opens a box around what follows: a template shortcode ("{% Aside %}",
(never a tag that opens nothing: "{% include JB/setup %}", "{% assign … %}"),
"{{< note >}}"), an admonition fence (":::note", "!!! note"), a reST directive alone on its
lines (".. class:: download_menu", ".. note::"), an HTML ``<aside>``, a callout
``<div class="notice--warning">`` or a box drawn by its own style (``<div style="border: …">``), or an MDX component ("<Note>", "<Aside type="caution">")."""
BOX_CLOSE = re.compile(
    r"[ \t]{0,3}(?:\{%-?[ \t]{0,4}end[\w-]{0,30}[ \t]{0,4}-?%\}|\{\{[<%][ \t]{0,4}/[\w-]{1,30}[ \t]{0,4}[>%]\}\}|:{3,8}|</aside>|</div>|</[A-Z][A-Za-z]{1,20}>)[ \t]*"
)
"""A passage that only closes such a box ("{% endAside %}", "{{< /note >}}", ":::", "</Note>")."""


_IAL = re.compile(r"\n[ \t]{0,3}\{:[ \t]{0,4}((?:\.[\w-]{1,40}[ \t]{0,4}){1,6})\}[ \t]{0,4}$")
"""A kramdown attribute list closing a paragraph ("{: .alert .alert-warning}", "{: .notice--info}")."""


ATTRIBUTES = re.compile(r"[ \t]{0,3}\{:?[ \t]{0,4}(?:style|type|class)=[\"']?([\w-]{1,30})[\"']?[ \t]{0,4}\}[ \t]{0,4}")
"""A line of attributes under a block (Writerside's ``{style="note"}`` under a quote)."""


def classed_paragraph(doc: Document, k: int) -> tuple[str, FoundDate | None, int] | None:
    """A paragraph that its kramdown classes make a callout box ("…\n{: .notice--warning}"),
    or a quote with a callout style on the line under it ("> …\n>\n{style="note"}"), or a
    block of an HTML page in a box its class names (``Structure.box``):
    labelled by the box's kind (``labels.callout_class``)."""
    text, p = doc.text, doc.passages[k]
    if doc.structure and (box := doc.structure[k].box) is not None and box[0] != CALLOUT_BOX:
        return box[0], None, p.start  # (an HTML page's "<div class="update">": ``Structure.box``; a callout is none by its class)
    if text[p.end - 1 : p.end] == "}" and (m := _IAL.search(text, max(p.start, p.end - 300), p.end)) is not None:
        kind = callout_class(m.group(1))
        return (kind, None, p.start) if kind is not None else None
    if k + 1 < len(doc.passages) and text.startswith(">", p.start):
        q = doc.passages[k + 1]
        if (m := ATTRIBUTES.fullmatch(text, q.start, q.end)) is not None and (kind := callout_class(m.group(1))) is not None:
            return kind, None, p.start
    return None


def reporting_box(doc: Document, k: int) -> tuple[str, FoundDate | None, int] | None:
    """A box opened on a line of its own (":::info", "{{% note %}}") whose first paragraph
    reports a change to the text ("This change has been reverted in v3.5.2", "The `instagram`
    shortcode refers to an endpoint that's deprecated since October 24th, 2020"): labelled by
    its kind."""
    text, passages = doc.text, doc.passages
    start, end = passages[k].start, passages[k].end
    if (box := doc.structure[k].box if doc.structure else None) is not None and box[0] == CALLOUT_BOX and (k == 0 or doc.structure[k - 1].box != box):
        # an HTML page's callout ('<div class="warning">') opening with a report: "If you're still using
        # Jasmine 1.x, … skip directly to the latest version (5.x as of this writing) …"
        return ("callout", None, start) if BOX_REPORT.match(text, start, end) else None
    if text[start : start + 3] not in (":::", "!!!", "{{%", "{{<"):
        return None
    line = text.find("\n", start, end)
    if line < 0 and k + 1 < len(passages):
        body = passages[k + 1].start, passages[k + 1].end  # (the box's text in the next paragraph)
    elif line >= 0:
        body, end = (line + 1, end), line  # ("{{% note %}}\nThe shortcode … is deprecated …\n{{% /note %}}")
    else:
        return None
    if not BOX_OPEN.fullmatch(text, start, end) or not BOX_REPORT.match(text, *body):
        return None
    named = _SHORTCODE_NAME.match(text, start, end)
    kind = named.group(1).split() if named else text[start:end].strip(":! \t").split()
    return (kind[0] if kind else "note"), None, end


_SHORTCODE_NAME = re.compile(r"[ \t]{0,3}(?:\{%-?|\{\{[<%])[ \t]{0,4}([A-Za-z][\w-]{0,30})")
"""The name of a template shortcode opening a box ("{{% pageinfo …", "{% warning %}")."""


_COMPONENT_NAME = re.compile(r"[ \t]{0,3}<([A-Z][A-Za-z]{1,20})\b")
"""The name of an MDX component opening a box ("<Highlight type="warning">")."""


def _closes(text: str, start: int, end: int, name: str | None) -> bool:
    """Whether the passage ``[start, end)`` closes a box: it is the closing tag, or its last
    line closes the shortcode ``name`` ("- Or remove that file …\n{{% /pageinfo %}}": a list's
    last item and the close; never "{% endsample %}" inside a "{% warning %}" box)."""
    if BOX_CLOSE.fullmatch(text, start, end) is not None:
        return True
    return name is not None and closed_on_last_line(text, start, end) and name in text[text.rfind("\n", start, end) + 1 : end]


def closed_on_last_line(text: str, start: int, end: int) -> bool:
    """Whether the passage ``[start, end)`` has more lines than one and its last closes a box
    ("…\n{% endnote %}")."""
    last = text.rfind("\n", start, end) + 1
    return last > start and BOX_CLOSE.fullmatch(text, last, end) is not None


def boxed_extent(doc: Document, k: int, last: int, label_end: int, covered_until: int) -> tuple[int, int]:
    """``(first, last)`` passages of a labelled note found at passage ``k`` (ending at
    ``last`` so far): the box around it when it stands in one ("{% Aside %}" above it, up to
    "{% endAside %}"), and, when the label is a passage of its own ("**Update, March
    2023**"), the paragraph under it."""
    text, passages = doc.text, doc.passages
    first = k
    p = passages[k]
    opened = BOX_OPEN.match(text, p.start, p.end)
    if k > 0 and opened is None and passages[k - 1].start >= covered_until and BOX_OPEN.fullmatch(text, passages[k - 1].start, passages[k - 1].end):
        first = k - 1  # (not when the note opens a box itself: "{{< instagram … >}}" above "{{% note %}}\n…")
    boxed = first < k or BOX_OPEN.fullmatch(text, p.start, p.end) is not None or (
        opened is not None and text.find("\n", p.start, p.end) > 0
    )
    # (the opener's own ":::" closes nothing)
    if boxed and not BOX_CLOSE.search(text, max(opened.end() if opened else p.start, p.end - 40), p.end):
        stop = min(len(passages), k + MAX_SECTION_PASSAGES)
        opener = _SHORTCODE_NAME.match(text, passages[first].start, passages[first].end) or _COMPONENT_NAME.match(
            text, passages[first].start, passages[first].end
        )
        # (a ":::" container's close on its last paragraph's last line: "… slower.\n:::"; an MDX
        # component's: "… [Install from source][x].\n</Highlight>")
        name = opener.group(1) if opener else ":::" if text.startswith(":::", passages[first].start) else None
        end = next((j for j in range(k + 1, stop) if _closes(text, passages[j].start, passages[j].end, name)), None)
        if end is not None:
            return first, max(last, end)
    if last + 1 < len(passages) and ATTRIBUTES.fullmatch(text, passages[last + 1].start, passages[last + 1].end):
        last += 1  # the box's style line under it ("{style="note"}")
    if last == k and label_end >= p.end - 3 and k + 1 < len(passages) and not HEADING.match(
        text, passages[k + 1].start, passages[k + 1].end
    ) and not (doc.structure and doc.structure[k + 1].kind == "heading") and not _plain_stamp(text, p.start, p.end) and not _WHOLE_TAG.fullmatch(text, p.start, p.end):  # (nor an HTML page's <h2>: "<em>Revised January 17, 2025</em>" over "Purpose")
        last = k + 1 + pointer_after(doc, k + 1)  # a label alone on its line, its note below it (and a pointer under that: "See the following for more details: …")
        if boxed and last + 1 < len(passages) and BOX_CLOSE.fullmatch(text, passages[last + 1].start, passages[last + 1].end):
            last += 1
    return first, last


_WHOLE_TAG = re.compile(r"[ \t]{0,3}\{%-?[ \t]{0,4}(?:include(?:_relative)?|render)\b[^\n]{0,2000}?-?%\}[ \t]*")
"""A template tag that is its note whole, message and all ('{% include update.html date="27/12/2020"
message="…" %}', as Kamarada's Jekyll site writes its updates): no body under it."""
_PLAIN_STAMP = re.compile(r"(?:last[ \t]+)?(?:updated|edited|revised|amended|corrected)\b(?:[ \t]+on\b)?", re.IGNORECASE)
"""A stamp's participle opening a line with no markup ("Updated 2023-05-08")."""


def _plain_stamp(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a participle and its date alone, unmarked ("Updated 2023-05-08",
    "Last updated February 3, 2021"): a page's stamp, a statement whole in itself, not a title over the
    paragraph below it, as "**Update, March 2023**" or "**Updated on 2021-10-08**" in bold are."""
    if (m := _PLAIN_STAMP.match(text, start, end)) is None:
        return False
    at = m.end() if (signed := SIGNED.match(text, m.end(), end)) is None else signed.end()  # ("updated by [Stefan Hahmann](…), December 18th, 2023")
    return datey(text, at, end) and date_in(text, at, end) is not None


_TITLED_BOX = re.compile(
    r"[ \t]{0,3}(?:<(?:div|aside|section|table|tr|td|p)\b[^<>\n]{0,200}>\s{0,20}){1,5}"
    r"<(?P<tag>div|p|span|strong|b|h[1-6]|td)\b[^<>\n]{0,120}\bclass=[\"'][^\"'\n]{0,60}\btitle\b[^\"'\n]{0,60}[\"'][^<>\n]{0,120}>"
    r"[ \t]{0,4}(?P<label>[A-Za-z][A-Za-z' ]{1,30}?)[ \t:]{0,4}</(?P=tag)>"
)
"""An HTML box whose first element is its title ('<div class="sidebarblock"><div class="content">
<div class="title">NOTE</div> …', as Asciidoctor writes its sidebars and admonitions)."""
_TEXT = re.compile(r"(?:^|>)\s{0,200}[^<\s]", re.MULTILINE)
"""Text outside tags."""


def titled_box(doc: Document, k: int) -> tuple[str, FoundDate | None, int] | None:
    """An HTML box opening passage ``k`` whose title element holds a label word alone
    ("NOTE", "Update"): labelled by that word."""
    text, p = doc.text, doc.passages[k]
    if text[p.start : p.start + 1] not in ("<", " ", "\t"):
        return None
    m = _TITLED_BOX.match(text, p.start, p.end)
    if m is None or LABEL_WORD.fullmatch(m.group("label").strip()) is None or _TEXT.search(text, m.end() - 1, p.end) is None:
        return None  # (a title and no text under it: no note)
    return m.group("label").strip(), None, p.start


def box_title(doc: Document, k: int) -> tuple[str, FoundDate | None, int] | None:
    """A page's box title standing alone over the box's text ("Important" over "Please be aware
    that the platform is regularly updated and may look different …"), as a web page's text
    reads once its boxes are gone: labelled by that word. A callout's word ("Important",
    "Note") heads a note only when the text under it speaks of the text itself (it was
    updated, may differ, this page); else it is guidance ("Important" over "do not include the
    / at the end of the URL")."""
    text, p = doc.text, doc.passages[k]
    if doc.format != "html" or k + 1 >= len(doc.passages) or p.end - p.start > 40:
        return None
    stop = p.end - (text[p.end - 1] == ":")  # (a colon closing the title)
    if _NOTICE_TITLE.fullmatch(text, p.start, p.end) is not None:
        return text[p.start : stop].strip(" !"), None, p.end  # "Important notice", "Wichtiger Hinweis": a notice by its name
    m = LABEL_WORD.match(text, p.start, stop)
    if m is None:
        return None
    # the word alone, or with its date ("Updates (2022-11-04)", as a bold title reads once its bold
    # is gone), or a second label word and its date after a colon (a ReSpec note's title, "Noot:
    # Toevoeging 18 april 2025": note, addition of 18 April 2025)
    at = m.end()
    if (second := _SECOND_LABEL.match(text, at, stop)) is not None and (again := LABEL_WORD.match(text, second.end(), stop)) is not None:
        at = again.end() if datey(text, again.end(), p.end) and date_in(text, again.end(), p.end) else at
    date = date_in(text, at, p.end) if at < stop and datey(text, at, p.end) else None
    if m.end() < stop and date is None:
        return None
    body = doc.passages[k + 1]
    word = m.group("word").lower()
    titles_callout = bool(doc.structure) and (box := doc.structure[k].box) is not None and box[0] == CALLOUT_BOX and (
        k == 0 or doc.structure[k - 1].box != box
    )  # (the first line of an admonition, "<p class="admonition-title">Update</p>": its title)
    if date is None and not (word in POST_WORDS and (doc.date is not None or titles_callout or _LATER.search(text, body.start, min(body.end, body.start + 300)))) and (
        word not in _CALLOUT_WORDS or _DISCLAIMS.search(text, body.start, min(body.end, body.start + 300)) is None
    ):
        return None  # ("Update" alone is a section on updating as often, but in a dated post; "Important" over guidance is guidance)
    return text[m.start() : m.end()], date, p.end


_NOTICE_TITLE = re.compile(
    r"(?:(?:Important|Urgent)\s+(?:notice|note|information|update)|Deprecation\s+notice|Wichtige[rs]?\s+(?:Hinweis|Information|Mitteilung)|Avis\s+important|"
    r"Aviso\s+importante|Avviso\s+importante|Belangrijke\s+(?:mededeling|informatie)|Viktig\s+(?:information|meddelande))[ \t]*[:!]?",
    re.IGNORECASE,
)
"""A box's title that names it a notice ("Important notice", "Wichtiger Hinweis", "Avis important")."""
_LATER = re.compile(
    r"\b(?:(?:has|have|had)\s+since|since\s+(?:then|publication|publishing|posting|writing)|no\s+longer|subsequently|"
    r"at\s+the\s+time\s+of\s+(?:writing|publication)|(?:it\s+)?turn(?:s|ed)\s+out|as\s+of\s+(?=\d|[A-Z]))\b"
)
"""What text written after the page says of it ("The bridge has since reopened", "As of May, …"):
under "Update" alone on an undated page, the section is an update, not how to update."""
_SECOND_LABEL = re.compile(r"[ \t]{0,2}:[ \t]{1,3}")
POST_WORDS = frozenset(["update", "updates", "correction", "corrections", "addendum", "postscript", "erratum", "errata", "clarification"])
"""A title a dated post's new section takes ("Update" over "Amelia McNamara wrote an important follow up …")."""
_CALLOUT_WORDS = frozenset(["note", "please note", "important", "warning", "caution", "attention", "disclaimer"])
"""The words a web page's callout box is titled with."""
_DISCLAIMS = re.compile(
    r"\b(?:(?:is|are)\s+(?:regularly\s+|frequently\s+|often\s+)?updated|outdated|out[\s-]of[\s-]date|may\s+(?:look|be|appear)\s+different|"
    r"differ\s+from|no\s+longer|deprecated|obsolete|superseded|(?:has|have|was|were)\s+(?:since\s+)?(?:been\s+)?"
    r"(?:updated|changed|revised|corrected|moved|removed|replaced|rewritten)|"
    # a service's state for a while ("Automatic deletion will be paused from 22 Aug 2025 to 13 Oct 2025")
    r"(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:temporarily\s+)?(?:paused|suspended|unavailable|disabled|offline|postponed|delayed|cancell?ed)|"
    r"temporarily|until\s+further\s+notice)\b",
    re.IGNORECASE,
)
"""What a callout about the page itself says: that it is updated, out of date, may look
different, no longer holds, was changed."""


def box_span(doc: Document, k: int, covered_until: int | None = None) -> tuple[int, int] | None:
    """The first and last passages of the HTML box around passage ``k`` (``Structure.box``), or ``None``: from ``k``, or
    from its first passage not before ``covered_until`` (a notice inside a callout takes the box's title above it)."""
    box = doc.structure[k].box if doc.structure else None
    if box is None:
        return None
    first, last = k, k
    while covered_until is not None and first > 0 and doc.structure[first - 1].box == box and doc.passages[first - 1].start >= covered_until:
        first -= 1
    while last + 1 < len(doc.passages) and doc.structure[last + 1].box == box:
        last += 1
    return first, last
