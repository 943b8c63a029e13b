"""Front matter at the top of a Markdown post: its extent, title and dates.

Why this exists: static-site posts (Jekyll, Hugo, Eleventy, Zola…) open with a
metadata block — YAML between ``---`` lines or TOML between ``+++`` lines. It is not
article text: read as text it made metadata edits look like silent edits of the
article and hid the post's own dates. Here it is parsed with a real parser (PyYAML's
safe loader, with aliases refused so no "billion laughs" document can expand; the
standard library's ``tomllib``), bounded in size, and only a few well-known keys are
read: the title, the publication date and the last-update date.

>>> fm = front_matter("---\\ntitle: Hello\\ndate: 2019-03-05\\nlastmod: 2019-03-07T10:00:00Z\\n---\\nBody.\\n")
>>> fm.end, fm.title, fm.date.value, fm.updated.value
(68, 'Hello', '2019-03-05', '2019-03-07')
>>> front_matter("--- not front matter") is None
True
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any, NamedTuple

from annotate.dates import find_dates, iso_day, parse_iso
from annotate.model import DateInfo, Precision

MAX_FRONT_MATTER = 64 * 1024
"""Largest front matter read (characters); a longer block is not taken as front matter."""

_OPEN = re.compile(r"(?:[ \t]*\n){0,3}(?P<fence>---|\+\+\+)[ \t]*\n")
"""The opening fence, at the very top or after a few blank lines (as some sites' files have)."""
PUBLISHED_KEYS = (
    "date", "published", "pubdate", "pub_date", "publishdate", "created", "date_published", "datepublished", "posted",
    "announced", "written", "published_at", "release_date", "datetime", "created_at", "date_created",
    "date-meta", "published_date", "publication_date",  # (Manubot's manuscripts: "date-meta: '2023-06-22'"; CMS's "published_date")
)
"""Keys holding the publication date, in order of preference (compared case-insensitively)."""
UPDATED_KEYS = (
    "lastmod", "last_modified_at", "updated", "modified", "last_modified", "last_updated", "updated_at",
    "datemodified", "date_modified", "update", "last-modified", "last_reviewed_on", "last_reviewed",
    "revised", "last_revised", "revision_date", "modified_date", "updated_date", "updated_on", "last_update", "edited", "withdrawn",
    "update_date", "date_updated", "last_edited", "edit_date", "ms.date",
)
"""Keys holding the last update's date, in order of preference."""


class FrontMatter(NamedTuple):
    """A front matter block read from the top of a text."""

    end: int
    """Offset just past the closing fence line: the body starts here."""
    fields: dict[str, Any]
    """The parsed mapping (empty when the block could not be parsed)."""
    title: str | None
    """The ``title`` value, if it is a string."""
    date: DateInfo | None
    """The publication date from the first of ``PUBLISHED_KEYS`` that holds one."""
    updated: DateInfo | None
    """The update date from the first of ``UPDATED_KEYS`` that holds one."""
    warning: str | None
    """Why the block could not be parsed, if it could not."""


_NIKOLA = re.compile(r"(?:[ \t]{0,8}\n){0,3}(?P<comment><!--[ \t]{0,8}\n)?(?P<body>(?:\.\.[ \t]+[A-Za-z][\w-]{0,30}:[^\n]{0,300}\n){2,40})")
"""Nikola's metadata: ``.. title: …``, ``.. date: …`` lines at the top, in an HTML comment
in a Markdown post."""
_COMMENT_CLOSE = re.compile(r"[ \t]{0,8}-->[ \t]{0,8}(?:\n|$)")


def front_matter(text: str) -> FrontMatter | None:
    """The front matter block at the start of ``text``, or ``None`` when there is none.

    >>> fm = front_matter("<!--\\n.. title: Internals\\n.. date: 2020-04-13 10:39:56 UTC-05:00\\n-->\\n\\nBody.")
    >>> (fm.title, fm.date.value)
    ('Internals', '2020-04-13')
    """
    m = _OPEN.match(text)
    if m is None:
        return nikola(text) or _json(text) or _lektor(text) or _fenced_toml(text)
    fence = m.group("fence")
    closing = re.compile(rf"^(?:{re.escape(fence)}{'|[.][.][.]' if fence == '---' else ''})[ \t]*$", re.MULTILINE)
    close = closing.search(text, m.end(), min(len(text), MAX_FRONT_MATTER))
    if close is None:
        return None
    body = text[m.end() : close.start()]
    end = close.end() + (1 if text.startswith("\n", close.end()) else 0)
    warning = None
    try:
        fields = _toml(body) if fence == "+++" else _yaml(body)
    except ValueError as exc:
        # (a tab before a comment, "weight: 35\t#rem", stops PyYAML where Hugo reads on: the
        # plain "key: value" lines still give the title and the dates)
        fields = {} if fence == "+++" else _json_body(body) or _flat(body)
        warning = None if fields and body.lstrip()[:1] in ("{", ".") else f"front matter {'read line by line' if fields else 'not read'}: {exc}"
    return from_fields(end, fields, warning)


def _json_body(body: str) -> dict[str, Any]:
    """A fenced block written in JSON ("---\n{\n\t"title": …,\n\t"dateModified": "2026-08-07"\n}\n---",
    as Handlebars and Assemble sites write it; YAML refuses its tabs), else nothing."""
    try:
        value = json.loads(body) if body.lstrip().startswith("{") else None
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


_FLAT_FIELD = re.compile(r"^([A-Za-z_][\w-]{0,40}):[ \t]+([^\s#\[{|>&*!][^\n#]{0,300}?)[ \t]*(?:#[^\n]*)?$", re.MULTILINE)
"""A top-level front matter line holding one plain value ("date: 2017-02-01", "weight: 35\t#rem")."""


def _flat(body: str) -> dict[str, Any]:
    """The plain one-line fields of a YAML front matter that does not parse as a whole, or of
    Zine's Ziggy front matter ('.date = "2025-11-26T00:00:00.000Z",')."""
    return {m.group(1): m.group(2).strip("'\"") for m in _FLAT_FIELD.finditer(body)} or {
        m.group(1): m.group(2) for m in _ZIGGY_FIELD.finditer(body)
    }


_ZIGGY_FIELD = re.compile(r'^\.([A-Za-z_]\w{0,40})[ \t]*=[ \t]*(?:@date\()?"([^"\n]{1,300})"\)?,?[ \t]*$', re.MULTILINE)


def from_fields(end: int, fields: dict[str, Any], warning: str | None = None) -> FrontMatter:
    """The front matter of ``fields`` (any key case) ending at ``end``: its title and dates."""
    keyed = {str(k).lower(): v for k, v in fields.items()}
    if isinstance(nested := keyed.get("date"), dict):  # MkDocs Material's blog: "date:\n  created: …\n  updated: …"
        sub = {str(k).lower(): v for k, v in nested.items()}
        keyed = {**{k: v for k, v in sub.items() if k in UPDATED_KEYS}, **keyed, "date": sub.get("created", sub.get("published"))}
    title = keyed.get("title")
    return FrontMatter(
        end, fields, title.strip() if isinstance(title, str) and title.strip() else None,
        _first_date(keyed, PUBLISHED_KEYS), _first_date(keyed, UPDATED_KEYS), warning,
    )


def _json(text: str) -> FrontMatter | None:
    """Hugo's JSON front matter: an object opening the file ({ "title": …, "date": … })."""
    start = len(text) - len(text.lstrip())
    if not text.startswith("{", start) or start > 200:
        return None
    try:
        fields, end = json.JSONDecoder().raw_decode(text[: start + MAX_FRONT_MATTER], start)
    except ValueError:
        return None
    if not isinstance(fields, dict) or not text[end:].strip():
        return None  # (a JSON file is data, not a post: front matter has a body after it)
    if not {str(k).lower() for k in fields} & {"title", "date", "draft", "tags", "slug", "categories"}:
        return None
    return from_fields(end + (1 if text.startswith("\n", end) else 0), fields)


_FENCED_TOML = re.compile(r"```toml[ \t]*\n(?P<body>\[[\w.-]{1,40}\][ \t]*\n.{0,60000}?)^```[ \t]*(?:\n|$)", re.DOTALL | re.MULTILINE)


def _fenced_toml(text: str) -> FrontMatter | None:
    r"""A TOML block fenced as code opening the file, its first table holding the fields: RustSec's
    advisories ("```toml\n[advisory]\nid = …\ndate = "2022-01-17"\nwithdrawn = "2025-04-28"\n…```"):
    its dates, its block left as text (``end`` 0). (One source's form: the advisory database of Rust crates.)

    >>> fm = _fenced_toml('```toml\n[advisory]\nid = "X"\ndate = "2022-01-17"\n```\n\n# Title\n')
    >>> (fm.date.value, fm.end)
    ('2022-01-17', 0)
    """
    m = _FENCED_TOML.match(text)
    if m is None:
        return None
    try:
        fields = _toml(m.group("body"))
    except ValueError:
        return None
    first = next(iter(fields.values()), None)
    if not isinstance(first, dict) or not {str(k).lower() for k in first} & {"date", "id", "title"}:
        return None  # (a page opening with a TOML example is not one)
    # (its dates only: the block stays the text's, as the advisory's page shows its fields to readers)
    return from_fields(m.end(), first)._replace(end=0, fields={}, title=None)


_LEKTOR_FIELD = re.compile(r"([A-Za-z_][\w-]{0,40}):[ \t]{0,8}")
_LEKTOR_SEPARATOR = "\n---\n"


def _lektor(text: str) -> FrontMatter | None:
    """Lektor's content file: ``key: value`` fields separated by lines of ``---``, the article
    in its ``body:`` field ("title: …\\n---\\npub_date: 2019-06-17\\n---\\nbody:\\n\\n…").

    >>> fm = _lektor("title: Visualize\\n---\\npub_date: 2019-06-17\\n---\\nbody:\\n\\nText.")
    >>> (fm.title, fm.date.value, fm.end)
    ('Visualize', '2019-06-17', 52)
    """
    if _LEKTOR_FIELD.match(text) is None or _LEKTOR_SEPARATOR not in text[:MAX_FRONT_MATTER]:
        return None
    fields: dict[str, Any] = {}
    pos = 0
    while pos < min(len(text), MAX_FRONT_MATTER):
        m = _LEKTOR_FIELD.match(text, pos)
        if m is None:
            return None
        if m.group(1).lower() == "body":
            end = text.find("\n", m.end())
            return from_fields(len(text) if end < 0 else end + 1, fields) if fields else None
        stop = text.find(_LEKTOR_SEPARATOR, m.end())
        if stop < 0:
            return None
        fields[m.group(1)] = text[m.end() : stop].strip()
        pos = stop + len(_LEKTOR_SEPARATOR)
    return None


def nikola(text: str) -> FrontMatter | None:
    """Nikola's metadata lines at the top of ``text`` (a reST or Markdown post), as front matter.

    >>> nikola(".. title: Contact\\n.. date: 2019-12-28 16:14:02 UTC\\n\\n* irc: #pypy").date.value
    '2019-12-28'
    """
    m = _NIKOLA.match(text)
    if m is None:
        return None
    end = m.end()
    if m.group("comment"):
        if (close := _COMMENT_CLOSE.match(text, end)) is None:
            return None
        end = close.end()
    fields: dict[str, Any] = {}
    for line in m.group("body").splitlines():
        key, _, value = line[2:].strip().partition(":")
        fields[key.strip().lower()] = value.strip()
    return from_fields(end, fields)


def _yaml(body: str) -> dict[str, Any]:
    import yaml

    class Loader(yaml.SafeLoader):
        """The safe loader, refusing aliases (so nothing can expand beyond the text's size)."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise yaml.YAMLError("aliases are not accepted in front matter")
            return super().compose_node(parent, index)

    try:
        value = yaml.load(body, Loader=Loader)
    except yaml.YAMLError as exc:
        raise ValueError(str(exc).splitlines()[0] if str(exc) else "invalid YAML") from None
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if value is not None and not isinstance(value, dict):
        raise ValueError("not a mapping")
    return value or {}


def _toml(body: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(body)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise ValueError(str(exc) or "invalid TOML") from None


def item_date(fields: dict[str, Any], keys: tuple[str, ...]) -> DateInfo | None:
    """The date of the first of ``keys`` in ``fields`` that holds one (a date, a datetime, or
    text that is a date)."""
    return _first_date(fields, keys)


_PUBLISH_SUFFIX = re.compile(
    r"(?!(?:un|expiry|expire|expiration|next|last|scheduled|end|embargo|review|due|planned|target)[_-])[a-z]{2,20}[_-](?:publish(?:ed)?[_-]?date|date[_-]?published|pub[_-]?date)"
)
"""A site's own key for the publication date of the thing it names ("blog_publish_date: January 9, 2023",
"episode_publish_date"; not "un_publish_date", "next_publish_date": another day)."""


def _first_date(fields: dict[str, Any], keys: tuple[str, ...]) -> DateInfo | None:
    if keys is PUBLISHED_KEYS:
        keys = keys + tuple(k for k in fields if _PUBLISH_SUFFIX.fullmatch(k))
    for key in keys:
        value = fields.get(key)
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return DateInfo(value.isoformat(), "day", "metadata", f"{key}: {value.isoformat()}")
        if isinstance(value, str) and value.strip():
            us = _US_DAY.fullmatch(value) if key == "ms.date" else None  # (Microsoft Learn's field, always month first)
            found = _date_value(f"{us.group(3)}-{int(us.group(1)):02d}-{int(us.group(2)):02d}" if us else value)
            if found is not None:
                return DateInfo(found[0], found[1], "metadata", f"{key}: {value.strip()}")
    if keys is PUBLISHED_KEYS:
        for key in ("permalink", "url"):  # "/en/2016/01/26/segwit-benefits/": Jekyll and Hugo permalinks
            value = fields.get(key)
            m = _PATH_DATE.search(value) if isinstance(value, str) else None
            if m is not None and (found := _date_value("-".join(m.groups()))) is not None:
                return DateInfo(found[0], found[1], "metadata", f"{key}: {value.strip()}")  # type: ignore[union-attr]
    return None


_US_DAY = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")
_PATH_DATE = re.compile(r"/(\d{4})/(\d\d)/(\d\d)(?:/|$)")
_LOOSE_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|\s*$)")


def _date_value(value: str) -> tuple[str, Precision] | None:
    """The date a front matter value holds: ISO (``2019-03-05``, ``2019-03``, with a time), ISO
    with unpadded month or day (``2024-4-09``), or a written date and nothing else
    (``January 13, 2015``)."""
    found = parse_iso(value)
    if found is not None and re.match(r"\s*\d{4}(?:-\d\d(?:-\d\d)?)?(?:[T ]|\s*$)", value):
        return found.value, found.precision
    m = _LOOSE_ISO.match(value)
    if m is not None:
        day = iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (day, "day") if day is not None else None
    if (pair := _PAIRED_DAY.fullmatch(value)) is not None:
        # "01-20-2023" (CarbonPlan's posts), "20-01-2023": month and day told apart only when one
        # of them is past 12 (or both the same); else no guess
        x, y, year = (int(g) for g in pair.groups())
        days = {d for d in (iso_day(year, x, y), iso_day(year, y, x)) if d is not None}
        return (days.pop(), "day") if len(days) == 1 else None
    dates = find_dates(value)
    if len(dates) == 1 and (
        len(value.strip()) <= len(value[dates[0].start : dates[0].end]) + 4
        or (_WEEKDAY.fullmatch(value[: dates[0].start]) and _CLOCK.fullmatch(value[dates[0].end :]))
    ):
        return dates[0].value, dates[0].precision
    return None


_PAIRED_DAY = re.compile(r"\s*(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\s*")
_WEEKDAY = re.compile(r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*)?", re.IGNORECASE)
_CLOCK = re.compile(r"(?:,?\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:[+-]\d{4}|[A-Z]{1,5})?)?\s*")
"""Around a written date in a front matter value, as RFC 2822 writes it ("Mon, 18 May 2019
09:00:00 +0000"): a weekday before, a time and zone after."""


def field_items(fields: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The fields as ``(key, value)`` text, in their order: lists joined with ", ", dates in ISO
    form, mappings as sorted JSON.

    >>> field_items({"title": "Hi", "tags": ["a", "b"], "date": _dt.date(2019, 3, 5), "n": 3})
    (('title', 'Hi'), ('tags', 'a, b'), ('date', '2019-03-05'), ('n', '3'))
    """
    return tuple((str(k), _text(v)) for k, v in fields.items())


def _text(value: Any) -> str:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        import json

        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return str(value)
