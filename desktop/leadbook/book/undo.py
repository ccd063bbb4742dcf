"""Undo: each undoable write keeps the rows of the leads it touched as they were before it; Undo
puts the latest back. The steps live as long as the session (a write from elsewhere clears them)."""

from __future__ import annotations

from ..store import leads as lead_store
from ..store.leads import LeadSnapshot
from .changes import Change, Op, op_label
from .session import Session
from .values import _UndoStep


class UndoMixin(Session):
    def _push_undo(self, op: Op, count: int, snapshots: list[LeadSnapshot]) -> None:
        if snapshots:
            self._undo.append(_UndoStep(op, count, snapshots))

    @property
    def undo_label(self) -> str:
        """What Undo would undo (in English, as tests and logs read it), or "" when there is nothing."""
        return op_label(self._undo[-1].op, self._undo[-1].count) if self._undo else ""

    @property
    def undo_op(self) -> tuple[Op, int] | None:
        """The op Undo would undo and its count (the Edit menu names it, ``texts.undo_text``), or None."""
        return (self._undo[-1].op, self._undo[-1].count) if self._undo else None

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
        return self._announce(Change(Op.UNDO, ids, added=back, removed=ids - back, count=step.count, undone=step.op))
