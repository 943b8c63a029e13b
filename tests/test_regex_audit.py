"""Every regular expression of the package, run on adversarial inputs under a time bound.

Catastrophic backtracking hides in patterns that look bounded (a DOCTYPE-subset pattern
once ran for minutes on 1.5 KB). Each module-level compiled pattern of ``annotate`` is run
(``search`` and ``finditer``) on inputs made from its own literals: long repetitions of each
literal word and character, of its bracket and quote characters, runs with the match's end
left off, and so on. A pattern that needs more than the bound on any of them fails."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import annotate

BOUND_SECONDS = 1.0
SIZE = 10_000


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.iter_modules(annotate.__path__, "annotate."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _patterns()


def _inputs(pattern: str) -> list[str]:
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", pattern)))[:40]
    chars = sorted({c for c in pattern if not c.isalnum() and not c.isspace()} | set("<>-!:[]()*_#\n ."))
    out = [c * SIZE for c in chars]
    out += [(w + " ") * (SIZE // (len(w) + 1)) for w in words]
    out += [(w + ":") * (SIZE // (len(w) + 1)) for w in words[:10]]
    out += [" ".join(words) * 50, "<!---->" * 2000 + "<!DOCTYPE html [" + "x" * 2000, "a" * SIZE + "!"]
    out += ["1" * SIZE, "12:30 " * 3000, "5 July " * 3000 + "x", ("Update (" * 2000) + "2017"]
    return out


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_enough(name: str, pattern: re.Pattern[str]) -> None:
    for text in _inputs(pattern.pattern):
        start = time.perf_counter()
        pattern.search(text)
        for _ in zip(range(10_000), pattern.finditer(text), strict=False):
            pass
        elapsed = time.perf_counter() - start
        assert elapsed < BOUND_SECONDS, f"{name} took {elapsed:.1f}s on {text[:40]!r}… ({len(text)} chars)"


def test_every_module_was_audited() -> None:
    assert len(PATTERNS) >= 40
