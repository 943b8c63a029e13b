"""What a note brings with it: what it introduces, the images and embeds inserted under it,
its own link definitions, its afterthought.

Why this exists: writers introduce and illustrate a note's matter. The screenshot under
"**Note**: in LXQt 1.2.0 the utility has a help button:", the video under "__Update:__ There is
now a video edition of this post. Check it out!", the timings under "… now I get:", the
"[rfc817]: https://…" a note cites are inserted with the note and are its own; left out, they
were undisclosed additions. Only passages the comparison shows as new are taken: images,
embeds, definitions the note cites and a break closing them, which hold no article text; and
the one passage a note ending with a colon introduces, never a heading. A break *above* a note
is not taken: readers of held-out sets 5, 25 and 29 (eight notes under "---") read the note as
starting at its label, and only three truths, from two sites, took the break.
"""

from __future__ import annotations

import re

from annotate.brackets import match_bracket
from annotate.candidate import Candidate
from annotate.labels import ADDRESSED, SECTION_ADDED, UPDATE_CUE, WEAK_WORDS
from annotate.lines import TITLE
from annotate.model import Document, Passage
from annotate.naming import DEFINITION
from annotate.notices import REPORTS_CHANGE
from annotate.status import SPACER

_LINK_ITEM = re.compile(r"[ \t]{0,3}[-*+][ \t]{1,4}\[[^\]\n]{1,300}\]\([^)\s]{1,500}\)[ \t]*")
"""A list item that is one link and nothing else: under a note, the reading it points to."""
_ALSO = re.compile(r"(?:Also|Additionally|In addition|Further(?:more)?)\b,?[ \t]")
"""A paragraph going on with the one above it ("Also, Manish points out …")."""
_DEFINITIONS = re.compile(
    r"(?:[ ]{0,3}\[(?!\^)[^\]\n]{1,100}\](?::[ \t]{0,8}|[ \t]{1,8}(?=[a-z]{2,10}://))\S{1,2000}[^\n]{0,300}(?:\n|$)){1,40}"
)
"""A passage of link reference definitions alone: Markdown's ("[rfc817]: https://…") or a plain
text's references ("[0] https://bugs.launchpad.net/…" under an advisory's note); never a footnote's
("[^swh]: See citation 3 …": text a reader reads at the page's foot, its readers found)."""
_SOCIAL_POST = (
    r"<blockquote\b[^<>\n]{0,200}?class=[\"'](?:twitter-tweet|instagram-media|tiktok-embed|reddit-card|mastodon-embed)"
    r"[^\n]{0,4000}?</blockquote>(?:\s{0,8}<script\b[^<>\n]{0,300}>\s{0,8}</script>)?"
)
"""A post embedded from a social site: its quote, then the site's script."""
_SOCIAL = re.compile(r"\s{0,8}" + _SOCIAL_POST + r"\s{0,8}")
"""A passage that is one embedded social post."""
_MEDIA = re.compile(
    r"\s{0,8}(?:"
    r"\[?!\[[^\]\n]{0,300}\]\([^)\n]{1,500}\)(?:\]\([^)\n]{1,500}\))?"  # ![alt](src), a linked image
    r"|<(?P<tag>iframe|video|audio|figure|picture|object)\b[^\n]{0,2000}?</(?P=tag)>"
    r"|<(?:img|embed)\b[^<>\n]{0,2000}/?>"
    r"|" + _SOCIAL_POST
    + r"|\{\{<\s{0,4}(?:youtube|vimeo|figure|img|image|video|tweet|gist)\b[^\n]{0,500}?>\}\}"
    r"|\{%-?\s{0,4}(?:youtube|vimeo|figure|img|image|video|tweet|gist)\b[^\n]{0,500}?%\}"
    r")\s{0,8}"
)
"""A passage that is one image or embed and nothing else."""


def with_belongings(cands: list[Candidate], new: set[int], b: Document) -> list[Candidate]:
    """``cands`` (in document order, not overlapping), each taking the new passages that are
    its own: the one it introduces (it ends with a colon), images and embeds right under it,
    and a thematic break under those. ``new``: the indices of the revised passages the comparison shows inserted."""
    cands = _with_afterthoughts(cands, b)
    taken = {k for c in cands for k in c.paragraphs}
    passages, text = b.passages, b.text

    def free(k: int) -> bool:
        return 0 <= k < len(passages) and k in new and k not in taken

    def only(pattern: re.Pattern[str], k: int) -> bool:
        return free(k) and pattern.fullmatch(text, passages[k].start, passages[k].end) is not None

    out: list[Candidate] = []
    for c in cands:
        first, last = c.paragraphs[0], c.paragraphs[-1]
        if c.start != passages[first].start or c.end != passages[last].end:
            out.append(c)  # (a note inside a passage takes no passage)
            continue
        if (
            c.label is not None and c.label.lower() not in WEAK_WORDS and free(first - 1) and _heading(b, first - 1)
            and _section_ends(b, first - 1, last + 1, new)
        ):  # (an update's: a new "## Troubleshooting" over "Note: if it fails, …" is a section with a note in it)
            first -= 1  # "## Sleep on LAN" over "**Update on March 27, 2024:** I found …": a section that is the note
        elif c.label is not None and SECTION_ADDED.match(c.label) and free(first - 1) and _heading(b, first - 1):
            first -= 1  # "## Bonus 2: …" over "[*Section added on 2020-08-27*.] It's time …": the section is the note
            while free(last + 1) and not _section_ends(b, first, last + 1, new):
                last += 1
        elif c.label is not None and SECTION_ADDED.match(c.label) and text[c.start] in "[(" and not text.startswith("[^", c.start) and (
            close := match_bracket(text, c.start, c.end)
        ) is not None:
            out.append(c._replace(kind="inline", end=close + 1, block=False))  # (under an old heading: the bracket alone)
            continue
        if text[passages[last].start : passages[last].end].rstrip(" \t*_").endswith(":") and free(last + 1) and not _headed(b, last + 1):
            last += 1  # "Update: … now, with the fix, I get:" over the new timings it introduces
            while free(last + 1) and b.structure and b.structure[last + 1].kind == "code":
                last += 1  # ("… another go:" over "Command: `siege …`" and the output it shows)
        if c.label is not None and free(last + 1) and _ALSO.match(text, passages[last + 1].start) is not None:
            last += 1  # "*Update 2015-03-19*: Homu has been deployed." then "Also, Manish points out …"
        if c.label is not None and free(last + 1) and only(_SOCIAL, last + 2) and b.structure and b.structure[last + 1].kind == "paragraph":
            last += 1  # "**UPDATE (April 2020):** …" then "I will never forget this thread from 2017:" over the tweet
        while c.label is not None and only(_LINK_ITEM, last + 1):
            last += 1  # "追記: Node.js側でのデフォルトの挙動を変更するPR" over "- [process: Throw exception …](https://github.com/…)": what it points to
        shown = last
        while only(_MEDIA, last + 1):
            last += 1
        while only(_DEFINITIONS, last + 1) and _cited(text, passages[c.paragraphs[0]].start, passages[last].end, passages[last + 1]):
            last += 1  # "[rfc817]: https://…" under the note that cites "[RFC 817][rfc817]"
        if only(SPACER, last + 1) and not free(last + 2) and last > shown:
            last += 1  # (the break closing the note and its video; not the prose or code it introduces)
        if last == c.paragraphs[-1] and first == c.paragraphs[0]:
            out.append(c)
            continue
        taken.update(range(first, last + 1))
        out.append(c._replace(start=passages[first].start, end=passages[last].end, paragraphs=tuple(range(first, last + 1))))
    return out


def _with_afterthoughts(cands: list[Candidate], b: Document) -> list[Candidate]:
    """``cands`` with an unlabelled bracketed paragraph right after a labelled note joined to
    it: "(**UPDATE**: A reader points out …)" then "(Also, it occurs to me …)" is one
    afterthought in two paragraphs; the second has no label of its own because it goes on."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        k = c.paragraphs[0]
        if (
            prev is not None and c.label is None and prev.label is not None and k == prev.paragraphs[-1] + 1
            and prev.end == b.passages[k - 1].end and c.start == b.passages[k].start and c.end == b.passages[k].end
            and b.text[c.start] in "([" and b.text[prev.start] in "(["
        ):
            out[-1] = prev._replace(end=c.end, paragraphs=(*prev.paragraphs, *c.paragraphs))
            continue
        out.append(c)
    return out


def _cited(text: str, start: int, end: int, definitions: Passage) -> bool:
    """Whether ``text[start:end]`` (a note) cites one of the reference links ``definitions``
    defines ("[RFC 817][rfc817]", "[rfc817]")."""
    labels = DEFINITION.findall(text, definitions.start, definitions.end)
    note = text[start:end].lower()
    return any(f"[{label.lower()}]" in note for label in labels)


def _headed(b: Document, k: int) -> bool:
    """Whether passage ``k`` is a heading: by the Markdown structure, or, without one (HTML,
    text), a short line with no stop ("Troubleshooting" opening the next section)."""
    if b.structure:
        return k < len(b.structure) and b.structure[k].kind == "heading"
    p = b.passages[k]
    line = b.text[p.start : p.end]
    return "\n" not in line and len(line) < 80 and not any(ch in line for ch in ".:;!?")


_NUMBERED = re.compile(r"#{1,6}[ \t]{1,4}(?:<[^>\n]{0,200}>[ \t]{0,4})?\d{1,3}(?:\.\d{1,3}){0,4}\.?[ \t]")
"""A numbered heading ("### 5.5. High DPI support on Windows"): a section of the document's outline."""


def _heading(b: Document, k: int) -> bool:
    """Whether passage ``k`` is a heading (Markdown's, or an underlined title in plain text),
    not numbered in the document's outline."""
    p = b.passages[k]
    if not b.structure:
        return b.format == "text" and TITLE.fullmatch(b.text, p.start, p.end) is not None
    return b.structure[k].kind == "heading" and _NUMBERED.match(b.text, p.start, p.end) is None


def _section_ends(b: Document, h: int, k: int, new: set[int]) -> bool:
    """Whether the section headed by passage ``h`` ends at passage ``k``: the document ends, a
    heading as high or higher starts, or the old text resumes."""
    if k >= len(b.passages) or k not in new:
        return True
    if not b.structure:
        return _heading(b, k)
    return b.structure[k].kind == "heading" and b.structure[k].level <= b.structure[h].level


_CALLOUT_WORDS = frozenset(["note", "notes", "nb", "n.b.", "please note", "important", "caution", "attention", "warning", "tip", "hint", "notice"])
"""Callout labels an author also writes in the body of what they write ("**Note:** the slug must be unique")."""


def without_body_callouts(cands: list[Candidate], new: set[int], b: Document) -> list[Candidate]:
    """``cands`` without a callout ("**Nota:** O slug deve ser único …") written inside new
    writing: with new passages (``new``) that are no note on both sides of it, undated, and
    saying nothing of a change or of later events, it is part of the text the author added (an
    addition like the rest), not an editor's note on the text."""
    taken = {k for c in cands for k in c.paragraphs}
    out: list[Candidate] = []
    for c in cands:
        first, last = c.paragraphs[0], c.paragraphs[-1]
        word = (c.label or "").lower().strip(" \t*_:")
        inside = all(k in new and k not in taken for k in (first - 1, last + 1))
        # (a "Note that …" passage telling of no change or state is advice wherever it stands:
        # "Note that sandboxing does not try to hide the host environment", put in with the section)
        if c.block and c.label_date is None and word in _CALLOUT_WORDS and (inside or _ADDRESSED_NOTE.match(b.text, c.start, c.end)):
            body = b.text[c.start : c.end]
            body = body[body.lower().find(word) + len(word) :]
            if not UPDATE_CUE.search(body) and not REPORTS_CHANGE.search(body) and not _STATE_WORDS.search(body):
                continue
        out.append(c)
    return out


_ADDRESSED_NOTE = re.compile(r"[>*_ \t]{0,4}note" + ADDRESSED.pattern, re.IGNORECASE)
"""A passage opening "Note that …" (``labels.ADDRESSED``): the author telling the reader something."""
_STATE_WORDS = re.compile(
    r"deprecat|obsolete|no\s+longer|any\s?more\b|out[\s-]of[\s-]date|outdated|end[\s-]of[\s-]life|superseded|discontinued|archived|historic"
    r"|\b(?:(?:has|have|was|were)\s+(?:been\s+)?removed|since\s+then|back\s+in|at\s+the\s+time|formerly|used\s+to|turn(?:s|ed)\s+out"
    r"|(?:we|I)\s+(?:have\s+)?(?:found|discovered|reali[sz]ed|learn(?:ed|t))|written\s+(?:for|before|in)|predates?|older\s+version|(?:from|in|since|before|until)\s+(?:19|20)\d\d)\b"
    # (the text itself: "Note that this guide was written for Ubuntu 18.04", "… this post predates the 2.0 release")
    r"|\b(?:this|these)\s+(?:guide|post|article|page|tutorial|document|documentation|readme|section|chapter|book|video|course|screenshots?|instructions)\b",
    re.IGNORECASE,
)
"""Words of a thing's state, of a later standpoint or of the text itself a notice tells of ("was
deprecated in webpack v5", "is no longer being maintained", "a pilot program that happened back in
2013", "this guide was written for Ubuntu 18.04"); not advice's "is removed after the upload", "if
the key is not found"."""
