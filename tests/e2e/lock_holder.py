"""A second process that holds a book's write lock: ``python lock_holder.py BOOK SECONDS``.

It begins ``BEGIN IMMEDIATE``, writes a setting, prints "locked" (the test reads that line,
so it knows the lock is held), keeps the lock for SECONDS (a negative number: until a line
arrives on stdin) and commits. The test itself never sleeps.
"""

import select
import sqlite3
import sys

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('lock_holder', 'was here')")
print("locked", flush=True)
seconds = float(sys.argv[2])
# Held until told on stdin, or for SECONDS at most (another program's long write).
select.select([sys.stdin], [], [], None if seconds < 0 else seconds)
conn.execute("COMMIT")
conn.close()
print("released", flush=True)
