"""Running the word diffs of one comparison, on one process or two.

Why this exists: on large documents the passage-pair word diffs are the largest share
of the work, and they are independent of each other. ``WordDiffs`` runs them here, or
shares them with a second process: the comparison's helper (``annotate.parallel.Helper``,
forked when the comparison started) or, without one, a child forked for the purpose.
The helper can even start early: ``align`` reports the pairs its cheap stages found
(most of the final ones) and the helper diffs its share of those while the alignment
goes on. Whatever happens to the other process, every result is the one
``diff_words`` gives here: a missing or failed share is simply diffed here.
"""

from __future__ import annotations

import bisect

from annotate.diff import DiffResult, diff_words
from annotate.model import Opcode, Passage
from annotate.parallel import Helper, both

Job = tuple[int, int, int, int, tuple[tuple[int, int], ...]]
"""One word diff to run: original range, revised range, candidate note spans inside it."""

PlainDiff = tuple[list[tuple[str, int, int, int, int]], bool]
"""A ``DiffResult`` as plain tuples, which cross a pipe several times faster."""

PARALLEL_BYTES = 300_000
"""Word-diff work (characters on both sides) below which a second process costs more
than it saves."""

HELPER_SHARE = 5
"""Of every eight early jobs, how many the helper takes: it starts while this process
still aligns, so it takes more than half."""


def job(ar: tuple[int, int], br: tuple[int, int], notes: list[tuple[int, int]]) -> Job:
    """The word diff of ranges ``ar`` and ``br``, with the (sorted) candidate notes inside ``br``."""
    k = bisect.bisect_left(notes, (br[0], br[0]))
    inside = []
    while k < len(notes) and notes[k][0] < br[1]:
        if notes[k][1] <= br[1]:
            inside.append(notes[k])
        k += 1
    return (ar[0], ar[1], br[0], br[1], tuple(inside))


def run(a_text: str, b_text: str, jobs: list[Job], timeout: float) -> list[DiffResult]:
    """The jobs' word diffs, here."""
    return [
        diff_words(a_text, a0, a1, b_text, b0, b1, timeout=timeout, opaque_b=inside)
        for a0, a1, b0, b1, inside in jobs
    ]


def run_plain(a_text: str, b_text: str, jobs: list[Job], timeout: float) -> list[PlainDiff]:
    """``run``, as plain tuples to send to another process."""
    return [
        ([(o.tag, o.a_start, o.a_end, o.b_start, o.b_end) for o in r.ops], r.timed_out)
        for r in run(a_text, b_text, jobs, timeout)
    ]


def unplain(plain: PlainDiff) -> DiffResult:
    """A ``DiffResult`` back from its plain form."""
    return DiffResult(tuple(map(Opcode._make, plain[0])), plain[1])


def _cost(jobs: list[Job]) -> int:
    return sum(a1 - a0 + b1 - b0 for a0, a1, b0, b1, _ in jobs)


class WordDiffs:
    """The word diffs of one comparison of ``a_text`` with ``b_text``."""

    def __init__(
        self, a_text: str, b_text: str, *, timeout: float, workers: int = 1, helper: Helper | None = None
    ) -> None:
        self.a_text, self.b_text, self.timeout, self.workers = a_text, b_text, timeout, workers
        self.helper = helper
        self.given: list[Job] | None = None
        """Jobs sent to the helper (``None``: none yet)."""

    def _give(self, jobs: list[Job]) -> None:
        helper = self.helper
        if helper is not None and self.given is None and jobs and helper.tell((len(self.b_text), hash(self.b_text), jobs)):
            self.given = jobs

    def early(self, a: tuple[Passage, ...], b: tuple[Passage, ...], notes: list[tuple[int, int]], pairs: dict[int, int]) -> None:
        """Start the helper on its share of the edited ``pairs`` known so far."""
        if self.helper is None or self.workers < 2:
            return
        jobs = [
            job((a[i].start, a[i].end), (b[j].start, b[j].end), notes)
            for i, j in sorted(pairs.items()) if a[i].key != b[j].key
        ]
        if _cost(jobs) >= PARALLEL_BYTES:
            self._give([x for k, x in enumerate(jobs) if k % 8 < HELPER_SHARE])

    def run(self, jobs: list[Job]) -> list[DiffResult]:
        """Every job's word diff, in order."""
        if self.workers < 2 or _cost(jobs) < PARALLEL_BYTES:
            return run(self.a_text, self.b_text, jobs, self.timeout)
        # Alternate jobs between the two processes: a job's cost is not its length (it
        # depends on how much differs), and alternating balances the halves.
        self._give(jobs[1::2])
        if self.given is None:
            return self._forked(jobs)
        given = set(self.given)
        mine = [x for x in jobs if x not in given]
        done = dict(zip(mine, run(self.a_text, self.b_text, mine, self.timeout), strict=True))
        assert self.helper is not None
        plain = self.helper.ask()
        if plain is not None:
            done.update(zip(self.given, map(unplain, plain), strict=True))
        missing = [x for x in jobs if x not in done]  # the helper failed, or its early pairs were regrouped
        done.update(zip(missing, run(self.a_text, self.b_text, missing, self.timeout), strict=True))
        return [done[x] for x in jobs]

    def _forked(self, jobs: list[Job]) -> list[DiffResult]:
        """Every other job in a child forked now (no helper)."""
        a_text, b_text, timeout = self.a_text, self.b_text, self.timeout
        theirs, ours = jobs[1::2], jobs[0::2]
        plain, even = both(lambda: run_plain(a_text, b_text, theirs, timeout), lambda: run(a_text, b_text, ours, timeout))
        odd = [unplain(p) for p in plain]
        out: list[DiffResult] = []
        for k, mine in enumerate(even):
            out.append(mine)
            if k < len(odd):
                out.append(odd[k])
        return out


Request = tuple[int, int, list[Job]]
"""What the helper is sent: the revised text's length and hash, then the jobs."""


def serve(request: Request, a_text: str, b_text: str, timeout: float) -> list[PlainDiff] | None:
    """The helper's side: diff the jobs of one request, or ``None`` when its revised text
    is not the one the request was made for (the file changed between the two reads)."""
    length, digest, jobs = request
    if (length, digest) != (len(b_text), hash(b_text)):
        return None
    return run_plain(a_text, b_text, jobs, timeout)
