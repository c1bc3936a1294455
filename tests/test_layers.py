"""The rooms of the house and the one-way arrows between them, checked on the source with
`ast` (imports inside functions included):

    models  <-  spiders  <-  pipeline/crawl  <-  process  <-  merge  <-  alert  <-  runner, demo  <-  cli

models imports nothing of newsmon; spiders imports models only; a stage never imports a
later stage, the runner, the demo or the command line; bench and the package never import tests.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"models": "newsmon.models", "spiders": "newsmon.spiders", "pipeline": "newsmon.pipeline"}
STAGES = ("crawl", "process", "merge", "alert")
ABOVE_STAGES = ("runner", "demo", "cli")  # what chains or calls the stages


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    name = ".".join([FOLDERS.get(parts[0], parts[0]), *parts[1:]])
    return name.removesuffix(".__init__")


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth, relative imports made absolute."""
    package = module_name(path).rsplit(".", 1)[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                names.add(".".join(filter(None, [base, node.module])))
            elif node.module != "__future__":
                names.add(node.module)
    return names


def imports_of(folder: str) -> dict[str, set[str]]:
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}/"
    return {str(f.relative_to(ROOT)): imported_modules(f) for f in files}


def room(module: str) -> str | None:
    """The room of a newsmon.pipeline module: a stage, runner, demo, cli, or a shared module."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["newsmon", "pipeline"] else None


def offenders(folder: str, allowed) -> dict[str, list[str]]:
    found = {}
    for name, modules in imports_of(folder).items():
        bad = sorted(m for m in modules if not allowed(name, m))
        if bad:
            found[name] = bad
    return found


def test_walker_sees_imports_inside_functions():
    # the stage commands import their stage inside the command function
    assert "newsmon.pipeline.runner" in imported_modules(ROOT / "pipeline" / "cli" / "main.py")
    assert module_name(ROOT / "pipeline" / "merge" / "stage.py") == "newsmon.pipeline.merge.stage"


def test_models_import_only_the_standard_library_and_sqlite_utils():
    allowed = set(sys.stdlib_module_names) | {"sqlite_utils"}
    assert offenders("models", lambda _, m: m.startswith("newsmon.models") or m.split(".")[0] in allowed) == {}


@pytest.mark.parametrize("forbidden", ["newsmon.pipeline", "trafilatura", "spacy", "sqlite_utils", "sqlite3", "tests"])
def test_spiders_never_import(forbidden):
    assert offenders("spiders", lambda _, m: not (m == forbidden or m.startswith(forbidden + "."))) == {}


def test_a_stage_never_imports_a_later_stage_the_runner_the_demo_or_the_cli():
    def allowed(path: str, module: str) -> bool:
        mine, theirs = room(module_name(ROOT / path)), room(module)
        if theirs is None or mine == theirs:
            return True
        if mine in STAGES:
            return theirs not in ABOVE_STAGES and (theirs not in STAGES or STAGES.index(theirs) < STAGES.index(mine))
        if mine in ABOVE_STAGES:
            return theirs != "cli"  # the runner and the demo never reach up into the command line
        return theirs not in STAGES and theirs not in ABOVE_STAGES  # config, runlock, serve: below every stage

    assert offenders("pipeline", allowed) == {}


def test_the_package_and_the_benches_never_import_tests():
    for folder in ("models", "spiders", "pipeline", "bench"):
        assert offenders(folder, lambda _, m: m.split(".")[0] != "tests") == {}, folder


def test_every_import_of_newsmon_is_under_the_newsmon_namespace():
    # a bare `import pipeline` works from a checkout but not from an installed copy
    for folder in ("models", "spiders", "pipeline", "bench", "tests"):
        bare = offenders(folder, lambda _, m: m.split(".")[0] not in FOLDERS)
        assert bare == {}, folder
