"""The arrows point one way: the table of allowed imports in docs/architecture.md, enforced.

Every module of the package is read (imports at any depth: module level, inside functions, under
``if TYPE_CHECKING:``), relative imports are resolved to the module they name, and each import of
one of Leadbook's parts by another part is checked against ``MAY_IMPORT``. Imports of outside
libraries that a part must not use are checked against ``MUST_NOT_USE``. A failure lists every
offending import as ``file:line  part -> what``.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from pathlib import Path

import leadbook
import leadbook.resources

PACKAGE = Path(leadbook.__file__).parent
RESOURCES = Path(leadbook.resources.__file__).parent

#: Leadbook's top-level parts and the parts each may import (besides itself and the package root,
#: ``leadbook/__init__.py``, which holds only names such as APP_NAME and __version__). A target may
#: name a module inside a part (``interop.files``): then only that module is allowed.
#: Keep this table and the one in docs/architecture.md the same.
EVERYTHING = frozenset(
    {"core", "store", "interop", "book", "present", "platform", "demo", "gui", "sync", "app", "cli", "resources"}
)
MAY_IMPORT: dict[str, frozenset[str]] = {
    "core": frozenset(),
    "store": frozenset({"core"}),
    "interop": frozenset({"core", "present"}),
    "book": frozenset({"core", "store", "interop", "present"}),
    "present": frozenset({"core", "book", "store.errors", "store.revisits", "resources"}),
    "platform": frozenset({"core", "resources", "interop.files", "present.i18n"}),
    "demo": frozenset({"core", "book"}),
    "gui": frozenset({"core", "book", "present", "platform", "resources", "sync"}),
    # platform: the account is this machine's (platform.machine), the trusted certificates in its data folder.
    "sync": frozenset({"core", "interop", "book", "present", "platform"}),
    "app": EVERYTHING,
    "cli": EVERYTHING,
    "resources": frozenset(),
    "__main__": frozenset({"cli"}),
}
#: Imports allowed only for type hints (under ``if TYPE_CHECKING:``), never at run time.
MAY_IMPORT_FOR_TYPES: dict[str, frozenset[str]] = {
    "interop": frozenset({"book"}),  # the call sheet is built from the book's Agenda rows
}
#: Single modules allowed more than their part: the self-check looks at everything it ships.
MODULE_MAY_IMPORT: dict[str, frozenset[str]] = {
    "platform/self_check.py": EVERYTHING,
}
#: Outside libraries a part must never import (a name, or a name and its submodule).
MUST_NOT_USE: dict[str, frozenset[str]] = {
    "core": frozenset({"PySide6", "shiboken6", "sqlite3", "sqlite_utils"}),
    "store": frozenset({"PySide6", "shiboken6"}),
    "interop": frozenset({"PySide6.QtWidgets", "PySide6.QtPrintSupport", "sqlite3", "sqlite_utils"}),
    "present": frozenset({"PySide6.QtWidgets", "sqlite3", "sqlite_utils"}),
    "demo": frozenset({"PySide6", "sqlite3", "sqlite_utils"}),
    "gui": frozenset({"sqlite3", "sqlite_utils"}),
    "book": frozenset({"PySide6.QtWidgets", "PySide6.QtGui"}),
    "sync": frozenset({"PySide6.QtWidgets", "sqlite3", "sqlite_utils"}),
}
#: The network: only sync opens connections (the server the user configured, after they turned sync on).
NETWORK = frozenset({"caldav", "keyring", "niquests", "requests", "urllib.request", "http.client", "ssl"})


@dataclass(frozen=True)
class Import:
    file: str  # relative to the package, "gui/leads/view.py"
    line: int
    target: str  # the absolute dotted name, "leadbook.store.errors.BookError" or "sqlite3"
    for_types_only: bool
    in_function: bool = False  # runs when the function is called, not when the module is imported


def module_name(file: Path, root: Path, package: str) -> tuple[list[str], bool]:
    """The dotted name of a file as a list, and whether it is a package's ``__init__``."""
    parts = [package, *file.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        return parts[:-1], True
    return parts, False


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in node.body:
                inside.update(id(child) for child in ast.walk(statement))
    return inside


def _function_nodes(tree: ast.AST) -> set[int]:
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for statement in ast.iter_child_nodes(node):
                inside.update(id(child) for child in ast.walk(statement))
    return inside


def imports_of(source: str, module: list[str], is_package: bool, file: str = "<text>") -> list[Import]:
    """Every import in ``source``, at any depth, with relative imports resolved against ``module``."""
    tree = ast.parse(source)
    typing_only = _type_checking_nodes(tree)
    in_functions = _function_nodes(tree)
    here = module if is_package else module[:-1]
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if node.level - 1 > len(here) - 1:
                    raise ValueError(f"{file}:{node.lineno}: a relative import above the package")
                base = here[: len(here) - (node.level - 1)]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            # ``from .. import store`` names a module; ``from ..store import x`` a name in one.
            targets = [f"{origin}.{alias.name}" for alias in node.names]
        else:
            continue
        found.extend(
            Import(file, node.lineno, target, id(node) in typing_only, id(node) in in_functions) for target in targets
        )
    return found


def part_of(target: str) -> str | None:
    """The Leadbook part an absolute dotted name belongs to; None for outside libraries and the root."""
    names = target.split(".")
    if names[0] != "leadbook" or len(names) < 2 or names[1] not in EVERYTHING | {"__main__"}:
        return None
    return names[1]


def _allowed(target: str, allowed: frozenset[str]) -> bool:
    inside = target.split(".", 1)[1]  # "store.errors.BookError"
    return any(inside == entry or inside.startswith(entry + ".") for entry in allowed)


def offences(found: list[Import], part: str) -> list[str]:
    """The imports of one part that the tables do not allow, worded for a failure message."""
    bad: list[str] = []
    for item in found:
        target_part = part_of(item.target)
        if target_part is None:
            if item.target.startswith("leadbook."):
                continue  # the package root: names only
            forbidden = MUST_NOT_USE.get(part, frozenset())
            if any(item.target == name or item.target.startswith(name + ".") for name in forbidden):
                bad.append(f"{item.file}:{item.line}  {part} -> {item.target}")
            continue
        if target_part == part:
            continue
        allowed = MAY_IMPORT[part] | MODULE_MAY_IMPORT.get(item.file, frozenset())
        if item.for_types_only:
            allowed |= MAY_IMPORT_FOR_TYPES.get(part, frozenset())
        if not _allowed(item.target, allowed):
            bad.append(f"{item.file}:{item.line}  {part} -> {item.target}")
    return bad


@functools.cache
def package_modules() -> list[tuple[str, str, list[Import]]]:
    """(part, file, imports) for every module of the package and of leadbook.resources."""
    modules = []
    for root, package in ((PACKAGE, "leadbook"), (RESOURCES, "leadbook.resources")):
        for path in sorted(root.rglob("*.py")):
            module, is_package = module_name(path, root, package)
            dotted = module[0].split(".") + module[1:]
            file = str(path.relative_to(root.parent if package == "leadbook.resources" else root))
            found = imports_of(path.read_text(encoding="utf-8"), dotted, is_package, file)
            part = dotted[1] if len(dotted) > 1 else "__init__"
            modules.append((part, file, found))
    return modules


def test_every_part_is_in_the_table():
    parts = {part for part, _file, _found in package_modules()} - {"__init__"}
    assert not parts - MAY_IMPORT.keys(), "new top-level parts: add them to MAY_IMPORT and docs/architecture.md"


def test_the_package_root_imports_nothing_of_leadbook():
    (found,) = [found for part, _file, found in package_modules() if part == "__init__"]
    assert not [item for item in found if item.target.startswith("leadbook.")]


def test_every_import_is_allowed_by_the_table():
    bad = [line for part, _file, found in package_modules() if part in MAY_IMPORT for line in offences(found, part)]
    assert not bad, "imports the table in docs/architecture.md does not allow:\n" + "\n".join(bad)


def test_the_table_is_the_one_in_the_architecture_notes():
    notes = (Path(__file__).resolve().parents[2] / "docs" / "architecture.md").read_text(encoding="utf-8")
    for part, allowed in MAY_IMPORT.items():
        if part == "__main__":
            continue
        row = next((line for line in notes.splitlines() if line.startswith(f"| `{part}` |")), None)
        assert row is not None, f"docs/architecture.md has no row for {part}"
        shown = "everything" if allowed == EVERYTHING else ", ".join(f"`{name}`" for name in sorted(allowed)) or "—"
        typed = ", ".join(f"`{name}`" for name in sorted(MAY_IMPORT_FOR_TYPES.get(part, ())))
        expected = f"| {shown} | {typed} |".replace("|  |", "| |")
        assert expected in row, f"{part}: the notes say {row!r}, the test allows {expected}"
        for library in MUST_NOT_USE.get(part, ()):
            assert library.split(".")[-1] in row, f"{part}: the notes do not say it never uses {library}"


#: Parts a part must never load at run time, not even through another part it may import: the book
#: imports interop (its files, the call sheet), so interop reaching the book through present (whose
#: agenda and revisit words it prints) would turn the arrow round.
MUST_NOT_REACH: dict[str, frozenset[str]] = {
    "interop": frozenset({"book", "gui", "sync", "app", "cli"}),
}


def _module_name(file: str) -> str:
    """ "interop/callsheet.py" -> "leadbook.interop.callsheet"; "book/__init__.py" -> "leadbook.book"."""
    parts = ["leadbook", *Path(file).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _loaded(target: str, known: set[str]) -> list[str]:
    """The package's modules that importing ``target`` loads itself: the module it names (or the
    module of the name it names) and every package above it."""
    names = target.split(".")
    while names and ".".join(names) not in known:
        names.pop()
    return [".".join(names[:n]) for n in range(2, len(names) + 1) if ".".join(names[:n]) in known]


def reached_at_run_time(start: str, graph: dict[str, list[Import]]) -> dict[str, list[str]]:
    """Every module of the package that ``start`` loads at run time, each with the chain of imports
    that loads it: ``start``'s own imports at any depth (inside functions too: they run when called),
    then, from each module loaded, what importing it loads (its module-level imports; its functions'
    imports run only if something calls them). Imports for type hints never run."""
    known = set(graph)
    chains: dict[str, list[str]] = {}
    todo: list[tuple[str, list[str]]] = []
    for item in graph[start]:
        if not item.for_types_only:
            todo += [(module, [f"{item.file}:{item.line} {module}"]) for module in _loaded(item.target, known)]
    while todo:
        module, chain = todo.pop()
        if module in chains or module == start:
            continue
        chains[module] = chain
        for item in graph.get(module, []):
            if not item.for_types_only and not item.in_function:
                todo += [(m, [*chain, f"{item.file}:{item.line} {m}"]) for m in _loaded(item.target, known)]
    return chains


def package_graph() -> dict[str, list[Import]]:
    return {_module_name(file): found for _part, file, found in package_modules()}


def test_interop_never_loads_the_book_at_run_time():
    """Not directly (the table) and not through present: the call sheet takes what it prints from
    its arguments, and the words it uses from present need no book."""
    graph = package_graph()
    bad = []
    for module in graph:
        part = module.split(".")[1] if "." in module else ""
        seen: set[str] = set()  # one line per part reached, by its shortest chain
        for reached, chain in sorted(reached_at_run_time(module, graph).items(), key=lambda kv: len(kv[1])):
            target = reached.split(".")[1]
            if target in MUST_NOT_REACH.get(part, frozenset()) and target not in seen:
                seen.add(target)
                bad.append(f"{module} -> {reached}: " + " -> ".join(chain))
    assert not bad, "loaded at run time against the arrows:\n" + "\n".join(bad)


def test_book_never_imports_gui_sync_app_or_cli():
    assert not MAY_IMPORT["book"] & {"gui", "sync", "app", "cli"}
    assert not [part for part, allowed in MAY_IMPORT.items() if "sync" in allowed and part not in ("gui", "app", "cli")]


def test_only_sync_talks_to_the_network():
    bad = [
        f"{item.file}:{item.line}  {part} -> {item.target}"
        for part, _file, found in package_modules()
        if part != "sync"
        for item in found
        if any(item.target == name or item.target.startswith(name + ".") for name in NETWORK)
    ]
    assert not bad, "network libraries outside leadbook.sync:\n" + "\n".join(bad)
    assert not MAY_IMPORT["core"]
    assert not MAY_IMPORT["gui"] & {"store", "interop"}


# --- the checker itself ------------------------------------------------------------------------


def _check(text: str, module: str, *, is_package: bool = False) -> list[str]:
    dotted = module.split(".")
    return offences(imports_of(text, dotted, is_package, "fake.py"), dotted[1])


def test_the_checker_resolves_relative_imports():
    text = "from ..store import database\nfrom .. import gui\nfrom . import clock\n"
    assert _check(text, "leadbook.core.fake") == [
        "fake.py:1  core -> leadbook.store.database",
        "fake.py:2  core -> leadbook.gui",
    ]


def test_the_checker_sees_imports_inside_functions_and_packages():
    text = "def f():\n    if True:\n        from ...store.errors import BookError\n"
    assert _check(text, "leadbook.gui.leads.fake") == ["fake.py:3  gui -> leadbook.store.errors.BookError"]
    assert _check("from ... import interop\n", "leadbook.gui.files", is_package=True) == [
        "fake.py:1  gui -> leadbook.interop"
    ]


def test_the_checker_sees_outside_libraries_and_allows_type_only_imports():
    assert _check("import sqlite3\nfrom PySide6 import QtCore\n", "leadbook.core.fake") == [
        "fake.py:1  core -> sqlite3",
        "fake.py:2  core -> PySide6.QtCore",
    ]
    assert _check("from PySide6.QtWidgets import QLabel\n", "leadbook.store.fake") == [
        "fake.py:1  store -> PySide6.QtWidgets.QLabel"
    ]
    typed = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..book import LeadBook\n"
    assert _check(typed, "leadbook.interop.fake") == []
    assert _check("from ..book import LeadBook\n", "leadbook.interop.fake") == [
        "fake.py:1  interop -> leadbook.book.LeadBook"
    ]


def test_the_checker_allows_what_the_table_allows():
    assert _check("from ..core.model import Lead\nfrom ..book import LeadBook\n", "leadbook.gui.fake") == []
    assert _check("from .files import write_atomically\n", "leadbook.interop.fake") == []
    assert _check("from ..interop.files import write_atomically\n", "leadbook.platform.fake") == []
    assert _check("from ..interop.vcard import write_vcards\n", "leadbook.platform.fake") == [
        "fake.py:1  platform -> leadbook.interop.vcard.write_vcards"
    ]


def test_the_run_time_walk_follows_lazy_imports_and_module_level_ones_but_not_type_hints():
    def graph_of(sources: dict[str, str]) -> dict[str, list[Import]]:
        graph = {}
        for name, text in sources.items():
            dotted = name.split(".")
            graph[name] = imports_of(text, dotted, name.endswith(("present", "book")), name)
        return graph

    sources = {
        "leadbook.book": "from .values import Agenda\n",
        "leadbook.book.values": "",
        "leadbook.present": "",
        "leadbook.present.words": "from ..book import Agenda\n",
        "leadbook.present.clean": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..book import Agenda\n"
        "def f():\n    from ..book import Agenda\n",
        "leadbook.interop.sheet": "def f():\n    from ..present.words import due\n",
        "leadbook.interop.fine": "from ..present.clean import due\n",
    }
    graph = graph_of(sources)
    reached = reached_at_run_time("leadbook.interop.sheet", graph)
    assert {"leadbook.book", "leadbook.book.values", "leadbook.present.words"} <= reached.keys()
    assert reached["leadbook.book"] == [
        "leadbook.interop.sheet:2 leadbook.present.words",
        "leadbook.present.words:1 leadbook.book",
    ]
    assert reached_at_run_time("leadbook.interop.fine", graph).keys() == {"leadbook.present", "leadbook.present.clean"}
