"""How far a labelled note reaches: the passages after its label that are its body.

Why this exists: a label opens a note, but its body may run on — a heading's section, a
quote's paragraphs, the list or code a colon introduces, the comment after code a note
shows. ``annotate.detect`` finds the label; this module decides where the note ends
(over-reaching is safe: ``annotate.confirm`` keeps only the note's new passages).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from annotate.boxes import HEADING, MAX_SECTION_PASSAGES, POST_WORDS, box_title, closed_on_last_line
from annotate.candidate import Candidate
from annotate.labeldates import SETEXT, TITLE_LINE, underline_at
from annotate.labels import CJK_LABELS, WEAK_WORDS
from annotate.lines import delimited
from annotate.model import Document
from annotate.openings import label_at
from annotate.segment import passage_index
from annotate.status import SPACER, pointer_after, pointer_end

MAX_NOTE_PARAGRAPHS = 8
"""A bracketed note may span at most this many paragraphs."""
MAX_NOTE_CHARS = 40_000
"""…and at most this many characters."""
_LIST_ITEM = re.compile(r"(?:>[ \t]?){0,8}[ \t]{0,8}(?:[-*+]|\d{1,3}[.)])[ \t]")


def indent(text: str, start: int) -> int:
    """Columns of indentation before offset ``start`` on its line."""
    return start - (text.rfind("\n", 0, start) + 1)


def note_extent(doc: Document, k: int, reach: bool = False) -> int:
    """Index of the last passage of the labelled note opening passage ``k``: a heading
    label takes its section (up to the next heading of the same or a higher level); a
    quoted label takes the quote's following paragraphs; a label line ending with a
    colon takes the list after it, or the code it shows. With ``reach`` (when ``annotate.compare``
    will keep only the part that is new), a note showing material — code, a quote, an embedded
    post — takes the paragraphs that comment on it too (``_comment_after``); a document read
    alone cannot tell that comment from the text that was there before."""
    text, passages = doc.text, doc.passages
    p = passages[k]
    last = k
    limit = min(len(passages), k + MAX_SECTION_PASSAGES)
    heading = HEADING.match(text, p.start, p.end)
    if _underline(text, p.start, p.end) is not None and not delimited(text, p.start, p.end):
        last = _section_end(doc, k, limit, _setext_level)  # "Update\n======" (setext / reStructuredText)
    elif _WIKI_HEADING.fullmatch(text, p.start, p.end) is not None:
        last = _section_end(doc, k, limit, _wiki_level)  # "== Changelog ==" (MediaWiki)
    elif heading is None and indent(text, p.start) < indent(text, passages[k + 1].start if k + 1 < len(passages) else p.start) and (
        text.startswith("..", p.start) or (alone := label_at(text, p.start, p.end)) is None or not text[alone[2] : p.end].strip(" \t*_:.)")
    ):  # (a reST directive's body, or the body under a label alone; not a list item indented under a paragraph)
        # A label on a line of its own above an indented body (plain-text documents)
        own = indent(text, p.start)
        while last + 1 < limit and indent(text, passages[last + 1].start) > own:
            last += 1
    elif heading is None and doc.format == "html" and doc.structure and doc.structure[k].kind == "heading":
        last = _section_end(doc, k, len(passages), lambda _t, start, _e: _structure_level(doc, start), MAX_NOTE_CHARS)  # (an <h2>Update</h2>)
    elif heading is not None:
        # A heading's section may hold many short passages (sub-headings, list items): it is
        # bounded by its characters (MAX_NOTE_CHARS), not by a passage count.
        last = _section_end(doc, k, len(passages), _markdown_level, MAX_NOTE_CHARS)
    elif text.startswith(">", p.start):
        # (the same quote: its blank lines are quoted too, "> …\n>\n> …"; a blank line
        # without ">" ends it, and the next "> [!NOTE] …" is a quote of its own)
        while last + 1 < limit and text.startswith(">", passages[last + 1].start) and (
            ">" in text[passages[last].end : passages[last + 1].start]
        ):
            last += 1
        if reach and last == k and k + 1 < limit and "\n" not in text[p.start : p.end] and _label_alone_emphasised(text, p.start, p.end, quoted=True):
            last = _body_under(doc, k, limit)  # ("> 更新：2023 年 08 月 10 日" quoted alone over its body: a title)
    elif text[p.end - 1] == ":" or text[p.end - 2 : p.end] in (":*", ":_") or text[p.end - 3 : p.end] == ":**":
        # A label line ending with a colon introduces what follows: a list, a code block, a quote
        # ("He says:\n\n> ejabberd is buggy. …") or an embedded post ("<blockquote class=…>").
        while last + 1 < limit and (
            _LIST_ITEM.match(text, passages[last + 1].start, passages[last + 1].end)
            or (doc.format == "html" and doc.structure and doc.structure[last + 1].kind == "list_item")  # (an HTML list: no markers left)
            or (_definition(doc, last + 1) and last + 2 < limit and _LIST_ITEM.match(text, passages[last + 2].start, passages[last + 2].end))
            or (last > k and indent(text, passages[last + 1].start) >= 2)  # (a list item's own quote or code, indented)
        ):
            last += 1  # (a link definition between the colon and its list is the note's: "…on [LinkedIn][li]:\n\n[li]: https://…\n\n- …")
        if last == k and k + 1 < len(passages) and not reach and doc.structure and doc.structure[k + 1].kind == "code":
            last = k + 1
        elif last == k and k + 1 < len(passages) and reach and _shown(doc, k + 1):
            last = _comment_after(doc, k + 1, limit)
        elif last == k and k + 2 < len(passages) and reach and text[passages[k + 1].end - 1] == ":" and _shown(doc, k + 2) and (
            (alone := label_at(text, p.start, p.end)) is not None and not text[alone[2] : p.end].strip(" \t*_:")
        ):
            # a label alone ("UPDATE2 (14 Feb 2015):") over a body that introduces a quote
            last = _comment_after(doc, k + 2, limit)
    elif reach and k + 1 < limit and _BELOW_ADDED.search(text, p.start, p.end) and (alone := label_at(text, p.start, p.end)) is not None and alone[2] >= p.end - 1:
        last = limit - 1  # "2017/9/24(日)以下追記": "added below", alone on its line: what follows (the comparison keeps what is new)
    elif reach and k + 1 < limit and _label_alone_emphasised(text, p.start, p.end):
        # "**Update: August 5 2025**" alone over its body: a heading written in bold
        last = _body_under(doc, k, limit)
    elif reach and k + 1 < limit and label_word_alone(text, p.start, p.end) and HEADING.match(text, passages[k + 1].start, passages[k + 1].end) is None:
        last = k + 1  # ("*Edit*" over its paragraph; the paragraphs after it are the text's)
    elif reach and k + 1 < limit and doc.format == "html" and (titled := box_title(doc, k)) is not None and (
        titled[1] is not None or titled[0].lower() in POST_WORDS
    ):
        # a web page's dated box title alone ("Updates (2022-11-04)"), a post's "Update", over its
        # text: the box's items, each a paragraph once its list is gone, up to a heading or another label
        last = _comment_after(doc, k, limit)
    elif reach and k + 1 < limit and _CONTINUES.match(text, passages[k + 1].start, passages[k + 1].end):
        # "Update: And if you need …" over "And if you find yourself doing this often, … script:"
        # and what it shows: the paragraphs that go on from the note are the note's
        last = _comment_after(doc, k, limit)
    elif k + 1 < len(passages) and doc.structure and doc.structure[k + 1].kind == "code" and not closed_on_last_line(text, p.start, p.end):
        # the code a note shows ("… the whole pipeline returns invisibly as well." over its
        # example); not after a box closed on its last line ("{% endnote %}")
        last = _comment_after(doc, k + 1, limit) if reach else k + 1
    if reach:
        # a note that says where it ends ("**Update 2018-05-10:** … (end of update)"), or a pointer
        # right under it (":warning: __TSLint is deprecated.__" over "> See this issue for more details: …")
        end = next((j for j in range(k + 1, min(limit, k + 12)) if _END_MARK.fullmatch(text, passages[j].start, passages[j].end)), None)
        if end is not None and end > last:
            last = end
        elif last + 1 < limit and pointer_after(doc, last):
            last = min(limit - 1, pointer_end(doc, last + 1))
    return last


def _structure_level(doc: Document, start: int) -> int | None:
    """The level of the heading passage starting at ``start`` by the document's structure, else ``None``."""
    j = passage_index(doc.passages, start)
    st = doc.structure[j] if j < len(doc.structure) and doc.passages[j].start == start else None
    return st.level if st is not None and st.kind == "heading" else None


_END_MARK = re.compile(
    r"[ \t>*_(\[]{0,6}(?:#{1,6}[ \t]{1,4})?(?:end[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:update|edit|note|addendum|correction)|/[ \t]?(?:update|edit)|(?:update|edit)[ \t]+ends?)[ \t.*_)\]]{0,6}",
    re.IGNORECASE,
)
"""A line closing a note ("(end of update)", "[/update]", "— End of edit —")."""
_BELOW_ADDED = re.compile(r"(?:以下|下記)(?:追記|追加)")
"""Japanese "added below" on a label's line."""
_CONTINUES = re.compile(
    r"(?:And|But|Also|So|Additionally|Alternatively|Moreover|Furthermore|That\s+said|In\s+other\s+words|Either\s+way|In\s+any\s+case"
    r"|On\s+(?:which|that|this)\s+note)\b[ \t,:]"
)
"""A paragraph opening by going on from the one before ("And if you find yourself …", "On which
note: …", "That said, …")."""
_WIKI_HEADING = re.compile(r"(={2,6})(?:[ \t]{0,4}[^=\n][^\n]{0,200}?[ \t]{0,4}\1|[ \t]{1,4}[^=\s][^\n]{0,200}?)[ \t]*")
"""A MediaWiki heading ("== Changelog ==") or an AsciiDoc section title ("== Update (18-JUN-2015): …")."""


def _section_end(doc: Document, k: int, limit: int, level: Callable[[str, int, int], int | None], max_chars: int | None = None) -> int:
    """The last passage of the section opened by the heading at passage ``k``: up to the next
    heading of its level or a higher one (``level``: a passage's heading level, ``None`` when it
    is no heading), before ``limit`` and within ``max_chars`` of its start. A thematic break
    ends it too: "---" under the last of the updates put above an article parts them from it."""
    text, passages = doc.text, doc.passages
    own = level(text, passages[k].start, passages[k].end)
    last = k
    while last + 1 < limit:
        q = passages[last + 1]
        nxt = level(text, q.start, q.end)
        if (nxt is not None and own is not None and nxt <= own) or (max_chars is not None and q.end - passages[k].start > max_chars):
            break
        if _BREAK.fullmatch(text, q.start, q.end) is not None:
            break
        last += 1
    return last


def _underline(text: str, start: int, end: int) -> str | None:
    """The underline of a passage whose second line underlines its first ("Update\n======"):
    its lines from the second on, stripped; else ``None``."""
    nl = text.find("\n", start, end)
    title = start
    if nl >= 0 and SETEXT.match(text, start, nl + 1) and (title_end := text.find("\n", nl + 1, end)) > 0 and TITLE_LINE.fullmatch(text, nl + 1, title_end):
        title, nl = nl + 1, title_end  # (a title between an overline and its underline, reStructuredText's "####\nDeprecation notice\n####")
    return text[nl + 1 : end].strip() if nl >= 0 and underline_at(text, title, nl + 1, end) else None


def _setext_level(text: str, start: int, end: int) -> int | None:
    """Every setext heading ("Update\n======") ends a setext heading's section: one level."""
    return 1 if _underline(text, start, end) is not None else None


def _wiki_level(text: str, start: int, end: int) -> int | None:
    return len(m.group(1)) if (m := _WIKI_HEADING.fullmatch(text, start, end)) is not None else None


def _markdown_level(text: str, start: int, end: int) -> int | None:
    """An ATX heading's level, or a setext heading's ('"Reject and resubmit"\n----': 2)."""
    if (m := HEADING.match(text, start, end)) is not None:
        return len(m.group(1))
    line = _underline(text, start, end)
    if line is not None and "\n" not in line and not delimited(text, start, end):
        return 1 if line[:1] == "=" else 2
    return None


_EMPHASISED_LINE = re.compile(r"(\*\*|__|\*|_)[^\n]{3,120}?\1[ \t]*")
"""A line wholly in emphasis ("**Update: August 5 2025**")."""
_BREAK = re.compile(r"[ ]{0,3}(?:(?:-[ \t]{0,2}){3,40}|(?:\*[ \t]{0,2}){3,40}|(?:_[ \t]{0,2}){3,40})")
"""A Markdown thematic break ("---", "* * *")."""


def _label_alone_emphasised(text: str, start: int, end: int, quoted: bool = False) -> bool:
    """Whether the passage ``[start, end)`` is one line in emphasis holding a label and its
    date and nothing else ("**Update: August 5 2025**", "__Update (2019-03-01)__"), or a dated label
    and a short title ("**Update 2025-05-19: Deadline extended**"): a note's title, whose body is what follows."""
    if not quoted and _EMPHASISED_LINE.fullmatch(text, start, end) is None:
        return False  # (or the line quoted, "> Update: 2023-08-10": ``quoted``)
    found = label_at(text, start, end)
    if found is None or (found[0].lower() in WEAK_WORDS and found[0] not in CJK_LABELS):
        return False  # (not a callout word: "**Important: March 5, 2024**" may head an event's schedule)
    if found[1] is None:
        return False  # ("**Update: the server moved**" over a new paragraph: a note, then prose)
    rest = text[max(found[2], found[1].end) : end].strip(" \t*_:.)")
    # the label and its date alone, or a title after them, as a heading has ("**UPDATE 2025-05-19:
    # Application period extension**"): a few words, no sentence ("**Update 5 May: the vote is on Monday.**")
    return not rest or (len(rest.split()) <= 8 and not text[start:end].rstrip(" \t*_").endswith((".", "!", "?")))


_STRONG_LINE = re.compile(r"(\*\*|__)(?:(?!\1)[^\n]){3,150}\1[ \t]*")
"""A line wholly in strong emphasis, nothing after it: a title written in bold."""


def title_body(doc: Document, k: int) -> int:
    """When the notice at passage ``k`` is one line wholly in bold and no sentence, a title ("**Pinia
    is now the new default**"), over a paragraph: the last passage of the body under it
    (``_body_under``), as a heading's section; else ``k``. (A bold sentence, "**Update: the server
    moved.**", keeps to itself.) Only under comparison, which keeps the new passages from the start."""
    text, p, n = doc.text, doc.passages[k], len(doc.passages)
    if k + 1 >= n or _STRONG_LINE.fullmatch(text, p.start, p.end) is None or (doc.structure and doc.structure[k + 1].kind != "paragraph"):
        return k
    if text[p.start : p.end].rstrip(" \t*_").endswith((".", "!", "?")):
        return k
    if _STRONG_LINE.fullmatch(text, doc.passages[k + 1].start, doc.passages[k + 1].end) is not None:
        return k  # (bold lines one under another: notes of their own, "**See … v2 issued on April 13, 2021 …**")
    return _body_under(doc, k, min(n, k + MAX_SECTION_PASSAGES))


def label_word_alone(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a label word alone in emphasis, undated ("*Edit*", "**Update**"):
    it heads the one paragraph under it, as the CDU data science team's posts write it."""
    if _EMPHASISED_LINE.fullmatch(text, start, end) is None or (found := label_at(text, start, end)) is None or found[1] is not None:
        return False
    return found[0].lower() not in WEAK_WORDS and len(text[start:end].strip(" \t*_:.")) == len(found[0])


def _body_under(doc: Document, k: int, limit: int) -> int:
    """The last passage of the body under a title at passage ``k``: up to a heading, a
    separator (a thematic break, ``&nbsp;``) or the next label; ``annotate.compare`` keeps only
    the new passages from the start."""
    text, last = doc.text, k
    while last + 1 < limit:
        q = doc.passages[last + 1]
        if HEADING.match(text, q.start, q.end) or SPACER.fullmatch(text, q.start, q.end) or label_at(text, q.start, q.end):
            break
        last += 1
    return last


def _definition(doc: Document, k: int) -> bool:
    return bool(doc.structure) and k < len(doc.structure) and doc.structure[k].kind == "link_definition"


def _shown(doc: Document, k: int) -> bool:
    """Whether passage ``k`` is material a note can show: code, a quote, an HTML block, or an
    address alone on its lines (a post linked as a card: "EDIT: you might also like this
    one:\n\nhttps://…\n\nLooks like we have some contention here!")."""
    kind = doc.structure[k].kind if doc.structure else "paragraph"
    p = doc.passages[k]
    return kind in ("code", "html") or doc.text.startswith(">", p.start) or _ADDRESS_ALONE.fullmatch(doc.text, p.start, p.end) is not None


_ADDRESS_ALONE = re.compile(r"<?https?://[^\s<>]{1,2000}>?")
"""A passage that is one web address and nothing else."""


def _comment_after(doc: Document, k: int, limit: int) -> int:
    """The last passage of a note whose body shows material (passage ``k``: code, a quote):
    the paragraphs after it that comment on it are the note's too ("``` … ```\n\nThis removes the
    overhead measured in this article."), up to a heading or the next label; ``annotate.compare``
    keeps only the new ones."""
    last = k
    limit = min(limit, k + MAX_NOTE_PARAGRAPHS)
    text = doc.text
    while last + 1 < limit:
        q = doc.passages[last + 1]
        if HEADING.match(text, q.start, q.end) or label_at(text, q.start, q.end) is not None or box_title(doc, last + 1) is not None or (
            doc.structure and doc.structure[last + 1].kind not in ("paragraph", "code", "list_item", "html")
        ):
            break  # a heading, or a note of its own, ends it
        last += 1
    return last


_LINK_LINE = re.compile(r"\n[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]{0,8}\S{1,2000}[ \t]*$")


_FOOTNOTE_START = re.compile(r"\n[ \t]{0,3}\[\^[^\]\n]{1,40}\]:")
"""The line opening the next footnote's definition: a note inside a footnote ends before it."""


_COMPONENT_ALONE = re.compile(r"[ \t]{0,3}<[A-Z][A-Za-z]{1,30}\b[^<>\n]{0,300}/>[ \t]*")
"""An MDX component alone on its lines, closing itself ("<BlogAuthor {...authors.OndrejBlazek} />")."""


def without_furniture(doc: Document, first: int, last: int) -> int:
    """``last``, moved before the self-closing MDX components that end a note's extent: a post's
    author card or its newsletter form, the page's furniture, never the note's words."""
    while last > first and _COMPONENT_ALONE.fullmatch(doc.text, doc.passages[last].start, doc.passages[last].end):
        last -= 1
    return last


def before_link_lines(text: str, start: int, end: int) -> int:
    """``end``, moved before the link definitions that close a note ("…the directions
    [here.][ssl]\\n[ssl]: http://…"): an address for the note's link, never its words; and
    before the next footnote's definition ("**Edit**: … 2024-07-09.\\n[^3]: …")."""
    if (foot := _FOOTNOTE_START.search(text, start, end)) is not None:
        end = foot.start()
    while (m := _LINK_LINE.search(text, max(start, end - 2200), end)) is not None and m.end() == end:
        end = m.start()
    return end


def headed_inside(doc: Document, lo: int, hi: int, entries: set[int]) -> list[Candidate]:
    """Notes among passages ``lo..hi`` of a note's extent that are not its log's ``entries``:
    under a labelled heading, each with its own section ("##### DEPRECATION NOTICE" new under
    an old "#### (DEPRECATED) …" heading, which is a note only in its bracket), or a labelled
    paragraph ("*This post was updated on 15 March 2021 to …*" new under an old "## Updates")."""
    text, out = doc.text, []
    for j in range(lo, hi + 1):
        q = doc.passages[j]
        if j in entries or (label := label_at(text, q.start, q.end)) is None:
            continue
        last = min(hi, note_extent(doc, j, True)) if text.startswith("#", q.start) or label_word_alone(text, q.start, q.end) else j  # ("*Edit*" over its paragraph)
        out.append(Candidate("labelled", q.start, doc.passages[last].end, label[0], label[1], tuple(range(j, last + 1)), True))
    return out


def next_dated(doc: Document, lo: int, hi: int) -> int | None:
    """The first passage from ``lo`` to ``hi`` that opens with a dated label of its own
    ("**Update 2015-03-17**: …" under "**Update 2018-10-25**: …" in one bordered box)."""
    for j in range(lo, hi + 1):
        q = doc.passages[j]
        if (found := label_at(doc.text, q.start, q.end)) is not None and found[1] is not None:
            return j
    return None
