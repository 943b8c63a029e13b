"""Work shared with a forked child process: ``both`` (one call each side) and
``Helper`` (a child that keeps talking with this process).

Why this exists: comparing multi-megabyte texts spends most of its time in
pure-Python work that splits into independent parts (scanning the revised text
for notes while the inputs are read; word-diffing passage pairs). On a machine
with two cores a forked child does part of it while this process does the rest.

The result never depends on whether the work ran in parallel:

* the child's values come back through a pipe (pickle) and are exactly what the
  same functions return here;
* when forking is not safe or not possible (no ``os.fork``, other threads
  running — the TUI —, fork failing) everything simply runs here, in order;
* when the child fails for any reason (an exception, a crash, a broken pipe)
  its part is done again here, so an error surfaces exactly as in a serial run,
  and before the other part's error, as it would serially.

>>> both(lambda: sum(range(10)), lambda: "here", fork=False)
(45, 'here')
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
U = TypeVar("U")


def can_fork() -> bool:
    """True when this process may fork a worker safely: ``os.fork`` exists and no
    other thread runs (forking a threaded process can deadlock the child)."""
    threading = sys.modules.get("threading")  # never imported: no thread was started with it
    return hasattr(os, "fork") and (threading is None or threading.active_count() == 1)


PIPE_BYTES = 1 << 20
"""Pipe capacity asked for (Linux; elsewhere the default): a helper's results for a 5 MB
comparison fit, so it never waits for this process to read them."""


def _widen(fd: int) -> None:
    """Ask for a larger pipe buffer; keep the default where that is not possible."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


class Channel:
    """One end of the conversation with a ``Helper``: pickled messages over two pipes
    (unbuffered, so that ``ready`` tells the truth)."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._in, self._out = read_fd, write_fd

    def send(self, value: object) -> None:
        """Send ``value`` (raises ``OSError`` when the other side is gone)."""
        import pickle

        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(8, "little") + data)
        while view:
            view = view[os.write(self._out, view) :]

    def ready(self) -> bool:
        """True when a message (or the end of the conversation) can be read without waiting."""
        import select

        return bool(select.select([self._in], [], [], 0)[0])

    def recv(self) -> Any:
        """The next value (raises ``EOFError`` when the other side is gone)."""
        import pickle

        size = int.from_bytes(self._read(8), "little")
        return pickle.loads(self._read(size))

    def _read(self, size: int) -> bytes:
        parts: list[bytes] = []
        while size:
            part = os.read(self._in, min(size, 1 << 20))
            if not part:
                raise EOFError
            parts.append(part)
            size -= len(part)
        return b"".join(parts)

    def close(self) -> None:
        for fd in (self._out, self._in):
            with contextlib.suppress(OSError):
                os.close(fd)


class Helper:
    """A forked child process that talks with this one.

    The child runs ``main(channel)``: ``channel.recv()`` takes this process's next
    message and ``channel.send(value)`` answers. Here, ``ask()`` takes the child's next
    message, or ``None`` when the child is gone (it failed, or never started), and
    ``tell(value)`` sends one, ``False`` when the child is gone. The child is forked
    only when ``can_fork()``; otherwise ``forked`` is false and nothing runs, and the
    caller does all the work itself. A caller must always be able to do the child's
    part itself, so that no result depends on the child.
    """

    def __init__(self, main: Callable[[Channel], None]) -> None:
        self.pid = 0
        self._channel: Channel | None = None
        if not can_fork():
            return
        down_r, down_w = os.pipe()  # parent -> child
        up_r, up_w = os.pipe()  # child -> parent
        _widen(up_w)
        try:
            pid = os.fork()
        except OSError:
            for fd in (down_r, down_w, up_r, up_w):
                os.close(fd)
            return
        if pid == 0:  # pragma: no cover - runs in the child, which leaves with os._exit
            code = 0
            try:
                os.close(down_w)
                os.close(up_r)
                main(Channel(down_r, up_w))
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(down_r)
        os.close(up_w)
        self.pid = pid
        self._channel = Channel(up_r, down_w)

    @property
    def forked(self) -> bool:
        """True while a child process is there to talk to."""
        return self._channel is not None

    def ask(self) -> Any:
        """The child's next message, or ``None`` when it is gone."""
        if self._channel is None:
            return None
        try:
            return self._channel.recv()
        except EOFError:
            self.close(kill=True)
            return None
        except BaseException:
            self.close(kill=True)
            raise

    def ready(self) -> bool:
        """True when ``ask`` would not wait (a message is there, or the child is gone)."""
        return self._channel is None or self._channel.ready()

    def tell(self, value: object) -> bool:
        """Send ``value`` to the child; ``False`` when it is gone."""
        if self._channel is None:
            return False
        try:
            self._channel.send(value)
        except OSError:
            self.close(kill=True)
            return False
        return True

    def close(self, *, kill: bool = False) -> None:
        """End the conversation and reap the child (stopping it first when ``kill``)."""
        channel, self._channel = self._channel, None
        if channel is None:
            return
        if kill:
            import signal

            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
        channel.close()
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def both(first: Callable[[], T], second: Callable[[], U], *, fork: bool = True) -> tuple[T, U]:
    """``(first(), second())``, with ``first`` run by a ``Helper`` when ``fork`` is true
    and forking is safe. Errors are raised as a serial run would raise them."""
    helper = Helper(lambda channel: channel.send((first(),))) if fork else None
    if helper is None or not helper.forked:
        return first(), second()
    try:
        try:
            mine = second()
        except KeyboardInterrupt:
            raise
        except BaseException:
            # Serially, ``first`` ran before ``second``: its error (if any) comes first.
            if helper.ask() is None:
                first()
            raise
        theirs = helper.ask()  # (value,), or None when the child failed: then run it here
        return (first() if theirs is None else theirs[0]), mine
    finally:
        helper.close(kill=True)
