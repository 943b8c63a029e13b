"""Fetching web pages for a history, politely and within limits, with a cache on disk.

Why this exists: ``annotate history https://…`` and ``--wayback`` read versions from the
network, which the rest of annotate never does. Everything that touches the network lives
here, so its rules are in one place: only ``http``/``https``; a clear User-Agent; connect and
read timeouts and an overall deadline per request; a size limit applied while the body
streams (a page past it is never read in part); at most ``max_redirects`` redirects; the
charset taken from the ``Content-Type`` header, else from the page's ``<meta>``; one request
at a time, ``delay`` seconds apart, retried with exponential backoff on 429 and 5xx (a
``Retry-After`` is honoured up to a bound). Successful answers are cached on disk in the
user cache folder (``$XDG_CACHE_HOME/annotate/http``, else ``~/.cache/annotate/http``),
written atomically; ``cache=False`` neither reads nor writes it.

httpx is an optional dependency (``pip install 'annotate[web]'``): it is imported only when
a page is fetched, so nothing network-related loads unless a URL is given. Failures are
``NetworkError`` (exit 6) with a one-line message; an oversize body is a ``LimitError``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from annotate.errors import InputError, LimitError, NetworkError
from annotate.read import DEFAULT_MAX_BYTES

DEFAULT_TIMEOUT = 20.0
"""Seconds to connect, and between two pieces of a body; a whole request gets four times this."""
MAX_REDIRECTS = 5
"""Redirects followed for one request."""
RETRIES = 3
"""Extra attempts after a 429 or 5xx answer (a refused or dropped connection is not retried)."""
DELAY = 1.0
"""Seconds between two requests a fetcher sends (a cached page costs none)."""
MAX_RETRY_AFTER = 120.0
"""The longest ``Retry-After`` honoured, in seconds."""
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,400}?charset\s{0,8}=\s{0,8}[\"']?\s{0,8}([A-Za-z0-9_.:-]{1,40})", re.I)


def is_url(source: str) -> bool:
    """True for an ``http://`` or ``https://`` address (the only ones fetched)."""
    return source.lower().startswith(("http://", "https://"))


def user_agent() -> str:
    """``annotate/VERSION (…)``: who is asking, and why."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        mine = version("annotate")
    except PackageNotFoundError:
        mine = "0"
    return f"annotate/{mine} (document history for fact-checking; one request at a time)"


def cache_folder() -> str:
    """Where fetched pages are kept: ``$XDG_CACHE_HOME/annotate/http`` or ``~/.cache/annotate/http``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "annotate", "http")


@dataclass(frozen=True)
class Page:
    """One successful answer: the body and what the headers say about it."""

    url: str
    """The address asked for."""
    final_url: str
    """The address answered from, after redirects."""
    data: bytes
    """The body, as sent (at most the size limit)."""
    content_type: str | None
    """The media type (``text/html``), without parameters."""
    charset: str | None
    """The charset from the ``Content-Type`` header, else from a ``<meta>`` of the page; ``None``."""
    last_modified: str | None
    """The ``Last-Modified`` header as an ISO date (``YYYY-MM-DD``), if any."""
    fetched: str
    """When it was fetched (ISO, UTC, seconds)."""
    cached: bool = False
    """True when it came from the cache on disk."""

    def text(self) -> str | bytes:
        """The body decoded with its declared charset, or the bytes as they are when none is
        declared, it is unknown, or the body does not decode with it (the reader then decides)."""
        if self.charset is None or self.data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            return self.data
        try:
            return self.data.decode(self.charset)
        except (LookupError, UnicodeDecodeError):
            return self.data


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` of its first 4 KiB.

    >>> meta_charset(b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'iso-8859-1'
    >>> meta_charset(b"<meta charset='koi8-r'>"), meta_charset(b"<p>no charset</p>")
    ('koi8-r', None)
    """
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _http_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).astimezone(UTC).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return None


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fetcher:
    """Fetches pages one at a time within the limits above; one ``httpx.Client`` per fetcher."""

    def __init__(self, *, cache: bool = True, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_redirects: int = MAX_REDIRECTS, delay: float | None = None, retries: int = RETRIES,
                 backoff: float = 2.0, cache_dir: str | None = None) -> None:
        self.cache = cache
        self.cache_dir = cache_dir or cache_folder()
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.delay = DELAY if delay is None else delay
        self.retries = retries
        self.backoff = backoff
        self._client: Any = None
        self._last = 0.0  # monotonic time of the last request sent

    def close(self) -> None:
        """Close the connection pool."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get(self, url: str, *, max_age: float | None = None) -> Page:
        """``url``'s body (from the cache when it holds a copy younger than ``max_age``
        seconds; ``None``: any age). Raises ``NetworkError`` or ``LimitError``."""
        if not is_url(url):
            raise InputError(f"{url}: only http:// and https:// addresses are fetched")
        if self.cache and (page := self._cached(url, max_age)) is not None:
            return page
        attempt = 0
        while True:
            status, wait, page = self._once(url)
            if page is not None:
                if self.cache:
                    self._store(page)
                return page
            if attempt >= self.retries or wait is None:
                raise NetworkError(f"{url}: {status}" + (f" (after {attempt + 1} attempts)" if attempt else ""))
            time.sleep(wait if wait >= 0 else self.backoff * 2**attempt)
            attempt += 1

    # one request ---------------------------------------------------------------------------
    def _client_now(self) -> Any:
        try:
            import httpx
        except ImportError:
            raise NetworkError("fetching web pages needs httpx: pip install 'annotate[web]'") from None
        if self._client is None:
            self._client = httpx.Client(
                follow_redirects=True, max_redirects=self.max_redirects, trust_env=True,
                timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
                headers={"User-Agent": user_agent(), "Accept": "text/html, text/plain;q=0.9, */*;q=0.5"},
            )
        return self._client

    def _pause(self) -> None:
        wait = self._last + self.delay - time.monotonic()
        if self._last and wait > 0:
            time.sleep(wait)
        self._last = time.monotonic()

    def _once(self, url: str) -> tuple[str, float | None, Page | None]:
        """``(failure, retry wait or None for no retry, page or None)`` for one attempt;
        a wait of -1 means "the usual backoff"."""
        import httpx

        client = self._client_now()
        self._pause()
        deadline = time.monotonic() + 4 * self.timeout
        try:
            with client.stream("GET", url) as r:
                if r.status_code == 429 or r.status_code >= 500:
                    return f"HTTP {r.status_code} {r.reason_phrase}".rstrip(), _retry_after(r.headers), None
                if r.status_code != 200:
                    return f"HTTP {r.status_code} {r.reason_phrase}".rstrip(), None, None
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise LimitError(f"{url}: {declared} bytes, over the {self.max_bytes}-byte limit (--max-size)")
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise LimitError(f"{url}: over the {self.max_bytes}-byte limit (--max-size); not read further")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{url}: timed out (no whole answer in {4 * self.timeout:g} s)")
                    chunks.append(chunk)
                data = b"".join(chunks)
                media = r.headers.get("content-type", "")
                charset = r.charset_encoding or meta_charset(data)
                return "", None, Page(
                    url=url, final_url=str(r.url), data=data, content_type=media.split(";")[0].strip().lower() or None,
                    charset=charset.lower() if charset else None,
                    last_modified=_http_date(r.headers.get("last-modified")), fetched=_now(),
                )
        except httpx.TooManyRedirects:
            return f"more than {self.max_redirects} redirects", None, None
        except httpx.TimeoutException:
            return f"timed out (no answer within {self.timeout:g} s)", None, None
        except httpx.UnsupportedProtocol as exc:
            return f"unsupported address ({exc})", None, None
        except (httpx.TransportError, httpx.DecodingError) as exc:  # connection refused, reset, DNS, bad gzip…
            return f"cannot fetch: {exc or type(exc).__name__}", None, None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            return f"cannot fetch: {exc or type(exc).__name__}", None, None

    # the cache -----------------------------------------------------------------------------
    def _paths(self, url: str) -> tuple[str, str]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = os.path.join(self.cache_dir, key[:2])
        return os.path.join(folder, key + ".json"), os.path.join(folder, key + ".body")

    def _cached(self, url: str, max_age: float | None) -> Page | None:
        meta_path, body_path = self._paths(url)
        try:
            with open(meta_path, encoding="utf-8") as f:
                meta = json.load(f)
            if meta.get("url") != url:
                return None
            if max_age is not None and time.time() - float(meta.get("stored", 0)) > max_age:
                return None
            with open(body_path, "rb") as f:
                data = f.read(self.max_bytes + 1)
        except (OSError, ValueError, TypeError):
            return None
        if len(data) > self.max_bytes or hashlib.sha256(data).hexdigest() != meta.get("sha256"):
            return None
        return Page(url=url, final_url=meta["final_url"], data=data, content_type=meta.get("content_type"),
                    charset=meta.get("charset"), last_modified=meta.get("last_modified"), fetched=meta["fetched"],
                    cached=True)

    def _store(self, page: Page) -> None:
        """Keep ``page`` (body first, then its record, each written atomically); a cache that
        cannot be written is skipped, never an error."""
        meta_path, body_path = self._paths(page.url)
        meta = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type,
                "charset": page.charset, "last_modified": page.last_modified, "fetched": page.fetched,
                "stored": time.time(), "sha256": hashlib.sha256(page.data).hexdigest()}
        try:
            os.makedirs(os.path.dirname(meta_path), mode=0o700, exist_ok=True)
            _atomic(body_path, page.data)
            _atomic(meta_path, json.dumps(meta, sort_keys=True).encode("utf-8"))
        except OSError:
            return


def _atomic(path: str, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _retry_after(headers: Any) -> float:
    """Seconds a 429/5xx answer asks us to wait (bounded), or -1 for the usual backoff."""
    value = (headers.get("retry-after") or "").strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    return -1.0
