from otop_desktop.cli import main

raise SystemExit(main())
