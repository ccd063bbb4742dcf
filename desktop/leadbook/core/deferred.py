"""A module that loads on its first use rather than where it is imported.

For capabilities Today's first paint does not need (the calendar's and the reminders' queries, the
Progress figures, calendar sync's records, imports): their modules would otherwise load, and make
their dataclasses, with ``LeadBook`` before the window shows (docs/architecture.md, "Start-up").
Written as::

    if TYPE_CHECKING:
        from ..store import reminders as reminder_store
    else:
        reminder_store = deferred("leadbook.store.reminders")

so type checkers and the layer test see the real import, and the code reads ``reminder_store.x``
as before. Loading goes through ``importlib.import_module``, whose module lock makes it safe when a
worker thread is the first to use it (``importlib.util.LazyLoader`` is not, before Python 3.12).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class deferred:
    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def _load(self) -> ModuleType:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return module

    def __getattr__(self, attribute: str) -> Any:
        if attribute in deferred.__slots__:  # a copy made without __init__ (copy.copy): no module yet
            raise AttributeError(attribute)
        return getattr(self._load(), attribute)

    def __setattr__(self, attribute: str, value: Any) -> None:
        """Its own two slots; anything else is set on the module (as a test's monkeypatch would)."""
        if attribute in deferred.__slots__:
            object.__setattr__(self, attribute, value)
        else:
            setattr(self._load(), attribute, value)

    def __delattr__(self, attribute: str) -> None:
        delattr(self._load(), attribute)

    def __repr__(self) -> str:
        return f"<deferred {self._name} ({'loaded' if self._module is not None else 'not loaded yet'})>"
