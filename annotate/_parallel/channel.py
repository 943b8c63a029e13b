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
"""Pipe capacity asked for (Linux; elsewhere the default). Only a speed matter: the
``Channel`` protocol cannot block both sides whatever the capacity (64 KiB on macOS)."""

WATCHDOG_SECONDS = 300.0
"""Longest wait for the other side to send anything while a message is awaited; past it
the other side is taken as gone (its work is then done here), so no comparison can hang."""


def _widen(fd: int, size: int) -> None:
    """Ask for a larger pipe buffer; keep the default where that is not possible."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, size)
    except (ImportError, AttributeError, OSError):
        pass


class Channel:
    """One end of the conversation with a ``Helper``: length-prefixed pickled messages
    over two pipes.

    Why it cannot deadlock: a side that writes never waits for the pipe alone. While its
    message does not fit, it also reads whatever the other side has sent into an inbox
    (bytes, not whole messages, so it never waits for the rest of a message), and
    ``recv`` takes messages from that inbox first. Two sides writing large messages at
    the same time (each pipe full) both make progress. A wait for a message gives up
    after ``watchdog`` seconds without a byte (``EOFError``, as when the other side is gone).
    """

    def __init__(self, read_fd: int, write_fd: int, *, watchdog: float = WATCHDOG_SECONDS) -> None:
        self._in, self._out = read_fd, write_fd
        self._inbox = bytearray()
        self._closed_in = False
        self._watchdog = watchdog

    def send(self, value: object) -> None:
        """Send ``value`` (raises ``OSError`` when the other side is gone)."""
        import pickle
        import select

        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(8, "little") + data)
        while view:
            reading = [] if self._closed_in else [self._in]
            readable, writable, _ = select.select(reading, [self._out], [])
            if writable:
                view = view[self._write_some(view) :]
            elif readable:
                self._take_some()

    def _write_some(self, view: memoryview) -> int:
        """Write what fits without waiting (at least one byte: the pipe was writable)."""
        import fcntl

        flags = fcntl.fcntl(self._out, fcntl.F_GETFL)
        fcntl.fcntl(self._out, fcntl.F_SETFL, flags | os.O_NONBLOCK)
        try:
            return os.write(self._out, view[: 1 << 16])
        except BlockingIOError:
            return 0
        finally:
            fcntl.fcntl(self._out, fcntl.F_SETFL, flags)

    def _take_some(self) -> None:
        """Move the bytes waiting in the pipe into the inbox (the pipe was readable)."""
        part = os.read(self._in, 1 << 20)
        if part:
            self._inbox += part
        else:
            self._closed_in = True

    def _complete(self) -> bool:
        """True when the inbox holds a whole message."""
        inbox = self._inbox
        return len(inbox) >= 8 and len(inbox) >= 8 + int.from_bytes(inbox[:8], "little")

    def ready(self) -> bool:
        """True when a message (or the end of the conversation) can be read without waiting."""
        import select

        if self._complete() or self._closed_in:
            return True
        while select.select([self._in], [], [], 0)[0]:
            self._take_some()
            if self._complete() or self._closed_in:
                return True
        return False

    def recv(self) -> Any:
        """The next value (raises ``EOFError`` when the other side is gone or silent for
        longer than the watchdog allows)."""
        import pickle
        import select

        while not self._complete():
            if self._closed_in:
                raise EOFError
            if not select.select([self._in], [], [], self._watchdog)[0]:
                raise EOFError
            self._take_some()
        size = int.from_bytes(self._inbox[:8], "little")
        data = bytes(self._inbox[8 : 8 + size])
        del self._inbox[: 8 + size]
        return pickle.loads(data)

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

    def __init__(
        self, main: Callable[[Channel], None], *, pipe_bytes: int | None = None, watchdog: float | None = None
    ) -> None:
        self.pid = 0
        self._channel: Channel | None = None
        pipe_bytes = PIPE_BYTES if pipe_bytes is None else pipe_bytes
        watchdog = WATCHDOG_SECONDS if watchdog is None else watchdog
        if not can_fork():
            return
        down_r, down_w = os.pipe()  # parent -> child
        up_r, up_w = os.pipe()  # child -> parent
        _widen(up_w, pipe_bytes)
        _widen(down_w, pipe_bytes)
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
                main(Channel(down_r, up_w, watchdog=watchdog))
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(down_r)
        os.close(up_w)
        self.pid = pid
        self._channel = Channel(up_r, down_w, watchdog=watchdog)

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
