"""The pairs of a batch: a JSONL manifest or two folders, and the ids a previous run finished.

Why this exists: what to compare is decided before anything is compared, and checked
as strictly as a single command's arguments (unique printable ids, dates, sizes):
``annotate.batch`` then only runs the pairs this module lists.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotate.errors import InputError


@dataclass(frozen=True)
class Pair:
    """One version pair to compare."""

    id: str
    """Its identifier in the output (unique in a batch)."""
    original: str
    """Path of the original."""
    revised: str
    """Path of the republished version."""
    original_date: str | None = None
    """The original's date (``YYYY-MM-DD``), if known."""
    revised_date: str | None = None
    """The republication's date, if known."""
    versions: tuple[str, ...] = ()
    """A history entry instead of a pair: the paths of every version (``original`` and
    ``revised`` are then the first and the last), compared with ``annotate.history``."""


def _date(value: Any, key: str, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{where}: {key!r} must be a string")


MAX_MANIFEST_BYTES = 256 * 1024 * 1024
"""Largest manifest read (a quarter of a GiB: millions of pairs)."""


def read_manifest(path: str | os.PathLike[str]) -> list[Pair]:
    """Pairs listed in a JSONL manifest; relative paths resolve against the manifest's folder.

    Each non-blank line is an object ``{"id", "original", "revised"}`` with optional
    ``"original_date"`` and ``"revised_date"``, or a history entry ``{"id", "versions":
    [path, …]}``. A malformed line or a repeated id raises ``InputError`` before anything runs.
    """
    base = Path(path).resolve().parent
    from annotate.read import read_bytes

    # A regular file of bounded size: never /dev/zero read forever, nor a FIFO waited on.
    raw = read_bytes(os.fspath(path), MAX_MANIFEST_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{os.fspath(path)}: not UTF-8 (byte {exc.start})") from None
    pairs: list[Pair] = []
    seen: set[str] = set()
    # Lines end at "\n" only: U+2028 or NEL inside a JSON string is valid JSONL.
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{os.fspath(path)}, line {n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict):
            raise InputError(f"{where}: expected an object with id, original and revised")
        if "versions" in item:  # a history entry: {"id", "versions": [path, …]}
            versions = item["versions"]
            if not isinstance(item.get("id"), str) or not item["id"]:
                raise InputError(f"{where}: 'id' must be a non-empty string")
            if not (isinstance(versions, list) and len(versions) >= 2 and all(isinstance(v, str) and v for v in versions)):
                raise InputError(f"{where}: 'versions' must list two or more paths")
            if item["id"] in seen:
                raise InputError(f"{where}: id {item['id']!r} appears twice")
            seen.add(item["id"])
            paths = tuple(str(base / v) for v in versions)
            pairs.append(Pair(item["id"], paths[0], paths[-1], versions=paths))
            continue
        for key in ("id", "original", "revised"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise InputError(f"{where}: {key!r} must be a non-empty string")
        if item["id"] in seen:
            raise InputError(f"{where}: id {item['id']!r} appears twice")
        seen.add(item["id"])
        pairs.append(Pair(
            item["id"], str(base / item["original"]), str(base / item["revised"]),
            _date(item.get("original_date"), "original_date", where),
            _date(item.get("revised_date"), "revised_date", where),
        ))
    return pairs


def pair_directories(dir_a: str | os.PathLike[str], dir_b: str | os.PathLike[str]) -> list[Pair]:
    """Pairs of files with the same name in two folders (top level, hidden files left out), by name.

    A name present in one folder only still gives a pair, so that its missing
    counterpart is reported as an error record rather than silently dropped.
    """
    names: set[str] = set()
    for d in (dir_a, dir_b):
        if not Path(d).is_dir():
            raise InputError(f"{os.fspath(d)}: not a directory")
        names.update(e.name for e in os.scandir(d) if not e.name.startswith(".") and not e.is_dir())
    a, b = Path(dir_a).resolve(), Path(dir_b).resolve()
    from annotate.read import printable_name  # ids JSON and UTF-8 can hold: odd bytes as \xNN

    return [Pair(printable_name(name), str(a / name), str(b / name)) for name in sorted(names)]



def done_ids(path: str | os.PathLike[str]) -> set[str]:
    """Ids already present in an output file; a torn last line (a crash mid-write) is cut off."""
    p = Path(path)
    if not p.is_file():
        return set()
    ids: set[str] = set()
    with p.open("rb+") as fh:
        data = fh.read()
        if data and not data.endswith(b"\n"):
            keep = data.rfind(b"\n") + 1
            fh.truncate(keep)
            data = data[:keep]
    for line in data.splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and isinstance(item.get("id"), str) and "report_error" not in item:
            ids.add(item["id"])
    return ids


# ---------------------------------------------------------------- one pair (runs in a worker)
