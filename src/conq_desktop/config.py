"""Per-PC configuration: where the database is, the language, the printer.

Each value comes from, in order: the command line, an environment variable, the config
file (``config.toml`` in the user config folder, or ``CONQ_CONFIG``), a default.
Centre-wide settings (time zone, centre name) live in the database instead, so every
PC of a centre agrees on them.

The file carries the version of its layout (``version = 1``). A file of an older layout
is brought up to date as it is read, by the upgrade steps below, in order (as Picard
does with its ``config_upgrade.py``): a PC keeps its settings across program upgrades.
A file of a newer layout than this program knows is refused, not half-understood.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn, cast

import platformdirs

from conq_desktop.db import sqlite_file
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import LANGUAGES, Message, _
from conq_desktop.netshare import refuse_share
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.tomlfile import NUMBER, TABLE, TEXT, WHOLE_NUMBER, read_toml, shown

APP_NAME = "conq-desktop"
ENV_DB = "CONQ_DB"
ENV_CONFIG = "CONQ_CONFIG"
ENV_DATA_DIR = "CONQ_DATA_DIR"
ENV_LANG = "CONQ_LANG"
ENV_PRINTER = "CONQ_PRINTER"


def data_dir() -> Path:
    """Where the embedded database and logs live (``CONQ_DATA_DIR`` overrides; tests use it)."""
    override = os.environ.get(ENV_DATA_DIR)
    return (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )


def config_path() -> Path:
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_db_url() -> str:
    return f"sqlite:///{(data_dir() / 'conq.sqlite3').as_posix()}"


CONFIG_FILE = _("The config file {path}")

# The layout of config.toml this program reads and writes. A change of layout (a key
# renamed, moved into a table, a unit changed) raises it by one and adds the step that
# turns a file of the version before into this one, to _UPGRADES: appended, never
# edited, since files of every older version are still out there.
CONFIG_VERSION = 1
ConfigData = dict[str, object]


def _to_v1(data: ConfigData) -> ConfigData:
    """0.1.0 wrote no version; its keys are those of version 1."""
    return data


_UPGRADES: dict[int, Callable[[ConfigData], ConfigData]] = {1: _to_v1}

# Every key the file may have, and the type of its value. A key that is not here is
# refused: a misspelt "databse" silently ignored would give this PC a private, empty
# queue. The [printer] keys are those PrinterConfig.from_values reads, the [backup]
# ones those backup.BackupPolicy reads.
_KNOWN: dict[str, type | tuple[type, ...]] = {
    "version": int,
    "database": str,
    "language": str,
    "printer": dict,
    "backup": dict,
}
_PRINTER_KNOWN: dict[str, type | tuple[type, ...]] = {
    "uri": str,
    "paper_width": int,
    "mode": str,
    "profile": str,
    "text_codepage": str,
    "timeout": (int, float),
}
_BACKUP_KNOWN: dict[str, type | tuple[type, ...]] = {
    "folder": str,
    "keep_days": int,
}
# Each table of the file and its keys.
_TABLES = {"printer": _PRINTER_KNOWN, "backup": _BACKUP_KNOWN}
_KINDS: dict[type | tuple[type, ...], str] = {
    str: TEXT,
    int: WHOLE_NUMBER,
    (int, float): NUMBER,
    dict: TABLE,
}


def load_config_file(path: Path | None = None) -> dict[str, object]:
    """The config file, checked: only known keys, each of the right type and not empty.
    A missing file, or ``CONQ_CONFIG=/dev/null``, is no configuration at all."""
    path = path or config_path()
    if os.path.normcase(str(path)) == os.path.normcase(os.devnull):
        return {}
    data: ConfigData = read_toml(path, CONFIG_FILE, required=False)
    data = upgrade_config(path, data)
    _check_table(path, data, _KNOWN, "")
    for name, known in _TABLES.items():
        table = data.get(name)
        if isinstance(table, dict):
            _check_table(path, table, known, f"{name}.")
    language = data.get("language")
    if language is not None and language not in LANGUAGES:
        _fail(
            path,
            Message(
                _("“{key}” must be ky, ru or en, not “{value}”"),
                key="language",
                value=shown(str(language)),
            ),
        )
    return data


def upgrade_config(path: Path, data: ConfigData) -> ConfigData:
    """``data`` as of the current layout: each upgrade step from the file's version on,
    in order. The result carries ``version = CONFIG_VERSION``."""
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        _fail(path, Message(_("“{key}” must be {kind}"), key="version", kind=Message(WHOLE_NUMBER)))
    if version > CONFIG_VERSION:
        _fail(
            path,
            Message(
                _(
                    "it was written by a newer conq-desktop (layout {found}; this one reads "
                    "up to {known}): update the program on this PC"
                ),
                found=version,
                known=CONFIG_VERSION,
            ),
        )
    for step in range(version + 1, CONFIG_VERSION + 1):
        data = _UPGRADES[step](dict(data))
    return {**data, "version": CONFIG_VERSION}


def write_config_file(data: ConfigData, path: Path | None = None) -> Path:
    """Write ``data`` (checked as a read would check it) as the current layout, with
    its version, so that the next program reads it without guessing."""
    path = path or config_path()
    data = {**data, "version": CONFIG_VERSION}
    _check_table(path, data, _KNOWN, "")
    lines = [f"version = {CONFIG_VERSION}"]
    plain = [key for key in _KNOWN if key in data and key != "version" and key not in _TABLES]
    lines += [f"{key} = {_toml_value(data[key])}" for key in plain]
    for name, known in _TABLES.items():
        table = cast(ConfigData, data.get(name, {}))
        _check_table(path, table, known, f"{name}.")
        if table:
            lines += ["", f"[{name}]"]
            lines += [f"{key} = {_toml_value(value)}" for key, value in table.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    # Owner-only, also when it existed: it may hold the database server's password.
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    if os.name == "posix":
        path.chmod(0o600)
    return path


def _toml_value(value: object) -> str:
    # JSON's string escapes are all valid in TOML's basic strings; Kyrgyz letters stay
    # letters.
    return json.dumps(value, ensure_ascii=False)


def _check_table(
    path: Path, table: dict[str, object], known: dict[str, type | tuple[type, ...]], prefix: str
) -> None:
    for key, value in table.items():
        name = f"{prefix}{key}"
        kind = known.get(key)
        if kind is None:
            _fail(
                path,
                Message(
                    _("unknown setting “{key}”; the known ones are {known}"),
                    key=shown(name),
                    known=", ".join(f"{prefix}{known_key}" for known_key in known),
                ),
            )
        # TOML's true and false are ints to Python; no setting here is a yes/no.
        if not isinstance(value, kind) or isinstance(value, bool):
            _fail(path, Message(_("“{key}” must be {kind}"), key=name, kind=Message(_KINDS[kind])))
        if isinstance(value, str) and not value.strip():
            _fail(path, Message(_("“{key}” is empty"), key=name))


def _fail(path: Path, problem: Message) -> NoReturn:
    raise ConfigError(
        _("{file}: {problem}"),
        file=Message(CONFIG_FILE, path=shown(str(path), limit=None)),
        problem=problem,
    )


@dataclass(frozen=True)
class Settings:
    db_url: str
    language: str | None
    printer_uri: str | None = None
    # The config file's [printer] table: paper_width, mode, profile, text_codepage, timeout.
    printer_options: dict[str, object] = field(default_factory=dict)

    @classmethod
    def resolve(
        cls,
        *,
        db: str | None = None,
        language: str | None = None,
        printer: str | None = None,
        share_ok: bool = False,
    ) -> Settings:
        """The settings of this PC. An SQLite database on a network share is refused
        here, where its address is settled and before anything opens it (netshare.py);
        ``share_ok`` lets the commands that only copy or describe it (``db backup``,
        ``db info``, ``export``) still run, so that such a centre can move its data
        off the share."""
        # An empty --db is a mistake (an unset variable in a script); an empty CONQ_DB
        # is how a shell says "not set", so it falls through like a missing one.
        if db is not None and not db.strip():
            raise ConfigError(_("The database address is empty."))
        file = load_config_file()
        db_url = db or os.environ.get(ENV_DB) or _str(file.get("database")) or default_db_url()
        if not share_ok:
            sqlite_path = sqlite_file(db_url)
            if sqlite_path is not None:
                refuse_share(sqlite_path)
        lang = language or os.environ.get(ENV_LANG) or _str(file.get("language"))
        if lang is not None and lang not in LANGUAGES:
            raise ConfigError(_("Unknown language “{lang}”: use ky, ru or en."), lang=lang)
        options = cast(dict[str, object], file.get("printer", {}))
        uri = printer or os.environ.get(ENV_PRINTER) or _str(options.get("uri"))
        return cls(db_url=db_url, language=lang, printer_uri=uri, printer_options=options)

    def printer_config(self) -> PrinterConfig:
        return PrinterConfig.from_values(self.printer_uri, self.printer_options)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
