"""A writer process for the crash-safety tests: writes forever until it is killed.

It prints a line after each commit, so the test knows which writes were confirmed:
``lead N`` for a single edit, ``batch K`` for a 300-lead "import" in one transaction.
"""

import sys
from pathlib import Path

from leadbook.book import LeadBook
from leadbook.core.model import Lead


def main(path: str, start: int) -> None:
    book = LeadBook.open(Path(path))
    n = start
    while True:
        n += 1
        book.add_leads([Lead(name=f"lead {n}", notes="confirmed single write " * 5)])
        print(f"lead {n}", flush=True)
        if n % 7 == 0:
            batch = f"batch-{n}"
            book.add_leads([Lead(name=f"{batch} row {k}", company=batch, notes="x" * 200) for k in range(300)])
            print(f"batch {batch}", flush=True)
        if n % 5 == 0:
            lead = book.lead(book.lead_ids()[0])
            book.update_lead(lead.with_changes(notes=f"edited at {n}"))
            print(f"edit {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
