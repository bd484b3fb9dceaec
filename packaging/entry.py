"""The script PyInstaller builds both executables from (build_installer.spec)."""

from conq_desktop.frozen import main

raise SystemExit(main())
