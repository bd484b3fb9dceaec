"""Windows are tested offscreen: no display is needed, here or in CI."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
