"""Chains of aligned pairs: the heaviest subsequence increasing on both sides, and the
gaps a chain leaves.

Why a module of its own: the passage alignment (``annotate.align``) and the search for
similar passages (``annotate.similar``) both keep pairs in order this way.

>>> heaviest_chain([(0, 1), (1, 0), (2, 2)], [1.0, 5.0, 1.0])
[(1, 0), (2, 2)]
>>> gaps([(1, 0), (2, 2)], 4, 4)
[(0, 1, 0, 0), (2, 2, 1, 2), (3, 4, 3, 4)]
"""

from __future__ import annotations

from collections import Counter


def heaviest_chain(pairs: list[tuple[int, int]], weights: list[float]) -> list[tuple[int, int]]:
    """Heaviest subsequence of ``pairs`` (sorted by first item) increasing in the second."""
    if not pairs:
        return []
    firsts = [p[0] for p in pairs]
    order: range | list[int] = range(len(pairs))
    if len(set(firsts)) < len(firsts) or firsts != sorted(firsts):
        # Equal first items sort by descending second, so no chain takes two of them.
        order = sorted(order, key=lambda k: (pairs[k][0], -pairs[k][1]))
    ranks = {v: r for r, v in enumerate(sorted({p[1] for p in pairs}))}
    size = len(ranks)
    tree_w = [0.0] * (size + 1)
    tree_k = [-1] * (size + 1)
    best_w = [0.0] * len(pairs)
    parent = [-1] * len(pairs)
    for k in order:
        r = ranks[pairs[k][1]]
        # query best over ranks < r
        w, idx, pos = 0.0, -1, r
        while pos > 0:
            if tree_w[pos] > w:
                w, idx = tree_w[pos], tree_k[pos]
            pos -= pos & -pos
        best_w[k] = w + weights[k]
        parent[k] = idx
        pos = r + 1
        while pos <= size:
            if best_w[k] > tree_w[pos]:
                tree_w[pos], tree_k[pos] = best_w[k], k
            pos += pos & -pos
    end = max(range(len(pairs)), key=lambda k: (best_w[k], -pairs[k][0]))
    chain: list[tuple[int, int]] = []
    while end != -1:
        chain.append(pairs[end])
        end = parent[end]
    chain.reverse()
    return chain


def gaps(backbone: list[tuple[int, int]], na: int, nb: int) -> list[tuple[int, int, int, int]]:
    """The stretches ``(a_lo, a_hi, b_lo, b_hi)`` between consecutive pairs of ``backbone``
    (and before the first and after the last) where either side has passages left."""
    gaps = []
    pa, pb = 0, 0
    for i, j in [*backbone, (na, nb)]:
        if i > pa or j > pb:
            gaps.append((pa, i, pb, j))
        pa, pb = i + 1, j + 1
    return gaps


def patience(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Pairs of equal items of ``a`` and ``b``, in order: items unique on both sides kept in
    order by the heaviest chain (patience diff), then equal runs around them, recursively.

    >>> sorted(patience(list("abcd"), list("xbcdy")))
    [(1, 1), (2, 2), (3, 3)]
    """
    out: list[tuple[int, int]] = []
    stack = [(0, len(a), 0, len(b))]
    while stack:
        alo, ahi, blo, bhi = stack.pop()
        while alo < ahi and blo < bhi and a[alo] == b[blo]:
            out.append((alo, blo))
            alo += 1
            blo += 1
        while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
            ahi -= 1
            bhi -= 1
            out.append((ahi, bhi))
        if alo == ahi or blo == bhi:
            continue
        count_a: Counter[str] = Counter(a[alo:ahi])
        count_b: Counter[str] = Counter(b[blo:bhi])
        where_b = {b[j]: j for j in range(blo, bhi) if count_b[b[j]] == 1}
        uniq = [(i, where_b[a[i]]) for i in range(alo, ahi) if count_a[a[i]] == 1 and a[i] in where_b]
        anchors = heaviest_chain(uniq, [1.0] * len(uniq))
        if not anchors:
            continue
        prev_a, prev_b = alo, blo
        for i, j in anchors:
            out.append((i, j))
            stack.append((prev_a, i, prev_b, j))
            prev_a, prev_b = i + 1, j + 1
        stack.append((prev_a, ahi, prev_b, bhi))
    return out
