"""What a text names: its content words, its phrases (two content words near each other) and
its numbers, the words it quotes and writes as names, the links it cites — the units a note
must share with a change to disclose it.

Why a module of its own: ``annotate.disclosure`` decides *whether* a note names a change;
what counts as a word, a phrase or a number (a link's address is no words; "2.0.0" is the
release "2.0" names; a label's own date names nothing) is defined once, here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from annotate.model import Annotation, Range
from annotate.segment import CJK

STOP = frozenset(
    ["the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "was", "were", "are", "been", "being", "which", "their", "there", "they", "them", "than", "then", "into", "onto", "over", "under", "about", "after", "before", "said", "will", "would", "could", "should", "also", "just", "only", "more", "most", "some", "such", "what", "when", "where", "who", "whom", "whose", "while", "very", "much", "many", "other", "others", "each", "every", "both", "either", "neither",
     # pronouns and other words every text writes ("If you notice …" and "… when you add it"
     # share no phrase a reader would call the same; negation and modals are meaning: "can" →
     # "cannot" is named by a correction writing them)
     "you", "your", "yours", "our", "ours", "its", "his", "her", "hers", "she", "him",
     "these", "those", "here", "but", "because", "does", "did", "how", "why",
     # a pointer's verb ("See this issue for more details" names nothing "see how TSLint works" says)
     "see"]
)


WORD = re.compile(rf"[{CJK}]+|[^\W_{CJK}]+")
"""Runs of letters and digits (an underscore is Markdown emphasis or a joint, never a word); a
run of Chinese, Japanese or Korean characters apart from the digits and Latin letters beside it
("45戸" is "45" and "戸")."""


NUMBER = re.compile(r"\d[\d.,:/-]*\d|\d{2,}")
"""A number as written: digits with their separators ("1,200", "2.0.0", "14:55", "2016-02-07")."""
_SUFFIX = re.compile(r"(?:ations?|ers|er|ed|ing|es|s)$")


def stem(word: str) -> str:
    """``word`` without a common English ending, when enough is left ("preloaders",
    "preloaded" → "preload"): a note standing by a change may name it in another form."""
    cut = _SUFFIX.sub("", word)
    if cut.endswith("e") and len(cut) >= 5:
        cut = cut[:-1]  # "increase" as "increases" → "increas", "update" as "updated"
    return cut if len(cut) >= 4 else word


_ADVERB = re.compile(r"(?<=ic)ally$|(?<=al)ly$")


def adjective(word: str) -> str:
    """An adverb's adjective ("quadratically" → "quadratic", "exponentially" →
    "exponential"): a correction may name the wording it fixed in the other form.

    >>> adjective("quadratically"), adjective("exponentially"), adjective("early")
    ('quadratic', 'exponential', 'early')
    """
    return _ADVERB.sub("", word) if len(word) > 7 else word


ADDRESS = re.compile(r"\]\([^()\s]*\)|\bhttps?://\S+", re.IGNORECASE)
"""A Markdown link's destination or a bare web address: not words a reader reads as a phrase."""


def has_address(text: str) -> bool:
    """Whether ``text`` may hold a web address or a Markdown link destination."""
    return "://" in text or "](" in text


def sequence(text: str) -> list[str]:
    """Content words in order (web addresses left out): what a phrase of two or more
    content words is made of."""
    if has_address(text):
        text = ADDRESS.sub(" ", text)
    return content_words(WORD.findall(text.lower()))


_POINTED = frozenset({"information", "info", "details", "detail"})
"""What a pointer's stock phrase points to ("For more information", "more details"): no content."""


def content_words(words: list[str]) -> list[str]:
    """The content words of ``words`` (lowercased word runs), in order; not the stock
    phrase of a pointer ("for more information", "see more details").

    >>> content_words("for more information about the foundation".split())
    ['foundation']
    """
    return [
        w for i, w in enumerate(words)
        if len(w) >= 3 and w not in STOP and not w.isdigit() and not (w in _POINTED and i and words[i - 1] == "more")
    ]


NEAR = 3
"""Two content words at most this many content words apart form a phrase ("the patch … was
merged" and "the patch is supposed to be merged" share the phrase patch … merged)."""


def phrase_pairs(words: list[str]) -> set[tuple[str, str]]:
    """Ordered pairs of content words near each other (``NEAR``), the words themselves distinct."""
    return {(w, v) for i, w in enumerate(words) for v in words[i + 1 : i + 1 + NEAR] if v != w}


def _near_pairs(words: list[str], by_pair: dict[tuple[str, str], list[int]], firsts: set[str]) -> Iterator[tuple[int, tuple[str, str]]]:
    """``(position, phrase)`` for each of the notes' phrases (``by_pair``, their first words
    ``firsts``) that opens at a word of ``words``: a set test per word, not a set of all its pairs."""
    for i, w in enumerate(words):
        if w in firsts:
            for v in words[i + 1 : i + 1 + NEAR]:
                if (w, v) in by_pair:
                    yield i, (w, v)


def pair_counts(
    words: list[str], firsts: set[str], by_pair: dict[tuple[str, str], list[int]], topic: dict[tuple[str, str], set[int]] | None = None
) -> dict[int, int]:
    """For each note, how many distinct phrases (``phrase_pairs``) of ``words`` it holds
    (``by_pair``: the notes holding each phrase; ``firsts``: the first words of those phrases).
    Only words that open a note's phrase are followed, so a long change costs one set test per
    word instead of a set of all its pairs. A phrase in ``topic`` (the notes it is the page's
    topic for, ``topic_phrases``) counts only beside another phrase of that note.

    >>> pair_counts(["roll", "ridley", "install"], {"roll"}, {("roll", "ridley"): [0]}, {("roll", "ridley"): {0}})
    {}
    """
    counts: dict[int, int] = {}
    topical: dict[int, int] = {}
    for pr in dict.fromkeys(pr for _, pr in _near_pairs(words, by_pair, firsts)):
        for n in by_pair[pr]:
            counts[n] = counts.get(n, 0) + 1
            if topic and n in topic.get(pr, ()):
                topical[n] = topical.get(n, 0) + 1
    return {n: k for n, k in counts.items() if k > topical.get(n, 0)} if topical else counts


TOPIC_REACH = 100_000
"""How far into the original its topic is read (characters): a topic shows early and often."""


def stems_of(words: list[str]) -> list[str]:
    """``stem`` of each of ``words``, each distinct word stemmed once.

    >>> stems_of(["updates", "updated", "updates"])
    ['updat', 'updat', 'updat']
    """
    memo: dict[str, str] = {}
    return [memo[w] if w in memo else memo.setdefault(w, stem(w)) for w in words]


def topic_phrases(words: list[str], by_pair: dict[tuple[str, str], list[int]], times: int = 3) -> set[tuple[str, str]]:
    """The notes' phrases (``by_pair``) that the original's stemmed content ``words`` (those of its
    first ``TOPIC_REACH`` characters) hold ``times`` times or more: its topic ("Rolling Ridley"
    on the Rolling Ridley page), which a note writes about the page, not about a change.

    >>> words = [stem(w) for w in sequence("Rolling Ridley is new. Rolling Ridley ships. Use Rolling Ridley.")]
    >>> topic_phrases(words, {("roll", "ridley"): [0], ("ship", "ridley"): [0]})
    {('roll', 'ridley')}
    """
    counts: dict[tuple[str, str], int] = {}
    for _, pr in dict.fromkeys(_near_pairs(words, by_pair, {w for w, _ in by_pair})):  # (a phrase once at each word)
        counts[pr] = counts.get(pr, 0) + 1
    return {pr for pr, k in counts.items() if k >= times}


def undated(x: Annotation) -> str:
    """The note's text without the date its label writes ("UPDATE (April 2014): …"): the
    note's own date names no number of the text (an earlier "UPDATE (February 2014)" removed
    is not named by it)."""
    if x.date is None or x.date.basis != "explicit" or not x.date.evidence:
        return x.text
    at = x.text.find(x.date.evidence, 0, 120)
    return x.text if at < 0 else x.text[:at] + " " + x.text[at + len(x.date.evidence) :]


def has_digit(r: Range | None) -> bool:
    """Whether ``r`` writes a digit."""
    return r is not None and any(ch.isdigit() for ch in r.text)


def numbers(text: str) -> set[str]:
    """The numbers ``text`` writes, a version's trailing zero parts after its second
    dropped: "`<2.0.0`" is the "Prometheus 2.0" a note names."""
    return {_release(n.strip(".,:/-")) for n in NUMBER.findall(text)}


def _release(number: str) -> str:
    """``number`` without the ".0" parts ending a version of three parts or more.

    >>> _release("2.0.0"), _release("1.16.0"), _release("2.0"), _release("192.168.0.0"), _release("1,000.0")
    ('2.0', '1.16', '2.0', '192.168.0.0', '1,000.0')
    """
    if not number.endswith(".0"):
        return number
    parts = number.split(".")
    if len(parts) < 3 or not all(p.isdigit() and len(p) <= 2 for p in parts[:2]):
        return number
    while len(parts) > 2 and parts[-1] == "0":
        parts.pop()
    return ".".join(parts)


CODE = re.compile(r"`([^`\n]{1,200})`")
"""Inline code in a note: a name or expression quoted exactly ("special cases for `a1 == a2`
… have been removed" names the code that holds ``a1 == a2``)."""
QUOTED = re.compile(r'"([^"\n]{3,80})"|\u201c([^\u201d\n]{3,80})\u201d')
"""Words a note quotes ("changes from "Technical Board" to "Steering Council"")."""


def names_in(text: str) -> set[str]:
    """The words ``text`` writes as names, lowercased: in capitals ("YOLO"), or with a capital
    inside a sentence ("the Core Developer concept") — never a sentence's first word."""
    out: set[str] = set()
    for m in WORD.finditer(text):
        w = m.group()
        if w.islower() or w.isdigit():
            continue
        before = text[max(0, m.start() - 4) : m.start()].rstrip(" \t*_\"'\u201c(")
        if (w.isupper() and len(w) > 1) or (before and before[-1] not in ".!?:[\n"):
            out.add(w.lower())
    return out


_INLINE_LINK = re.compile(r"\]\(([^()\s]{1,2000})\)")
"""A Markdown link's address."""
_DEEP = re.compile(r"(?:https?://[^/\s]{1,200})?/[^/\s?#]{1,200}/?[^\s]{0,2000}$")
"""An address with a path (a page, not a site's home: "https://example.com" is linked from
many a paragraph)."""
_REFERENCE = re.compile(r"\[([^\[\]\n]{1,60})\](?![(:\[])")
"""A reference link's label as cited ("[simdeez]")."""
DEFINITION = re.compile(r"^[ \t]{0,3}\[([^\[\]\n]{1,60})\](?::|[ \t]{1,8}(?=[a-z]{2,10}://))", re.MULTILINE)
"""A reference link's definition line ("[simdeez]: https://…", or plain "[0] https://…" under
a text that cites "[0]"), its label."""


def links_in(text: str, defined: set[str]) -> set[str]:
    """The addresses with a path ``text`` links to and the reference links it cites that are
    ``defined`` ("[simdeez]" with "[simdeez]: https://…" below)."""
    out = {f"]({u})" for u in _INLINE_LINK.findall(text) if _DEEP.match(u)} if "](" in text else set()
    out.update(f"[{r.lower()}]" for r in _REFERENCE.findall(text) if r.lower() in defined)
    return out


def cites(r: Range | None) -> bool:
    """Whether ``r`` may cite a link a note cites: a bracket, within one paragraph (not a change of several)."""
    return r is not None and "[" in r.text and "\n\n" not in r.text


def terms_named(terms: dict[str, list[tuple[int, bool]]], r: Range, other: Range | None, text: str) -> set[int]:
    """The notes quoting one term that ``r`` (two words at most: a rename, not a passage
    about the term) holds and ``other`` (the change's other side) does not (``terms``: the notes
    quoting each term, and whether as code; ``text``: the document ``r`` is a slice of): "This piece
    originally said "Basecamp"" over "Basecamp" → "Campire"; "Examples were converted to
    `?`" over "the `try!` macro" → "the `?` operator"."""
    out: set[int] = set()
    if sum(1 for _ in islice(WORD.finditer(r.text), 3)) > 2:
        return out
    # the words of ``r``, and the code spans of the text that ``r`` touches
    line = text.rfind("\n", max(0, r.start - 300), r.start) + 1
    stop = text.find("\n", r.end, r.end + 300)
    spans = [(m.start(1), m.end(1), m.group(1).strip()) for m in CODE.finditer(text, line, len(text) if stop < 0 else stop)]
    found = [(w, False) for w in WORD.findall(r.text)] + [(t, True) for s, e, t in spans if s - 1 < r.end and r.start < e + 1]
    for term, as_code in found:
        for n, code in terms.get(term, ()):
            if code == as_code and (other is None or term not in other.text):
                out.add(n)
    return out


def code_brought(terms: dict[str, list[tuple[int, bool]]], reporting: frozenset[int], r: Range, original: str, block: bool) -> set[int]:
    """The notes among ``reporting`` that quote as code a term ``r`` brings into the page as code, in
    a passage of any length, the ``original`` writing it nowhere: "we replaced `rworlmap` by
    `rnaturalearth`" over "The package `rnaturalearth` provides …", or over ``library("rnaturalearth")``
    in a code block (``block``: ``r`` is one, its words all code); not "fixed the `requests` import"
    over another ``requests.post(…)``, a name the page had already."""
    held = {m.strip() for m in CODE.findall(r.text)} | (set(WORD.findall(r.text)) if block else set())
    return {n for t in held if t not in original for n, as_code in terms.get(t, ()) if as_code and n in reporting}

