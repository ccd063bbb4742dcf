"""LeadBook: the one door to a lead book, used alike by the GUI, the CLI and the tests.

Every write is one transaction and returns a ``Change`` saying what changed;
subscribers (the GUI's refresh signal) hear about it once per write.
Destructive writes push an undo step that restores exact snapshots.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

from .core.clock import Clock, SystemClock, utc_iso
from .core.model import Lead, normalise_tags
from .core.validation import FieldProblem, lead_problems
from .store import leads as lead_store
from .store.database import known_errors, open_database
from .store.leads import LeadQuery, LeadSnapshot

__all__ = ["Change", "InvalidLead", "LeadBook", "LeadQuery"]


class InvalidLead(ValueError):
    """A lead that may not be saved; ``problems`` says which fields and why."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.problem.value}" for p in problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class Change:
    """What one write did: which leads it touched and a short label for undo menus."""

    label: str
    lead_ids: frozenset[int] = frozenset()
    added: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()


@dataclass
class _UndoStep:
    label: str
    snapshots: list[LeadSnapshot] = field(default_factory=list)


class LeadBook:
    """An open lead book. Construct with :meth:`open`; close when done."""

    def __init__(self, db: sqlite_utils.Database, path: Path, clock: Clock) -> None:
        self._db = db
        self.path = path
        self.clock = clock
        self._listeners: list[Callable[[Change], None]] = []
        self._undo: list[_UndoStep] = []

    @classmethod
    def open(cls, path: Path | str, clock: Clock | None = None, *, create: bool = True) -> LeadBook:
        path = Path(path)
        return cls(open_database(path, create=create), path, clock or SystemClock())

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> LeadBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- change notification ----------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Hear about every committed write; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _announce(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change

    @contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction, with SQLite's errors turned into ones the user can act on."""
        with known_errors(self.path), self._db.atomic():
            yield self._db

    def _now(self) -> str:
        return utc_iso(self.clock.now())

    # --- reads ------------------------------------------------------------------------

    def lead(self, lead_id: int) -> Lead:
        found = lead_store.get_leads(self._db, [lead_id])
        if not found:
            raise KeyError(lead_id)
        return found[0]

    def leads(self, ids: Sequence[int]) -> list[Lead]:
        return lead_store.get_leads(self._db, ids)

    def lead_ids(self, query: LeadQuery = LeadQuery()) -> list[int]:
        with known_errors(self.path):
            return lead_store.query_lead_ids(self._db, query)

    def table_rows(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        return lead_store.table_rows(self._db, ids)

    def tags(self) -> list[str]:
        return lead_store.all_tags(self._db)

    def count_leads(self) -> int:
        return lead_store.count_leads(self._db)

    def setting(self, key: str, default: str = "") -> str:
        row = self._db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as db:
            db.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    # --- writes -----------------------------------------------------------------------

    @staticmethod
    def _checked(lead: Lead) -> Lead:
        lead = lead.with_changes(
            name=lead.name.strip(),
            tags=normalise_tags(lead.tags),
            currency=lead.currency.strip().upper(),
        )
        problems = lead_problems(lead)
        if problems:
            raise InvalidLead(problems)
        return lead

    def add_lead(self, lead: Lead) -> Lead:
        """Save a new lead; raises InvalidLead (nothing saved) when a field is wrong."""
        return self.leads(sorted(self.add_leads([lead], label="Add lead").added))[0]

    def add_leads(self, leads: Iterable[Lead], *, label: str = "Add leads") -> Change:
        """Save many leads in one transaction: all of them or, on any error, none."""
        now = self._now()
        checked = [self._checked(lead).with_changes(id=None, created_at=now, updated_at=now) for lead in leads]
        with self._write() as db:
            ids = frozenset(lead_store.insert_lead(db, lead) for lead in checked)
        self._push_undo(label, [LeadSnapshot(i, None, (), ()) for i in ids])
        return self._announce(Change(label, ids, added=ids))

    def update_lead(self, lead: Lead) -> Lead:
        """Save changes to an existing lead (undoable)."""
        if lead.id is None:
            raise ValueError("update_lead needs a lead with an id")
        lead = self._checked(lead).with_changes(updated_at=self._now())
        with self._write() as db:
            before = lead_store.snapshot_leads(db, [lead.id])
            if before[0].lead_row is None:
                raise KeyError(lead.id)
            lead_store.update_lead(db, lead)
        self._push_undo("Edit lead", before)
        self._announce(Change("Edit lead", frozenset([lead.id])))
        return self.lead(lead.id)

    def delete_leads(self, ids: Iterable[int]) -> Change:
        """Delete leads and everything they own; one undo step brings them all back."""
        ids = list(dict.fromkeys(ids))
        label = "Delete lead" if len(ids) == 1 else f"Delete {len(ids)} leads"
        with self._write() as db:
            before = [s for s in lead_store.snapshot_leads(db, ids) if s.lead_row is not None]
            db.conn.executemany("DELETE FROM leads WHERE id = ?", [(s.lead_id,) for s in before])
        removed = frozenset(s.lead_id for s in before)
        self._push_undo(label, before)
        return self._announce(Change(label, removed, removed=removed))

    # --- undo -------------------------------------------------------------------------

    def _push_undo(self, label: str, snapshots: list[LeadSnapshot]) -> None:
        if snapshots:
            self._undo.append(_UndoStep(label, snapshots))

    @property
    def undo_label(self) -> str:
        """What Undo would undo, or "" when there is nothing."""
        return self._undo[-1].label if self._undo else ""

    def undo(self) -> Change | None:
        """Undo the latest undoable write of this session."""
        if not self._undo:
            return None
        step = self._undo[-1]
        with self._write() as db:
            lead_store.restore_snapshots(db, step.snapshots)
        self._undo.pop()
        ids = frozenset(s.lead_id for s in step.snapshots)
        back = frozenset(s.lead_id for s in step.snapshots if s.lead_row is not None)
        return self._announce(Change(f"Undo {step.label}", ids, added=back, removed=ids - back))
