"""The shape of the package, kept by tests (see docs/architecture.md).

* The engine (everything but ``annotate.cli``, ``annotate.render`` and the services
  that write reports: ``annotate.batch``) imports neither click, Textual, Rich nor
  a renderer or the CLI — checked on the source, every import statement, including
  the ones inside functions.
* Renderers never import the CLI or the TUI; only ``annotate._parallel`` knows about
  processes (``os.fork``, pipes).
* Every module stays small enough to read (400 lines at most) and says why it exists.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "annotate"
TUI = PACKAGE.parent / "tui"
FRONT_ENDS = ("annotate.cli", "annotate.render", "annotate.batch", "annotate.__main__")
UI_LIBRARIES = ("click", "textual", "rich", "tui")


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


MODULES = sorted(PACKAGE.rglob("*.py"))
ENGINE = [p for p in MODULES if not _within(_module(p), FRONT_ENDS)]


def test_the_engine_is_most_of_the_package() -> None:
    names = {_module(p) for p in ENGINE}
    assert {"annotate.compare", "annotate.classify", "annotate.read", "annotate._parallel", "annotate.labels"} <= names
    assert not names & {"annotate.cli", "annotate.render", "annotate.render.html"}


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: _module(p))
def test_engine_imports_no_front_end(path: Path) -> None:
    bad = sorted(m for m in _imports(path) if _within(m, (*UI_LIBRARIES, "annotate.cli", "annotate.render")))
    assert not bad, f"{_module(path)} imports {bad}"


@pytest.mark.parametrize("path", [p for p in MODULES if _within(_module(p), ("annotate.render",))], ids=lambda p: _module(p))
def test_renderers_import_no_cli_and_no_ui(path: Path) -> None:
    bad = sorted(m for m in _imports(path) if _within(m, (*UI_LIBRARIES, "annotate.cli")))
    assert not bad, f"{_module(path)} imports {bad}"


def test_only_the_parallel_package_knows_about_processes() -> None:
    forking = sorted(
        _module(p) for p in MODULES
        if "os.fork" in p.read_text(encoding="utf-8") or "os.pipe" in p.read_text(encoding="utf-8")
    )
    assert forking and all(m.startswith("annotate._parallel") for m in forking), forking


@pytest.mark.parametrize("path", MODULES + sorted(TUI.glob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_every_module_is_small_and_says_why_it_exists(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 400, f"{path.name}: {len(text.splitlines())} lines"
    assert ast.get_docstring(ast.parse(text)), f"{path.name} has no docstring"


def test_a_folder_named_annotate_in_the_working_directory_never_shadows_the_package(tmp_path: Path) -> None:
    """Running Python from the folder above a clone (``./annotate/`` is then the clone,
    with no ``__init__.py``) still imports the installed package, not a namespace package."""
    import subprocess
    import sys

    (tmp_path / "annotate").mkdir()
    (tmp_path / "annotate" / "README.md").write_text("a clone's root\n")
    code = "import annotate; print(callable(getattr(annotate, 'compare', None)), annotate.__version__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.startswith("True "), out.stderr


def test_one_version_source() -> None:
    from importlib.metadata import version

    import annotate
    from annotate.cli import main

    assert annotate.__version__ == version("annotate")
    from click.testing import CliRunner

    assert CliRunner().invoke(main, ["--version"]).output.strip().endswith(version("annotate"))
