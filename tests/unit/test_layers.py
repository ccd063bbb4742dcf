"""The arrows point one way: gui -> book -> store, interop -> core."""

import ast
from pathlib import Path

import leadbook

PACKAGE = Path(leadbook.__file__).parent


def _imports(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(folder))] = names
    return found


def test_core_imports_neither_qt_nor_sqlite():
    offenders = {f: n & {"PySide6", "sqlite3", "sqlite_utils", "shiboken6"} for f, n in _imports(PACKAGE / "core").items()}
    assert not {f: n for f, n in offenders.items() if n}


def test_gui_never_touches_sqlite_directly():
    offenders = {f: n & {"sqlite3", "sqlite_utils"} for f, n in _imports(PACKAGE / "gui").items()}
    assert not {f: n for f, n in offenders.items() if n}


def test_store_and_interop_use_no_widgets():
    for layer in ("store", "interop"):
        for path in (PACKAGE / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "QtWidgets" not in text, path


def test_the_check_itself_sees_imports(tmp_path):
    (tmp_path / "x.py").write_text("import sqlite3\nfrom PySide6 import QtCore\n")
    assert _imports(tmp_path) == {"x.py": {"sqlite3", "PySide6"}}
