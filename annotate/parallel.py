"""Run two independent pieces of work at once: one in a forked child, one here.

Why this exists: comparing multi-megabyte texts spends most of its time in
pure-Python work that splits into independent halves (reading the two
documents; word-diffing passage pairs). On a machine with two cores a forked
child does one half while this process does the other.

The result never depends on whether the work ran in parallel:

* the child's value comes back through a pipe (pickle) and is exactly what the
  same function returns here;
* when forking is not safe or not possible (no ``os.fork``, other threads
  running — the TUI —, fork failing) both parts simply run here, in order;
* when the child fails for any reason (an exception, a crash, a broken pipe)
  its part is run again here, so an error surfaces exactly as in a serial run,
  and before the other part's error, as it would serially.

>>> both(lambda: sum(range(10)), lambda: "here", fork=False)
(45, 'here')
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


def can_fork() -> bool:
    """True when this process may fork a worker safely: ``os.fork`` exists and no
    other thread runs (forking a threaded process can deadlock the child)."""
    threading = sys.modules.get("threading")  # never imported: no thread was started with it
    return hasattr(os, "fork") and (threading is None or threading.active_count() == 1)


def both(first: Callable[[], T], second: Callable[[], U], *, fork: bool = True) -> tuple[T, U]:
    """``(first(), second())``, with ``first`` run in a forked child when ``fork`` is true
    and forking is safe. Errors are raised as a serial run would raise them."""
    if not (fork and can_fork()):
        return first(), second()
    import signal  # here, not at the top: small comparisons never fork, and start faster

    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return first(), second()
    if pid == 0:  # pragma: no cover - runs in the child, which leaves with os._exit
        _child(first, read_end, write_end)
    os.close(write_end)
    pipe = os.fdopen(read_end, "rb")
    reaped = False
    try:
        try:
            mine = second()
        except KeyboardInterrupt:
            raise
        except BaseException:
            # Serially, ``first`` ran before ``second``: its error (if any) comes first.
            data = pipe.read()
            os.waitpid(pid, 0)
            reaped = True
            _value(data, first)
            raise
        data = pipe.read()
        os.waitpid(pid, 0)
        reaped = True
        return _value(data, first), mine
    finally:
        pipe.close()
        if not reaped:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)


def _child(work: Callable[[], object], read_end: int, write_end: int) -> None:  # pragma: no cover
    """Run ``work`` and send ``(True, value)`` or ``(False, None)``; never returns."""
    import pickle

    code = 0
    try:
        os.close(read_end)
        try:
            data = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:
            data, code = pickle.dumps((False, None)), 1
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _value(data: bytes, work: Callable[[], T]) -> T:
    """The child's value; ``work()`` run here when the child did not deliver one."""
    import pickle

    try:
        ok, value = pickle.loads(data)
    except Exception:
        ok, value = False, None
    return value if ok else work()
