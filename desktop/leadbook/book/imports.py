"""Imports: planning against the book, writing in one transaction, undo of the last import."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

from ..core.deferred import deferred
from ..core.model import Lead
from ..store import leads as lead_store
from ..store.database import known_errors
from .changes import Change, Op
from .session import Session

if TYPE_CHECKING:  # the import's own queries load with the first import
    from ..core import validation
    from ..store import imports as import_store
else:
    import_store = deferred("leadbook.store.imports")
    validation = deferred("leadbook.core.validation")

IMPORT_CACHE_KIB = 2048


class ImportsMixin(Session):
    """Importing leads, and undoing the last import."""

    # --- import and export ---------------------------------------------------------------
    # Imports run in one transaction and are recorded in the book (tables imports and
    # import_items), so "Undo last import" works after a restart too. The interop modules
    # are imported where they are used: the rest of the app starts without them.

    # The column mapping chosen for a CSV file, remembered per set of columns (its signature).
    MAPPING_SETTING = "import.mapping."

    def remembered_mapping(self, table: Any) -> Any:
        """The column mapping last chosen for files with ``table``'s columns (a csv_import.Mapping), or None."""
        from ..interop import csv_import  # noqa: PLC0415

        text = self.setting(self.MAPPING_SETTING + table.signature)
        return csv_import.mapping_from_json(text, len(table.header)) if text else None

    def remember_mapping(self, table: Any, mapping: Any) -> None:
        from ..interop import csv_import  # noqa: PLC0415

        self.set_setting(self.MAPPING_SETTING + table.signature, csv_import.mapping_to_json(mapping))

    def mapping_for(self, table: Any) -> Any:
        """The remembered mapping for ``table``'s columns, else a guess from its header."""
        from ..interop import csv_import  # noqa: PLC0415

        return self.remembered_mapping(table) or csv_import.guess_mapping(table.header)

    def plan_file(self, contacts: Any, mapping: Any = None, *, home_country: str | None = None) -> Any:
        """An opened contacts file (``interop.importing.open_contacts_file``) read with ``mapping``
        and sorted against the book: the ImportPlan the dialog previews and ``leadbook import``
        reports, with the file's name, format, fingerprint, encoding and unused columns.
        Raises FileProblem when the file cannot be read."""
        from ..interop.importing import format_label, iter_records  # noqa: PLC0415

        plan = self.plan_import(
            iter_records(contacts, mapping),  # one row at a time: the plan keeps each lead packed
            file_name=contacts.source.path.name,
            format=format_label(contacts),
            fingerprint=contacts.source.fingerprint,
            encoding=contacts.source.encoding,
            delimiter=contacts.table.delimiter if contacts.table else "",
            home_country=home_country,
        )
        plan.note_unused_columns(contacts, mapping)
        return plan

    def imported_elsewhere(self, result: Any) -> Change | None:
        """An import ran on another connection (the app's worker): tell everyone what it changed."""
        if result.batch_id is None:
            return None
        return self.reload_after_external_change(Change(
            Op.IMPORT, result.added_ids | result.updated_ids, added=result.added_ids,
            count=len(result.added_ids) + len(result.updated_ids)))  # fmt: skip

    def duplicate_index(self, home_country: str | None = None, leads: Any = None) -> Any:
        """Keys (e-mails, phones, name plus company) of every lead, for finding duplicates;
        national phone numbers read in ``home_country`` (default: the book's). ``leads``: the
        _LeadsRead that reads a lead again when a row shares one of its keys."""
        from ..interop.matching import DuplicateIndex  # noqa: PLC0415

        read = _LeadsRead(self._db) if leads is None else leads
        # Only the keys are held: a lead is read again when one of its keys is found.
        index = DuplicateIndex(self.home_country() if home_country is None else home_country, people_of=read.contact)
        with known_errors(self.path):
            index.add_rows(lead_store.key_rows(self._db.conn))
        return index

    def plan_import(self, found: Iterable[Any], *, file_name: str = "", format: str = "",
                    fingerprint: str = "", encoding: str = "", delimiter: str = "",
                    home_country: str | None = None) -> Any:  # fmt: skip
        """Sort records read from a file into new leads, duplicates and errors (an ImportPlan);
        ``home_country`` overrides the book's for this plan (a dry run that must not store it)."""
        from ..interop.importing import build_plan, no_cyclic_gc  # noqa: PLC0415

        state = self._leads_state()  # read before the leads: a write in between makes it plan again, never miss
        read = _LeadsRead(self._db)  # the leads rows match, read once to compare and to merge
        with no_cyclic_gc(), known_errors(self.path):  # the book's keys and leads: 100,000 objects each
            plan = build_plan(
                found, self.duplicate_index(home_country, read), lambda ids: {lead.id: lead for lead in self.leads(ids) if lead.id is not None},
                file_name=file_name, format=format, fingerprint=fingerprint, views=read.views,
            )  # fmt: skip
        plan.encoding, plan.delimiter, plan.book_state = encoding, delimiter, state
        if fingerprint:
            plan.imported_before = import_store.imported_at(self._db.conn, fingerprint)
        return plan

    def _leads_state(self) -> tuple[object, ...]:
        """A mark that changes whenever leads are added, changed or deleted, by any connection."""
        with known_errors(self.path):
            return import_store.leads_state(self._db.conn)

    def _plan_still_true(self, plan: Any) -> Any:
        """Inside the import's write transaction (the write lock held, so nobody can add a lead
        meanwhile): the plan, or when the book has changed since it was made, the same rows
        planned again against the book as it is now. A row that was a duplicate keeps the
        action chosen for it; a row that only now matches a lead (the same file imported by
        another Leadbook meanwhile) gets ``plan.later_duplicates`` (merge, unless the user chose
        another for all duplicates). So two imports of one file never add its leads twice."""
        from ..interop.importing import ItemKind  # noqa: PLC0415
        from ..interop.records import Record  # noqa: PLC0415

        if plan.book_state is None or plan.book_state == self._leads_state():
            return plan
        records = (Record(item.line, None if item.kind == ItemKind.ERROR else item.lead, item.problems)
                   for item in plan.items)  # fmt: skip
        fresh = self.plan_import(records, file_name=plan.file_name, format=plan.format, fingerprint=plan.fingerprint,
                                 encoding=plan.encoding, delimiter=plan.delimiter)  # fmt: skip
        for old, new in zip(plan.items, fresh.items):
            if new.kind == ItemKind.DUPLICATE:
                new.action = old.action if old.kind == ItemKind.DUPLICATE else plan.later_duplicates
        fresh.later_duplicates = plan.later_duplicates
        return fresh

    def import_leads(
        self,
        plan: Any,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Any:
        """Carry out an ImportPlan in one transaction and record it for undo (an ImportResult).

        New rows (and duplicates set to "add") become leads, without first follow-ups:
        an imported address book is not a pile of fresh inquiries. Duplicates set to
        "merge" fill in the lead they match (``merge_leads``); merges into another row of
        the same file happen before anything is written. ``progress(done, total)`` is
        called every few thousand leads; when ``cancelled()`` turns true the transaction
        is rolled back and ImportCancelled raised.
        """
        from ..interop.importing import Action, ImportCancelled, ImportResult, ItemKind  # noqa: PLC0415
        from ..interop.records import merge_leads, unpack_lead  # noqa: PLC0415

        now = self._now()
        # The leads were checked when the file was read (records.build_lead runs lead_problems
        # and cleans names and tags); checking 100,000 of them again would cost a second.
        total = 0
        done = 0
        step = 2000

        def tick(count: int) -> None:
            nonlocal done
            done += count
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

        added_ids: list[int] = []
        updated_ids: list[int] = []
        # SQLite's own page cache of 2 MiB, not bulk_work's 256: a new import's pages would otherwise
        # all stay in memory until the commit (several times the file). Spilled to the WAL as they
        # fill the cache they cost about 0.2 s of CPU for 100,000 new rows (of about 5 s).
        with self._write() as db, lead_store.bulk_work(db.conn, IMPORT_CACHE_KIB):
            plan = self._plan_still_true(plan)  # the duplicates as the book is now, with the write lock held
            # Leads stay packed (PlanItem.packed) until their chunk is written: a Lead a row is
            # several times the file. A row merged into an earlier row of the file makes that one a Lead.
            items = plan.items
            new = _Unpacking(items)  # the rows that become new leads, by their place in the plan
            slot_of = _Slots(len(items))
            merges: dict[int, list[int]] = {}  # a lead of the book -> the rows merged into it
            skipped = merged_rows = quiet = in_file = 0
            for n in range(len(items)):
                code = items.kind_code(n)  # (new, duplicate, error)
                if code == 2:
                    continue
                if code == 0:
                    slot_of[n] = new.add(n)
                    continue
                item = items[n]
                if item.action == Action.ADD:
                    slot_of[n] = new.add(n)
                elif item.action == Action.SKIP:
                    skipped += 1
                elif item.match_item is not None and item.match_item in slot_of:
                    slot = slot_of[item.match_item]
                    new.replace(slot, merge_leads(new[slot], item.lead))
                    merged_rows += 1
                    in_file += 1
                elif item.match_id is not None:
                    merged_rows += 1
                    if item.brings_news:  # the plan already knows a merge would change nothing
                        merges.setdefault(item.match_id, []).append(n)
                    else:
                        quiet += 1
            total = len(new) + len(merges)
            unchanged = quiet
            conn = db.conn
            started = import_store.start(conn, now, plan.file_name, plan.format, plan.fingerprint)
            batch_id: int | None = started
            # the write lock is held since BEGIN IMMEDIATE: no other import takes these ids
            if progress is not None:
                progress(0, total)
            # Set-based (store.leads' bulk path): tuples in chunks, FTS in one statement, indexes rebuilt.
            added = lead_store.insert_leads_bulk(conn, new, now, tick, step, as_values=True)
            if added:
                import_store.record_added(conn, started, added.start)
            added_ids.extend(added)
            flagged = self._record_possible_duplicates(conn, plan, slot_of, added, now)
            targets = list(merges)
            with lead_store.lead_updates(conn, len(targets)) if targets else nullcontext() as update:
                for start in range(0, len(targets), step):  # a chunk read, merged, recorded and saved at a time
                    chunk_ids = targets[start : start + step]
                    found = {lead.id: lead for lead in lead_store.get_leads(db, chunk_ids) if lead.id is not None}
                    changed: list[Lead] = []
                    for lead_id in chunk_ids:
                        before = found.get(lead_id)
                        if before is None:  # deleted since the plan was made
                            unchanged += len(merges[lead_id])
                            continue
                        after = before
                        for n in merges[lead_id]:
                            packed = items.packed(n)
                            assert packed is not None
                            after = merge_leads(after, unpack_lead(packed))
                        if after == before or validation.lead_problems(after):
                            unchanged += len(merges[lead_id])  # nothing new (or an old, laxer lead: left alone)
                            continue
                        changed.append(after)
                    changed_ids = [
                        lead.id for lead in changed if lead.id is not None
                    ]  # read from the book: all have one
                    snapshots = lead_store.merge_snapshots(db, changed_ids)
                    # the rows and tags as they were, for undo
                    import_store.record_merged(conn, started, [snapshots[lead_id] for lead_id in changed_ids])
                    assert update is not None  # targets is not empty here
                    update(changed, updated_at=now)
                    updated_ids.extend(changed_ids)
                    tick(len(chunk_ids))
            tick(0)
            if added_ids or updated_ids:
                import_store.finish(conn, started, len(added_ids), len(updated_ids))
            else:
                import_store.discard(conn, started)
                batch_id = None
        if batch_id is not None:
            self._undo.clear()  # older snapshots may predate what the import wrote
        result = ImportResult(
            added=len(added_ids), updated=len(updated_ids), unchanged=unchanged, merged_rows=merged_rows,
            skipped=skipped, errors=plan.count(ItemKind.ERROR), batch_id=batch_id, merged_in_file=in_file,
            flagged=flagged,
            added_ids=frozenset(added_ids), updated_ids=frozenset(updated_ids),
        )  # fmt: skip
        if batch_id is not None:
            self._announce(
                Change(
                    Op.IMPORT,
                    frozenset(added_ids) | frozenset(updated_ids),
                    added=frozenset(added_ids),
                    count=len(added_ids) + len(updated_ids),
                )
            )
        return result

    def has_last_import(self) -> bool:
        """Whether ``last_import()`` has one, without loading the import modules (the File menu at start)."""
        with known_errors(self.path):
            row = import_store.last(self._db.conn)
        return row is not None and row[6] is None

    def last_import(self) -> Any:
        """The newest import, if it changed something and has not been undone (an ImportBatch)."""
        from ..interop.importing import ImportBatch  # noqa: PLC0415

        with known_errors(self.path):
            row = import_store.last(self._db.conn)
            if row is None or row[6] is not None:
                return None
            edited = import_store.edited_since(self._db.conn, row[0], row[1])
        return ImportBatch(row[0], row[1], row[2], row[3], row[4], row[5], int(edited))

    def undo_last_import(self) -> Change | None:
        """Remove the leads the last import added (with whatever they got since) and put
        the fields and tags of the leads it merged into back as they were before it.
        Leads deleted since then stay deleted."""
        restored: list[int] = []
        with self._write() as db, lead_store.bulk_work(db.conn):
            batch = self.last_import()  # with the write lock held: another Leadbook may have undone it
            if batch is None:
                return None
            conn = db.conn
            # Ids can be reused once a lead is deleted: only leads this import created go (set-based).
            removed = lead_store.delete_leads_bulk(conn, import_store.added_where(), [batch.id, batch.at])
            merged = import_store.merged_before(conn, batch.id)  # the leads it merged into that are still there
            with lead_store.lead_updates(conn, len(merged)) if merged else nullcontext() as update:
                for start in range(0, len(merged), 2000):
                    # Only what a merge changes (the lead's fields and tags) goes back: follow-ups
                    # and notes added since the import stay.
                    leads = []
                    for _lead_id, snapshot in merged[start : start + 2000]:
                        assert snapshot.lead_row is not None
                        tags = [row[columns.index("tag")] for table, columns, rows in snapshot.owned
                                if table == "lead_tags" for row in rows]  # fmt: skip
                        leads.append(lead_store.row_to_lead(dict(zip(snapshot.lead_columns, snapshot.lead_row)), tags))
                    assert update is not None
                    update(leads)
                    restored.extend(lead.id for lead in leads if lead.id is not None)
            import_store.mark_undone(conn, batch.id, self._now())
        self._undo.clear()
        gone = frozenset(removed)
        return self._announce(
            Change(Op.UNDO_IMPORT, gone | frozenset(restored), removed=gone, count=len(gone) + len(restored))
        )

    # --- end of import and export ---------------------------------------------------------


class _Slots(Mapping[int, int]):
    """An import's rows that become new leads -> their place among the new leads: an array of
    8 bytes a row (-1: none), where a dict took about 90."""

    def __init__(self, rows: int) -> None:
        self._at = array("q", [-1]) * rows

    def __setitem__(self, n: int, slot: int) -> None:
        self._at[n] = slot

    def __getitem__(self, n: int) -> int:
        slot = self._at[n] if 0 <= n < len(self._at) else -1
        if slot < 0:
            raise KeyError(n)
        return slot

    def __contains__(self, n: object) -> bool:
        return type(n) is int and 0 <= n < len(self._at) and self._at[n] >= 0

    def __iter__(self) -> Iterator[int]:
        return (n for n, slot in enumerate(self._at) if slot >= 0)

    def __len__(self) -> int:
        return sum(1 for slot in self._at if slot >= 0)


class _Unpacking(Sequence[Any]):
    """An import's new leads as ``insert_leads_bulk`` takes them ``as_values`` (a tuple of field
    values each), made a slice (one chunk) at a time from the plan's packed rows: held as the
    rows' places in the plan (8 bytes each), and as a Lead where later rows of the file were
    merged into one. An item gives a Lead."""

    def __init__(self, items: Any) -> None:
        from ..interop import records  # noqa: PLC0415 - once, not per lead (an import hook runs)

        self._items = items
        self._rows = array("q")
        self._merged: dict[int, Lead] = {}
        self._records = records

    def add(self, n: int) -> int:
        """Row n of the plan becomes a new lead; its place among them."""
        self._rows.append(n)
        return len(self._rows) - 1

    def replace(self, slot: int, lead: Lead) -> None:
        self._merged[slot] = lead

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index: Any) -> Any:
        items, merged = self._items, self._merged
        if isinstance(index, slice):
            values, packed = self._records.lead_values, self._records.packed_values
            return [values(merged[slot]) if slot in merged else packed(items.packed(self._rows[slot]))
                    for slot in range(*index.indices(len(self._rows)))]  # fmt: skip
        if index in merged:
            return merged[index]
        return self._records.unpack_lead(items.packed(self._rows[index]))


class _LeadsRead:
    """The book's leads a duplicate search meets, read once for both of its questions: is this
    lead the row's contact (``contact``: name, company, e-mails, phones) and would merging the
    row into it add anything (``views``: its merge view and tags). A lead is read with the next
    255 ids (a file imported again matches them in turn); only the last such read is held."""

    _COMPANY, _EMAILS, _PHONES = (lead_store.MERGE_VIEW_COLUMNS.index(c) for c in ("company", "emails", "phones"))

    def __init__(self, db: Any) -> None:
        self._db = db
        self._read: dict[int, Any] = {}

    def _view(self, lead_id: int) -> Any:
        found = self._read.get(lead_id)
        if found is None:
            self._read = {}  # let the last read go first
            self._read = lead_store.merge_views_from(self._db.conn, lead_id, 256)
            found = self._read.get(lead_id)
        return found

    def contact(self, lead_id: Any) -> Any:
        """(name, company, e-mails, phones) of a lead whose key a row shares, None when it is gone."""
        if type(lead_id) is not int:
            return None
        found = self._view(lead_id)
        if found is None:
            return None
        view = found[1]
        return found[0], view[self._COMPANY], view[self._EMAILS], view[self._PHONES]

    def views(self, ids: Sequence[int]) -> dict[int, Any]:
        """store.leads.merge_views of ``ids``, those read already taken from the last read."""
        read = self._read
        if len(ids) == 1 and ids[0] in read:  # a row's lead, asked at once (plan_import)
            return {ids[0]: read[ids[0]]}
        found = {lead_id: read[lead_id] for lead_id in ids if lead_id in read}
        if len(found) < len(ids):
            found.update(lead_store.merge_views(self._db, [i for i in ids if i not in read]))
        return found
