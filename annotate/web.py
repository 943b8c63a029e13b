"""Versions of a page from the web: the live page at an address, and the Wayback Machine's snapshots.

Why this exists: many articles are not on disk or in git, but the page is live and the
Internet Archive holds dated snapshots of it. This module turns both into history versions
(``annotate.history.Dated``): a live page dated by its own metadata, else its
``Last-Modified`` header (basis ``http``), else the time it was fetched (basis ``fetched``);
a snapshot dated by the archive's timestamp (basis ``wayback``). Snapshots are listed with
the CDX API (status 200 only, neighbours with the same content digest collapsed), fetched
raw (the ``id_`` form, without the archive's toolbar markup) one at a time through
``annotate.fetch.Fetcher``; a snapshot that cannot be fetched or read is skipped with its
reason, and the history says so. ``ANNOTATE_WAYBACK_URL`` replaces the archive's address
(tests point it at a local server).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from annotate.errors import InputError, LimitError, NetworkError
from annotate.fetch import Fetcher, Page
from annotate.history import Dated
from annotate.model import DateInfo, Document
from annotate.read import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, read_document

WAYBACK = "https://web.archive.org"
"""The Wayback Machine (``ANNOTATE_WAYBACK_URL`` overrides it)."""
LIVE_MAX_AGE = 3600.0
"""A cached copy of a live page is used for an hour; a snapshot's raw copy never changes."""
CDX_MAX_AGE = 86400.0
"""A cached snapshot listing is used for a day."""
FORMATS = {"text/html": "html", "application/xhtml+xml": "html", "text/markdown": "markdown",
           "text/x-markdown": "markdown", "text/plain": "text"}
"""Input formats by media type (others: from the address's extension, else the content)."""
_TIMESTAMP = re.compile(r"[0-9]{8,14}")
_DAY = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def wayback_base() -> str:
    """The archive's address, without a trailing slash."""
    return (os.environ.get("ANNOTATE_WAYBACK_URL") or WAYBACK).rstrip("/")


@dataclass(frozen=True)
class Reading:
    """How fetched pages are read: the reading options of ``compare``."""

    fmt: str | None = None
    select: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH


def read_page(page: Page, name: str, reading: Reading) -> Document:
    """``page`` as a ``Document`` named ``name``: decoded with its declared charset, in the
    format its media type says (unless ``reading.fmt`` says otherwise)."""
    fmt = reading.fmt or FORMATS.get(page.content_type or "")
    return read_document(page.text(), fmt=fmt, select=reading.select, name=name, max_bytes=reading.max_bytes,
                         max_depth=reading.max_depth)


def url_version(url: str, fetcher: Fetcher, reading: Reading = Reading()) -> Dated:
    """The live page at ``url`` as a version (see the module's docstring for its date)."""
    page = fetcher.get(url, max_age=LIVE_MAX_AGE)
    doc = read_page(page, url, reading)
    date = doc.updated or doc.date
    if date is None and page.last_modified:
        date = DateInfo(page.last_modified, "day", "http", f"Last-Modified header of {url}")
    if date is None:
        date = DateInfo(page.fetched[:10], "day", "fetched", f"fetched {page.fetched}")
    return Dated(doc, date)


@dataclass(frozen=True)
class Capture:
    """One snapshot the CDX API lists."""

    timestamp: str
    """``YYYYMMDDhhmmss``, the archive's time of capture (UTC)."""
    original: str
    """The address captured."""
    digest: str
    """The content digest (neighbours with the same digest are collapsed by the API)."""


def cdx_day(value: str) -> str:
    """An ISO date (``2023``, ``2023-03``, ``2023-03-06``) as a CDX bound (``20230306``).

    >>> cdx_day("2023-03-06"), cdx_day("2023-03"), cdx_day("2023")
    ('20230306', '202303', '2023')
    """
    m = _DAY.fullmatch(value.strip())
    if m is None:
        raise InputError(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return "".join(g for g in m.groups() if g)


def captures(url: str, fetcher: Fetcher, *, since: str | None = None, until: str | None = None) -> list[Capture]:
    """The snapshots of ``url`` with status 200, neighbours with the same digest collapsed,
    oldest first, between ``since`` and ``until`` (ISO dates, inclusive) when given."""
    params = {"url": url, "output": "json", "fl": "timestamp,original,digest,statuscode",
              "filter": "statuscode:200", "collapse": "digest"}
    if since:
        params["from"] = cdx_day(since)
    if until:
        params["to"] = cdx_day(until)
    page = fetcher.get(f"{wayback_base()}/cdx/search/cdx?{urlencode(params)}", max_age=CDX_MAX_AGE)
    if not page.data.strip():
        return []
    try:
        rows = json.loads(page.data)
    except ValueError:
        raise NetworkError(f"{url}: the Wayback Machine's snapshot list is not JSON") from None
    if not isinstance(rows, list):
        raise NetworkError(f"{url}: unexpected snapshot list from the Wayback Machine")
    found: list[Capture] = []
    for row in rows:
        if not (isinstance(row, list) and len(row) >= 3 and all(isinstance(x, str) for x in row[:3])):
            raise NetworkError(f"{url}: unexpected snapshot list from the Wayback Machine")
        if row[0] == "timestamp" or not _TIMESTAMP.fullmatch(row[0]) or not row[1].lower().startswith("http"):
            continue  # the header row, or a row that names no page
        found.append(Capture(row[0], row[1], row[2]))
    found.sort(key=lambda c: c.timestamp)
    return found


def spread(items: list[Capture], limit: int | None) -> list[Capture]:
    """At most ``limit`` of ``items``, evenly spread, the first and the last always kept.

    >>> [c.timestamp for c in spread([Capture(str(i), "", "") for i in range(10)], 4)]
    ['0', '3', '6', '9']
    """
    n = len(items)
    if limit is None or n <= limit:
        return list(items)
    if limit <= 1:
        return items[-1:]
    keep = sorted({round(k * (n - 1) / (limit - 1)) for k in range(limit)})
    return [items[i] for i in keep]


def _snapshot_date(timestamp: str) -> DateInfo:
    day = f"{timestamp[:4]}-{timestamp[4:6]}-{timestamp[6:8]}"
    return DateInfo(day, "day", "wayback", f"Wayback Machine snapshot {timestamp}")


def wayback_versions(
    url: str, fetcher: Fetcher, *, since: str | None = None, until: str | None = None, limit: int | None = None,
    reading: Reading = Reading(),
) -> tuple[list[Dated], list[str]]:
    """The Wayback Machine's snapshots of ``url`` as versions, oldest first, and for each
    snapshot left out, why (``limit`` keeps at most that many, evenly spread)."""
    listed = captures(url, fetcher, since=since, until=until)
    if not listed:
        span = f" between {since or 'the start'} and {until or 'now'}" if since or until else ""
        raise InputError(f"{url}: the Wayback Machine has no snapshot of it{span}")
    chosen = spread(listed, limit)
    skipped: list[str] = []
    if len(chosen) < len(listed):
        skipped.append(f"{len(listed) - len(chosen)} of {len(listed)} snapshots left out (--limit {limit}): "
                       "the ones kept are evenly spread")
    versions: list[Dated] = []
    base = wayback_base()
    for c in chosen:
        name, raw = f"{c.original}@{c.timestamp}", f"{base}/web/{c.timestamp}id_/{c.original}"
        try:
            page = fetcher.get(raw)
            doc = read_page(page, name, reading)
        except (NetworkError, LimitError, InputError) as exc:
            why = " ".join(str(exc).split())
            skipped.append(f"{name}: {why.removeprefix(raw + ': ').removeprefix(name + ': ')}")
            continue
        versions.append(Dated(doc, _snapshot_date(c.timestamp), c.timestamp))
    if not versions:
        raise NetworkError(f"{url}: no snapshot could be fetched or read ({'; '.join(skipped[-3:])})")
    return versions, skipped
