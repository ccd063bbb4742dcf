#!/usr/bin/env python
"""Peak memory of ``leadbook import`` against the size of the file: a report, not a test.

For each size (default 1, 10 and 100 MB) it writes these files and imports each into a new
book with the real command, in a child process, and reads the child's peak RSS (``wait4``
``ru_maxrss``, through a tiny spawner as in bench_leads.py: a child's ru_maxrss includes the
high-water mark of the process it was forked from):

- contacts.csv: a Google Contacts export of synthetic people (name, e-mail, phone, company,
  a note of one to three sentences), as many rows as fit the size;
- contacts.vcf: the same people as vCard 3.0;
- one_note.vcf: one card whose NOTE fills the size (refused with a row error above 1 MB) and
  a small card after it, the case of the issue (a 10 MB NOTE took 1.5 GB);
- big_values.vcf: cards with a note just under the 1 MB limit until the size is reached (the
  largest values an import takes, each read by vobject).

The contacts files are imported twice: into a new book ("first"), and again into the book that
now holds them ("again": every row a duplicate, the duplicate search at its largest).

The floor is the same command importing a one-row file: Python, QtCore and Leadbook loaded.
The ratio is (peak - floor) / file size; the goal this bench proposes is "a small multiple",
at most 5.

    .venv/bin/python tests/bench/bench_import_memory.py                    # 1 and 10 MB (~2 min)
    .venv/bin/python tests/bench/bench_import_memory.py --sizes 100 --files contacts --first-only \
        --formats csv                                                      # 100 MB once (~1 min)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

MB = 1024 * 1024
KINDS = ("contacts", "one_note", "big_values")
GOAL_RATIO = 5.0

SPAWNER = """
import json, os, sys, time
argv, log = json.loads(sys.argv[1]), sys.argv[2]
out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
started = time.perf_counter()
pid = os.posix_spawn(argv[0], argv, os.environ,
                     file_actions=[(os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, out, 2)])
_, status, usage = os.wait4(pid, 0)
print(json.dumps([time.perf_counter() - started, os.waitstatus_to_exitcode(status), usage.ru_maxrss]))
"""

FIRST = ("Anna", "Lars", "Jürgen", "Maria", "James", "Åsa", "芳", "Wei", "Sarah", "Karl", "Emma", "Linda")
LAST = ("Svensson", "Müller", "Smith", "Lindqvist", "王", "Schmidt", "Carter", "Nilsson", "Brown", "Holm")
WORDS = (
    "met",
    "at",
    "the",
    "fair",
    "wants",
    "a",
    "quote",
    "for",
    "spring",
    "call",
    "after",
    "lunch",
    "budget",
    "approved",
    "next",
    "quarter",
    "asked",
    "about",
    "delivery",
    "times",
    "and",
    "prices",
    "Elmia",
    "Messe",
)


def sandbox_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEADBOOK_HOME=str(folder / "leadbook-home"),
               HOME=str(folder / "home"), XDG_CONFIG_HOME=str(folder / "config"),
               XDG_DATA_HOME=str(folder / "data"), XDG_CACHE_HOME=str(folder / "cache"))  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("leadbook-home", "home", "config", "data", "cache"):
        (folder / name).mkdir(exist_ok=True)
    return env


def person(rng: random.Random, n: int) -> tuple[str, str, str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    note = ". ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 14))) for _ in range(rng.randint(1, 3)))
    return (f"{first} {last}", f"p{n}@example.com", f"+46 70-{n:07d}",
            f"{last} {rng.choice(WORDS).title()} {n} AB", note)  # fmt: skip


def write_until(path: Path, size: int, head: str, item: Callable[[int], str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        written = out.write(head)
        n = 0
        while written < size:
            written += out.write(item(n))
            n += 1


def make_files(folder: Path, size_mb: int) -> list[Path]:
    rng = random.Random(size_mb)
    size = size_mb * MB
    csv_path, vcf_path = folder / f"contacts_{size_mb}mb.csv", folder / f"contacts_{size_mb}mb.vcf"

    def csv_row(n: int) -> str:
        name, email, phone, company, note = person(rng, n)
        return f'{name},{email},{phone},{company},"{note}"\r\n'

    def card(n: int) -> str:
        name, email, phone, company, note = person(rng, n)
        return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL;TYPE=INTERNET:{email}\r\nTEL;TYPE=CELL:{phone}\r\n"
                f"ORG:{company}\r\nNOTE:{note}\r\nEND:VCARD\r\n")  # fmt: skip

    write_until(csv_path, size, "Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Notes\r\n", csv_row)
    write_until(vcf_path, size, "", card)
    one_note = folder / f"one_note_{size_mb}mb.vcf"
    one_note.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Big\r\nNOTE:" + "Long note. " * (size // 11)
                        + "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Small\r\nEND:VCARD\r\n",
                        encoding="utf-8", newline="")  # fmt: skip
    big_values = folder / f"big_values_{size_mb}mb.vcf"
    write_until(big_values, size, "", lambda n: f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big {n}\r\nNOTE:"
                + "Note words " * ((MB - 4096) // 11) + "\r\nEND:VCARD\r\n")  # fmt: skip
    return [csv_path, vcf_path, one_note, big_values]


def import_peak(file: Path, folder: Path, env: dict[str, str], *, again: bool = False) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, last line of output) of ``leadbook import FILE`` into a new book,
    or ``again`` into the book the last call made."""
    from leadbook.book import LeadBook

    book = folder / f"{file.stem}.leadbook"
    if not again:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{book}{suffix}").unlink(missing_ok=True)
        LeadBook.open(book).close()
    argv = [sys.executable, "-m", "leadbook", "import", str(file), "--db", str(book)]
    log = folder / f"{file.stem}.log"
    done = subprocess.run([sys.executable, "-I", "-S", "-c", SPAWNER, json.dumps(argv), str(log)], env=env,
                          capture_output=True, text=True, timeout=1800, check=True)  # fmt: skip
    seconds, code, max_rss_kib = json.loads(done.stdout)
    output = log.read_text(errors="replace").strip().splitlines()
    if code != 0:
        raise RuntimeError(f"{file.name}: exit {code}\n" + "\n".join(output[-10:]))
    return seconds, max_rss_kib / 1024, (output[-1] if output else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10], metavar="MB")
    parser.add_argument("--files", nargs="+", default=list(KINDS), choices=KINDS, help="which files (default: all)")
    parser.add_argument("--formats", nargs="+", default=["csv", "vcf"], choices=["csv", "vcf"],
                        help="the contacts files' formats (default: both)")  # fmt: skip
    parser.add_argument("--first-only", action="store_true", help="no second import of the contacts files")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="leadbook-bench-memory-"))
    try:
        env = sandbox_env(folder)
        tiny = folder / "tiny.csv"
        tiny.write_text("Name\nAnna\n", encoding="utf-8")
        import_peak(tiny, folder, env)  # warm-up: bytecode cached, as installed
        _, floor, _ = import_peak(tiny, folder, env)
        print(f"floor: leadbook import of a one-row file: {floor:.0f} MB peak RSS\n")
        print(f"{'file':<24} {'import':<6} {'size MB':>8} {'peak MB':>8} {'above floor':>12} {'ratio':>6} {'s':>6}"
              f"  goal ≤ {GOAL_RATIO:g}×")  # fmt: skip
        for size_mb in args.sizes:
            for file in make_files(folder, size_mb):
                wanted = file.name.startswith(tuple(f"{kind}_" for kind in args.files)) and (
                    not file.name.startswith("contacts_") or file.suffix[1:] in args.formats
                )
                if not wanted:
                    file.unlink()
                    continue
                runs = [False] if args.first_only or not file.name.startswith("contacts_") else [False, True]
                for again in runs:
                    seconds, peak, last = import_peak(file, folder, env, again=again)
                    size = file.stat().st_size / MB
                    ratio = (peak - floor) / size
                    verdict = "ok" if ratio <= GOAL_RATIO else "MISSED"
                    print(f"{file.name:<24} {'again' if again else 'first':<6} {size:>8.1f} {peak:>8.0f} "
                          f"{peak - floor:>12.0f} {ratio:>5.1f}× {seconds:>6.1f}  {verdict}  ({last[:60]})",
                          flush=True)  # fmt: skip
                file.unlink()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
