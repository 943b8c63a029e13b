"""Shared fixtures: paths to the project's samples and (when present) ../shared/."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The ../shared/ folder with real version pairs; the test is skipped where it is absent."""
    if not (SHARED / "seed" / "republished-2017.txt").is_file():
        pytest.skip("../shared/ is not present here")
    return SHARED


@pytest.fixture
def samples() -> Path:
    """The project's own sample article pairs."""
    return SAMPLES
