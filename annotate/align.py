"""Align the passages of two documents: equal, edited, split, merged, moved, new, gone.

The alignment runs in stages, each cheap enough for large documents:

1. *anchors*: passages whose key is unique in both documents, kept in order by a
   longest increasing subsequence (patience diff), then equal runs around them;
2. *repeats* (``annotate.repeats``): remaining equal keys, in order inside each gap (by
   position among their copies), then anywhere;
3. *similar* (``annotate.similar``): within each gap between matched passages,
   unmatched passages paired in order by word similarity; then, across the whole
   document, a passage paired with its most similar unmatched partner (a moved and
   edited passage);
4. *order*: the heaviest in-order subset of all pairs is the backbone; every
   other pair is a move;
5. *split/merge*: an edited pair absorbs an unmatched neighbour when the joined
   text is closer to the other side.

The result is a list of ``Row`` values in reading order of both documents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import NamedTuple

from annotate.chains import heaviest_chain, patience
from annotate.model import Passage
from annotate.repeats import repeats_anywhere, repeats_in_gaps
from annotate.similar import (
    LONE_SIMILAR,
    PROTECTED_SIMILAR,
    Pairing,
    Words,
    WordSets,
    passage_score,
    similar_anywhere,
    similar_in_gaps,
    similarity,
)

_EDGE = 40
_EDGES_SIMILAR = 0.9


class Row(NamedTuple):
    """One row of the alignment, before word diffing."""

    kind: str
    """``pair`` (aligned, equal or edited), ``delete``, ``insert``, ``move_from`` or ``move_to``."""
    a: tuple[int, int]
    """Half-open range of original passage indices (empty for ``insert``)."""
    b: tuple[int, int]
    """Half-open range of revised passage indices (empty for ``delete``)."""
    equal: bool = False
    """True when the keys on both sides are equal."""
    similarity: float = 1.0
    """Word similarity of the two sides."""
    move: int | None = None
    """Move id, shared by a ``move_from`` row and its ``move_to`` row."""


def align(a: tuple[Passage, ...], b: tuple[Passage, ...], *, protect_b: frozenset[int] = frozenset()) -> list[Row]:
    """Align passages ``a`` (original) with ``b`` (revised).

    Passages of ``b`` listed in ``protect_b`` (candidate annotations) are only
    aligned with an exactly equal passage, never with a merely similar one.
    """
    return Alignment(a, b, protect_b=protect_b).rows()


class Alignment:
    """One alignment, in two steps: the cheap stages when made (``first_pairs``), the
    rest in ``rows()``, so that a caller can start work on most of the final pairs
    while the rest of the alignment runs."""

    def __init__(
        self, a: tuple[Passage, ...], b: tuple[Passage, ...], *, protect_b: frozenset[int] = frozenset(),
        noted_a: Callable[[int], bool] | None = None,
    ) -> None:
        # (``noted_a``: whether an original passage is a note itself, opening with a label:
        # a candidate note may pair with one anywhere when plainly the same)
        self.a, self.protect_b, self.nb, self.noted_a = a, protect_b, len(b), noted_a
        self.ak = ak = [p.key for p in a]
        self.bk = bk = [p.key for p in b]
        self.pairs: dict[int, int] = dict(patience(ak, bk))
        repeats_in_gaps(ak, bk, self.pairs, protect_b)
        repeats_anywhere(ak, bk, self.pairs)
        by_key: dict[str, Words] = {}
        self.wa, self.wb = WordSets(a, by_key), WordSets(b, by_key)
        self.edges = _same_edges(ak, bk, self.pairs, protect_b)

    @property
    def first_pairs(self) -> dict[int, int]:
        """The pairs the cheap stages found (equal passages, and passages keeping an edge,
        before their similarity is checked): most of the final pairs. Read it before
        ``rows()``."""
        return {**self.pairs, **{i: j for i, j, _ in self.edges}}

    def rows(self) -> list[Row]:
        """The alignment's rows, in reading order of both documents (call once)."""
        a, pairs, protect_b, wa, wb, na, nb = self.a, self.pairs, self.protect_b, self.wa, self.wb, len(self.a), self.nb
        sims: dict[int, float] = {i: 1.0 for i in pairs}
        _score_edges(self.edges, pairs, sims, wa, wb)
        # (Stages only add pairs, never change one: while their number stays the same, so does
        # the heaviest in-order chain.)
        backbone = _in_order(pairs, a, sims)
        known = len(pairs)
        st = Pairing(pairs, sims, wa, wb, na, nb, protect_b, {})
        similar_in_gaps(st, backbone)
        similar_anywhere(st)
        if len(pairs) != known:
            backbone, known = _in_order(pairs, a, sims), len(pairs)
        # Gaps are smaller now: a second pass pairs the lone rewritten passages.
        similar_in_gaps(st, backbone)
        # A passage that only looks like a new note (an old parenthetical, edited; a label put
        # in front of an old paragraph) still pairs with its original when plainly the same.
        similar_in_gaps(st, backbone, threshold=PROTECTED_SIMILAR, protect=False)
        if protect_b and self.noted_a is not None:
            # … also when the original's own note moved ("NOTE: From Kudu version 1.15.0, a
            # new command …" reworded and put above the warnings): not an inserted one.
            similar_anywhere(st, threshold=PROTECTED_SIMILAR, protect=False, only_a=self.noted_a)
        if len(pairs) != known:
            backbone = _in_order(pairs, a, sims)
        groups = _split_merge(st, backbone)
        return _rows(groups, pairs, sims, backbone, self.ak, self.bk, na, nb)


def _same_edges(
    a: list[str], b: list[str], pairs: dict[int, int], protect_b: frozenset[int]
) -> list[tuple[int, int, bool]]:
    """Unmatched passages that begin or end with the same words, when that beginning
    (or end) is unique on both sides: a lightly edited paragraph keeps one edge intact.
    Cheap and linear, it leaves little for the similarity search. ``(i, j, both)``:
    ``both`` when the two passages share their first and their last words."""
    taken_b = set(pairs.values())
    free_a = [i for i in range(len(a)) if i not in pairs and len(a[i]) >= _EDGE * 2]
    free_b = [j for j in range(len(b)) if j not in taken_b and j not in protect_b and len(b[j]) >= _EDGE * 2]
    found: dict[int, set[int]] = {}
    both: set[tuple[int, int]] = set()
    for lo, hi in ((0, _EDGE), (-_EDGE, None)):
        at_a: defaultdict[str, list[int]] = defaultdict(list)
        at_b: defaultdict[str, list[int]] = defaultdict(list)
        for i in free_a:
            at_a[a[i][lo:hi]].append(i)
        for j in free_b:
            at_b[b[j][lo:hi]].append(j)
        for e, ia in at_a.items():
            jb = at_b.get(e)
            if jb and len(ia) == 1 and len(jb) == 1:
                if jb[0] in found.get(ia[0], ()):
                    both.add((ia[0], jb[0]))
                found.setdefault(ia[0], set()).add(jb[0])
    claimed: Counter[int] = Counter(j for js in found.values() for j in js)
    out: list[tuple[int, int, bool]] = []
    for i in sorted(found):
        js = found[i]
        if len(js) != 1:
            continue
        j = next(iter(js))
        if claimed[j] == 1:
            out.append((i, j, (i, j) in both))
    return out


def _score_edges(
    edges: list[tuple[int, int, bool]], pairs: dict[int, int], sims: dict[int, float], wa: WordSets, wb: WordSets
) -> None:
    """Pair the passages ``_same_edges`` proposed that are similar enough."""
    for i, j, both in edges:
        # Same first and last words: the same passage, edited in the middle; no need to
        # score it (the word diff measures it later).
        s = _EDGES_SIMILAR if both else passage_score(wa, i, wb, j, LONE_SIMILAR)
        if s >= LONE_SIMILAR:
            pairs[i] = j
            sims[i] = s


def _in_order(pairs: dict[int, int], a: tuple[Passage, ...], sims: dict[int, float]) -> list[tuple[int, int]]:
    """The heaviest in-order subset of ``pairs`` (weight: length times similarity).

    Pairs that continue each other on both sides (``(i, j)``, ``(i + 1, j + 1)``…) form
    a run: a chain holding one of them can hold them all, so runs enter the search
    as single items and the search stays small even for long documents.
    """
    items = sorted(pairs.items())
    runs: list[tuple[int, int]] = []
    sizes: list[int] = []
    weights: list[float] = []
    prev_i = prev_j = -2
    for i, j in items:
        w = (a[i].end - a[i].start + 1) * sims.get(i, 1.0)
        if i == prev_i + 1 and j == prev_j + 1:
            sizes[-1] += 1
            weights[-1] += w
        else:
            runs.append((i, j))
            sizes.append(1)
            weights.append(w)
        prev_i, prev_j = i, j
    size_of = dict(zip(runs, sizes, strict=True))
    return [(i + k, j + k) for i, j in heaviest_chain(runs, weights) for k in range(size_of[(i, j)])]


def _split_merge(st: Pairing, backbone: list[tuple[int, int]]) -> dict[int, tuple[int, int, int, int]]:
    """Grow edited backbone pairs over unmatched neighbours: ``a -> (alo, ahi, blo, bhi)``."""
    pairs, sims, wa, wb, na, nb, protect_b, _ = st
    taken_a = set(pairs)
    taken_b = set(pairs.values())
    groups: dict[int, tuple[int, int, int, int]] = {}
    for i, j in backbone:
        alo, ahi, blo, bhi = i, i + 1, j, j + 1
        best = sims.get(i, 1.0)
        if best < 0.95 and not (
            (i == 0 or i - 1 in taken_a) and (i + 1 >= na or i + 1 in taken_a)
            and (j == 0 or j - 1 in taken_b) and (j + 1 >= nb or j + 1 in taken_b)
        ):  # (when every neighbour is taken, no candidate below can be tried)
            changed = True
            while changed:
                changed = False
                # A neighbour on either side; on the revised side also the passage just past
                # a note, when a note paragraph was inserted in the middle of the passage.
                step_b = (2 if bhi in protect_b else 1, 2 if blo - 1 in protect_b else 1)
                for cand in (
                    (alo, ahi, blo, bhi + step_b[0]), (alo, ahi, blo - step_b[1], bhi),
                    (alo, ahi + 1, blo, bhi), (alo - 1, ahi, blo, bhi),
                ):
                    c_alo, c_ahi, c_blo, c_bhi = cand
                    if c_alo < 0 or c_blo < 0 or c_ahi > na or c_bhi > nb:
                        continue
                    new_a = c_alo if c_alo < alo else (c_ahi - 1 if c_ahi > ahi else None)
                    new_bs = [*range(c_blo, blo), *range(bhi, c_bhi)]
                    if new_a is not None and new_a in taken_a:
                        continue
                    if any(k in taken_b for k in new_bs) or (new_bs and new_bs[-1 if c_bhi > bhi else 0] in protect_b):
                        continue
                    words_b = frozenset().union(*(wb[k] for k in range(c_blo, c_bhi) if k not in protect_b))
                    s = similarity(wa.joined(c_alo, c_ahi), words_b)
                    if s > best + 0.05:
                        alo, ahi, blo, bhi, best = c_alo, c_ahi, c_blo, c_bhi, s
                        if new_a is not None:
                            taken_a.add(new_a)
                        taken_b.update(new_bs)
                        changed = True
                        break
        if (alo, ahi, blo, bhi) != (i, i + 1, j, j + 1):
            sims[i] = best
        groups[i] = (alo, ahi, blo, bhi)
    return groups


def _rows(
    groups: dict[int, tuple[int, int, int, int]],
    pairs: dict[int, int],
    sims: dict[int, float],
    backbone: list[tuple[int, int]],
    ak: list[str],
    bk: list[str],
    na: int,
    nb: int,
) -> list[Row]:
    in_backbone = {i for i, _ in backbone}
    moves = sorted((i, j) for i, j in pairs.items() if i not in in_backbone)
    move_id_by_a = {i: n + 1 for n, (i, _) in enumerate(sorted(moves, key=lambda p: p[1]))}
    move_by_b = {j: i for i, j in moves}
    rows: list[Row] = []
    pa, pb = 0, 0
    for i, _ in backbone:
        alo, ahi, blo, bhi = groups[i]
        if alo > pa or blo > pb:
            _gap_rows(rows, pa, alo, pb, blo, move_id_by_a, move_by_b, pairs, sims, ak, bk)
        equal = ak[alo] == bk[blo] if ahi - alo == 1 and bhi - blo == 1 else " ".join(ak[alo:ahi]) == " ".join(bk[blo:bhi])
        rows.append(Row("pair", (alo, ahi), (blo, bhi), equal, 1.0 if equal else round(sims.get(i, 1.0), 4)))
        pa, pb = ahi, bhi
    _gap_rows(rows, pa, na, pb, nb, move_id_by_a, move_by_b, pairs, sims, ak, bk)
    return _merge_equal(rows)


def _gap_rows(
    rows: list[Row],
    alo: int,
    ahi: int,
    blo: int,
    bhi: int,
    move_id_by_a: dict[int, int],
    move_by_b: dict[int, int],
    pairs: dict[int, int],
    sims: dict[int, float],
    ak: list[str],
    bk: list[str],
) -> None:
    run: int | None = None
    for i in range(alo, ahi):
        if i in move_id_by_a:
            run = None
            j = pairs[i]
            _add_move(rows, Row("move_from", (i, i + 1), (j, j + 1), ak[i] == bk[j], sims.get(i, 1.0), move_id_by_a[i]))
        elif run is not None and rows[-1].a[1] == i:
            rows[-1] = Row("delete", (rows[-1].a[0], i + 1), (blo, blo))
        else:
            rows.append(Row("delete", (i, i + 1), (blo, blo)))
            run = i
    run = None
    for j in range(blo, bhi):
        if j in move_by_b:
            run = None
            i = move_by_b[j]
            _add_move(rows, Row("move_to", (i, i + 1), (j, j + 1), ak[i] == bk[j], sims.get(i, 1.0), move_id_by_a[i]))
        elif run is not None and rows[-1].b[1] == j:
            rows[-1] = Row("insert", (ahi, ahi), (rows[-1].b[0], j + 1))
        else:
            rows.append(Row("insert", (ahi, ahi), (j, j + 1)))
            run = j


def _add_move(rows: list[Row], row: Row) -> None:
    """Append one end of a move, joined to the row before it when both moved unchanged and
    follow each other in both documents: a section moved whole (its heading and paragraphs)
    is one move, not one per passage. Both ends join alike, so they keep one move id."""
    if rows and row.equal and (last := rows[-1]).kind == row.kind and last.equal and last.a[1] == row.a[0] and last.b[1] == row.b[0]:
        rows[-1] = last._replace(a=(last.a[0], row.a[1]), b=(last.b[0], row.b[1]))
    else:
        rows.append(row)


def _merge_equal(rows: list[Row]) -> list[Row]:
    """``rows`` with each run of adjacent equal pairs made one row."""
    out: list[Row] = []
    run: list[int] = []  # a_lo, a_hi, b_lo, b_hi of the pending equal run, and its row count
    for row in rows:
        if row.kind == "pair" and row.equal:
            if run and run[1] == row.a[0] and run[3] == row.b[0]:
                run[1], run[3], run[4] = row.a[1], row.b[1], run[4] + 1
                continue
            _flush(out, run)
            run = [row.a[0], row.a[1], row.b[0], row.b[1], 1]
            out.append(row)
            continue
        _flush(out, run)
        run = []
        out.append(row)
    _flush(out, run)
    return out


def _flush(out: list[Row], run: list[int]) -> None:
    """Replace the last row of ``out`` (the first of an equal run) by the whole run."""
    if run and run[4] > 1:
        out[-1] = Row("pair", (run[0], run[1]), (run[2], run[3]), True, 1.0)
