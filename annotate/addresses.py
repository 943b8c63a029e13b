"""Where a link points: a change of a link's address alone, as opposed to what it points to.

Why a module of its own: a link's address is no word a reader reads, yet another address
can be another source (a DOI, a video, a person's page). ``annotate.cosmetic`` asks here
whether an address changed in a way that keeps its source ("http" → "https", a page moved
within its site keeping its name), or whether a change only swaps a project's status badges (images
of a build's state, linked); the reading of an address is kept in one place.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qs, urlsplit

from annotate.model import Change, Document, Range

REFERENCE = r"^[ ]{0,3}\[[^\]\n]{1,100}\]:[ \t]{0,8}"
"""The head of a Markdown link reference definition ("[label]: "), its address after it."""


def scheme_only(a: Document, b: Document, c: Change) -> bool:
    """Whether ``c`` only turns an address's "http" into "https" (or back) before "://"."""
    o, r = c.original, c.revised
    return (
        o is not None and r is not None and {o.text.lower(), r.text.lower()} == {"http", "https"}
        and a.text.startswith("://", o.end) and b.text.startswith("://", r.end)
    )


_TARGET = r"[^()\s]{1,2000}"
"""A Markdown link's address, inside its parentheses."""
_TITLE_CLOSE = r"(?:[ \t]{1,4}\"[^\"\n]{0,200}\")?[ \t]{0,2}\)"
"""What closes a Markdown link after its address: its title if any, the parenthesis."""
_ADDRESS = re.compile(
    r"(?P<img>!?)\[[^\]\n]{0,300}\]\([ \t]{0,2}(?P<md>\{\{[^{}\n]{1,300}\}\}[^()\s]{0,2000}|" + _TARGET + ")" + _TITLE_CLOSE +
    r"|" + REFERENCE + r"(?P<ref>\S{1,2000})"
    r"|<a\b[^<>\n]{0,300}?\bhref=[\"'](?P<href>[^\"'\n]{1,2000})[\"']"
    r"|`[^`<\n]{0,300}<(?P<rst>[^<>\s`]{1,2000})>`_{1,2}"  # (reST: "`the changelog <https://…>`__")
    r"|(?<![\w(\"'=/])(?P<bare>https?://[^\s<>()|\[\]\"']{1,2000})",
    re.MULTILINE,
)
"""Where a link points: a Markdown link's or image's address (one a template writes too:
'![chart]({{ "/assets/chart.png" }})'), a reference definition's, an
anchor's ``href`` (a change inside one changes no word a reader reads); a bare address shown
as it is ("https://www.meetup.com/de-DE/KnoxJava/…"), judged by the same test of the same page."""


def in_address(doc: Document | None, r: Range | None) -> bool:
    """Whether ``r`` lies inside a link's address in ``doc`` (a date in a path, "…/2023-03-31/…")."""
    return _address(doc, r) is not None


def _address(doc: Document | None, r: Range | None) -> tuple[bool, str, int, bool] | None:
    """``(is an image, the address, its start, shown bare)`` when ``r`` lies inside a link's address in ``doc``."""
    if doc is None or r is None:
        return None
    text = doc.text
    lo = max(text.rfind("\n", max(0, r.start - 2_100), r.start) + 1, r.start - 2_100)
    if all(text.rfind(lead, lo, r.start + 2) < 0 for lead in ("](", "]:", "href", "://", " <")):
        return None  # (no link opens on the line before it: the common case, told cheaply)
    hi = text.find("\n", r.end, r.end + 2_100)
    for m in _ADDRESS.finditer(text, lo, min(len(text), r.end + 2_100) if hi < 0 else hi):
        group = "md" if m.group("md") else "ref" if m.group("ref") else "href" if m.group("href") else "rst" if m.group("rst") else "bare"
        if m.start(group) <= r.start and r.end <= m.end(group):
            return m.group("img") == "!", m.group(group), m.start(group), group == "bare"
        if m.start() > r.end:
            break
    return None


def link_of(doc: Document | None, r: Range | None) -> tuple[int, int] | None:
    """``(start, end)`` of the link whose address holds ``r`` in ``doc``: the whole link, its
    text with it ("[Faster-Whisper-XXL](https://github.com/Purfview/…)")."""
    found = _address(doc, r)
    if found is None or doc is None:
        return None
    text, at = doc.text, found[2]
    opened = text.rfind("[", max(0, at - 400), at)
    return (opened, at + len(found[1])) if opened >= 0 and text.startswith("](", at - 2) else None


def _shown(doc: Document | None, found: tuple[bool, str, int, bool]) -> bool:
    """Whether the Markdown link whose address ``found`` is shows that address as its text
    ("[https://…](https://…)", "[<https://…>](…)"): an edit of the address is an edit of the text too."""
    if doc is None or found[0] or found[3] or not doc.text.startswith("](", found[2] - 2):
        return False
    opened = doc.text.rfind("[", max(0, found[2] - 2 - len(found[1]) - 4), found[2] - 2)
    return opened >= 0 and doc.text[opened + 1 : found[2] - 2].strip("<> ") == found[1]


def address_only(c: Change, a: Document | None, b: Document | None) -> bool:
    """Whether ``c`` changes only where a link points, not what it points to: "http" → "https",
    a page moved within its site keeping its name and its first folder ("/docs/reference/sdk" →
    "/docs/specs/sdk"; "github.com/alice/tool" → "github.com/mallory/tool" is another's),
    an image moved without renaming it ("/img/post/chart.png" → "chart.png"). The text and the
    picture a reader sees are the same, and so is the source; so is another place in the page
    ("#flag--x"), another query refining a page ("?from=…"), or another page holding the same
    anchor ("user-manual.html#flag--x" → "command-line-reference.html#flag--x"). Another site,
    another page name, the query that is the page ("/watch?v=…"), a mail or phone address:
    another source."""
    old, new = _address(a, c.original), _address(b, c.revised)
    if (c.original is not None and old is None) or (c.revised is not None and new is None) or (old is None and new is None):
        return False
    if all(found is None or _shown(d, found) for d, found in ((a, old), (b, new))):
        return True  # "[https://doi.org/…/zenodo.18243610](https://doi.org/…/zenodo.18243610)": the text shows it, and its change is told there
    # (the other side's address is this one with the change undone)
    before = old[1] if old else _undone(new, c.revised)  # type: ignore[arg-type]
    after = new[1] if new else _undone(old, c.original)  # type: ignore[arg-type]
    if before.lower() == after.lower() and before != after:
        return True  # only its letters' case ("github.com/homebrew/brew" → "github.com/Homebrew/brew"): the same page, tidied
    if any(x is not None and x[0] for x in (old, new)):
        return _picture(_name(before)) == _picture(_name(after))  # an image: its file's name stays ("chart.png")
    if _archived(before, after) or _archived(after, before):
        return True  # the same page, as a web archive keeps it ("https://web.archive.org/web/2021…/https://twitter.com/…")
    x, y = _split(before), _split(after)
    if x is None or y is None or x.scheme.lower() in ("mailto", "tel") or y.scheme.lower() in ("mailto", "tel"):
        return False
    if any(found is not None and found[3] for found in (old, new)):
        return _same_bare(x, y)  # (a bare address is read as it is: only the same page written otherwise)
    return (
        x.netloc.lower().removeprefix("www.") == y.netloc.lower().removeprefix("www.")
        and (x.query == y.query or (_own_page(x.path) and _refined(x.query, y.query)))
        and (_name(x.path) == _name(y.path) or (x.fragment != "" and x.fragment == y.fragment and not _GENERIC_ANCHOR.fullmatch(x.fragment)))
        and _same_top(x.path, y.path)
        and not _numbered(x.path, y.path)
    )


_LINK_TAIL = re.compile(r"\]\([ \t]{0,2}" + _TARGET + _TITLE_CLOSE + r"|\]\[[^\[\]\n]{0,100}\]")
"""The part of a Markdown link after its text: "](address "title")" or a reference's "][label]"."""


_LINKED = re.compile(r"(!?)\[([^\[\]\n]{0,300})\]\([ \t]{0,2}" + _TARGET + _TITLE_CLOSE)
"""A Markdown link or image, its text apart."""


def _link_text(m: re.Match[str]) -> str:
    """A link as its words read (an image stays: a picture is not its alternative text)."""
    return m.group(0) if m.group(1) else m.group(2)


def link_put_on(c: Change, a: Document | None, b: Document | None) -> bool:
    """Whether ``c`` only puts a Markdown link on words already there, or takes one off them:
    "M-20-32," → "[M-20-32](https://…/M-20-32.pdf),". The words a reader reads are the same;
    the "[" comes as markup on its own, the "](address)" is this change, or the word diff
    gives the whole link as one edit ("scanning" → "[scanning](scanning/README.md)"). (Not an
    image's: "![" shows a picture where there was text.)"""
    if c.kind == "edit" and c.original is not None and c.revised is not None and b is not None and b.format == "markdown":
        # "scanning" → "[scanning](scanning/README.md)" in one edit: the words the same, linked
        old, new = (" ".join(_LINKED.sub(_link_text, r.text).split()) for r in (c.original, c.revised))
        return old == new and "](" in c.original.text + c.revised.text
    if c.kind not in ("addition", "deletion"):
        return False
    doc, r = (b, c.revised) if c.kind == "addition" else (a, c.original)
    if doc is None or r is None or doc.format != "markdown" or not _LINK_TAIL.fullmatch(r.text):
        return False
    line_start = doc.text.rfind("\n", max(0, r.start - 300), r.start) + 1
    opened = doc.text.rfind("[", line_start, r.start)
    return (
        opened >= 0 and doc.text.rfind("]", opened, r.start) < 0
        and doc.text[opened + 1 : r.start].strip() != "" and doc.text[opened - 1 : opened] != "!"
    )


_GENERIC_ANCHOR = re.compile(r"L\d+(?:-L\d+)?|page=\d+|\d+|top|content|main", re.IGNORECASE)
"""An anchor any page has ("#L10", "#page=5"): it names no place of its own."""
_REFINERS = frozenset(["from", "to", "since", "until", "ref", "source", "lang", "hl", "tab", "sort", "order", "view", "type", "s", "si"])
"""Query keys that refine a page's view, not which page it is ("?from=…&to=…", "?utm_source=…")."""


def _refined(a: str, b: str) -> bool:
    """Whether queries ``a`` and ``b`` differ only in keys that refine a view (``_REFINERS``, utm_…)."""
    x, y = parse_qs(a, keep_blank_values=True), parse_qs(b, keep_blank_values=True)
    keys = {k for k in x.keys() | y.keys() if x.get(k) != y.get(k)}
    return all(k.lower() in _REFINERS or k.lower().startswith("utm_") for k in keys)


_ALIASES = frozenset(["stable", "latest", "current", "master", "main", "dev", "devel"])
"""A documentation site's names for its version as it now stands."""
_VERSION = re.compile(r"v\d{1,4}(?:\.\d{1,4}){0,3}(?:\.x)?|\d{1,4}(?:\.\d{1,4}){1,3}(?:\.x)?")
"""A version in a path ("2.0.0", "v3", "1.x"; not a year, "2019")."""


def _numbered(a: str, b: str) -> bool:
    """Whether paths ``a`` and ``b`` differ in a segment holding a number ("/reports/2019/…" →
    "/reports/2020/…", "/issues/12" → "/issues/13") or in a name for a variant of it: another
    year's, another item's."""
    sa, sb = {p for p in a.split("/") if p}, {p for p in b.split("/") if p}
    if len(sa - sb) == len(sb - sa) == 1 and {min(sa - sb), min(sb - sa)} & _ALIASES and any(_VERSION.fullmatch(x) for x in sa ^ sb):
        return False  # ("/en/2.0.0/whatsnew/…" → "/en/stable/whatsnew/…": the same page of the docs, as it now stands)
    if any(any(ch.isdigit() for ch in p) for p in sa ^ sb):
        return True
    # one name for a variant of it ("phone-x" → "phone-y", "tool-a" → "tool-b"): another item of a kind
    return any(_shared_start(p, q) >= 3 and abs(len(p) - len(q)) <= 2 for p in sa - sb for q in sb - sa)


def _own_page(path: str) -> bool:
    """Whether ``path`` names a page of its own, which a query only refines ("/nim/graphs/
    contributors?from=…&to=…"), unlike a script the query tells what to show ("/watch?v=…")."""
    return len([s for s in path.split("/") if s]) >= 2


_GENERIC = re.compile(r"(?:index|default|readme|main)(?:\.\w{1,5})?", re.IGNORECASE)
"""A page's file name that names nothing ("index.html"): its folder names the page."""


def _name(path: str) -> str:
    """The last named segment of ``path`` ("/docs/specs/sdk/" → "sdk", "/a/b/index.html" → "b")."""
    parts = [s for s in path.split("?", 1)[0].split("/") if s]
    while parts and _GENERIC.fullmatch(parts[-1]):
        parts.pop()
    return parts[-1] if parts else ""


_FINGERPRINT = re.compile(r"[._-](?=[0-9a-f]{0,39}\d)(?=[0-9a-f]{0,39}[a-f])[0-9a-f]{6,40}(?=\.\w{2,5}$|$)")
"""A hash a site's build adds to a file's name ("notify_api_fr_18a3a9b554.jpg", "logo.3f9a2c1d.png")."""


def _picture(name: str) -> str:
    """An image file's name as its picture goes: its build's hash and its word separators aside
    ("notify-api-fr.jpg" and a CDN's "notify_api_fr_18a3a9b554.jpg" are one picture)."""
    return _FINGERPRINT.sub("", name.lower()).replace("-", "_")


def _top(path: str) -> str:
    """The first segment of ``path``: whose page it is on a shared site ("github.com/alice/…")."""
    return path.lstrip("/").split("/", 1)[0]


def _same_top(p: str, q: str) -> bool:
    """Whether paths ``p`` and ``q`` open alike, or alike once a language's segment only one of
    them holds is set aside ("/de-DE/KnoxJava/…" and "/KnoxJava/…": the same page, in German;
    "/us/…" and "/uk/…" are two pages)."""
    if _top(p) == _top(q):
        return True
    p, q = _unlocalised(p, q)
    return _top(p) == _top(q)


def _unlocalised(p: str, q: str) -> tuple[str, str]:
    """``p`` and ``q`` with the language's segment only one of them opens with set aside."""
    lp, lq = (_LOCALE.fullmatch(x.lstrip("/").split("/", 1)[0]) is not None and "/" in x.lstrip("/") for x in (p, q))
    if lp == lq:
        return p, q
    return (p.lstrip("/").split("/", 1)[1], q.lstrip("/")) if lp else (p.lstrip("/"), q.lstrip("/").split("/", 1)[1])


def _same_bare(x: SplitResult, y: SplitResult) -> bool:
    """Whether two bare addresses, shown as they are, name the same page: the same site, query
    and path but for a language's segment one of them holds or a closing slash."""
    p, q = _unlocalised(x.path, y.path)
    return (
        x.netloc.lower().removeprefix("www.") == y.netloc.lower().removeprefix("www.")
        and x.query == y.query and p.strip("/") == q.strip("/")
    )


_LOCALE = re.compile(r"[a-z]{2}(?:[-_][A-Za-z]{2})?")
"""A language's segment of an address ("en", "de-DE", "pt_br")."""


_ARCHIVE = re.compile(r"https?://(?:web\.archive\.org/web|archive\.(?:today|ph|is|org/web)|webcitation\.org)/(?:[\w*]{1,20}/)?")
"""A web archive's address of a page it keeps, before the page's own address."""


def _archived(page: str, copy: str) -> bool:
    """Whether ``copy`` is the address of ``page`` in a web archive (a dead link mended).

    >>> _archived("https://x.org/a", "https://web.archive.org/web/20210828024054/https://x.org/a")
    True
    """
    m = _ARCHIVE.match(copy.strip())
    kept = copy.strip()[m.end() :] if m is not None else ""
    return bool(kept) and kept.split("://", 1)[-1].removeprefix("www.") == page.strip().split("://", 1)[-1].removeprefix("www.")


def _split(address: str) -> SplitResult | None:
    """``address`` split into its parts, or None for none a browser would follow ("http://[oops/")."""
    try:
        return urlsplit(address.strip())
    except ValueError:
        return None


def _undone(found: tuple[bool, str, int, bool], r: Range) -> str:
    """The address ``found`` without the text of ``r`` (an addition or deletion inside it)."""
    _, address, start, _ = found
    return address[: r.start - start] + address[r.end - start :]


def _shared_start(p: str, q: str) -> int:
    """How many characters ``p`` and ``q`` open with alike."""
    n = 0
    while n < min(len(p), len(q)) and p[n] == q[n]:
        n += 1
    return n


_ANY_TARGET = re.compile(r"\]\([ \t]{0,2}(" + _TARGET + r"|\{%[ \t]{0,4}post_url[ \t]{1,4}[^%\n]{1,200}%\})" + _TITLE_CLOSE)
_POST_URL = re.compile(r"\{%[ \t]{0,4}post_url[ \t]{1,4}(\d{4})-(\d\d)-(\d\d)-([^\s%]{1,200})[ \t]{0,4}%\}")
"""Every Markdown link's or image's address in a line, nested ones too ("[![alt](src)](href)")."""


def rebased(c: Change, a: Document | None, b: Document | None) -> bool:
    """Whether ``c`` lies in a line whose links and images all point where they pointed, written
    from the site's root instead ("/images/chart.png" → "https://example.org/blog/images/chart.png",
    a post's images made absolute): the line's words the same, each new address the old one's
    path under a host, or the other way round."""
    if c.kind != "edit" or a is None or b is None or c.original is None or c.revised is None:
        return False
    lines = []
    for doc, r in ((a, c.original), (b, c.revised)):
        lo, hi = doc.text.rfind("\n", max(0, r.start - 4_000), r.start), doc.text.find("\n", r.end, r.end + 4_000)
        if lo < 0 < r.start - 4_000 or hi < 0 < len(doc.text) - r.end - 4_000:
            return False  # (a line of thousands of characters is no line of links: not copied per change)
        lines.append(doc.text[lo + 1 : len(doc.text) if hi < 0 else hi])
    if "](" not in lines[0]:
        return False
    # (a Jekyll post's "{% post_url 2019-12-31-meet-the-group %}" is "/2019/12/31/meet-the-group.html")
    old, new = ([_POST_URL.sub(r"/\1/\2/\3/\4.html", t) for t in _ANY_TARGET.findall(x)] for x in lines)
    if len(old) != len(new) or _ANY_TARGET.sub("]()", lines[0]) != _ANY_TARGET.sub("]()", lines[1]):
        return False
    return all(x == y or (x.startswith("/") and y.endswith(x) and "://" in y) or (y.startswith("/") and x.endswith(y) and "://" in x) for x, y in zip(old, new, strict=True))


_BADGE = re.compile(
    r"\[?!\[[^\]\n]{0,100}\]\([^()\s]{0,300}(?:shields\.io|badge|travis-ci\.|circleci\.com|codecov\.io|coveralls\.io|appveyor\.com|david-dm\.org|"
    r"\.svg\?branch=)[^()\s]{0,300}\)(?:\]\([^()\s]{0,500}\))?"
    r"|\.\.[ \t]+(?:image|\|[\w -]{1,40}\|[ \t]+image)::[ \t]+\S{0,300}(?:shields\.io|badge|travis-ci\.|circleci\.com|codecov\.io|coveralls\.io|appveyor\.com|"
    r"\.svg\?branch=)\S{0,300}(?:\n[ \t]{2,}:[a-z]{1,10}:[^\n]{0,500})*",
    re.IGNORECASE,
)
"""A status badge: an image of a build's, coverage's or version's state (Markdown or reST), its link too."""


def badges_only(text: str) -> bool:
    """Whether ``text`` holds status badges and nothing else."""
    return ("badge" in text.lower() or ".svg" in text) and bool(_BADGE.search(text)) and not _BADGE.sub("", text).strip()
