"""The book's schema as an ordered list of migrations (sqlite-utils Migrations).

Never edit a released migration: add a new one. ``SCHEMA_VERSION`` is the
number of migrations; it is written to ``PRAGMA user_version`` so that an
older Leadbook can refuse a newer book before touching it.

The migrations are listed here as plain functions and handed to sqlite-utils' ``Migrations``
(``MIGRATIONS``, ``migrations()``) only when a book needs one: opening an up-to-date book does
not import sqlite-utils (start-up, docs/architecture.md).
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

# "LBK1" as a 32-bit integer: marks an SQLite file as a Leadbook book.
APPLICATION_ID = 0x4C424B31

_STEPS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = []


def _migration(
    name: str,
) -> Callable[[Callable[[sqlite_utils.Database], None]], Callable[[sqlite_utils.Database], None]]:
    def add(step: Callable[[sqlite_utils.Database], None]) -> Callable[[sqlite_utils.Database], None]:
        _STEPS.append((name, step))
        return step

    return add


STAGE_ORDER_SQL = (
    "CASE stage WHEN 'new' THEN 0 WHEN 'contacted' THEN 1 WHEN 'qualified' THEN 2 "
    "WHEN 'proposal' THEN 3 WHEN 'negotiation' THEN 4 WHEN 'won' THEN 5 "
    "WHEN 'nurture' THEN 6 WHEN 'no' THEN 7 ELSE 8 END"
)

FTS_COLUMNS = ("name", "company", "emails", "phones", "phone_digits", "notes", "rapport")


@_migration("0001_leads")
def _leads(db: sqlite_utils.Database) -> None:
    cols = ", ".join(FTS_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    db.executescript(
        f"""
        CREATE TABLE leads (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            company TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            is_decision_maker INTEGER NOT NULL DEFAULT 1,
            decision_maker_name TEXT NOT NULL DEFAULT '',
            decision_maker_contact TEXT NOT NULL DEFAULT '',
            emails TEXT NOT NULL DEFAULT '',
            phones TEXT NOT NULL DEFAULT '',
            phone_digits TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'other',
            stage TEXT NOT NULL DEFAULT 'new',
            value REAL,
            currency TEXT NOT NULL DEFAULT '',
            preferred_channel TEXT,
            interval_count INTEGER,
            interval_unit TEXT,
            best_time TEXT NOT NULL DEFAULT '',
            rapport TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            do_not_contact INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            last_touch_at TEXT,
            next_step_at TEXT
        );
        CREATE INDEX leads_by_name ON leads (name COLLATE NOCASE, id);
        CREATE INDEX leads_by_company ON leads (company COLLATE NOCASE, id);
        CREATE INDEX leads_by_stage ON leads ({STAGE_ORDER_SQL}, id);
        CREATE INDEX leads_by_stage_key ON leads (stage, id);
        CREATE INDEX leads_by_phone ON leads (phones, id);
        CREATE INDEX leads_by_email ON leads (emails COLLATE NOCASE, id);
        CREATE INDEX leads_by_source ON leads (source, id);
        CREATE INDEX leads_by_value ON leads (value, id);
        CREATE INDEX leads_by_last_touch ON leads (last_touch_at, id);
        CREATE INDEX leads_by_next_step ON leads (next_step_at, id);
        CREATE INDEX leads_by_created ON leads (created_at, id);

        CREATE TABLE lead_tags (
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            tag TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (lead_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX lead_tags_by_tag ON lead_tags (tag, lead_id);

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE VIRTUAL TABLE leads_fts USING fts5(
            {cols},
            content='leads', content_rowid='id',
            tokenize="unicode61 remove_diacritics 2",
            prefix='1 2 3'
        );
        CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
            INSERT INTO leads_fts (rowid, {cols}) VALUES (new.id, {new_cols});
        END;
        CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
            INSERT INTO leads_fts (leads_fts, rowid, {cols}) VALUES ('delete', old.id, {old_cols});
        END;
        CREATE TRIGGER leads_fts_update AFTER UPDATE OF {cols} ON leads BEGIN
            INSERT INTO leads_fts (leads_fts, rowid, {cols}) VALUES ('delete', old.id, {old_cols});
            INSERT INTO leads_fts (rowid, {cols}) VALUES (new.id, {new_cols});
        END;
        """
    )


ACTIVE_STAGES_SQL = "('new', 'contacted', 'qualified', 'proposal', 'negotiation', 'nurture')"


@_migration("0002_followups")
def _followups(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE cadences (
            id INTEGER PRIMARY KEY,
            builtin TEXT UNIQUE,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            steps TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO cadences (builtin, name) VALUES
            ('after_first_meeting', 'After first meeting'),
            ('post_sale', 'Post-sale'),
            ('new_web_inquiry', 'New web inquiry');

        CREATE TABLE followups (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            due_date TEXT NOT NULL,
            due_time TEXT,
            due_at TEXT NOT NULL,
            zone TEXT NOT NULL,
            channel TEXT NOT NULL,
            objective TEXT NOT NULL,
            objective_note TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            remind INTEGER NOT NULL DEFAULT 1,
            remind_minutes INTEGER NOT NULL DEFAULT 15,
            remind_at TEXT,
            state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'cancelled')),
            outcome TEXT,
            result_note TEXT NOT NULL DEFAULT '',
            done_at TEXT,
            first_response INTEGER NOT NULL DEFAULT 0,
            cadence_id INTEGER REFERENCES cadences(id) ON DELETE SET NULL,
            cadence_step INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX followups_by_lead ON followups (lead_id, state, due_at);
        CREATE INDEX followups_planned_by_day ON followups (due_date, due_time) WHERE state = 'planned';
        CREATE INDEX followups_by_day ON followups (due_date, state);
        CREATE INDEX followups_reminders ON followups (remind_at) WHERE state = 'planned' AND remind_at IS NOT NULL;
        CREATE INDEX followups_cadence ON followups (cadence_id) WHERE cadence_id IS NOT NULL;
        CREATE INDEX followups_first_response ON followups (due_at) WHERE state = 'planned' AND first_response = 1;

        CREATE TABLE lead_events (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX lead_events_by_lead ON lead_events (lead_id, at);

        ALTER TABLE leads ADD COLUMN unanswered_streak INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE leads ADD COLUMN streak_started_at TEXT;
        ALTER TABLE leads ADD COLUMN stop_reset_at TEXT;
        CREATE INDEX leads_in_streak ON leads (streak_started_at, unanswered_streak) WHERE unanswered_streak > 0;
        CREATE INDEX leads_without_next_step ON leads (stage) WHERE next_step_at IS NULL;
        """
    )


@_migration("0003_imports")
def _imports(db: sqlite_utils.Database) -> None:
    """Imports are undoable after a restart: each batch lists the leads it added and,
    for the ones it merged into, their rows as they were before (JSON snapshots).
    ``book_id`` names this book in calendar UIDs, so two books never collide."""
    db.executescript(
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL DEFAULT '',
            added INTEGER NOT NULL DEFAULT 0,
            merged INTEGER NOT NULL DEFAULT 0,
            undone_at TEXT
        );
        CREATE INDEX imports_by_fingerprint ON imports (fingerprint);
        CREATE TABLE import_items (
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            lead_id INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('added', 'merged')),
            before TEXT,
            PRIMARY KEY (import_id, lead_id)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO settings (key, value) VALUES ('book_id', lower(hex(randomblob(8))));
        """
    )


@_migration("0004_reminders")
def _reminders(db: sqlite_utils.Database) -> None:
    """Reminder states kept in the book, so they survive a restart: a dismissed reminder never
    comes back, a snoozed one signals at ``snoozed_until`` instead of ``remind_at``. Moving a
    follow-up in time (or switching its reminder off and on) starts its reminder afresh.
    The index serves both "what is due now" and "when is the next wake-up"."""
    db.executescript(
        """
        ALTER TABLE followups ADD COLUMN reminder_dismissed_at TEXT;
        ALTER TABLE followups ADD COLUMN snoozed_until TEXT;
        CREATE INDEX followups_reminder_wake ON followups (coalesce(snoozed_until, remind_at))
            WHERE state = 'planned' AND remind_at IS NOT NULL AND reminder_dismissed_at IS NULL;
        CREATE TRIGGER followups_reminder_reset AFTER UPDATE OF due_at, remind, remind_minutes ON followups
            WHEN new.due_at IS NOT old.due_at OR new.remind IS NOT old.remind
                 OR new.remind_minutes IS NOT old.remind_minutes
        BEGIN
            UPDATE followups SET reminder_dismissed_at = NULL, snoozed_until = NULL WHERE id = new.id;
        END;
        """
    )


@_migration("0005_revisits")
def _revisits(db: sqlite_utils.Database) -> None:
    """Every "no" with its reason, who said it, and when to call back (seed 003).
    ``revisit_on`` is a local date (NULL: never); only 'queued' rows are in the queue, and
    the index serves "due until" and "upcoming". ``closed_at`` dates the action taken, so
    "reopened, then won" can be counted from the stage events after it."""
    db.executescript(
        """
        CREATE TABLE revisits (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            said_no_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            revisit_on TEXT,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'reopened', 'requeued', 'new_contact', 'never')),
            closed_at TEXT
        );
        CREATE INDEX revisits_queue ON revisits (state, revisit_on);
        CREATE INDEX revisits_by_lead ON revisits (lead_id, state);
        """
    )


@_migration("0006_calendar_load")
def _calendar_load(db: sqlite_utils.Database) -> None:
    # A month's load by day and channel read from the index alone: 2.5 ms instead of ~50 ms
    # at 500,000 follow-ups.
    db.execute("CREATE INDEX followups_planned_day_channel ON followups (due_date, channel) WHERE state = 'planned'")


@_migration("0007_revisit_reminders")
def _revisit_reminders(db: sqlite_utils.Database) -> None:
    """A queued revisit reminds like a date-only follow-up, at the start of the working day of
    ``revisit_on``; dismissed and snoozed states are kept here, so they survive a restart.
    The signal instant of an unsnoozed revisit is not stored (it follows the working-day
    start), so two partial indexes serve "due" and "next wake-up": one by day for the
    unsnoozed, one by snooze end for the snoozed."""
    db.executescript(
        """
        ALTER TABLE revisits ADD COLUMN reminder_dismissed_at TEXT;
        ALTER TABLE revisits ADD COLUMN snoozed_until TEXT;
        CREATE INDEX revisits_reminder_day ON revisits (revisit_on)
            WHERE state = 'queued' AND revisit_on IS NOT NULL AND reminder_dismissed_at IS NULL
                  AND snoozed_until IS NULL;
        CREATE INDEX revisits_reminder_snoozed ON revisits (snoozed_until)
            WHERE state = 'queued' AND revisit_on IS NOT NULL AND reminder_dismissed_at IS NULL
                  AND snoozed_until IS NOT NULL;
        """
    )


@_migration("0008_agenda_days")
def _agenda_days(db: sqlite_utils.Database) -> None:
    """Today's day sections (overdue, today, tomorrow) leave first responses out: an index of
    only the others lets them walk it alone, however many first responses a big import of web
    inquiries brings (those were tested row by row in the table: ~60 ms at 67,000)."""
    db.execute(
        "CREATE INDEX followups_agenda_day ON followups (due_date, due_time) "
        "WHERE state = 'planned' AND first_response = 0"
    )


@_migration("0009_possible_duplicates")
def _possible_duplicates(db: sqlite_utils.Database) -> None:
    """Pairs of leads that may be one person (an import found a shared e-mail, phone, or name
    and company, but the rest disagreed): listed for review. ``lead_a < lead_b``; ``reason``
    is what they share; ``status`` is open, merged, or not_same (the seller said so: never
    asked again). No foreign keys: undo puts a lead back by deleting and inserting its row, and a
    cascade would take its pairs with it. A pair counts while both leads exist and were created by
    ``found_at`` (an id used again by a later lead is another person); store.duplicates reads so."""
    db.executescript(
        """
        CREATE TABLE possible_duplicates (
            id INTEGER PRIMARY KEY,
            lead_a INTEGER NOT NULL,
            lead_b INTEGER NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('email', 'phone', 'name')),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'not_same')),
            found_at TEXT NOT NULL,
            decided_at TEXT,
            CHECK (lead_a < lead_b),
            UNIQUE (lead_a, lead_b)
        );
        CREATE INDEX possible_duplicates_by_b ON possible_duplicates (lead_b);
        CREATE INDEX possible_duplicates_open ON possible_duplicates (status, id);
        """
    )


@_migration("0010_progress")
def _progress(db: sqlite_utils.Database) -> None:
    """The Progress page's figures for a period read through indexes, never a walk of every
    follow-up (store/progress.py): decisions by when they happened, each with the lead's touches
    up to it (``touches``, counted by a trigger when the stage event is written: a touch is never
    logged in the past, so the count stays true), each lead's touches by time (for the leads let
    go in silence), each day's latest logged and cancelled follow-up (was it handled by
    the end of its day?), and revisits by when they ended. A lead's first touch is kept on its row
    (``first_touch_at``, like ``last_touch_at``, and the hours from the lead's creation to it), so
    the leads of a period and how soon each was first touched are one walk of one index."""
    db.executescript(
        """
        ALTER TABLE leads ADD COLUMN first_touch_at TEXT;
        ALTER TABLE leads ADD COLUMN first_touch_hours REAL;
        UPDATE leads SET first_touch_at = (SELECT min(done_at) FROM followups f
                                           WHERE f.lead_id = leads.id AND f.state = 'done');
        UPDATE leads SET first_touch_hours = (julianday(first_touch_at) - julianday(created_at)) * 24
            WHERE first_touch_at IS NOT NULL;
        CREATE INDEX leads_created_first ON leads (created_at, source, first_touch_hours);
        ALTER TABLE lead_events ADD COLUMN touches INTEGER;
        UPDATE lead_events SET touches = (SELECT count(*) FROM followups f WHERE f.lead_id = lead_events.lead_id
                                          AND f.state = 'done' AND f.done_at <= lead_events.at)
            WHERE kind = 'stage' AND text IN ('won', 'no', 'nurture');
        CREATE TRIGGER lead_events_decision_touches AFTER INSERT ON lead_events
            WHEN new.kind = 'stage' AND new.text IN ('won', 'no', 'nurture') AND new.touches IS NULL
        BEGIN
            UPDATE lead_events SET touches = (SELECT count(*) FROM followups f WHERE f.lead_id = new.lead_id
                                              AND f.state = 'done' AND f.done_at <= new.at)
            WHERE id = new.id;
        END;
        CREATE INDEX lead_events_decisions ON lead_events (at, lead_id, text, touches)
            WHERE kind = 'stage' AND text IN ('won', 'no', 'nurture');
        CREATE INDEX followups_touches ON followups (lead_id, done_at) WHERE state = 'done';
        CREATE INDEX followups_done_by_day ON followups (due_date, done_at) WHERE state = 'done';
        CREATE INDEX followups_cancelled_by_day ON followups (due_date, updated_at) WHERE state = 'cancelled';
        CREATE INDEX revisits_closed ON revisits (closed_at, lead_id) WHERE closed_at IS NOT NULL;
        """
    )


@_migration("0011_sync_state")
def _sync_state(db: sqlite_utils.Database) -> None:
    """What calendar sync knows of the server (store/sync_state.py): one row per published item
    (its UID, where it lives, the server's ETag, the fingerprint of what was last sent or agreed,
    and when the phone marked it done) and one row for the calendar (its URL and sync-token). No
    foreign keys: undo puts a follow-up back by deleting and inserting its row."""
    db.executescript(
        """
        CREATE TABLE sync_items (
            uid TEXT PRIMARY KEY,
            followup_id INTEGER NOT NULL,
            href TEXT NOT NULL,
            etag TEXT NOT NULL DEFAULT '',
            sent TEXT NOT NULL DEFAULT '',
            done_on_phone_at TEXT
        );
        CREATE INDEX sync_items_by_followup ON sync_items (followup_id);
        CREATE INDEX sync_items_done_on_phone ON sync_items (done_on_phone_at) WHERE done_on_phone_at IS NOT NULL;
        CREATE TABLE sync_calendar (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            url TEXT NOT NULL,
            sync_token TEXT NOT NULL DEFAULT ''
        );
        """
    )


# The tables the duplicate search of an import reads; each change to them counts (migration 0012).
COUNTED_TABLES = ("leads", "lead_tags")
CHANGE_TRIGGERS = tuple(
    f"{table}_counted_{event}" for table in COUNTED_TABLES for event in ("insert", "update", "delete")
)
COUNT_CHANGE_SQL = "UPDATE book_changes SET n = n + 1 WHERE id = 1"


@_migration("0012_change_count")
def _change_count(db: sqlite_utils.Database) -> None:
    """A count of the changes to leads and their tags, kept by triggers in the writing
    transaction, by whichever connection or program writes: an import planned against the book
    compares it inside its write transaction and plans again when it moved (store.imports.
    leads_state). Exact, where the leads' number, highest id and newest change time missed an
    edit within the same second. Bulk writes of store.leads set the triggers aside and count once."""
    db.execute("CREATE TABLE book_changes (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)")
    db.execute("INSERT INTO book_changes (id, n) VALUES (1, 0)")
    for table in COUNTED_TABLES:
        for event in ("insert", "update", "delete"):
            db.execute(f"CREATE TRIGGER {table}_counted_{event} AFTER {event.upper()} ON {table} "
                       f"BEGIN {COUNT_CHANGE_SQL}; END")  # fmt: skip


DECISION_SQL = "kind = 'stage' AND text IN ('won', 'no', 'nurture')"


def _next_decision_sql(lead: str) -> str:
    """Sets ``next_decision_at`` on every decision event of one lead: when its next decision was
    (by time, then id), NULL for its latest."""
    return f"""UPDATE lead_events SET next_decision_at = (
                   SELECT min(x.at) FROM lead_events x INDEXED BY lead_events_by_lead
                   WHERE x.lead_id = lead_events.lead_id AND x.kind = 'stage' AND x.text IN ('won', 'no', 'nurture')
                     AND (x.at > lead_events.at OR (x.at = lead_events.at AND x.id > lead_events.id)))
               WHERE lead_id = {lead} AND {DECISION_SQL}"""


def _after_revisit_sql(lead: str) -> str:
    """Sets ``after_revisit`` on every win of one lead: a "no" of the lead was reopened (or a new
    contact person found) before the win."""
    return f"""UPDATE lead_events SET after_revisit = EXISTS (
                   SELECT 1 FROM revisits r INDEXED BY revisits_by_lead
                   WHERE r.lead_id = lead_events.lead_id AND r.state IN ('reopened', 'new_contact')
                     AND r.closed_at <= lead_events.at)
               WHERE lead_id = {lead} AND kind = 'stage' AND text = 'won'"""


@_migration("0013_progress_counts")
def _progress_counts(db: sqlite_utils.Database) -> None:
    """The Progress page counts a period's decisions and new leads from index entries alone, with
    no sort (store/progress.py). Each decision event knows when the lead's next decision came
    (``next_decision_at``: the latest decision of a period is the one whose next is after it, so
    no grouping by lead) and whether a win came after a reopened "no" (``after_revisit``); both
    are kept by triggers in the writing transaction, whichever write adds, moves, deletes or puts
    back an event or a revisit. The decisions are indexed by decision and touches, then time
    (one range per bar of the chart); the leads by source, then creation or hours to the first
    touch (counts per source by range, medians read in order); the leads with nothing planned by
    their last touch (the ones let go in silence)."""
    statements = [
        "ALTER TABLE lead_events ADD COLUMN next_decision_at TEXT",
        "ALTER TABLE lead_events ADD COLUMN after_revisit INTEGER",
        _next_decision_sql("lead_events.lead_id"),
        _after_revisit_sql("lead_events.lead_id"),
        "DROP INDEX lead_events_decisions",
        f"""CREATE INDEX lead_events_decisions ON lead_events (text, touches, at, next_decision_at, after_revisit)
            WHERE {DECISION_SQL}""",
        f"""CREATE TRIGGER lead_events_next_decision_insert AFTER INSERT ON lead_events
            WHEN new.kind = 'stage' AND new.text IN ('won', 'no', 'nurture')
            BEGIN {_next_decision_sql("new.lead_id")}; {_after_revisit_sql("new.lead_id")}; END""",
        f"""CREATE TRIGGER lead_events_next_decision_delete AFTER DELETE ON lead_events
            WHEN old.kind = 'stage' AND old.text IN ('won', 'no', 'nurture')
            BEGIN {_next_decision_sql("old.lead_id")}; END""",
        f"""CREATE TRIGGER lead_events_next_decision_update AFTER UPDATE OF lead_id, at, kind, text ON lead_events
            BEGIN {_next_decision_sql("old.lead_id")}; {_next_decision_sql("new.lead_id")};
                  {_after_revisit_sql("old.lead_id")}; {_after_revisit_sql("new.lead_id")}; END""",
        f"CREATE TRIGGER revisits_after_revisit_insert AFTER INSERT ON revisits BEGIN {_after_revisit_sql('new.lead_id')}; END",
        f"CREATE TRIGGER revisits_after_revisit_delete AFTER DELETE ON revisits BEGIN {_after_revisit_sql('old.lead_id')}; END",
        f"""CREATE TRIGGER revisits_after_revisit_update AFTER UPDATE OF lead_id, state, closed_at ON revisits
            BEGIN {_after_revisit_sql("old.lead_id")}; {_after_revisit_sql("new.lead_id")}; END""",
        "CREATE INDEX leads_source_created ON leads (source, created_at, first_touch_hours)",
        "CREATE INDEX leads_source_first_touch ON leads (source, first_touch_hours, created_at)",
        "CREATE INDEX leads_let_go ON leads (last_touch_at, stage) WHERE next_step_at IS NULL",
    ]
    for statement in statements:
        db.execute(statement)


#: The characters a search word is matched by substring for, not by FTS5 words (store.leads): kana,
#: CJK ideographs (with extension A and the compatibility ones) and Hangul syllables. FTS5's
#: unicode61 tokenizer keeps a run of them as one word, so "王" would not find "王芳".
CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))
#: The text columns a search word with such characters is looked for in (``LIKE '%word%'`` on each).
CJK_COLUMNS = ("name", "company", "notes", "rapport")
#: One such character as a GLOB (and regular expression) character class.
CJK_CLASS = "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in CJK_RANGES) + "]"


@functools.cache
def cjk_regex(*, run: bool = False) -> re.Pattern[str]:
    """``CJK_CLASS`` (``run``: a run of such characters) as a regular expression, compiled when first
    used: its wide ranges take 2-4 ms to compile, which Today's first paint does not need."""
    return re.compile(CJK_CLASS + ("+" if run else ""))


def cjk_text_sql(row: str) -> str:
    """A lead's searched columns as one text, a line each (``row`` is a table's or a trigger's
    ``new``/``old``): a search word holds no line break, so ``LIKE '%word%'`` on it matches
    exactly where it matches one of the columns, and its grams are the columns' grams."""
    return " || char(10) || ".join(f"{row}.{column}" for column in CJK_COLUMNS)


def cjk_grams(text: str) -> set[str]:
    """The grams of a lead's searched text (``cjk_text_sql``): every CJK character and every two
    adjacent ones. What the triggers' SQL (``_cjk_document_sql``) gives, computed in Python for
    the migration's fill and bulk writes (store.leads)."""
    grams: set[str] = set()
    if not text.isascii():
        for run in cjk_regex(run=True).findall(text):
            grams.update(run)
            grams.update(map(operator.add, run, run[1:]))
    return grams


def _cjk_document_sql(row: str) -> str:
    """A SELECT of one value: the grams of one lead (``row`` is ``new`` or ``old`` in a
    trigger), each once, separated by spaces: its document in ``leads_cjk``; NULL when none.

    The text is walked a byte at a time, as a BLOB (``json_each`` over an array of its length
    gives the positions: triggers cannot use WITH), because ``substr`` on text counts
    characters from the start each time, which made saving a long Chinese note quadratic
    (17 ms for 2,000 characters; now linear: 46 ms for 20,000). Every character of the five
    ranges is three bytes in UTF-8 with a lead byte from E3 to EF, and a lead byte starts a
    character: the three bytes from one are that character, the six from one with another
    lead byte three further on are two adjacent characters; the GLOB keeps the CJK ones. A
    column that is all ASCII, or has no character from the first CJK one to the last (one GLOB
    range), is not walked. The columns are walked one by one: the grams of the joined text
    (``cjk_grams``) are theirs, as a line break is no CJK character, and SQLite computes the
    BLOB of a column once per walk but that of an expression joining them at every step
    (quadratic again: 0.9 s for a 20,000-character note)."""
    parts = []
    for column in CJK_COLUMNS:  # a column at a time: SQLite computes a column's BLOB once, not the texts joined
        text = f"{row}.{column}"
        blob = f"CAST({text} AS BLOB)"
        positions = f"json_each('[' || substr(replace(hex(zeroblob(length({blob}))), '00', ',0'), 2) || ']')"
        maybe = f"length({blob}) > length({text}) AND {text} GLOB '*[{chr(0x3040)}-{chr(0xFAFF)}]*'"
        lead = f"substr({blob}, key + 1, 1) BETWEEN x'E3' AND x'EF'"
        for size, also in ((1, ""), (2, f" AND substr({blob}, key + 4, 1) BETWEEN x'E3' AND x'EF'")):
            gram = f"CAST(substr({blob}, key + 1, {3 * size}) AS TEXT)"
            parts.append(f"SELECT {gram} AS gram FROM {positions} WHERE {maybe} AND {lead}{also} "
                         f"AND {gram} GLOB '{CJK_CLASS * size}'")  # fmt: skip
    return f"SELECT group_concat(gram, ' ') AS grams FROM ({' UNION '.join(parts)})"


def _maybe_cjk_row_sql(row: str) -> str:
    return " OR ".join(f"length(CAST({row}.{c} AS BLOB)) > length({row}.{c})" for c in CJK_COLUMNS)


@_migration("0014_cjk_grams")
def _cjk_grams(db: sqlite_utils.Database) -> None:
    """Search as you type for Chinese, Japanese and Korean words (store.leads._first_cjk_ids): a
    word with such characters matches where ``LIKE '%word%'`` does in name, company, notes or
    rapport, which a scan of every lead answered (40-67 ms at 100,000 leads, any word).

    ``leads_cjk`` indexes each lead's grams: every CJK character of those columns (the leads of
    a one-character word are exactly that gram's) and every two adjacent ones (a two-character
    word likewise). A longer word, or one mixed with Latin letters, takes the leads of its
    rarest gram and checks each with the LIKE on ``leads_cjk_text``: the four columns of the
    leads that have such characters, one text each (``cjk_text_sql``), in a narrow table (a
    check there costs a third of one on the wide lead row: 3.7 ms instead of 10.8 for 12,600
    candidates). Only leads with CJK characters have entries.

    ``leads_cjk`` is a contentless FTS5 table that stores only which leads have each gram
    (``detail=none``), with the ``ascii`` tokenizer, for which every non-ASCII character is part
    of a word: a lead's document is its grams, spaced. Measured with 20,000 leads with Chinese
    notes written in bulk: 0.40 s without any of this; 2.98 s, and a book twice the size, with
    the grams as a table of (gram, lead) rows; 0.84 s and a third more space as here (the
    grams' postings themselves take 0.08 s and 1.4 MB). The triggers write both tables in the
    writing transaction, whichever connection or program writes (a contentless table forgets a
    lead only when told its document again: the delete trigger computes it from the old row);
    a Latin lead's write costs them one test of its four columns for non-ASCII text, and an
    update that leaves those columns as they were (an edit of other fields, most merges) none. Bulk
    writes (store.leads) set them aside and write the same rows, computed in Python.

    Needs nothing of SQLite the book did not already: FTS5, and JSON1's ``json_each`` (built in
    since 3.38; store.progress uses it too). Weighed against: FTS5's trigram tokenizer (SQLite
    >= 3.34, 3.40 here and in Debian 12's Python; but a trigram index finds nothing shorter
    than three characters, and indexing every Latin note in trigrams would slow imports by far
    more than a few percent); walking the sort order's index with
    the LIKE until a screen is full (fast when matches are common, but Chinese names sort
    after Latin ones, so a surname walks nearly the whole book, and the count still needs the
    scan)."""
    db.execute("CREATE VIRTUAL TABLE leads_cjk USING fts5(grams, content='', detail=none, tokenize='ascii')")
    db.execute("CREATE TABLE leads_cjk_text (lead_id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    documents: list[tuple[int, str]] = []
    texts: list[tuple[int, str]] = []
    for lead_id, text in db.conn.execute(f"SELECT id, {cjk_text_sql('leads')} FROM leads"):
        grams = cjk_grams(text)
        if grams:
            documents.append((lead_id, " ".join(grams)))
            texts.append((lead_id, text))
    db.conn.executemany("INSERT INTO leads_cjk (rowid, grams) VALUES (?, ?)", documents)
    db.conn.executemany("INSERT INTO leads_cjk_text (lead_id, text) VALUES (?, ?)", texts)
    add_new = f"""INSERT INTO leads_cjk (rowid, grams) SELECT new.id, grams FROM ({_cjk_document_sql("new")})
                  WHERE grams IS NOT NULL;
                  INSERT INTO leads_cjk_text (lead_id, text) SELECT new.id, {cjk_text_sql("new")}
                  WHERE {cjk_text_sql("new")} GLOB '*{CJK_CLASS}*';"""
    take_old = f"""INSERT INTO leads_cjk (leads_cjk, rowid, grams) SELECT 'delete', old.id, grams
                   FROM ({_cjk_document_sql("old")}) WHERE grams IS NOT NULL;
                   DELETE FROM leads_cjk_text WHERE lead_id = old.id;"""
    db.execute(f"CREATE TRIGGER leads_cjk_insert AFTER INSERT ON leads WHEN {_maybe_cjk_row_sql('new')} "
               f"BEGIN {add_new} END")  # fmt: skip
    db.execute(f"CREATE TRIGGER leads_cjk_delete AFTER DELETE ON leads WHEN {_maybe_cjk_row_sql('old')} "
               f"BEGIN {take_old} END")  # fmt: skip
    changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in ("id", *CJK_COLUMNS))
    db.execute(f"CREATE TRIGGER leads_cjk_update AFTER UPDATE OF id, {', '.join(CJK_COLUMNS)} ON leads "
               f"WHEN ({changed}) AND ({_maybe_cjk_row_sql('old')} OR {_maybe_cjk_row_sql('new')}) "
               f"BEGIN {take_old} {add_new} END")  # fmt: skip


# Counts the start and every refresh after a write show, kept by triggers (migration 0015).
LEAD_COUNT_TRIGGERS = ("leads_kept_insert", "leads_kept_delete")
MOVE_LEAD_COUNT_SQL = "UPDATE kept_counts SET n = n + ? WHERE name = 'leads'"
#: What each kept count counts, the real way: for the migration and ``store.database.mend_kept_counts``.
COUNTED_SQL = {
    "leads": "SELECT count(*) FROM leads",
    "first_responses": "SELECT count(*) FROM followups WHERE state = 'planned' AND first_response = 1",
}
#: A kept count, or (its row gone) the real count.
KEPT_COUNT_SQL = {name: f"SELECT coalesce((SELECT n FROM kept_counts WHERE name = '{name}'), ({sql}))"
                  for name, sql in COUNTED_SQL.items()}  # fmt: skip


def _planned_first_response(row: str) -> str:
    """1 when the follow-up ``row`` (new or old) is a planned first response, else 0."""
    return f"({row}.state = 'planned' AND {row}.first_response = 1)"


@_migration("0015_kept_counts")
def _kept_counts(db: sqlite_utils.Database) -> None:
    """How many leads the book holds and how many first responses are planned, kept by triggers
    in the writing transaction (whichever connection or program writes), so that the navigation
    and Today read one row each. Counting walked an index instead: at 100,000 leads with 67,000
    first responses planned (an import of web-form leads), 1.5 and 4 ms at start, before the
    window could paint, and the first responses 2.6 ms again at every refresh after a write.
    Bulk writes of leads (store.leads) set the leads' triggers aside and move the count once.
    Not seen by the triggers: a row another program replaces on a connection without recursive
    triggers (INSERT OR REPLACE then deletes without firing them); ``leadbook check`` sets such
    counts right (store.database.mend_kept_counts)."""
    db.execute("CREATE TABLE kept_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    for name, sql in COUNTED_SQL.items():
        db.execute(f"INSERT INTO kept_counts (name, n) VALUES ('{name}', ({sql}))")
    for trigger, event, step in zip(LEAD_COUNT_TRIGGERS, ("INSERT", "DELETE"), ("+ 1", "- 1"), strict=True):
        db.execute(f"CREATE TRIGGER {trigger} AFTER {event} ON leads "
                   f"BEGIN UPDATE kept_counts SET n = n {step} WHERE name = 'leads'; END")  # fmt: skip
    new, old = _planned_first_response("new"), _planned_first_response("old")
    change = "UPDATE kept_counts SET n = n + ({}) WHERE name = 'first_responses'"
    db.execute(f"CREATE TRIGGER followups_kept_insert AFTER INSERT ON followups WHEN {new} "
               f"BEGIN {change.format(1)}; END")  # fmt: skip
    db.execute(f"CREATE TRIGGER followups_kept_delete AFTER DELETE ON followups WHEN {old} "
               f"BEGIN {change.format(-1)}; END")  # fmt: skip
    # state and first_response are NOT NULL, so each test is 0 or 1, never NULL.
    db.execute(f"CREATE TRIGGER followups_kept_update AFTER UPDATE OF state, first_response ON followups "
               f"WHEN {new} != {old} BEGIN {change.format(f'{new} - {old}')}; END")  # fmt: skip


SCHEMA_VERSION = len(_STEPS)

_MADE: list[Migrations] = []


def migrations() -> Migrations:
    """The migrations as sqlite-utils applies them (made once, on first need)."""
    if not _MADE:
        from sqlite_utils.migrations import Migrations  # noqa: PLC0415 - only a book that needs a migration

        made = Migrations("leadbook")
        for name, step in _STEPS:
            made(name=name)(step)
        _MADE.append(made)
    return _MADE[0]


def __getattr__(name: str) -> Any:
    if name == "MIGRATIONS":  # the name tests and tools know
        return migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
