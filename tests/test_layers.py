"""The import arrows of STYLE.md, checked on the source with `ast` (imports inside
functions included): models <- spiders, models <- pipeline; nothing imports tests."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("models", "spiders", "pipeline")


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth, relative imports made absolute."""
    package = path.parent.name
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from . import x / from .x import y stays in the package
                names.add(".".join(filter(None, [package, node.module])))
            elif node.module != "__future__":
                names.add(node.module)
    return names


def top_levels(package: str) -> dict[str, set[str]]:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no Python files under {package}/"
    return {str(f.relative_to(ROOT)): {m.removeprefix("newsmon.").split(".")[0] for m in imported_modules(f)} for f in files}


def offenders(package: str, allowed) -> dict[str, list[str]]:
    found = {}
    for name, tops in top_levels(package).items():
        bad = sorted(t for t in tops if not allowed(t))
        if bad:
            found[name] = bad
    return found


def test_walker_sees_imports_inside_functions():
    # pipeline/cli.py imports the crawl stage inside its command function
    assert "newsmon.pipeline.crawl" in imported_modules(ROOT / "pipeline" / "cli.py")


def test_models_import_only_the_standard_library_and_sqlite_utils():
    allowed = set(sys.stdlib_module_names) | {"models", "sqlite_utils"}
    assert offenders("models", lambda top: top in allowed) == {}


@pytest.mark.parametrize("forbidden", ["pipeline", "trafilatura", "spacy", "sqlite_utils", "sqlite3", "tests"])
def test_spiders_never_import(forbidden):
    assert offenders("spiders", lambda top: top != forbidden) == {}


def test_pipeline_never_imports_tests():
    assert offenders("pipeline", lambda top: top != "tests") == {}
