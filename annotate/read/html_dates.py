"""Dates an HTML page states in its metadata: meta tags, JSON-LD and ``<time datetime>``.

Why this exists: a page's publication and update dates are usually not in its text but in
what browsers do not show; ``annotate.read.html`` reads the text and asks this module for the
dates, the publication date first and a later modification date apart from it.
"""

from __future__ import annotations

import json
import re
from itertools import chain, islice

from lxml import html as lhtml

from annotate.dates import find_dates, iso_day, parse_iso
from annotate.model import DateInfo

_PUBLISHED = (
    "article:published_time", "og:published_time", "datePublished", "date", "dc.date", "DC.date", "DC.date.issued",
    "dcterms.date", "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date", "pubdate",
)  # (Dublin Core as Quarto and Pandoc write it: <meta name="dcterms.date" content="2023-01-10">; Highwire's citation_*)
_MODIFIED = ("article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified")


def _meta_values(root: lhtml.HtmlElement, names: tuple[str, ...]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in names:
        xpath = f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]/@content'
        out.extend((name, str(value)) for value in root.xpath(xpath))
    return out


def _first_date(candidates: list[tuple[str, str]]) -> DateInfo | None:
    for field, value in candidates:
        found = parse_iso(value)
        if found is not None:
            return DateInfo(found.value, found.precision, "metadata", f"{field}={value.strip()[:60]}")
    return None


_MODIFIED_CLASS = re.compile(r"\b(?:dt-updated|dt-modified|updated|modified|last-modified)\b")
"""A ``<time>``'s class naming it the update's (microformats' ``dt-updated``)."""
_UPDATED_BEFORE = re.compile(r"\b(?:updated|modified|revised|last\s+edited)\b[^\w]{0,4}(?:on|at)?\s*$", re.IGNORECASE)


def metadata_dates(root: lhtml.HtmlElement) -> tuple[DateInfo | None, DateInfo | None]:
    """``(published, modified)`` from meta tags, JSON-LD and ``<time datetime>``."""
    json_ld: list[tuple[str, str]] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        json_ld.extend(_json_ld_dates(script.text or ""))
    published = _meta_values(root, _PUBLISHED) + [fv for fv in json_ld if fv[0].endswith("datePublished")]
    times_published: list[tuple[str, str]] = []
    times_modified: list[tuple[str, str]] = []
    for time_el in root.xpath("//time[@datetime or @pubdate]"):
        # "Last modified on <time>", "Updated <time>": the page's update date, not its publication
        prev = time_el.getprevious()
        before = (prev.tail if prev is not None else time_el.getparent().text if time_el.getparent() is not None else "") or ""
        classes = time_el.get("class") or ""
        modified = time_el.get("itemprop") == "dateModified" or (bool(_MODIFIED_CLASS.search(classes)) and "published" not in classes)  # (WordPress: "entry-date published updated")
        target = times_modified if modified or _UPDATED_BEFORE.search(before[-40:]) else times_published
        value = str(time_el.get("datetime") or "")
        shown = [f for f in find_dates(time_el.text_content()[:80]) if f.precision == "day"]
        stated = parse_iso(value)
        if stated is None or (shown and stated.value[:10] != shown[0].value):
            # (a template's datetime left unfilled, "article.date.isoformat()", or a bare "pubdate"; or one the
            # template left at the post's day while the page shows its update's, "Página atualizada em: 30 Mar, 2026":
            # the date it shows, which is what its readers read)
            if not shown:
                continue
            value = shown[0].value
        target.append(("<time datetime>" if time_el.get("datetime") else "<time>", value))
    published += times_published
    modified = _meta_values(root, _MODIFIED) + [fv for fv in json_ld if fv[0].endswith("dateModified")] + times_modified
    first, last = _first_date(published), _first_date(modified)
    if first is None and last is None:
        first = _byline_date(root) or _calendar_date(root) or _address_date(root) or _posted_line(root)
    if first is None and last is None:
        last = _footer_stamp(root)  # (the only date of the page: "Last updated on 17 February 2024." in its footer)
    return (first or last), (last if last is not None and (first is None or last.value != first.value) else None)


_DATED_PATH = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
"""A post's day in its address ("/blog/2023/11/30/embedding-floats/"), as blogs' permalinks write it."""


def _address_date(root: lhtml.HtmlElement) -> DateInfo | None:
    """The day a page's own address holds (``og:url``, its canonical link): read when the page
    states no other date."""
    for value in [str(v) for v in root.xpath('//meta[@property="og:url" or @name="og:url"]/@content | //link[@rel="canonical"]/@href')][:4]:
        if (m := _DATED_PATH.search(value)) is not None and (day := iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))) is not None:
            return DateInfo(day, "day", "metadata", f"the page's address, {value.strip()[:80]}")
    return None


_STAMP_TEXT = re.compile(
    r"(?:\b(?:last\s+(?:updated|modified|changed|edited|update|revised|published)|page\s+(?:updated|modified)|(?:revised|updated)(?=\s+on\b))"
    # the same in German, French, Spanish, Portuguese, Italian, Dutch ("Zuletzt aktualisiert am 19.05.2016", "Página atualizada em")
    r"|(?:zuletzt\s+)?aktualisiert|zuletzt\s+geändert|^\W{0,3}stand\b|(?:dernière\s+)?mise\s+à\s+jour|mis\s+à\s+jour|actualizad[oa]|última\s+actualización"
    r"|atualizad[oa]|última\s+atualização|aggiornat[oa]|ultimo\s+aggiornamento|(?:laatst\s+)?bijgewerkt)"
    r"[^0-9A-Za-z]{0,4}(?:(?:on|at|am|le|el|em|il|op)\b[^0-9A-Za-z]{0,4})?$",
    re.IGNORECASE,
)
"""What stands before a page's "last updated" date in its footer ("Revised on …", "Zuletzt aktualisiert am …")."""


def _footer_stamp(root: lhtml.HtmlElement) -> DateInfo | None:
    """The date of a page's "Last updated on …" line in its footer or an element classed as one
    (Sphinx themes' ``<p class="last-updated">``): read when the page states no other date."""
    for el in root.xpath(
        '//footer//p | //footer//span | //footer//div | //*[contains(@class, "footer")]//p | //*[contains(@class, "footer")]//span'
        ' | //*[contains(@class, "last-updated") or contains(@class, "lastupdated") or contains(@class, "last-modified")]'
        ' | //*[@id="publishDate" or @id="lastPublished"]'  # (Maven's site renderer: "Last Published: 2021-12-13" in its breadcrumbs)
    ):
        text = " ".join("".join(el.itertext()).split())
        if not text or len(text) > 200:
            continue
        found = find_dates(text)
        if len(found) == 1 and found[0].precision == "day" and _STAMP_TEXT.search(text, 0, found[0].start):
            return DateInfo(found[0].value, "day", "dateline", text[:120])
    return None


_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:meta|byline|post-?meta|entry-?meta|post-?date|entry-?date|published|posted-?on|pubdate|dateline|date)(?:$|[\s_-])",
    re.IGNORECASE,
)
"""A class that themes give the line under a headline ("meta", "post-meta", "byline",
"entry-date", "posted-on")."""
_BYLINE_CUE = re.compile(
    r"\b(?:posted|published|by|on|dated)\b|\bdate[ \t]{0,2}:|^\W*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\W*)?$",
    re.IGNORECASE,
)
"""What else a byline element holds beside its date: "Posted by …", "on", a field's name ("Author:
Nick Amato … Date: Feb 9, 2018"), or nothing but a weekday ("Thu 18 Sep 2008")."""


_UNDER_HEADLINE = frozenset(["span", "p", "div", "small", "time", "h2", "h3", "h4", "h5", "h6"])
_BY = re.compile(r"\W{0,3}(?:by|posted|published|written)\b", re.IGNORECASE)
"""How a byline with no class opens ("by Anthony Shaw, April 12, 2024", "Posted on …")."""


def _byline_date(root: lhtml.HtmlElement) -> DateInfo | None:
    """The date of the first short byline element ("<span class="meta">Posted by … on January
    21, 2018</span>"), classed as one or standing right under the headline ("<h1>…</h1><hr>
    <span class="subheading">by Anthony Shaw, April 12, 2024</span>"): a page without dated
    metadata shows its date there."""
    under = [sib for h1 in islice(root.iter("h1"), 1) for sib in islice(h1.itersiblings(), 3) if sib.tag in _UNDER_HEADLINE]
    classed = (el for el in root.iter("span", "div", "p", "small", "time", "header", "li") if _BYLINE_CLASS.search(str(el.get("class") or "")))
    for el, by_class in chain(((el, True) for el in classed), ((el, False) for el in under)):
        if "event" in str(el.get("class") or "").lower():
            continue  # (an event's "event-meta" line dates the event, not the page)
        text = " ".join(" ".join(el.itertext()).split())  # ("By Jane Doe<br>Published March 3, 2020": words apart)
        if not text or len(text) > 200 or (not by_class and _BY.match(text) is None):
            continue  # (unclassed, under the headline, only a line opening "by …", "Posted …")
        found = find_dates(text)
        if len(found) == 1 and found[0].precision == "day" and _BYLINE_CUE.search(text[: found[0].start] + " " + text[found[0].end :]):
            return DateInfo(found[0].value, "day", "dateline", text[:120])
    return None


_POSTED = re.compile(r"\W{0,3}(?:posted|published)\b", re.IGNORECASE)
_ASIDE = frozenset(["event", "events", "comment", "comments", "comment-list", "commentlist", "sidebar", "related", "related-posts", "widget", "reply", "replies"])
"""Where a "Posted …" line dates something else: an event, a reader's comment, a sidebar's list."""


def _posted_line(root: lhtml.HtmlElement) -> DateInfo | None:
    """The day of a short line opening "posted" or "published" wherever it stands ("<small>posted
    <abbr title="2015-03-04 07:00:00 -0500">…</abbr> | …</small>" under a post's text): read when
    the page states no other date."""
    for el in root.iter("small", "p", "span", "div"):
        if _POSTED.match("".join(islice(el.itertext(), 3))[:40].lstrip()) is None:
            continue  # (its first words, read before the rest is joined: "<small><i class='icon'></i> posted …")
        if any(a.tag in ("aside", "nav") or _ASIDE.intersection(f"{a.get('class') or ''} {a.get('id') or ''}".lower().split()) for a in (el, *el.iterancestors())):
            continue  # (not an event's line, a reader's comment, a sidebar's list)
        text = " ".join(" ".join(el.itertext()).split())
        if not text or len(text) > 120:
            continue
        found = [f for f in find_dates(text) if f.precision == "day"]
        abbr = next((str(a.get("title")) for a in el.iter("abbr") if a.get("title")), None)
        stated = parse_iso(abbr) if abbr is not None else None
        if stated is not None and stated.precision == "day":
            return DateInfo(stated.value[:10], "day", "dateline", text[:120])
        before = re.findall(r"[^\W\d_]+", text[: found[0].start]) if len(found) == 1 else []
        if before and all(w.lower() in ("posted", "published", "on", "at", "by") or w.istitle() for w in before):
            return DateInfo(found[0].value, "day", "dateline", text[:120])  # ("Posted by Jane Doe on May 5, 2016 | …")
    return None


def _calendar_date(root: lhtml.HtmlElement) -> DateInfo | None:
    """The date beside a calendar icon ("<h2><i class="fa fa-calendar"></i> 19 November 2022</h2>",
    ABlog's post card; many themes' byline): the element holding the icon, its text a day alone."""
    for icon in root.xpath('//*[self::i or self::span or self::svg][contains(@class, "calendar")]'):
        holder = icon.getparent()
        text = " ".join("".join(holder.itertext()).split()) if holder is not None else ""
        found = find_dates(text) if 0 < len(text) <= 60 else []
        if len(found) == 1 and found[0].precision == "day" and not text.replace(text[found[0].start : found[0].end], "").strip(" ,.:|·"):
            return DateInfo(found[0].value, "day", "dateline", text)
    return None


def _json_ld_dates(text: str) -> list[tuple[str, str]]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    out: list[tuple[str, str]] = []
    stack: list[object] = [data]
    while stack and len(out) < 20:
        item = stack.pop()
        if isinstance(item, dict):
            for field in ("datePublished", "dateModified"):
                if isinstance(item.get(field), str):
                    out.append((f"JSON-LD {field}", item[field]))
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(item)
    out.sort(key=lambda fv: fv[0] != "JSON-LD datePublished")
    return out
