"""What to do while the database has no centre yet.

The command line prints it (a bare ``conq-desktop``, ``status``, a window verb) and the
first-run window (conq_desktop.views.first_run) shows the same texts, so both take them
from here. Nobody has chosen a language yet when these are read: they are given in
Kyrgyz, Russian and English at once. No Qt here: the command line must not load it.
"""

from __future__ import annotations

from pathlib import Path

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _, in_every_language
from conq_desktop.resources import resource_path

NO_CENTRE = _(
    "The database has no centre yet: no services, windows or operators. "
    "Load your centre's file, or open the demo to look around first."
)
DATABASE = _("Database")
COMMAND_LINE = _("Command line")
SAMPLE_CENTRE_FILE = _("Sample centre file")
SETUP_COMMAND = "conq-desktop setup --from centre.toml"
DEMO_COMMAND = "conq-desktop demo"


def sample_centre_file() -> Path | None:
    """The demo centre shipped with the program: a complete centre file to start from."""
    try:
        return resource_path("demo-centre.toml")
    except ConfigError:
        return None


def first_run_guidance(location: str) -> str:
    """What to do with a database that has no centre, in Kyrgyz, Russian and English."""
    lines = [in_every_language(NO_CENTRE, "\n"), ""]
    lines.append(f"{in_every_language(COMMAND_LINE)}:")
    lines += [f"    {SETUP_COMMAND}", f"    {DEMO_COMMAND}"]
    lines.append(f"{in_every_language(DATABASE)}: {location}")
    sample = sample_centre_file()
    if sample is not None:
        lines.append(f"{in_every_language(SAMPLE_CENTRE_FILE)}: {sample}")
    return "\n".join(lines)
