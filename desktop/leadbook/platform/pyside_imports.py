"""PySide6 need not read the source of Leadbook's modules, nor of the standard library's.

PySide6 replaces ``__import__``: the first time any module comes back from an import
statement, it reads that module's whole source (``inspect.getsource``) to learn whether it
names PySide6, for its per-module ``__feature__`` switch (``snake_case``, ``true_property``).
On the way to the first paint that meant reading about 100 files (``os``, ``typing``,
``locale`` … and every Leadbook module), 10–12 ms, and keeping their text in memory.

The answer is known without reading: Leadbook's modules select no feature, so they are marked 0
("uses PySide6, no feature"; for those that never name PySide6 PySide's reading would give -1,
"ignore", which acts the same while no module selects a feature), and the standard library never
names PySide6 (-1). PySide still reads ``enum.py`` in its own bootstrap, before any finder runs.

Importing this module (``cli`` does, before anything loads PySide6) puts a meta path finder
first that finds nothing: once PySide6 is loaded it marks the modules loaded so far, and then
each module as it loads. Other packages are left to PySide.

The marks live in ``__feature__.pyside_feature_dict``, PySide's own dictionary rather than a
documented API: when it is missing, nothing is marked and PySide reads the sources as before.
A module that does select a feature still gets it: PySide overwrites the mark then.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

PACKAGE = "leadbook"
NO_FEATURE = 0  # PySide's mark for a module that names PySide6 and selects no feature
IGNORED = -1  # PySide's mark for a module that does not name PySide6


class MarkKnownModules:
    """A meta path finder that finds nothing: it marks a module PySide need not read, before it loads."""

    def __init__(self) -> None:
        self.marks: dict[str, int] | None = None  # PySide's, once PySide6 is loaded

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        marks = self.marks
        if marks is None:
            found = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
            if not isinstance(found, dict):
                return None
            marks = self.marks = found
            for loaded in list(sys.modules):
                self._mark(marks, loaded)
        self._mark(marks, name)
        return None  # the usual finders load it

    @staticmethod
    def _mark(marks: dict[str, int], name: str) -> None:
        top = name.partition(".")[0]
        if top == PACKAGE:
            marks.setdefault(name, NO_FEATURE)
        elif top in sys.stdlib_module_names:
            marks.setdefault(name, IGNORED)


def install() -> None:
    """Put the marking finder first on ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, MarkKnownModules) for finder in sys.meta_path):
        sys.meta_path.insert(0, MarkKnownModules())


install()
