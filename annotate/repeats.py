"""Repeated passages: equal keys paired in order inside each gap of the anchors, by position
among their copies, then anywhere.

Why a module of its own: boilerplate (a disclaimer after every section, a paragraph pasted
hundreds of times) defeats unique anchors, and which copy pairs with which is arbitrary for
a diff of keys. These stages keep copies in order and put an edited copy beside the copy it
stands for, so that its edit comes out as words (``annotate.align`` runs them first).
"""

from __future__ import annotations

from collections import defaultdict, deque

from diff_match_patch import diff_match_patch

from annotate.chains import gaps

REPEAT_SECONDS = 5.0
"""Time limit of the key diff of one gap."""


def repeats_in_gaps(a: list[str], b: list[str], pairs: dict[int, int], protect_b: frozenset[int]) -> None:
    """Equal passages in order inside each gap: diff-match-patch over passage keys (one
    character per distinct key), which stays fast on long runs of repeated paragraphs."""
    backbone = sorted(pairs.items())
    for alo, ahi, blo, bhi in gaps(backbone, len(a), len(b)):
        if alo == ahi or blo == bhi:
            continue
        # Only passages whose key is on both sides can match: diff those alone.
        shared = set(a[alo:ahi]).intersection(b[blo:bhi])
        ia = [i for i in range(alo, ahi) if a[i] in shared]
        jb = [j for j in range(blo, bhi) if b[j] in shared]
        if not ia or len(shared) > 0xFFFD:
            continue  # nothing to match, or more distinct passages than characters: the next stage
        code = {k: chr(0xF0000 + n) for n, k in enumerate(sorted(shared))}
        ea = "".join(code[a[i]] for i in ia)
        eb = "".join(code[b[j]] for j in jb)
        dmp = diff_match_patch()
        dmp.Diff_Timeout = REPEAT_SECONDS
        x = y = 0
        found: dict[int, int] = {}
        for op, chunk in dmp.diff_main(ea, eb, False):
            if op == 0:
                for k in range(len(chunk)):
                    found[ia[x + k]] = jb[y + k]
            if op != 1:
                x += len(chunk)
            if op != -1:
                y += len(chunk)
        if len(found) < len(ia):
            _by_position(a, b, found, (alo, ahi, blo, bhi), protect_b)
        pairs.update(found)


def _by_position(
    a: list[str], b: list[str], found: dict[int, int], gap: tuple[int, int, int, int], protect_b: frozenset[int]
) -> None:
    """Re-pair each run of identical original passages with its copies by position.

    Which copies of a repeated passage match is arbitrary for the key diff, which puts the
    unmatched ones together (one long deletion at the end of the run); but a copy edited in
    the revised version stands where one of them stood. Inside a run of one key, the copies
    are paired in order again, and a revised passage that matches none (the edited copy)
    keeps an unmatched copy beside it — so that the next stages pair the two and the edit
    comes out as words, not as a whole paragraph added here and another removed there.
    The number of equal pairs never drops; candidate notes (``protect_b``) keep no copy.
    """
    alo, ahi, blo, bhi = gap
    i = alo
    while i < ahi:
        r1 = i + 1
        while r1 < ahi and a[r1] == a[i]:
            r1 += 1
        if r1 - i > 1:
            before = [found[k] for k in range(alo, i) if k in found]
            after = [found[k] for k in range(r1, ahi) if k in found]
            b0 = (max(before) + 1) if before else blo
            b1 = min(after) if after else bhi
            key = a[i]
            copies = sum(1 for j in range(b0, b1) if b[j] == key)
            spare = (r1 - i) - copies
            if spare > 0 and any(b[j] != key for j in range(b0, b1)):
                for k in range(i, r1):
                    found.pop(k, None)
                pos = i
                for j in range(b0, b1):
                    if b[j] == key:
                        found[pos] = j
                        pos += 1
                    elif spare > 0 and j not in protect_b:
                        pos += 1  # an edited copy stands here: keep an original copy beside it
                        spare -= 1
        i = r1


def repeats_anywhere(a: list[str], b: list[str], pairs: dict[int, int]) -> None:
    taken_b = set(pairs.values())
    free_a: defaultdict[str, deque[int]] = defaultdict(deque)
    for i, k in enumerate(a):
        if i not in pairs:
            free_a[k].append(i)
    for j, k in enumerate(b):
        if j not in taken_b and free_a.get(k):
            pairs[free_a[k].popleft()] = j
