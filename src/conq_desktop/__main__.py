"""Allows ``python -m conq_desktop``."""

from conq_desktop.cli.main import main

raise SystemExit(main())
