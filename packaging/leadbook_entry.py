"""The frozen app's entry point: the same ``leadbook`` command that pip installs."""

from leadbook.__main__ import main

raise SystemExit(main())
