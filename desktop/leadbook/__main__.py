from leadbook.cli import main

raise SystemExit(main())
