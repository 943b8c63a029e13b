"""Hostile and odd inputs (issue 6): every case ends in a correct result or in one
clear line on stderr with its documented exit code (docs/limits.md) — never a
traceback, never a hang.

Most cases drive the CLI in-process through click's CliRunner; where a real
process matters (FIFO, permissions, stdin, PYTHONHASHSEED, signals, a full
disk, undecodable file names) they run ``python -m annotate`` with a timeout.
Big inputs are built once per module.
"""

from __future__ import annotations

import functools
import json
import os
import re
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_startup_interrupt import default_sigint

import annotate
from annotate.cli import main
from annotate.errors import AnnotateError
from annotate.read import DEFAULT_MAX_DEPTH, read_document

OK, DIFFER, USAGE, INPUT, LIMIT, INTERNAL = 0, 1, 2, 3, 4, 5
TIMEOUT = 60  # seconds any subprocess may take before the test calls it a hang

ARTICLE = (
    "The harbour plan will cost 12 million pounds, the council said on Monday.\n\n"
    "The mayor told reporters that work would start in the spring.\n\n"
    "Residents of the old town have opposed the plan for years.\n\n"
    "A final vote is expected next month."
)


def edited(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


# ---------------------------------------------------------------- running the CLI


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def cli(*args: str, input: bytes | str | None = None) -> Run:
    result = CliRunner().invoke(main, list(args), input=input)
    return Run(result.exit_code, result.stdout, result.stderr)


def proc(*args: str, input: bytes | None = None, env: dict[str, str] | None = None,
         timeout: float = TIMEOUT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "annotate", *args], input=input, capture_output=True, timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def assert_error(code: int, err: str, expected_code: int, fragment: str = "", out: str = "") -> None:
    """One line on stderr, ``annotate: error: …``, the documented code, no traceback."""
    assert code == expected_code, (code, err)
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    assert lines[0].startswith("annotate: error: "), err
    assert fragment.lower() in lines[0].lower(), (fragment, err)
    assert "Traceback" not in err + out
    assert "\x1b" not in err


# ---------------------------------------------------------------- checks on a result


_EXTEND = re.compile(r"[\u200d\ufe00-\ufe0f\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F\U000E0100-\U000E01EF]")


def cuts_grapheme(text: str, i: int) -> bool:
    """True when offset ``i`` falls inside an (extended) grapheme cluster of ``text``.

    An approximation of UAX #29 good enough for the cases here: combining marks,
    joiners, variation selectors, emoji modifiers, tag sequences, CR LF and
    regional-indicator pairs.
    """
    if i <= 0 or i >= len(text):
        return False
    prev, cur = text[i - 1], text[i]
    if prev == "\r" and cur == "\n":
        return True
    if prev.isspace() or unicodedata.category(prev) == "Cc":
        return False  # a mark after a space or control is a defective sequence, not part of a word
    if unicodedata.category(cur) in ("Mn", "Me", "Mc") or _EXTEND.match(cur):
        return True
    if prev == "\u200d" and (ord(cur) >= 0x1F000 or 0x2600 <= ord(cur) < 0x27C0):
        return True  # a ZWJ emoji sequence
    ri = range(0x1F1E6, 0x1F200)
    if ord(prev) in ri and ord(cur) in ri:
        run = 0
        while i - 1 - run >= 0 and ord(text[i - 1 - run]) in ri:
            run += 1
        return run % 2 == 1
    return False


def test_grapheme_helper() -> None:
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    assert [i for i in range(len(family)) if not cuts_grapheme(family, i)] == [0]
    flags = "\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA"
    assert [i for i in range(5) if not cuts_grapheme(flags, i)] == [0, 2, 4]
    assert cuts_grapheme("e\u0301", 1) and not cuts_grapheme("ab", 1) and not cuts_grapheme("a\u200d b", 2)


@dataclass(frozen=True)
class Result:
    data: dict[str, Any]
    a: str
    b: str
    out: str

    def changes(self, kind: str | None = None) -> list[dict[str, Any]]:
        return [c for c in self.data["changes"] if kind is None or c["kind"] == kind]

    def kinds(self) -> list[str]:
        return [c["kind"] for c in self.data["changes"]]


def check_offsets(r: Result) -> None:
    """Every reported text is the slice its offsets name, and no range cuts a grapheme."""
    for note in r.data["annotations"]:
        assert r.b[note["start"] : note["end"]] == note["text"]
        assert not cuts_grapheme(r.b, note["start"]) and not cuts_grapheme(r.b, note["end"])
    for ch in r.data["changes"]:
        for side, text in (("original", r.a), ("revised", r.b)):
            rng = ch[side]
            if rng is None:
                continue
            assert 0 <= rng["start"] <= rng["end"] <= len(text)
            assert text[rng["start"] : rng["end"]] == rng["text"]
            assert not cuts_grapheme(text, rng["start"]), (side, rng, text[rng["start"] - 3 : rng["start"] + 3])
            assert not cuts_grapheme(text, rng["end"]), (side, rng, text[rng["end"] - 3 : rng["end"] + 3])


# ---------------------------------------------------------------- big inputs, built once

MB = 1_000_000
SENTENCE = "The quick brown fox jumps over the lazy dog. "


@functools.cache
def big(name: str) -> bytes:
    """Big inputs, built once for the whole module (the cache is per process)."""
    if name == "word_1mb":
        return b"a" * MB
    if name == "word_1mb_edited":
        return b"a" * (MB // 2) + b"b" + b"a" * (MB // 2 - 1)
    if name == "line_5mb":
        return (SENTENCE * (5 * MB // len(SENTENCE))).encode()
    if name == "line_5mb_edited":
        n = 5 * MB // len(SENTENCE)
        return (SENTENCE * (n // 2) + SENTENCE.replace("lazy", "sleepy") + SENTENCE * (n - n // 2 - 1)).encode()
    if name == "paras_100k":
        return "\n\n".join(f"Paragraph {i}." for i in range(100_000)).encode()
    if name == "paras_100k_edited":
        return "\n\n".join(f"Paragraph {i}." for i in range(100_000) if i != 54_321).encode()
    if name == "repeated_10k":
        return (SENTENCE * 10_000).encode()
    if name == "repeated_10k_edited":
        return (SENTENCE * 5_000 + SENTENCE.replace("brown", "red") + SENTENCE * 4_999).encode()
    if name == "html_20mb":
        para = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut. " * 10
        body = "".join(f"<p>{i} <b>{para}</b> {para * 4}</p>\n" for i in range(4_300))
        return f"<!DOCTYPE html><html><head><title>Big</title></head><body><article>{body}</article></body></html>".encode()
    if name == "html_20mb_edited":
        return big("html_20mb").replace(b"<p>2000 <b>Lorem", b"<p>2000 <b>Changed", 1)
    if name == "html_deep_10k":
        return b"<html><body>" + b"<div>" * 10_000 + b"deep" + b"</div>" * 10_000 + b"</body></html>"
    if name == "html_text_11mb":
        return b"<html><body><p>" + b"x" * 11 * MB + b"</p></body></html>"
    if name == "words_reversed_a":
        return " ".join(f"w{i}" for i in range(60_000)).encode()
    if name == "words_reversed_b":
        return " ".join(f"w{i}" for i in reversed(range(60_000))).encode()
    raise KeyError(name)


def lazy(name: str) -> Callable[[], bytes]:
    return lambda: big(name)


# ---------------------------------------------------------------- the case table

Check = Callable[[Result], object]
Data = bytes | str | Callable[[], bytes]


@dataclass(frozen=True)
class Case:
    original: Data
    revised: Data
    check: Check | None = None
    code: int = OK
    error: str = ""
    suffix: str = ".txt"
    args: tuple[str, ...] = ()
    report: bool = True
    """Also render the terminal report (skipped for the biggest inputs, to keep the suite fast)."""


def _bytes(d: Data) -> bytes:
    if callable(d):
        return d()
    return d.encode("utf-8") if isinstance(d, str) else d


def no_changes(r: Result) -> None:
    assert r.data["changes"] == [], r.data["changes"]


def kinds(*expected: str) -> Check:
    def check(r: Result) -> None:
        assert r.kinds() == list(expected), r.data["changes"]

    return check


def single_edit(old: str, new: str) -> Check:
    def check(r: Result) -> None:
        [ch] = r.changes()
        assert ch["kind"] == "edit" and ch["silent"] is True
        assert (ch["original"]["text"], ch["revised"]["text"]) == (old, new)

    return check


def both(*checks: Check) -> Check:
    def check(r: Result) -> None:
        for c in checks:
            c(r)

    return check


def encoding(name: str, *, warning: str | None = None) -> Check:
    def check(r: Result) -> None:
        assert r.data["revised"]["encoding"] == name
        if warning:
            assert any(warning in w for w in r.data["revised"]["warnings"]), r.data["revised"]["warnings"]

    return check


ANY = "(any date)"


def _first_note(expected_text: str) -> Check:
    def check(r: Result) -> None:
        assert r.data["annotations"][0]["text"] == expected_text

    return check


def note(expected_text: str, date: str | None = ANY) -> Check:
    def check(r: Result) -> None:
        [a] = r.data["annotations"]
        assert a["text"] == expected_text
        if date != ANY:
            assert a["date"] == date
        assert r.kinds() == ["annotation"]

    return check


UNICODE_TEXT = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve r\u00e9sum\u00e9.\n\nSecond paragraph, \u00a3 12."
CP1252_TEXT = "\u201cSmart\u201d quotes \u2014 and \u2018single\u2019 ones \u2026 cost \u20ac5.\n\nSecond line."
RTL = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u05d2\u05d3\u05d5\u05dc.\n\n\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u0627\u0644\u0643\u0628\u064a\u0631."
EMOJI = "We loved it \U0001F44D\U0001F3FB so much.\n\nThe family \U0001F468\u200d\U0001F469\u200d\U0001F467 came from \U0001F1EB\U0001F1F7 by train."
COMBINING = "The cafe\u0301 served cre\u0300me bru\u0302le\u0301e.\n\nThe s\u0323\u0307ign read e\u0301te\u0301."
CJK = "\u4eca\u65e5\u306f\u3068\u3066\u3082\u826f\u3044\u5929\u6c17\u3067\u3059\u306d\u3002\u660e\u65e5\u3082\u6674\u308c\u308b\u3067\u3057\u3087\u3046\u3002\n\n\u6771\u4eac\u90fd\u306e\u4eba\u53e3\u306f\u5897\u3048\u305f\u3002"
ANSI = "\x1b[31mRed alert\x1b[0m and \x1b]0;pwned title\x07 and \x1b[2J cleared.\n\nPlain paragraph \x1b[1mbold\x1b[0m."
RICH = "[bold red]Not markup[/bold red] and [link=https://evil.example]click[/link] :smile: \\[escaped].\n\nMore."
HTML_HOSTILE = """<html><head><title>T</title><style>p { color: red }</style>
<script>alert("script text")</script></head><body>
<p onclick="alert('handler')" onmouseover="steal()">First <a href="javascript:alert('link')">paragraph</a>.</p>
<img src=x onerror="alert('img')"><iframe src="javascript:alert(1)">frame text</iframe>
<p style="background:url(javascript:alert(2))">Second paragraph.</p><noscript>noscript text</noscript>
<svg><script>alert("svg")</script></svg></body></html>"""


def _only_text(r: Result) -> None:
    for word in ("alert", "script text", "handler", "javascript", "steal", "frame text", "noscript text", "color: red"):
        assert word not in r.b, word
    assert r.b == "First paragraph.\n\nSecond paragraph, edited."


CASES: dict[str, Case] = {
    # --- empty, blank, identical, different
    "empty-both": Case(b"", b"", no_changes),
    "empty-vs-text": Case(b"", ARTICLE, kinds("addition")),
    "text-vs-empty": Case(ARTICLE, b"", kinds("deletion")),
    "whitespace-only": Case(b"   \n\n\t \r\n  ", b"\n\n\n", no_changes),
    "identical": Case(ARTICLE, ARTICLE, no_changes, args=("--exit-code",)),
    "entirely-different": Case(ARTICLE, "Nothing in common at all.\n\nReally nothing.", code=DIFFER,
                               args=("--exit-code",)),
    "only-zero-width": Case(b"", "\u200b\u200b\ufeff\u2060", no_changes),
    # --- binary
    "binary-png": Case(ARTICLE, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
                       code=INPUT, error="binary"),
    "binary-nul-bytes": Case(ARTICLE, b"text\x00with\x00nul\x00bytes", code=INPUT, error="binary"),
    "binary-control-chars": Case(ARTICLE, bytes(range(1, 9)) * 200, code=INPUT, error="binary"),
    # --- encodings
    "utf8-bom": Case(UNICODE_TEXT, b"\xef\xbb\xbf" + UNICODE_TEXT.encode(), both(no_changes, encoding("utf-8-sig"))),
    "utf16-le-bom": Case(UNICODE_TEXT, b"\xff\xfe" + UNICODE_TEXT.encode("utf-16-le"),
                         both(no_changes, encoding("utf-16"))),
    "utf16-be-bom": Case(UNICODE_TEXT, b"\xfe\xff" + UNICODE_TEXT.encode("utf-16-be"),
                         both(no_changes, encoding("utf-16"))),
    "utf16-le-no-bom": Case(UNICODE_TEXT, UNICODE_TEXT.encode("utf-16-le"),
                            both(no_changes, encoding("utf-16-le", warning="no byte-order mark"))),
    "utf16-be-no-bom": Case(UNICODE_TEXT, UNICODE_TEXT.encode("utf-16-be"),
                            both(no_changes, encoding("utf-16-be", warning="no byte-order mark"))),
    "utf32-bom": Case(UNICODE_TEXT, UNICODE_TEXT.encode("utf-32"), both(no_changes, encoding("utf-32"))),
    "utf16-bom-invalid": Case(ARTICLE, b"\xff\xfe\x00\xd8", code=INPUT, error="invalid UTF-16"),
    "cp1252-smart-quotes": Case(CP1252_TEXT, CP1252_TEXT.encode("cp1252"),
                                both(no_changes, encoding("cp1252", warning="decoded as cp1252"))),
    "invalid-utf8-undecodable": Case(ARTICLE, b"Bad \xc3\x28 bytes \x81\x8d\x8f\x90\x9d here", code=INPUT,
                                     error="cannot decode"),
    "invalid-utf8-truncated": Case("Caf\u00e9 ends", b"Caf\xc3\xa9 ends\xe2\x80",
                                   both(encoding("cp1252", warning="decoded as cp1252"),
                                        lambda r: r.b == "Caf\u00c3\u00a9 ends\u00e2\u20ac")),
    # --- newlines
    "crlf": Case(ARTICLE, ARTICLE.replace("\n", "\r\n"), no_changes),
    "cr-only": Case(ARTICLE, ARTICLE.replace("\n", "\r"), no_changes),
    "mixed-newlines": Case(ARTICLE, ARTICLE.replace("\n\n", "\r\n\r", 1).replace("\n\n", "\n\r\n", 1), no_changes),
    "u2028-u2029": Case("One\ntwo.\n\nThree.", "One\u2028two.\u2029Three.", no_changes),
    # --- Unicode normalisation, invisible characters, scripts
    "nfc-vs-nfd": Case(unicodedata.normalize("NFC", UNICODE_TEXT), unicodedata.normalize("NFD", UNICODE_TEXT),
                       no_changes),
    "nbsp-and-zero-width": Case(ARTICLE, ARTICLE.replace(" ", "\u00a0", 5).replace("plan", "pl\u200ban\u2060", 1),
                                no_changes),
    "rtl-edit": Case(RTL, edited(RTL, "\u05d2\u05d3\u05d5\u05dc", "\u05e7\u05d8\u05df"),
                     single_edit("\u05d2\u05d3\u05d5\u05dc", "\u05e7\u05d8\u05df")),
    "bidi-overrides": Case(ARTICLE, edited(ARTICLE, "12 million", "\u202e21 noillim\u202c"), kinds("edit")),
    "emoji-skin-tone-edit": Case(EMOJI, edited(EMOJI, "\U0001F44D\U0001F3FB", "\U0001F44D\U0001F3FF"),
                                 single_edit("\U0001F44D\U0001F3FB", "\U0001F44D\U0001F3FF")),
    "emoji-zwj-family-edit": Case(EMOJI, edited(EMOJI, "\U0001F467", "\U0001F466"),
                                  single_edit("\U0001F468\u200d\U0001F469\u200d\U0001F467",
                                              "\U0001F468\u200d\U0001F469\u200d\U0001F466")),
    "emoji-flag-edit": Case(EMOJI, edited(EMOJI, "\U0001F1EB\U0001F1F7", "\U0001F1E9\U0001F1EA"),
                            single_edit("\U0001F1EB\U0001F1F7", "\U0001F1E9\U0001F1EA")),
    "combining-marks-edit": Case(COMBINING, edited(COMBINING, "bru\u0302le\u0301e", "bru\u0302le\u0301"),
                                 single_edit("bru\u0302le\u0301e", "bru\u0302le\u0301")),
    "combining-mark-only-change": Case(COMBINING, edited(COMBINING, "cre\u0300me", "cre\u0301me"),
                                       single_edit("cre\u0300me", "cre\u0301me")),
    "combining-mark-added": Case("The cafe is open.", "The cafe\u0301 is open.", single_edit("cafe", "cafe\u0301")),
    "emoji-modifier-added": Case("I like \U0001F44D it.", "I like \U0001F44D\U0001F3FD it.",
                                 single_edit("\U0001F44D", "\U0001F44D\U0001F3FD")),
    "cjk-no-spaces": Case(CJK, edited(CJK, "\u826f\u3044", "\u60aa\u3044"), kinds("edit")),
    # --- sizes
    "word-1mb": Case(lazy("word_1mb"), lazy("word_1mb_edited"), lambda r: _whole_word(r, MB), report=False),
    "line-5mb-one-edit": Case(lazy("line_5mb"), lazy("line_5mb_edited"),
                              both(single_edit("lazy", "sleepy"), lambda r: _at(r, len(big("line_5mb")) // 2)),
                              report=False),
    "paragraphs-100k-one-deleted": Case(
        lazy("paras_100k"), lazy("paras_100k_edited"),
        lambda r: [(c["kind"], c["original"]["text"]) for c in r.changes()] == [("deletion", "Paragraph 54321.")],
        report=False),
    "sentence-x10k-one-edit": Case(
        lazy("repeated_10k"), lazy("repeated_10k_edited"),
        both(single_edit("brown", "red"), lambda r: _at(r, 5_000 * len(SENTENCE) + SENTENCE.index("brown"), exact=True)),
        report=False),
    # --- brackets
    "open-paren-100k": Case(ARTICLE, ARTICLE + "\n\n" + "(" * 100_000, kinds("addition"), report=False),
    "open-square-100k": Case(ARTICLE, "[" * 100_000 + "\n\n" + ARTICLE, kinds("addition"), report=False),
    "brackets-nested-1000": Case(ARTICLE, ARTICLE + "\n\n" + "(" * 1000 + "Update: deep" + ")" * 1000,
                                 note("(" * 1000 + "Update: deep" + ")" * 1000)),
    # (a label opening a paragraph makes it a note even when its writer left the bracket open)
    "bracket-never-closed": Case(ARTICLE, ARTICLE + "\n\n(Update: this note never closes.\n\nNor here.",
                                 both(kinds("annotation", "addition"), _first_note("(Update: this note never closes."))),
    "bracket-closes-in-another-paragraph": Case(
        ARTICLE, edited(ARTICLE, "A final", "(Since then the council\n\nhas voted twice.)\n\nA final"),
        note("(Since then the council\n\nhas voted twice.)")),
    "bracket-closes-before-open": Case(ARTICLE, ARTICLE + "\n\n) stray ] closers ( and [ openers", kinds("addition")),
    # --- dates
    "impossible-date": Case(ARTICLE, ARTICLE + "\n\n(Update, 31 February 2017: the vote was annulled.)",
                            both(note("(Update, 31 February 2017: the vote was annulled.)"),
                                 lambda r: _not_impossible(r.data["annotations"][0]["date"]))),
    "ambiguous-date": Case(ARTICLE, ARTICLE + "\n\n[Update 05/07/17: the vote was annulled.]",
                           note("[Update 05/07/17: the vote was annulled.]", date=None)),
    "leap-day": Case(ARTICLE, ARTICLE + "\n\n(Update, 29 February 2016: approved.)",
                     note("(Update, 29 February 2016: approved.)", date="2016-02-29")),
    # --- terminal injection
    "rich-markup": Case(ARTICLE, ARTICLE + "\n\n" + RICH, kinds("addition")),
    "ansi-escapes": Case(ARTICLE, ARTICLE + "\n\n" + ANSI, kinds("addition")),
    "ansi-escapes-colour": Case(ARTICLE, ARTICLE + "\n\n" + ANSI, kinds("addition"), args=("--color",)),
    # --- HTML
    "html-script-style-handlers": Case(
        HTML_HOSTILE.replace("Second paragraph.", "Second paragraph, edited.").replace(", edited", ""),
        HTML_HOSTILE.replace("Second paragraph.", "Second paragraph, edited."), both(_only_text, kinds("addition")),
        suffix=".html"),
    "html-unclosed-comment": Case(
        "<p>Before.</p><p>Middle.</p>", "<p>Before.</p><!-- never closed <p>Middle.</p>",
        both(kinds("deletion"), encoding("utf-8", warning="never closed")), suffix=".html"),
    "html-doctype-entities": Case(
        "<p>x &amp; y</p>", '<!DOCTYPE html [<!ENTITY foo "bar">]><html><body><p>x &amp; y</p></body></html>',
        both(no_changes, lambda r: "]>" not in r.b), suffix=".html"),
    "html-xxe": Case(
        "<p>a b</p>",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>a &xxe; b</p>'
        "</body></html>",
        lambda r: ("root:" not in r.b and r.b == "a &xxe; b"), suffix=".html"),
    "html-billion-laughs": Case(
        "<p>&lol9;</p>",
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1 if i > 2 else "") + ";") * 10}">' for i in range(2, 10))
        + "]><html><body><p>&lol9;</p></body></html>",
        both(no_changes, lambda r: len(r.b) < 100), suffix=".html"),
    "html-nested-200": Case("<p>deep</p>", "<div>" * 200 + "deep" + "</div>" * 200, no_changes, suffix=".html"),
    "html-nested-10000": Case("<p>deep</p>", lazy("html_deep_10k"), code=LIMIT, error="--max-depth", suffix=".html"),
    "html-max-depth-flag": Case("<p>deep</p>", "<div>" * 60 + "deep" + "</div>" * 60, code=LIMIT,
                                error="deeper than 50 elements", suffix=".html", args=("--max-depth", "50")),
    "html-20mb": Case(lazy("html_20mb"), lazy("html_20mb_edited"), single_edit("Lorem", "Changed"), suffix=".html",
                      report=False),
    "html-text-run-over-parser-limit": Case("<p>x</p>", lazy("html_text_11mb"), code=LIMIT, error="--from text",
                                            suffix=".html"),
    "html-content-after-end": Case("<p>One.</p><p>Two.</p>", "<html><body><p>One.</p></body></html><p>Two.</p>",
                                   no_changes, suffix=".html"),
    "html-only-comment": Case("<p>x</p>", "<!-- nothing else -->", code=INPUT, error="cannot parse HTML",
                              suffix=".html"),
    "html-no-body-text": Case("<p>x</p>", "<html><body><nav>menu</nav><script>x()</script></body></html>",
                              code=INPUT, error="no body text", suffix=".html"),
    "html-control-chars-and-nul-refs": Case("<p>a b</p>", "<p>a&#0;&#1;&#x1b;[2J b</p>",
                                            lambda r: r.b == "a\ufffd\x01\x1b[2J b" and bool(r.changes()),
                                            suffix=".html"),
    # --- limits
    "max-size": Case(ARTICLE, ARTICLE, code=LIMIT, error="--max-size", args=("--max-size", "100")),
    "diff-timeout-reported": Case(lazy("words_reversed_a"), lazy("words_reversed_b"),
                                  lambda r: _limit_reported(r), args=("--timeout", "0.01"), report=False),
}


def _not_impossible(value: str | None) -> None:
    assert value is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value)
    assert value != "2017-02-31"


def _whole_word(r: Result, length: int) -> None:
    assert r.changes()
    for ch in r.changes():
        for side in ("original", "revised"):
            assert ch[side] is None or (ch[side]["start"], ch[side]["end"]) == (0, length)


def _at(r: Result, offset: int, *, exact: bool = False) -> None:
    [ch] = r.changes()
    starts = (ch["original"]["start"], ch["revised"]["start"])
    if exact:
        assert starts == (offset, offset)
    else:  # the edit is in the middle sentence
        assert all(abs(s - offset) < len(SENTENCE) for s in starts), (starts, offset)


def _limit_reported(r: Result) -> None:
    assert r.data["limits"] and "0.01s limit" in r.data["limits"][0], r.data["limits"]
    assert r.changes()  # a coarse result, still a result


def _fmt(case: Case) -> str | None:
    return case.args[case.args.index("--from") + 1] if "--from" in case.args else None


XFAIL: dict[str, pytest.MarkDecorator] = {}


@pytest.mark.parametrize("name", [pytest.param(n, marks=XFAIL.get(n, ())) for n in CASES])
def test_case(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    a, b = tmp_path / f"original{case.suffix}", tmp_path / f"revised{case.suffix}"
    a.write_bytes(_bytes(case.original))
    b.write_bytes(_bytes(case.revised))
    args = ["compare", str(a), str(b), *case.args]
    began = time.monotonic()
    run = cli(*args, "--format", "json")
    assert time.monotonic() - began < 30, "too slow: a hang in the making"
    if case.error or case.code not in (OK, DIFFER):
        assert_error(run.code, run.err, case.code, case.error, run.out)
        assert run.out == ""
        return
    assert run.code == case.code, run.err
    assert run.err == ""
    data = json.loads(run.out)
    assert (data["format"], data["version"]) == ("annotate.comparison", 1)
    result = Result(data, read_document(a, fmt=_fmt(case)).text, read_document(b, fmt=_fmt(case)).text, run.out)
    check_offsets(result)
    if case.check is not None:
        verdict: Any = case.check(result)
        assert verdict is None or verdict, name
    if case.report:
        report = cli(*args)
        assert report.code == case.code and report.err == ""
        _check_terminal(report.out, color="--color" in case.args)


def _check_terminal(out: str, *, color: bool) -> None:
    """No escape sequence from an input reaches the terminal; colour codes are plain SGR only."""
    if not color:
        assert "\x1b" not in out
    else:
        assert re.sub(r"\x1b\[[0-9;]*m", "", out).count("\x1b") == 0
    for raw in ("\x07", "\u202e", "\x00", "\x9b"):
        assert raw not in out


def test_there_are_at_least_fifty_named_cases() -> None:
    assert len(CASES) >= 50


def test_visible_escapes_in_the_terminal_report(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE)
    b.write_text(ARTICLE + "\n\n" + ANSI + "\n\n" + RICH)
    for color in ("--no-color", "--color"):
        out = cli("compare", str(a), str(b), color).out
        assert "\\x1b[31mRed alert" in out and "\\x1b]0;pwned title\\x07" in out
        assert "[bold red]Not markup[/bold red]" in out and "[link=https://evil.example]" in out


def test_bidi_override_is_shown_not_applied(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE)
    b.write_text(edited(ARTICLE, "12 million", "\u202e21 noillim\u202c"))
    out = cli("compare", str(a), str(b)).out
    assert "\\u202e21 noillim\\u202c" in out


def test_twenty_mb_html_fits_under_the_default_size_limit() -> None:
    assert 20 * MB <= len(big("html_20mb")) < 50 * 1024 * 1024


# ---------------------------------------------------------------- every output format on hostile content

HOSTILE_B = (edited(ARTICLE, "12 million", "\u202e21 noillim\u202c") + "\n\n" + ANSI + "\n\n" + RICH
             + '\n\n(Update, 5 July 2017: <script>alert(1)</script> <a href="javascript:x" onclick="y">z</a> '
               "]]> --> {++x++} \x08\x7f\x9b &amp;.)")


def _html_is_safe(page: str) -> None:
    from lxml import html as lhtml

    root = lhtml.document_fromstring(page)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in ((str(k), str(v)) for k, v in el.attrib.items()):
            assert not name.startswith("on"), name
            assert "javascript:" not in value.lower()
            if name in ("href", "src"):
                assert value.startswith("#"), value
    scripts = [el for el in root.iter("script")]
    assert len(scripts) <= 1 and all("alert(1)" not in (el.text or "") for el in scripts)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u202e]", page)


@pytest.mark.parametrize("out_format", ["json", "text", "html", "criticmarkup", "tei"])
def test_every_output_format_on_hostile_content(tmp_path: Path, out_format: str) -> None:
    from lxml import etree

    a = tmp_path / "original.txt"
    b = tmp_path / "<script>alert('name')<script>\x1b[2J.txt"
    a.write_text(ARTICLE)
    b.write_text(HOSTILE_B)
    run = cli("compare", str(a), str(b), "--format", out_format)
    assert run.code == OK and run.err == "", run.err
    out = run.out
    if out_format == "json":
        data = json.loads(out)
        assert data["revised"]["source"] == str(b)
    elif out_format == "html":
        _html_is_safe(out)
        assert "<script>alert('name')" not in out and "<script>alert(1)" not in out
    elif out_format == "tei":
        root = etree.fromstring(out.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
        assert "alert(1)" in "".join(str(t) for t in root.itertext())
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x1b\u202e]", out)
    else:
        assert "\x1b" not in out and "\u202e" not in out and "\x00" not in out
    html_cmd = cli("html", str(a), str(b))
    assert html_cmd.code == OK and html_cmd.err == ""
    _html_is_safe(html_cmd.out)


def test_html_command_limits_and_output_guard(tmp_path: Path) -> None:
    a, deep = tmp_path / "a.html", tmp_path / "deep.html"
    a.write_text("<p>deep</p>")
    deep.write_bytes(b"<div>" * 1000 + b"deep")
    run = cli("html", str(a), str(deep))
    assert_error(run.code, run.err, LIMIT, "--max-depth", run.out)
    before = a.read_bytes()
    run = cli("html", str(a), str(a), "-o", str(a))
    assert_error(run.code, run.err, INPUT, "refusing to overwrite", run.out)
    assert a.read_bytes() == before


# ---------------------------------------------------------------- the other commands


@pytest.mark.parametrize(
    ("command", "data", "suffix", "code", "fragment"),
    [
        pytest.param("notes", b"\x89PNG\r\n\x1a\n\x00\x00", ".txt", INPUT, "binary", id="notes-binary"),
        pytest.param("strip", b"\x89PNG\r\n\x1a\n\x00\x00", ".txt", INPUT, "binary", id="strip-binary"),
        pytest.param("text", b"\x89PNG\r\n\x1a\n\x00\x00", ".txt", INPUT, "binary", id="text-binary"),
        pytest.param("notes", b"<div>" * 300, ".html", LIMIT, "--max-depth", id="notes-deep-html"),
        pytest.param("strip", b"<div>" * 300, ".html", LIMIT, "--max-depth", id="strip-deep-html"),
        pytest.param("text", b"<div>" * 300, ".html", LIMIT, "--max-depth", id="text-deep-html"),
        pytest.param("text", b"x" * 200, ".txt", LIMIT, "--max-size", id="text-max-size"),
    ],
)
def test_other_commands_reject_cleanly(tmp_path: Path, command: str, data: bytes, suffix: str, code: int,
                                       fragment: str) -> None:
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    args = [command, str(path)] + (["--max-size", "100"] if fragment == "--max-size" else [])
    run = cli(*args)
    assert_error(run.code, run.err, code, fragment, run.out)


@pytest.mark.parametrize("command", ["notes", "strip", "text"])
def test_other_commands_never_send_escapes_from_the_input(tmp_path: Path, command: str) -> None:
    path = tmp_path / "in.txt"
    path.write_text(ARTICLE + "\n\n(Update: \x1b]0;pwned\x07 \x1b[2J done.)\n\n" + RICH)
    run = cli(command, str(path))
    assert run.code == OK and run.err == ""
    if command == "notes":
        assert "\x1b" not in run.out and "\\x1b]0;pwned\\x07" in run.out
    else:  # strip and text print the document's own text: that is their job
        assert "[bold red]Not markup[/bold red]" in run.out


def test_html_text_command_drops_scripts_and_handlers(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(HTML_HOSTILE)
    run = cli("text", str(path))
    assert (run.code, run.out) == (OK, "First paragraph.\n\nSecond paragraph.\n")


# ---------------------------------------------------------------- files, paths, output


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "original.txt", tmp_path / "revised.txt"
    a.write_text(ARTICLE)
    b.write_text(edited(ARTICLE, "12 million", "15 million") + "\n\n(Update, 5 July 2017: approved.)")
    return a, b


def test_missing_file(pair: tuple[Path, Path], tmp_path: Path) -> None:
    run = cli("compare", str(pair[0]), str(tmp_path / "missing.txt"))
    assert_error(run.code, run.err, INPUT, "no such file", run.out)


def test_directory(pair: tuple[Path, Path], tmp_path: Path) -> None:
    run = cli("compare", str(tmp_path), str(pair[1]))
    assert_error(run.code, run.err, INPUT, "is a directory", run.out)


def _loop(d: Path) -> str:
    (d / "loop").symlink_to(d / "loop")
    return str(d / "loop")


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        pytest.param(_loop, "symbolic links", id="symlink-loop"),
        pytest.param(lambda d: str(d / "original.txt" / "inside"), "not a directory", id="file-as-directory"),
        pytest.param(lambda d: str(d / ("x" * 5000)), "", id="name-too-long"),
        pytest.param(lambda d: os.devnull, "not a regular file", id="character-device"),
        pytest.param(lambda d: str(d / "dangling"), "no such file", id="dangling-symlink"),
    ],
)
def test_odd_paths(pair: tuple[Path, Path], tmp_path: Path, make: Callable[[Path], str], fragment: str) -> None:
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    run = cli("compare", str(pair[0]), make(tmp_path))
    assert_error(run.code, run.err, INPUT, fragment, run.out)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_hanging(pair: tuple[Path, Path], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    done = proc("compare", str(pair[0]), str(fifo), timeout=TIMEOUT)  # nobody ever writes to it
    assert_error(done.returncode, done.stderr.decode(), INPUT, "not a regular file")


def test_unreadable_file_real_permissions(pair: tuple[Path, Path]) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() == 0:
        pytest.skip("running as root: permissions do not block reads (see the simulated case)")
    pair[1].chmod(0)
    try:
        done = proc("compare", str(pair[0]), str(pair[1]))
        assert_error(done.returncode, done.stderr.decode(), INPUT, "permission denied")
    finally:
        pair[1].chmod(0o644)


def test_unreadable_file_simulated(pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def deny(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path) == str(pair[1]):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    run = cli("compare", str(pair[0]), str(pair[1]))
    assert_error(run.code, run.err, INPUT, "permission denied", run.out)


def test_file_name_with_script_tag_and_newlines(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    odd = tmp_path / "<script>alert(1)<script>\nline two\r\n.txt"
    odd.write_bytes(pair[1].read_bytes())
    run = cli("compare", str(pair[0]), str(odd), "--format", "json")
    assert run.code == OK
    assert json.loads(run.out)["revised"]["source"] == str(odd)
    missing = cli("compare", str(pair[0]), str(odd) + "\nannotate: error: forged")
    assert_error(missing.code, missing.err, INPUT, "no such file", missing.out)
    assert "forged" in missing.err  # on the same, single line


def test_undecodable_file_name(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    if sys.platform == "darwin":
        pytest.skip("macOS file systems refuse undecodable names")
    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9\xff.txt")
    with open(odd, "wb") as fh:
        fh.write(pair[1].read_bytes())
    done = proc("compare", str(pair[0]), os.fsdecode(odd), "--format", "json")
    assert done.returncode == OK, done.stderr
    data = json.loads(done.stdout.decode("utf-8"))  # valid UTF-8, valid JSON
    assert data["revised"]["source"].endswith("caf\\xe9\\xff.txt")
    text = proc("compare", str(pair[0]), os.fsdecode(odd))
    assert text.returncode == OK and b"caf\\xe9\\xff.txt" in text.stdout


@pytest.mark.parametrize("which", [0, 1])
def test_output_path_equal_to_an_input(pair: tuple[Path, Path], which: int) -> None:
    before = pair[which].read_bytes()
    run = cli("compare", str(pair[0]), str(pair[1]), "-o", str(pair[which]))
    assert_error(run.code, run.err, INPUT, "refusing to overwrite", run.out)
    assert pair[which].read_bytes() == before


def test_output_path_is_a_link_to_an_input(pair: tuple[Path, Path], tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(pair[1])
    hard = tmp_path / "hard.json"
    os.link(pair[1], hard)
    before = pair[1].read_bytes()
    for target in (link, hard):
        run = cli("compare", str(pair[0]), str(pair[1]), "-o", str(target))
        assert_error(run.code, run.err, INPUT, "refusing to overwrite", run.out)
    assert pair[1].read_bytes() == before


@pytest.mark.parametrize(
    ("target", "fragment"),
    [("missing-dir/report.txt", "does not exist"), (".", "is a directory")],
    ids=["output-in-missing-directory", "output-is-a-directory"],
)
def test_bad_output_paths(pair: tuple[Path, Path], tmp_path: Path, target: str, fragment: str) -> None:
    run = cli("compare", str(pair[0]), str(pair[1]), "-o", str(tmp_path / target))
    assert_error(run.code, run.err, INPUT, fragment, run.out)
    assert not list(tmp_path.rglob(".annotate-*"))


def test_output_file_is_written_atomically(pair: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    out.write_text("old")
    assert cli("compare", str(pair[0]), str(pair[1]), "--format", "json", "-o", str(out)).code == OK
    assert json.loads(out.read_text())["summary"]["annotations"] == 1
    assert not list(tmp_path.glob(".annotate-*"))


# ---------------------------------------------------------------- usage, internal errors


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("compare", "a.txt"), id="missing-argument"),
        pytest.param(("compare", "a.txt", "b.txt", "--format", "yaml"), id="bad-choice"),
        pytest.param(("compare", "a.txt", "b.txt", "--max-depth", "1000"), id="max-depth-over-parser-limit"),
        pytest.param(("compare", "a.txt", "b.txt", "--max-depth", "0"), id="max-depth-zero"),
        pytest.param(("compare", "a.txt", "b.txt", "--max-size", "0"), id="max-size-zero"),
        pytest.param(("compare", "a.txt", "b.txt", "--timeout", "-1"), id="negative-timeout"),
        pytest.param(("compare", "-", "-"), id="stdin-twice"),
        pytest.param(("frobnicate",), id="unknown-command"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    run = cli(*args)
    assert run.code == USAGE, run.err
    assert "Traceback" not in run.err + run.out


@pytest.mark.parametrize(
    ("exc", "code", "fragment"),
    [
        (RuntimeError("boom\nsecond line"), INTERNAL, "internal error"),
        (RecursionError("deep"), LIMIT, "nested too deeply"),
        (MemoryError(), LIMIT, "out of memory"),
        (KeyboardInterrupt(), 130, "interrupted"),
        (OSError(5, "Input/output error"), INPUT, "input/output error"),
    ],
    ids=["internal", "recursion", "memory", "interrupt", "io-error"],
)
def test_unexpected_errors_are_one_line(pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                                        exc: BaseException, code: int, fragment: str) -> None:
    def explode(*args: Any, **kwargs: Any) -> Any:
        raise exc

    monkeypatch.setattr(sys.modules["annotate.compare"], "compare", explode)
    run = cli("compare", str(pair[0]), str(pair[1]))
    assert_error(run.code, run.err, code, fragment, run.out)


def test_library_raises_only_annotate_errors(tmp_path: Path) -> None:
    for source in (tmp_path / "missing", tmp_path, b"\x00\x01\x02", b"<div>" * 300):
        with pytest.raises(AnnotateError):
            annotate.compare("x", source, fmt="html" if source == b"<div>" * 300 else None)
    assert DEFAULT_MAX_DEPTH == __import__("annotate.read.html").read.html.PARSER_MAX_DEPTH


# ---------------------------------------------------------------- real processes


def test_stdin_input_and_its_size_limit(pair: tuple[Path, Path]) -> None:
    done = proc("compare", str(pair[0]), "-", "--format", "json", input=pair[1].read_bytes())
    assert done.returncode == OK and json.loads(done.stdout)["revised"]["source"] == "-"
    done = proc("compare", str(pair[0]), "-", "--max-size", "64", input=b"x" * 100_000)
    assert_error(done.returncode, done.stderr.decode(), LIMIT, "--max-size")
    done = proc("compare", str(pair[0]), "-", input=b"\x89PNG\r\n\x1a\n\x00\x00")
    assert_error(done.returncode, done.stderr.decode(), INPUT, "binary")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell")
def test_closed_stdin(pair: tuple[Path, Path]) -> None:
    done = subprocess.run(["sh", "-c", '"$0" -m annotate compare "$1" - <&-', sys.executable, str(pair[0])],
                          capture_output=True, timeout=TIMEOUT)
    assert_error(done.returncode, done.stderr.decode(), INPUT, "cannot read stdin")


def test_output_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    paras = [f"Paragraph {i} about {w} and {w}s." for i, w in enumerate(["tides", "trams", "taxes", "tolls"] * 6)]
    a.write_text("\n\n".join(paras))
    moved = paras[5:] + paras[:5]
    moved[3] = moved[3].replace("about", "concerning")
    b.write_text("\n\n".join([*moved, "(Update, 5 July 2017: figures checked.)", "[Editor's note: moved.]"]))
    outputs = set()
    for seed in ("0", "1", "12345"):
        for fmt in ("json", "text"):
            done = proc("compare", str(a), str(b), "--format", fmt, env={"PYTHONHASHSEED": seed})
            assert done.returncode == OK, done.stderr
            outputs.add((fmt, done.stdout))
    assert len(outputs) == 2  # one JSON and one text output, whatever the seed


def test_closed_pipe_is_quiet(pair: tuple[Path, Path], tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join(f"Paragraph {i} with several words in it." for i in range(40_000)))
    with subprocess.Popen([sys.executable, "-m", "annotate", "text", str(long)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
        assert p.stdout is not None and p.stderr is not None
        p.stdout.read(10)
        p.stdout.close()
        err = p.stderr.read()
        code = p.wait(timeout=TIMEOUT)
    assert code == OK and err == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_full_disk_on_stdout(pair: tuple[Path, Path]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "annotate", "compare", str(pair[0]), str(pair[1])],
                              stdout=full, stderr=subprocess.PIPE, timeout=TIMEOUT)
    assert_error(done.returncode, done.stderr.decode(), INPUT, "no space left")


def _wait_until_reading_stdin(pid: int) -> None:
    """Until the process blocks on its stdin pipe (Linux: /proc/PID/wchan), else 2 s."""
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        time.sleep(2.0)
        return
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline and "pipe" not in wchan.read_text():
        time.sleep(0.05)
    time.sleep(0.1)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_interrupt_is_one_line_and_130(pair: tuple[Path, Path]) -> None:
    with subprocess.Popen([sys.executable, "-m", "annotate", "compare", str(pair[0]), "-"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          preexec_fn=default_sigint) as p:
        _wait_until_reading_stdin(p.pid)
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=TIMEOUT)
    assert_error(p.returncode, err.decode(), 130, "interrupted")


# ---------------------------------------------------------------- engine bugs found by this suite (fixed; kept as regressions)


def test_zwj_emoji_sequence_is_never_split() -> None:
    family = "\U0001F468\u200d\U0001F469\u200d"
    c = annotate.compare(f"The family {family}\U0001F467 came.", f"The family {family}\U0001F466 came.")
    [ch] = c.changes
    assert ch.original is not None and ch.original.text == family + "\U0001F467"


@pytest.mark.parametrize("day", ["9999-12-31", "0000-01-01"])
def test_relative_date_at_the_edge_of_the_calendar(tmp_path: Path, day: str) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Body text here.\n\nMore body.")
    b.write_text(f"Reposted. This article was first published on {day}, exactly one year ago.\n\nBody text here.\n\nMore body.")
    run = cli("compare", str(a), str(b), "--format", "json")
    assert run.code == OK, run.err


def test_memory_shapes_are_refused_early_not_killed(tmp_path: Path) -> None:
    """Issue 13: a text of very many tiny paragraphs and a page of millions of tiny elements
    end in exit 4 with a clear message, quickly, instead of gigabytes and the OOM killer."""
    tiny = tmp_path / "tiny.txt"
    tiny.write_text("a\n\n" * 400_000, encoding="utf-8")
    run = cli("compare", str(tiny), str(tiny))
    assert_error(run.code, run.err, LIMIT, "paragraphs averaging", run.out)
    dense = tmp_path / "dense.html"
    dense.write_text("<html><body>" + "<i>a</i>" * 1_100_000 + "</body></html>", encoding="utf-8")
    run = cli("text", str(dense))
    assert_error(run.code, run.err, LIMIT, "elements", run.out)
