"""Calendar sync against a real Radicale on localhost: the first sync of N follow-ups, then a sync with
nothing changed, then one with one change; the HTTP requests each sends are counted (the client's
session counts them, ``leadbook.sync.connection.client``).

    /work/venv/bin/python tests/bench/bench_sync.py                    # 5,000 follow-ups (about half an hour)
    /work/venv/bin/python tests/bench/bench_sync.py --followups 300    # quick

The goal is in requests, not seconds: the first sync sends one PUT per follow-up plus a few, and the
two after it send O(changes): at most 1 with nothing changed, at most 3 with one change (the changes,
the PUT, the changes again so the next sync starts from the new token). The seconds are printed
beside a floor: the same number of bare PUTs of the same bodies through the same client.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime
from pathlib import Path

import _common
from _common import environment_line, make_lead

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))
from radicale_server import PASSWORD, USER, Radicale  # the tests' own server helper

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due
from leadbook.sync import connection
from leadbook.sync.engine import Engine

NOW = datetime(2026, 11, 23, 9, 30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--followups", type=int, default=5000)
    args = parser.parse_args()
    work = _common.SANDBOX / "work"
    server = Radicale(work / "radicale")
    server.start()
    try:
        clock = FakeClock(NOW, "Europe/Stockholm")
        rng = random.Random(1)
        with LeadBook.open(work / "bench.leadbook", clock) as book:
            planned = 0
            while planned < args.followups:  # not every lead gets a follow-up (won, lost, do not contact)
                book.add_leads([make_lead(rng) for _ in range(args.followups - planned)], plan_first=True)
                planned = len(book.published_items())
            dav, principal, found = connection.discover(server.url, USER, PASSWORD)
            url = connection.calendar_for(principal, found, "Leadbook").url
            auth = connection.auth_type_of(dav)
            dav.close()

            def sync() -> tuple[float, object]:
                client = connection.client(url, USER, PASSWORD, auth_type=auth, timeout=120)
                started = time.perf_counter()
                report = Engine(book, client, url).run()
                seconds = time.perf_counter() - started
                client.close()
                assert report.fault is None, report.detail
                return seconds, report

            first_s, first = sync()
            same_s, same = sync()
            item = book.published_items()[0]
            book.reschedule_followup(item.followup_id, Due(item.followup.due.day.replace(day=28)))
            one_s, one = sync()

            # The floor: the same number of bare PUTs to another calendar through the same kind of client.
            client = connection.client(server.url, USER, PASSWORD, auth_type=auth, timeout=120)
            floor_cal = connection.calendar_for(connection.principal_of(client), [], "Floor").url
            bodies = [book.calendar_object(p).decode() for p in book.published_items()]
            started = time.perf_counter()
            for n, body in enumerate(bodies):
                client.put(f"{floor_cal}{n}.ics", body, {"Content-Type": "text/calendar; charset=utf-8"})
            floor_s = time.perf_counter() - started
            client.close()
    finally:
        server.stop()
    print(environment_line())
    print(f"{planned} planned follow-ups, Radicale on localhost")
    print(f"{'sync':<24}{'requests':>10}{'sent':>8}{'seconds':>10}{'x floor':>9}  goal")
    rows = (
        ("first", first, first_s, f"<= {planned + 4} requests"),
        ("nothing changed", same, same_s, "<= 1 request"),
        ("one change", one, one_s, "<= 3 requests"),
    )
    for name, report, seconds, goal in rows:
        sent = report.published + report.updated + report.removed
        print(f"{name:<24}{report.requests:>10}{sent:>8}{seconds:>10.2f}{seconds / floor_s:>9.2f}  {goal}")
    print(f"{'floor: bare PUTs':<24}{len(bodies):>10}{len(bodies):>8}{floor_s:>10.2f}{1:>9.2f}")
    met = first.requests <= planned + 4 and same.requests <= 1 and one.requests <= 3
    print("goals met" if met else "GOALS MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
