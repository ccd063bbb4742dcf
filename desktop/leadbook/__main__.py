"""Where the ``leadbook`` command starts: its console and GUI scripts, ``python -m leadbook`` and the
frozen app all call ``main`` here.

Python's cyclic garbage collector is off from the first import: loading Leadbook and PySide6
allocates much and frees little, and each collection walks all of it (29 collections, about 3 ms,
while ``cli`` loaded, before the command line was read). ``cli`` turns it back on once the command
line is read, with what loading built set aside (``gc.freeze``); the app turns it off again until
Today has painted (``app._settle_start``).
"""

import gc


def main() -> int:
    gc.disable()
    from leadbook.cli import main as run  # noqa: PLC0415 - loaded once the collector is off

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
