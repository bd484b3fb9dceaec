"""``db backup`` and ``db restore``, the daily copy a window starts (the command
line's side of conq_desktop.backup), and ``export``: the centre as a centre file."""

from __future__ import annotations

import argparse
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conq_desktop import backup
from conq_desktop.cli.commands import Context
from conq_desktop.cli.prompt import ask_yes, require_terminal
from conq_desktop.db import location
from conq_desktop.demo import demo_database_path
from conq_desktop.engine.centre_export import export_centre
from conq_desktop.engine.centre_state import centre_state
from conq_desktop.errors import UsageError, os_errors_as
from conq_desktop.i18n import Message, _, translate


def _file(name: str, option: str) -> Path:
    """The file a command names; an empty name (``--out=``) would mean the current
    folder, so it is a usage error."""
    if not name.strip():
        raise UsageError(_("“{key}” is empty"), key=option)
    return Path(name)


def db_backup(args: argparse.Namespace, ctx: Context) -> BackupReport:
    url = ctx.settings.db_url
    copy = backup.backup_database(url, _file(args.out, "--out"), force=args.force)
    return BackupReport(_database(url), copy)


def db_restore(args: argparse.Namespace, ctx: Context) -> RestoreReport:
    url = ctx.settings.db_url
    # Both before the question: a bad setting or a file that cannot be restored is
    # refused at once, not after a "yes".
    aside = backup.BackupPolicy.from_config().folder
    checked = backup.check_backup(url, _file(args.file, "FILE"))
    if not args.yes:
        _confirm(_database(url), checked)
    return RestoreReport(_database(url), backup.restore_backup(url, checked, aside))


def start_automatic_backup(ctx: Context) -> threading.Thread | None:
    """Today's copy of the database a window opens on, in the background.

    The database is opened (and upgraded) first, here, so that the copy never races
    the upgrade; failing to open it is the window's own failure. Neither the demo's
    database nor one without a centre yet is copied: the day's one copy is meant for
    the centre's queue."""
    url = ctx.settings.db_url
    db = ctx.db()
    if _is_demo(url):
        return None
    return backup.start_daily_backup(url, wanted=lambda: centre_state(db).is_set_up)


def _is_demo(url: str) -> bool:
    file = location(url)
    return file is not None and Path(file) == demo_database_path().absolute()


def _database(url: str) -> str:
    # Never the address itself: it may hold the server's password.
    return location(url) or "?"


def _confirm(database: str, checked: backup.CheckedBackup) -> None:
    """Ask at the terminal; without one, --yes must say it."""
    require_terminal(_("Restoring a backup asks to confirm: add --yes to confirm it."))
    question = _(
        "Replace the database {database} with {path} (schema {revision})? "
        "The current database is copied aside first. [y/N] "
    )
    ask_yes(
        translate(question, database=database, path=str(checked.path), revision=checked.revision)
    )


def _size(size: int) -> Message:
    if size < 1024 * 1024:
        return Message(_("{count} KB"), count=max(1, round(size / 1024)))
    return Message(_("{count} MB"), count=f"{size / (1024 * 1024):.1f}")


@dataclass(frozen=True)
class BackupReport:
    database: str
    copy: backup.Copy

    def as_text(self) -> str:
        return translate(
            _("{database} was backed up to {path} ({size})."),
            database=self.database,
            path=str(self.copy.path.absolute()),
            size=_size(self.copy.size),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "file": str(self.copy.path.absolute()),
            "bytes": self.copy.size,
        }


@dataclass(frozen=True)
class RestoreReport:
    database: str
    restored: backup.Restored

    def as_text(self) -> str:
        lines = [
            translate(
                _("{database} was restored from {path} (schema {revision})."),
                database=self.database,
                path=str(self.restored.source.absolute()),
                revision=self.restored.revision,
            )
        ]
        if self.restored.previous is not None:
            lines.append(
                translate(
                    _("The database it replaced was copied to {path}; restore that to undo."),
                    path=str(self.restored.previous.absolute()),
                )
            )
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        previous = self.restored.previous
        return {
            "database": self.database,
            "restored_from": str(self.restored.source.absolute()),
            "schema": self.restored.revision,
            "previous_copy": str(previous.absolute()) if previous else None,
        }


@dataclass(frozen=True)
class ExportReport:
    path: Path

    def as_text(self) -> str:
        return translate(_("Centre written to {path} (without PINs)."), path=str(self.path))

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path)}


def centre_export(args: argparse.Namespace, ctx: Context) -> ExportReport:
    """The centre as a centre file, without PINs: loading it back changes nothing."""
    path = _file(args.out, "--out")
    text = export_centre(ctx.db())
    if not args.force and (path.exists() or path.is_symlink()):
        raise UsageError(backup.ALREADY_THERE, path=str(path))
    # "x" unless --force: an export must not silently replace the centre file someone
    # keeps with the PINs in it.
    with (
        os_errors_as(backup.CANNOT_WRITE, path=str(path)),
        path.open("w" if args.force else "x", encoding="utf-8") as file,
    ):
        file.write(text)
    return ExportReport(path)
