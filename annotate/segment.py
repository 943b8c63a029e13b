"""Split text into passages, words and sentences, and build the normalised keys.

Display text and matching keys are kept apart: a passage is a span of the
document's text, and its *key* is what two passages are compared on. The key
folds away what a reflow or re-encoding changes (Unicode normalisation form,
non-breaking and repeated spaces, hard-wrapped lines, curly vs straight quotes,
dash variants, zero-width characters), so those produce no change at all.

>>> key("It\u2019s  a\u00a0\u201ctest\u201d \u2014\\nreally.")
'It\\'s a "test" - really.'
>>> text = "One.\\n\\n  Two\\nlines.\\n"
>>> [text[s:e] for s, e in paragraph_spans(text)]
['One.', 'Two\\nlines.']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import accumulate

from annotate.model import Passage

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u2026": "...",
        "\u200b": "", "\u2060": "", "\ufeff": "", "\u00ad": "", "\u200e": "", "\u200f": "",
    }
)

_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items() if isinstance(v, str))
_FOLD_ANY = re.compile("[" + "".join(src for src, _ in _FOLD_PAIRS) + "]")

# Combining marks and joiners stay inside the word they modify, so a highlighted
# word never splits a grapheme.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0900-\u0903\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
"""Character ranges of Chinese, Japanese (kana) and Korean: scripts written without spaces."""
_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27bf"
_EMOJI_MOD = f"{_MARKS}\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F"
_TOKEN_PATTERN = (
    rf"\s+|_|[{CJK}][{_MARKS}]*|[^\W_{CJK}][\w{_MARKS}]*(?<![{CJK}_])|"
    # flags (two regional indicators), then emoji with modifiers, joined by ZWJ into one grapheme
    rf"[\U0001F1E6-\U0001F1FF]{{2}}|[{_EMOJI}][{_EMOJI_MOD}]*(?:(?<=\u200d)[{_EMOJI}][{_EMOJI_MOD}]*)*|"
    rf".[{_MARKS}]*"
)


@functools.cache
def token_re() -> re.Pattern[str]:
    """Words, punctuation marks and whitespace runs in any script (compiled on first use:
    its large character classes take longer to compile than an ASCII article takes to read)."""
    return re.compile(_TOKEN_PATTERN, re.DOTALL)


_ASCII_TOKEN_RE = re.compile(r"\s+|_|[A-Za-z0-9][A-Za-z0-9_]*(?<!_)|.", re.DOTALL)
"""``token_re()`` restricted to ASCII text, where it matches the same tokens, faster."""
_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")


def fold(text: str) -> str:
    """``text`` in NFC with quote, dash and zero-width variants folded (whitespace kept)."""
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _FOLD_ANY.search(text) is None:
        return text
    # A few str.replace passes beat one str.translate over a long text.
    for src, dst in _FOLD_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text


_EMPHASIS_UNDERSCORE = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")
"""Underscores that open or close emphasis (``_word_``, ``__word__``), not those inside a word."""


_UNDERSCORES = re.compile("_+")


def _emphasis_stars(text: str) -> str:
    """``_EMPHASIS_UNDERSCORE``'s underscores as asterisks: every underscore of a run, but a
    lone one between two letters or digits ("snake_case"). The same result as the pattern's
    substitution, found from the underscores themselves (the pattern's look-behind, tried at
    every character, took 0.09 s over a 1 MB paragraph).

    >>> _emphasis_stars("_a_ snake_case __b__ x__y _") == _EMPHASIS_UNDERSCORE.sub(lambda m: "*" * len(m.group()), "_a_ snake_case __b__ x__y _")
    True
    """
    out: list[str] = []
    pos, n = 0, len(text)
    for m in _UNDERSCORES.finditer(text):
        s, e = m.span()
        if e - s == 1 and s > 0 and e < n and text[s - 1].isalnum() and text[e].isalnum():
            continue
        out.append(text[pos:s])
        out.append("*" * (e - s))
        pos = e
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def key(text: str) -> str:
    """The normalised form of ``text`` that matching compares: whitespace runs as one space,
    quote and dash variants folded, emphasis underscores as asterisks (``_x_`` and ``*x*``
    are the same emphasis).

    >>> key("Some _emphasis_ and __strong__,  snake_case") == key("Some *emphasis* and **strong**, snake_case")
    True
    """
    if "_" in text:
        text = _emphasis_stars(text)
    if text.isascii() and text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # nothing to fold: printable ASCII has no whitespace but single spaces
    return " ".join(fold(text).split())


def token_key(token: str) -> str:
    """The normalised form of one token (whitespace tokens become one space)."""
    if token.isspace():
        return " "
    if token.isascii():
        return token
    return unicodedata.normalize("NFC", token).translate(_FOLD)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the blank-line separated paragraphs of ``text``, trimmed of whitespace."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK_LINE.finditer(text):
        add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    add_trimmed(text, pos, len(text), spans)
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inward past whitespace (equal when only whitespace remains)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``(start, end)`` to ``spans`` trimmed of whitespace, unless nothing is left."""
    start, end = trim(text, start, end)
    if start < end:
        spans.append((start, end))


def passage_index(passages: tuple[Passage, ...], pos: int) -> int:
    """Index of the passage holding offset ``pos``, or of the next one (``len(passages)``
    past the last): a binary search, no list built."""
    lo, hi = 0, len(passages)
    while lo < hi:
        mid = (lo + hi) // 2
        if passages[mid].end < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


MAX_TINY_PASSAGES = 100_000
"""More passages than this, averaging under ``TINY_PASSAGE`` characters, are refused: each
passage costs about a kilobyte through the comparison, so a 5 MiB file of one-letter
paragraphs would need gigabytes (exit 4 with a clear message, never the OOM killer).
Articles and books, whose paragraphs are longer, have no such limit below ``--max-size``."""
TINY_PASSAGE = 40


def check_passage_count(count: int, chars: int, label: str = "") -> None:
    """Raise ``LimitError`` for ``count`` passages of ``chars`` characters in all when they
    are too many and too small (see ``MAX_TINY_PASSAGES``)."""
    if count <= MAX_TINY_PASSAGES or chars / count >= TINY_PASSAGE:
        return
    from annotate.errors import LimitError

    where = f"{label}: " if label else ""
    raise LimitError(
        f"{where}{count:,} paragraphs averaging {chars / count:.0f} characters: comparing them would need about "
        f"{count * 1500 / 2**30:.1f} GB of memory; refused (at most {MAX_TINY_PASSAGES:,} paragraphs under "
        f"{TINY_PASSAGE} characters on average)"
    )


def make_passages(text: str, spans: list[tuple[int, int]]) -> tuple[Passage, ...]:
    """Passages for ``spans`` of ``text``, with their keys; spans with an empty key
    (only zero-width characters) are not passages. Raises ``LimitError`` for a text of
    very many tiny passages (see ``MAX_TINY_PASSAGES``)."""
    if len(spans) > MAX_TINY_PASSAGES:
        check_passage_count(len(spans), sum(e - s for s, e in spans))
    keyed = [(s, e, k) for s, e in spans if (k := key(text[s:e]))]
    return tuple(Passage(index=i, start=s, end=e, key=k) for i, (s, e, k) in enumerate(keyed))


class Token:
    """A word, punctuation mark or whitespace run, with its normalised key."""

    __slots__ = ("end", "key", "start")

    def __init__(self, start: int, end: int, key: str) -> None:
        self.start = start
        self.end = end
        self.key = key

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.key!r})"


def token_seq(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[str]]:
    """Token boundaries and keys of ``text[start:end]``: ``(bounds, keys)``.

    Token ``k`` spans ``text[bounds[k]:bounds[k + 1]]`` and compares as ``keys[k]``;
    ``len(bounds) == len(keys) + 1``. Tokens whose key is empty (zero-width
    characters) join the token before them, and adjacent whitespace merges, so
    equal passage keys give equal key sequences.

    >>> token_seq("Don’t  stop\\nnow.")
    ([0, 3, 4, 5, 7, 11, 12, 15, 16], ['Don', "'", 't', ' ', 'stop', ' ', 'now', '.'])
    """
    stop = len(text) if end is None else end
    segment = text[start:stop]
    if segment.isascii():
        parts = _ASCII_TOKEN_RE.findall(segment)
        bounds = list(accumulate(map(len, parts), initial=start))
        if segment.isprintable() and "  " not in segment and "_" not in segment:
            return bounds, parts  # every whitespace token is already a single space
        return bounds, [" " if p.isspace() else "*" if p == "_" else p for p in parts]
    parts = token_re().findall(text, start, stop)
    bounds = list(accumulate(map(len, parts), initial=start))
    keys = [(" " if p.isspace() else "*" if p == "_" else p) if p.isascii() else token_key(p) for p in parts]
    if "" not in keys:
        return bounds, keys
    merged_bounds: list[int] = [bounds[0]]
    merged_keys: list[str] = []
    for k, key_ in enumerate(keys):
        if merged_keys and (not key_ or (key_ == " " and merged_keys[-1] == " ")):
            merged_bounds[-1] = bounds[k + 1]
            continue
        merged_keys.append(key_ or " ")
        merged_bounds.append(bounds[k + 1])
    return merged_bounds, merged_keys


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets (see ``token_seq``).

    >>> [t.key for t in tokens("Don’t  stop\\nnow.")]
    ['Don', "'", 't', ' ', 'stop', ' ', 'now', '.']
    """
    bounds, keys = token_seq(text, start, end)
    return [Token(bounds[k], bounds[k + 1], key_) for k, key_ in enumerate(keys)]


def words(text: str) -> list[str]:
    """The normalised words of ``text`` (letters and digits only), for similarity."""
    return re.findall(r"\w+", key(text).lower())


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "rev", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep", "pres", "hon", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "no", "nos", "vol", "vols", "p", "pp", "ch", "fig", "figs", "ed", "eds", "eg", "ie", "cf", "vs", "etc", "al", "approx", "inc", "ltd", "co", "corp", "dept", "est", "misc", "univ", "assn", "bros"]
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+|$)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``; never splits at abbreviations.

    >>> s = "Mr. Smith met Dr. Jones in the U.S. on Feb. 5. They talked, ie. a lot. No. 5 won."
    >>> [s[a:b] for a, b in sentence_spans(s)]
    ['Mr. Smith met Dr. Jones in the U.S. on Feb. 5.', 'They talked, ie. a lot.', 'No. 5 won.']
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, stop):
        if not _ends_sentence(text, m.start(), m.end(), stop):
            continue
        add_trimmed(text, pos, m.end(), spans)
        pos = m.end()
    add_trimmed(text, pos, stop, spans)
    return spans


def _ends_sentence(text: str, dot: int, after: int, stop: int) -> bool:
    if text[dot] != ".":
        return True
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    nxt = after
    while nxt < stop and text[nxt].isspace():
        nxt += 1
    following = text[nxt] if nxt < stop else ""
    if word.lower().rstrip(".") in _ABBREVIATIONS or word.lower().replace(".", "") in _ABBREVIATIONS:
        # "No. 5", "Feb. 5", "Mr. Smith": an abbreviation before a number or a name.
        return False
    if "." in word and len(word) <= 6 and word.replace(".", "").isalpha():
        # Initialisms such as "U.S." rarely end a sentence: only at the end of the text,
        # or before a capital after a long initialism.
        return following == "" or (following.isupper() and len(word.replace(".", "")) > 3)
    # A single capital is an initial ("J. Smith"), not the end of a sentence.
    return not (len(word) == 1 and word.isupper())
