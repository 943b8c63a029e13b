"""Pairing passages that are edited versions of each other, by their word sets.

Why a module of its own: after equal passages are aligned (``annotate.align``), the rest
are paired by how many words they share: in order inside each gap between aligned
passages, then anywhere (a passage moved and edited). Word sets are computed on demand
and shared by key, so repeated and unchanged passages pay once.

>>> round(similarity(frozenset("the cat sat on the mat".split()), frozenset("the cat sat on a mat".split())), 2)
0.91
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher
from itertools import chain, pairwise
from typing import NamedTuple

from annotate.chains import gaps, heaviest_chain
from annotate.model import Passage
from annotate.segment import CJK

SIMILAR = 0.5
"""Least word similarity for two passages to be aligned as one edited passage."""
PROTECTED_SIMILAR = 0.8
"""Least similarity for a candidate note passage to pair with an original passage."""
LONE_SIMILAR = 0.3
"""Least similarity when a lone passage faces a lone passage between aligned neighbours."""
_MAX_DF = 24
_ALL_PAIRS = 64
_SURE = 0.8
_CANDIDATES = 6

Words = frozenset[str]


def similarity(a: Words, b: Words) -> float:
    """Dice coefficient of two word sets (1.0 for two empty ones)."""
    return _scores(len(a & b), len(a), len(b))[0]


def _dice_contained(a: Words, b: Words) -> tuple[float, float]:
    """How strongly two passages look like versions of each other: the Dice coefficient of
    their word sets, and the containment score (0.8 times the share of the smaller set, of
    ten words or more, found in the larger; else 0) — a paragraph that grew a lot is still
    the same paragraph. The score is the larger of the two (``passage_score``)."""
    return _scores(len(a & b), len(a), len(b))


def _scores(common: int, na: int, nb: int) -> tuple[float, float]:
    """``_dice_contained`` of two sets of ``na`` and ``nb`` words sharing ``common``."""
    if not na + nb:
        return 1.0, 0.0
    shorter = min(na, nb)
    return 2 * common / (na + nb), (0.8 * common / shorter if shorter >= 10 else 0.0)


def passage_score(wa: WordSets, i: int, wb: WordSets, j: int, threshold: float) -> float:
    """The score of passages ``wa[i]`` and ``wb[j]`` (``_dice_contained``), where containment makes them a
    pair only when the shorter passage's word order survives too.

    A short passage's few words (mostly "the", "of", "and") are easily all found in a long
    unrelated paragraph; a paragraph that grew keeps most of its adjacent word pairs as
    well. So when containment alone would lift the pair to ``threshold``, it does so only
    when at least half of the shorter passage's adjacent word pairs are found in the
    longer one; otherwise the plain Dice coefficient is the score.
    """
    dice, contained = _dice_contained(wa[i], wb[j])
    if dice >= threshold or contained < threshold:
        return max(dice, contained)
    short, other = (wa.bigrams(i), wb.bigrams(j)) if len(wa[i]) <= len(wb[j]) else (wb.bigrams(j), wa.bigrams(i))
    if short and len(short & other) * 2 >= len(short):
        return contained
    return dice


class WordSets:
    """Word sets of passages, computed on demand and cached, by passage and by key
    (``by_key`` is shared by both documents: repeated and unchanged passages share a set)."""

    def __init__(self, passages: tuple[Passage, ...], by_key: dict[str, Words]) -> None:
        self.passages = passages
        self.cache: dict[int, Words] = {}
        self.pair_cache: dict[int, frozenset[int]] = {}
        self.by_key = by_key

    def __getitem__(self, i: int) -> Words:
        got = self.cache.get(i)
        if got is None:
            key = self.passages[i].key
            got = self.by_key.get(key)
            if got is None:
                got = self.by_key[key] = frozenset(split_words(key))
            self.cache[i] = got
        return got

    def bigrams(self, i: int) -> frozenset[int]:
        """Passage ``i``'s adjacent word pairs (lowercased runs of letters and digits), each
        kept as its hash: a set of small numbers costs a fraction of a set of pairs."""
        got = self.pair_cache.get(i)
        if got is None:
            words = split_words(self.passages[i].key)
            got = self.pair_cache[i] = frozenset(map(hash, pairwise(words)))
        return got

    def joined(self, lo: int, hi: int) -> Words:
        return frozenset().union(*(self[i] for i in range(lo, hi)))


_WORD = re.compile(rf"[{CJK}]|[^\W_{CJK}]+")
"""A run of letters and digits, or one character of a script written without spaces between
words (Chinese, Japanese, Korean: a sentence of theirs is not one word)."""
_ASCII_WORD_BYTES = bytes((ord(chr(c).lower()) if chr(c).isalnum() else 32) if c < 128 else 32 for c in range(256))
"""Byte table: ASCII letters lowercased, digits kept, everything else a space."""


def split_words(key: str) -> list[str]:
    """Runs of letters and digits, lowercased (``_WORD``; on ASCII text a byte
    translation and a split find the same runs, faster)."""
    if key.isascii():
        return key.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    return _WORD.findall(key.lower())


class Pairing(NamedTuple):
    """The state the alignment's similarity stages share and fill in."""

    pairs: dict[int, int]
    """Original passage -> revised passage, for every pair found so far (filled in)."""
    sims: dict[int, float]
    """Original passage -> similarity of its pair (filled in)."""
    wa: WordSets
    """Word sets of the original's passages."""
    wb: WordSets
    """Word sets of the revised passages."""
    na: int
    """Number of original passages."""
    nb: int
    """Number of revised passages."""
    protect_b: frozenset[int]
    """Revised passages that pair only with an equal passage (candidate notes)."""
    barren: dict[tuple[tuple[int, ...], tuple[int, ...]], float]
    """Gaps (their unmatched passages on each side) where a search found no pair, with the
    least threshold it used: a later search of the same gap at that threshold or above
    cannot find one either, and is skipped (filled in)."""


def similar_in_gaps(
    st: Pairing, backbone: list[tuple[int, int]], *, threshold: float = SIMILAR, protect: bool = True
) -> None:
    """Pair unmatched passages in order inside each gap of ``backbone`` (``protect``: keep
    ``st.protect_b`` out of it)."""
    pairs, sims, wa, wb, na, nb = st.pairs, st.sims, st.wa, st.wb, st.na, st.nb
    protect_b = st.protect_b if protect else frozenset()
    taken_b = set(pairs.values())
    for alo, ahi, blo, bhi in gaps(backbone, na, nb):
        ia = [i for i in range(alo, ahi) if i not in pairs]
        jb = [j for j in range(blo, bhi) if j not in taken_b and j not in protect_b]
        if not ia or not jb:
            continue
        gap = (tuple(ia), tuple(jb))
        if st.barren.get(gap, 2.0) <= threshold:
            continue
        if len(ia) == 1 and len(jb) == 1:
            # One passage gone, one come, between aligned neighbours: a rewrite if they share enough.
            lone = LONE_SIMILAR if threshold == SIMILAR else threshold
            s = passage_score(wa, ia[0], wb, jb[0], lone)
            if s < lone:
                s = short_likeness(wa.passages[ia[0]].key, wb.passages[jb[0]].key)  # ("Fickr" → "Flickr": a heading's word respelled)
            matched = [(ia[0], jb[0], s)] if s >= lone else []
        else:
            matched = _in_order_match(ia, jb, wa, wb, threshold)
        if not matched:
            st.barren[gap] = min(threshold, st.barren.get(gap, 2.0))
        for i, j, s in matched:
            pairs[i] = j
            sims[i] = s
            taken_b.add(j)


SHORT = 40
"""Longest passage (characters) paired by its letters when it shares no word: a heading, a table's cell."""


def short_likeness(a: str, b: str) -> float:
    """How alike two short passages are by their letters (``difflib``'s ratio), for a lone pair
    sharing no whole word ("Fickr" and "Flickr", "2019-07-30" and "2019-10-16"); 0 for longer ones.

    >>> round(short_likeness("Fickr", "Flickr"), 2), short_likeness("Fickr", "A new section on the sampled platforms")
    (0.91, 0.0)
    """
    if len(a) > SHORT or len(b) > SHORT:
        return 0.0
    ratio = SequenceMatcher(None, a.lower(), b.lower()).ratio()
    return ratio if ratio >= 0.6 else 0.0


def _most_shared(counts: Counter[int]) -> list[tuple[int, int]]:
    """The candidates sharing most words, ties broken by position (never by hash order)."""
    if len(counts) > _CANDIDATES:
        # Only those sharing at least as many words as the ``_CANDIDATES``-th can be among them.
        least = heapq.nlargest(_CANDIDATES, counts.values())[-1]
        return sorted([kv for kv in counts.items() if kv[1] >= least], key=lambda kv: (-kv[1], kv[0]))[:_CANDIDATES]
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


class _Index(NamedTuple):
    """An inverted index of one side's word sets, split by how many passages hold a word."""

    rare: dict[str, list[int]]
    """Word -> the passages holding it, for words held by at most ``_MAX_DF`` passages."""
    frequent: frozenset[str]
    """Words held by more passages (they choose no candidate)."""


def _index(items: list[int], words: WordSets, *, positions: bool) -> _Index:
    """Index passages ``items`` by their words (by position in ``items`` when ``positions``)."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for y, j in enumerate(items):
        for w in words[j]:
            index[w].append(y if positions else j)
    frequent = frozenset(w for w, h in index.items() if len(h) > _MAX_DF)
    for w in frequent:
        del index[w]  # (their long lists choose no candidate: let them go at once)
    return _Index(index, frequent)


def _shared_counts(words: Words, index: _Index) -> tuple[Counter[int], int]:
    """How many rare words each passage of ``index`` shares with ``words``, and how many of
    ``words`` are frequent ones: a passage can share at most its count plus that many."""
    rare = index.rare
    counts = Counter(chain.from_iterable([rare[w] for w in words & rare.keys()]))
    return counts, len(words & index.frequent)


def _may_reach(most_common: int, na: int, nb: int, threshold: float) -> bool:
    """Whether two passages of ``na`` and ``nb`` distinct words sharing at most
    ``most_common`` of them can score ``threshold`` (the score's upper bound)."""
    return max(_scores(min(most_common, na, nb), na, nb)) >= threshold


def _in_order_match(
    ia: list[int], jb: list[int], wa: WordSets, wb: WordSets, threshold: float = SIMILAR
) -> list[tuple[int, int, float]]:
    """In-order matching of ``ia`` with ``jb`` maximising total similarity.

    Candidates come from shared rare words (an inverted index), so the cost
    stays near linear in the gap size; small gaps try every pair.
    """
    n, m = len(ia), len(jb)
    cands: list[tuple[int, int]] = []
    scores: list[float] = []
    if n * m <= _ALL_PAIRS:
        for x, i in enumerate(ia):
            for y, j in enumerate(jb):
                s = passage_score(wa, i, wb, j, threshold)
                if s >= threshold:
                    cands.append((x, y))
                    scores.append(s)
    else:
        index = _index(jb, wb, positions=True)
        for x, i in enumerate(ia):
            counts, frequent = _shared_counts(wa[i], index)
            na = len(wa[i])
            for y, k in _most_shared(counts):
                if not _may_reach(k + frequent, na, len(wb[jb[y]]), threshold):
                    continue
                s = passage_score(wa, i, wb, jb[y], threshold)
                if s >= threshold:
                    cands.append((x, y))
                    scores.append(s)
                    if s >= _SURE:
                        break  # the best-sharing candidate is plainly the same passage
    weight = dict(zip(cands, scores, strict=True))
    return [(ia[x], jb[y], weight[(x, y)]) for x, y in heaviest_chain(cands, scores)]


def _index_match(
    ia: list[int], jb: list[int], wa: WordSets, wb: WordSets, threshold: float = SIMILAR
) -> list[tuple[int, int, float]]:
    """Greedy best-first matching through an inverted index of rare words."""
    index = _index(ia, wa, positions=False)
    candidates: list[tuple[float, int, int]] = []
    for j in jb:
        counts, frequent = _shared_counts(wb[j], index)
        nb = len(wb[j])
        for i, k in _most_shared(counts):
            if not _may_reach(k + frequent, len(wa[i]), nb, threshold):
                continue
            s = passage_score(wa, i, wb, j, threshold)
            if s >= threshold:
                candidates.append((-s, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for neg, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j, -neg))
    return out


def similar_anywhere(
    st: Pairing, *, threshold: float = SIMILAR, protect: bool = True, only_a: Callable[[int], bool] | None = None
) -> None:
    """Pair each still unmatched passage with its most similar unmatched partner anywhere (a
    moved, edited passage; ``protect``: keep ``st.protect_b`` out of it; ``only_a``: the
    original passages that may pair)."""
    pairs, sims, wa, wb, na, nb, protect_b, _ = st
    taken_b = set(pairs.values())
    ia = [i for i in range(na) if i not in pairs and (only_a is None or only_a(i))]
    jb = [j for j in range(nb) if j not in taken_b and (not protect or j not in protect_b)]
    if not ia or not jb:
        return
    for i, j, s in _index_match(ia, jb, wa, wb, threshold):
        pairs[i] = j
        sims[i] = s
