"""The frozen app's entry point: the same ``leadbook`` command that pip installs."""

from leadbook.cli import main

raise SystemExit(main())
