"""Dates in prose and metadata; relative phrases."""

from __future__ import annotations

import pytest

from annotate.dates import find_dates, parse_iso
from annotate.relative_dates import find_relative, shift


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("first published on 5th July 2016", "2016-07-05", "day"),
        ("UPDATE 2 (July 14, 2017):", "2017-07-14", "day"),
        ("Updated 5 July 2017:", "2017-07-05", "day"),
        ("on 2017-07-05 at noon", "2017-07-05", "day"),
        ("5 Jul. 2017", "2017-07-05", "day"),
        ("the 1st of September, 2019", "2019-09-01", "day"),
        ("Sept. 3rd, 2018", "2018-09-03", "day"),
        ("25/07/2017", "2017-07-25", "day"),
        ("07/25/2017", "2017-07-25", "day"),
        ("in July 2017", "2017-07", "month"),
        ("29 February 2020", "2020-02-29", "day"),
        ("UPDATE (Febuary 2016):", "2016-02", "month"),  # the usual misspelling (pypy.org)
    ],
)
def test_common_english_forms(text: str, value: str, precision: str) -> None:
    found = find_dates(text)
    assert [(f.value, f.precision) for f in found] == [(value, precision)]


@pytest.mark.parametrize("text", ["31 February 2017", "05/07/17", "05/07/2017", "2017-13-01", "29 February 2019", "May I go?"])
def test_impossible_and_ambiguous_dates_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_bare_years_only_when_asked() -> None:
    assert find_dates("back in 2013 levels") == []
    assert [f.value for f in find_dates("Update (2017):", years=True)] == ["2017"]


def test_metadata_values() -> None:
    assert parse_iso("2017-07-05T10:00:00+01:00") is not None
    assert parse_iso("2017-02-30") is None
    found = parse_iso("2017-07")
    assert found is not None and found.precision == "month"
    assert parse_iso("yesterday") is None


def test_relative_phrases() -> None:
    [rel] = find_relative("an article I wrote exactly a year ago.")
    assert (rel.amount, rel.unit, rel.exact) == (1, "year", True)
    [rel] = find_relative("some two months ago")
    assert (rel.amount, rel.unit, rel.exact) == (2, "month", False)
    assert find_relative("a year of plenty") == []


def test_shift() -> None:
    assert shift("2016-02-29", 1, "year") == "2017-02-28"
    assert shift("2016-07-05", 3, "week") == "2016-07-26"
    assert shift("2016-11-30", 3, "month") == "2017-02-28"


def test_scanning_is_linear_on_hostile_text() -> None:
    text = "5 " * 50_000 + "July " * 50_000
    assert find_dates(text) == []


@pytest.mark.parametrize("value", ["99999-99-99", "12345", "0000", "0000-01-01", "2017-7-5", "2017-13-01"])
def test_malformed_metadata_dates_are_not_truncated_into_other_dates(value: str) -> None:
    from annotate.dates import parse_iso

    assert parse_iso(value) is None


def test_bytes_like_sources_and_bad_options() -> None:
    import annotate

    c = annotate.compare(bytearray(b"It was 5 km.\n\nEnd."), memoryview(b"It was 7 km.\n\nEnd."))
    assert [(ch.kind, ch.revised.text if ch.revised else None) for ch in c.changes] == [("edit", "7")]
    for bad in ({"max_depth": 0}, {"max_bytes": 0}, {"diff_timeout": float("nan")}, {"workers": 0}):
        with pytest.raises(ValueError, match="Options"):
            annotate.Options(**bad)  # type: ignore[arg-type]
