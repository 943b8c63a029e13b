"""Dates in prose and metadata; relative phrases."""

from __future__ import annotations

import pytest

from annotate.dates import find_dates, find_relative, parse_iso, shift


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
