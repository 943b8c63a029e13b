"""What a note brings with it: what it introduces, the images and embeds inserted under it, its afterthought.

Why this exists: writers illustrate a note. The screenshot under "**Note**: in LXQt 1.2.0 the
utility has a help button:", the video under "__Update:__ There is now a video edition of this
post. Check it out!" are inserted with the note and are the note's own; left out, the embedded
video was an undisclosed addition. Only passages the comparison shows as new are taken, and
only when they hold nothing else (an image, an embed, then a thematic break closing them), so
a note never grows over the article's text. A break *above* a note is not taken: readers of
held-out sets 5, 25 and 29 (eight notes under "---") read the note as starting at its label,
and only three truths, from two sites, took the break.
"""

from __future__ import annotations

import re

from annotate.detect import Candidate
from annotate.model import Document

_BREAK = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]{0,2}){3,40}|(?:\*[ \t]{0,2}){3,40}|(?:_[ \t]{0,2}){3,40}|<hr\s{0,4}/?>)\s{0,8}")
"""A thematic break: "---", "* * *", "___", ``<hr>``."""
_MEDIA = re.compile(
    r"\s{0,8}(?:"
    r"\[?!\[[^\]\n]{0,300}\]\([^)\n]{1,500}\)(?:\]\([^)\n]{1,500}\))?"  # ![alt](src), a linked image
    r"|<(?P<tag>iframe|video|audio|figure|picture|object)\b[^\n]{0,2000}?</(?P=tag)>"
    r"|<(?:img|embed)\b[^<>\n]{0,2000}/?>"
    r"|\{\{<\s{0,4}(?:youtube|vimeo|figure|img|image|video|tweet|gist)\b[^\n]{0,500}?>\}\}"
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
    out: list[Candidate] = []
    for c in cands:
        first, last = c.paragraphs[0], c.paragraphs[-1]
        if c.start != passages[first].start or c.end != passages[last].end:
            out.append(c)  # (a note inside a passage takes no passage)
            continue

        def free(k: int) -> bool:
            return 0 <= k < len(passages) and k in new and k not in taken

        def only(pattern: re.Pattern[str], k: int) -> bool:
            return free(k) and pattern.fullmatch(text, passages[k].start, passages[k].end) is not None

        if text[passages[last].start : passages[last].end].rstrip(" \t*_").endswith(":") and free(last + 1) and (
            not text.startswith("#", passages[last + 1].start)
        ):
            last += 1  # "Update: … now, with the fix, I get:" over the new timings it introduces
        while only(_MEDIA, last + 1):
            last += 1
        if only(_BREAK, last + 1) and not free(last + 2) and last > c.paragraphs[-1]:
            last += 1  # (the break closing the note and its video)
        if last == c.paragraphs[-1]:
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
