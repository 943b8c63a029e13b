"""The README's library example runs and prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_library_example() -> None:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", text, re.DOTALL)
    assert block is not None
    code = block.group(1)
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    runnable = "\n".join(line for line in code.splitlines() if "republished.txt" not in line)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(runnable, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected
