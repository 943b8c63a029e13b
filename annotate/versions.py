"""Where a history's versions come from besides plain files: every committed version of a
file in a git repository.

Why this exists: a document kept in git carries its whole history, renames included, and
each commit dates its version exactly. This module asks the ``git`` command for it
(``git log --follow --first-parent -m`` for the commits and the file's name in each, ``git cat-file
--batch-check`` for sizes, ``git show COMMIT:PATH`` for the bytes) and never parses git's
objects itself. Revisions that cannot be read as text (binary, over the size limit,
deleted) are skipped with a one-line reason, which the history reports.
"""

from __future__ import annotations

import os
import subprocess

from annotate.errors import InputError
from annotate.history_model import Snapshot
from annotate.model import DateInfo
from annotate.read import DEFAULT_MAX_BYTES, decode

_RECORD = "\x1e"


def _git(root: str, *args: str, stdin: bytes | None = None) -> bytes:
    """Run ``git -C root args…`` and return its output; a failure is an ``InputError``."""
    try:
        done = subprocess.run(
            ["git", "-C", root, "-c", "core.quotepath=off", *args], input=stdin, capture_output=True, check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise InputError("--git needs the git command, which is not installed") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"git {args[0]}: {message[-1] if message else 'failed'}")
    return done.stdout


def _locate(path: str) -> tuple[str, str]:
    """``(repository root, path relative to it with / separators)`` for ``path``."""
    full = os.path.realpath(path)
    folder = os.path.dirname(full)
    if not os.path.isdir(folder):
        raise InputError(f"{path}: no such folder")
    try:
        root = _git(folder, "rev-parse", "--show-toplevel").decode("utf-8").strip()
    except InputError:
        raise InputError(f"{path}: not in a git repository") from None
    relative = os.path.relpath(full, os.path.realpath(root))
    if relative.startswith(".."):
        raise InputError(f"{path}: outside its git repository")
    return root, relative.replace(os.sep, "/")


def commits(root: str, relative: str) -> list[tuple[str, str, str | None]]:
    """``(commit, committer date ISO, the file's path in that commit or None if deleted)``,
    oldest first, following renames, along the first-parent line: a merge is one version (the
    merged text, as the branch published it), the merged branch's own commits are not."""
    out = _git(root, "log", "--follow", "--first-parent", "-m", "--format=%x1e%H%x00%cI", "--name-status", "-z",
               "--", relative)
    found: list[tuple[str, str, str | None]] = []
    current: str | None = relative
    for record in out.decode("utf-8", "surrogateescape").split(_RECORD)[1:]:
        fields = record.split("\x00")
        commit, date, rest = fields[0], fields[1], [f.strip("\n") for f in fields[2:]]
        rest = [f for f in rest if f]
        path: str | None = current
        if rest:
            status = rest[0][:1]
            if status in ("R", "C") and len(rest) >= 3:
                path, current = rest[2], rest[1]
            elif status == "D":
                path = None
            elif len(rest) >= 2:
                path = current = rest[1]
        found.append((commit, date, path))
    found.reverse()
    return found


def git_versions(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Snapshot], list[str]]:
    """Every committed version of the file at ``path`` (renames followed), oldest first,
    each dated by its commit; and, for each revision left out, why.

    Versions are named ``FILE@COMMIT`` (the file's name in that commit, 7 hex digits).
    """
    root, relative = _locate(path)
    history = commits(root, relative)
    if not history:
        raise InputError(f"{path}: git has no committed version of it")
    wanted = [(c, d, p) for c, d, p in history if p is not None]
    sizes = _sizes(root, [f"{c}:{p}" for c, _, p in wanted])
    snapshots: list[Snapshot] = []
    skipped = [f"{relative}@{c[:7]}: deleted in this commit" for c, _, p in history if p is None]
    for (commit, date, name), size in zip(wanted, sizes, strict=True):
        label = f"{name}@{commit[:7]}"
        if size is None:
            skipped.append(f"{label}: not a file in this commit")
            continue
        if size > max_bytes:
            skipped.append(f"{label}: {size} bytes, over the {max_bytes}-byte limit (--max-size)")
            continue
        data = _git(root, "show", f"{commit}:{name}")
        try:  # binary (NUL bytes without a UTF-16/32 byte-order mark) or undecodable: left out
            decode(data)
        except InputError as exc:
            skipped.append(f"{label}: {exc}")
            continue
        when = DateInfo(date[:10], "day", "commit", f"commit {commit[:7]} {date}")
        snapshots.append(Snapshot(data, label, when, commit))
    return snapshots, skipped


def _sizes(root: str, objects: list[str]) -> list[int | None]:
    """The size of each ``COMMIT:PATH`` blob (``None`` when it is not a blob), in one git call."""
    if not objects:
        return []
    out = _git(root, "cat-file", "--batch-check", stdin="".join(f"{o}\n" for o in objects).encode("utf-8", "surrogateescape"))
    sizes: list[int | None] = []
    for line in out.decode("utf-8", "replace").splitlines():
        parts = line.split()
        sizes.append(int(parts[2]) if len(parts) == 3 and parts[1] == "blob" else None)
    if len(sizes) != len(objects):
        raise InputError("git cat-file: unexpected answer")
    return sizes
