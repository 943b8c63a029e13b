"""Running the word diffs of one comparison, on one process or two.

Why this exists: on large documents the passage-pair word diffs are the largest share
of the work, and they are independent of each other. ``WordDiffs`` runs them here, or
shares them with a second process: the comparison's helper (``annotate._parallel.channel.Helper``,
forked when the comparison started) or, without one, a child forked for the purpose.
The helper can even start early: ``align`` reports the pairs its cheap stages found
(most of the final ones) and the helper diffs its share of those while the alignment
goes on. Whatever happens to the other process, every result is the one
``diff_words`` gives here: a missing or failed share is simply diffed here.
"""

from __future__ import annotations

from collections.abc import Callable

from annotate._parallel.channel import Helper, both
from annotate.blocks import Job, job, run_jobs
from annotate.diff import DiffResult
from annotate.model import Opcode, Passage

PlainDiff = tuple[list[tuple[str, int, int, int, int]], bool]
"""A ``DiffResult`` as plain tuples, which cross a pipe several times faster."""

PARALLEL_BYTES = 300_000
"""Word-diff work (characters on both sides) below which a second process costs more
than it saves."""

CHUNK = 32
"""The helper sends its results this many jobs at a time."""


def run_plain(a_text: str, b_text: str, jobs: list[Job], timeout: float) -> list[PlainDiff]:
    """``run``, as plain tuples to send to another process."""
    return [
        ([(o.tag, o.a_start, o.a_end, o.b_start, o.b_end) for o in r.ops], r.timed_out)
        for r in run_jobs(a_text, b_text, jobs, timeout)
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
        self.given: list[Job] = []
        """Jobs sent to the helper, in the order it works through them."""

    def _give(self, jobs: list[Job]) -> None:
        helper = self.helper
        if helper is not None and jobs and helper.tell((_digest(self.a_text, self.b_text), jobs)):
            self.given += jobs

    def early(self, a: tuple[Passage, ...], b: tuple[Passage, ...], notes: list[tuple[int, int]], pairs: dict[int, int]) -> None:
        """Start the helper on the edited ``pairs`` known so far."""
        if self.helper is None or self.workers < 2:
            return
        jobs = [
            job((a[i].start, a[i].end), (b[j].start, b[j].end), notes)
            for i, j in sorted(pairs.items()) if a[i].key != b[j].key
        ]
        if _cost(jobs) >= PARALLEL_BYTES:
            self._give(jobs)

    def run(self, jobs: list[Job]) -> list[DiffResult]:
        """Every job's word diff, in order."""
        if self.workers < 2 or _cost(jobs) < PARALLEL_BYTES:
            return run_jobs(self.a_text, self.b_text, jobs, self.timeout)
        if self.helper is None or not self.helper.forked:
            return self._forked(jobs)
        # The pairs the alignment found after the early call go to the helper too, behind
        # the early ones: this process takes them first, working from the back.
        given = set(self.given)
        self._give([x for x in jobs if x not in given])
        done = dict(zip(self.given, self._shared(self.given), strict=True))
        mine = [x for x in jobs if x not in done]  # (only when the helper could not be told)
        done.update(zip(mine, run_jobs(self.a_text, self.b_text, mine, self.timeout), strict=True))
        return [done[x] for x in jobs]

    def _shared(self, given: list[Job]) -> list[DiffResult]:
        """The diffs of ``given``: the helper works from the front (sending ``CHUNK`` results
        at a time) while this process takes jobs from the back, until they meet. Whatever
        the helper does not deliver is diffed here."""
        helper = self.helper
        assert helper is not None
        results: list[DiffResult | None] = [None] * len(given)
        front, back = 0, len(given)
        while front < back:
            while helper.ready():
                message = helper.ask()
                if message is None:  # the helper is gone: the rest is ours
                    break
                start, plain = message
                for k, p in enumerate(plain, start):
                    if results[k] is None:
                        results[k] = unplain(p)
                front = max(front, start + len(plain))
            if helper.forked and front < back:
                back -= 1
                results[back] = run_jobs(self.a_text, self.b_text, [given[back]], self.timeout)[0]
            elif not helper.forked:
                break
        helper.close(kill=True)
        missing = [k for k, r in enumerate(results) if r is None]
        for k, r in zip(missing, run_jobs(self.a_text, self.b_text, [given[k] for k in missing], self.timeout), strict=True):
            results[k] = r
        return [r for r in results if r is not None]

    def _forked(self, jobs: list[Job]) -> list[DiffResult]:
        """Every other job in a child forked now (no helper)."""
        a_text, b_text, timeout = self.a_text, self.b_text, self.timeout
        theirs, ours = jobs[1::2], jobs[0::2]
        plain, even = both(lambda: run_plain(a_text, b_text, theirs, timeout), lambda: run_jobs(a_text, b_text, ours, timeout))
        odd = [unplain(p) for p in plain]
        out: list[DiffResult] = []
        for k, mine in enumerate(even):
            out.append(mine)
            if k < len(odd):
                out.append(odd[k])
        return out


Request = tuple[tuple[int, int, int, int], list[Job]]
"""What the helper is sent: the two texts' lengths and hashes, then the jobs."""


def _digest(a_text: str, b_text: str) -> tuple[int, int, int, int]:
    """Enough to tell that two processes read the same two texts."""
    return len(a_text), hash(a_text), len(b_text), hash(b_text)


def serve(
    request: Request | None, recv: Callable[[], Request], send: Callable[[object], None],
    a_text: str, b_text: str, timeout: float,
) -> None:
    """The helper's side: diff the jobs of each request in order, sending ``(index,
    results)`` every ``CHUNK`` jobs (indices run on from one request to the next), until
    told to stop (the other end closes).
    Nothing is sent when its texts are not the ones the request was made for (a file
    changed between the two reads): the main process then diffs them all itself."""
    offset = 0
    while request is not None:
        digest, jobs = request
        if digest != _digest(a_text, b_text):
            return
        for start in range(0, len(jobs), CHUNK):
            send((offset + start, run_plain(a_text, b_text, jobs[start : start + CHUNK], timeout)))
        offset += len(jobs)
        try:
            request = recv()
        except EOFError:
            return
