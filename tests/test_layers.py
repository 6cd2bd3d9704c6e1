"""The top-level packages import one way only, read from the source (ast; nothing is imported).

Allowed direction, lowest first (a package may import those before it, never those after):

    checklist  the domain: items, evaluation, statuses; pure (no I/O, no clock: as_of is a parameter)
    reports    the report's shape (oit-report/1), every renderer of it, and the one clock
               (reports/clock.py: "today" in Thai time)
    crawler    the Scrapy crawl engine: spider, middlewares, pipelines, the crawl process, and the
               store it writes and evaluates from (what a Scrapyd node runs)
    oit        the application over the engine: the CLI, audits, reports of stored runs, history,
               alerts, the schedule, the web app, Scrapyd dispatch, the demo
    corpus     the real-site measurement, over all of the above

So reports/ never imports crawler/ (what needs the store, oit/report.py, lives above it) and the
engine never imports the application.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("checklist", "reports", "crawler", "oit", "corpus")


def _imported_packages(path: Path) -> set[str]:
    """Top-level packages this file imports, anywhere in it (function bodies and TYPE_CHECKING too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & set(LAYERS)


def package_graph(root: Path = ROOT) -> dict[str, dict[str, list[str]]]:
    """package -> imported package -> the files (relative) that import it."""
    graph: dict[str, dict[str, list[str]]] = {p: {} for p in LAYERS}
    for package in LAYERS:
        for path in sorted((root / package).rglob("*.py")):
            if "demo/sites" in path.as_posix():
                continue  # sample websites' files, not the product's code
            for target in _imported_packages(path) - {package}:
                graph[package].setdefault(target, []).append(str(path.relative_to(root)))
    return graph


def cycles(graph: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """Every elementary cycle through the graph's nodes, each once (small graphs only)."""
    found: list[list[str]] = []

    def walk(start: str, node: str, path: list[str]) -> None:
        for nxt in graph.get(node, {}):
            if nxt == start:
                found.append([*path, start])
            elif nxt not in path and LAYERS.index(nxt) > LAYERS.index(start):
                walk(start, nxt, [*path, nxt])

    for start in LAYERS:
        walk(start, start, [start])
    return found


def test_no_cycle_between_top_level_packages() -> None:
    assert cycles(package_graph()) == []


def test_every_import_goes_down_the_layers() -> None:
    upward = {
        f"{package} -> {target}": files
        for package, targets in package_graph().items()
        for target, files in targets.items()
        if LAYERS.index(target) > LAYERS.index(package)
    }
    assert upward == {}


def test_the_checker_sees_a_cycle_and_a_lazy_import(tmp_path: Path) -> None:
    # A cycle made only by an import inside a function still counts: it is one at run time.
    for package, source in {
        "checklist": "X = 1\n",
        "reports": "from checklist import X\n",
        "crawler": "import reports.build\n",
        "oit": "",
        "corpus": "",
    }.items():
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text(source, encoding="utf-8")
    (tmp_path / "reports" / "late.py").write_text(
        "def f():\n    from crawler import cli\n", encoding="utf-8"
    )
    graph = package_graph(tmp_path)
    assert graph["reports"] == {
        "checklist": ["reports/__init__.py"],
        "crawler": ["reports/late.py"],
    }
    assert cycles(graph) == [["reports", "crawler", "reports"]]


def test_the_domain_reads_no_clock() -> None:
    # checklist/ is judged as of a day it is given: no call reads the host's time there.
    readers = {"now", "today", "utcnow", "time", "monotonic", "localtime"}
    found = []
    for path in sorted((ROOT / "checklist").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in readers
                and not node.args
            ):
                found.append(f"{path.name}:{node.lineno} {node.func.attr}()")
    assert not found, found


def test_the_engine_never_imports_the_application(tmp_path: Path) -> None:
    # The checker flags crawler -> oit, even when the import hides in a function.
    for package in LAYERS:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "crawler" / "worker.py").write_text(
        "def run():\n    import oit.audit\n", encoding="utf-8"
    )
    (tmp_path / "oit" / "cli.py").write_text("from crawler.worker import run\n", encoding="utf-8")
    graph = package_graph(tmp_path)
    assert graph["crawler"] == {"oit": ["crawler/worker.py"]}
    assert cycles(graph) == [["crawler", "oit", "crawler"]]


def test_every_top_level_package_is_a_layer() -> None:
    # A new top-level package must be placed in LAYERS, or its imports would go unchecked.
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests", "bench"}
    assert packages == set(LAYERS)
