"""Per-PC configuration: where the database is, the language, the printer.

Each value comes from, in order: the command line, an environment variable, the config
file (``config.toml`` in the user config folder, or ``CONQ_CONFIG``), a default.
Centre-wide settings (time zone, centre name) live in the database instead, so every
PC of a centre agrees on them.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import LANGUAGES, _
from conq_desktop.printing.printer_config import PrinterConfig

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


def load_config_file(path: Path | None = None) -> dict[str, object]:
    path = path or config_path()
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            _("Cannot read the config file {path}: {reason}"), path=str(path), reason=str(exc)
        ) from None


@dataclass(frozen=True)
class Settings:
    db_url: str
    language: str | None
    printer_uri: str | None = None
    # The config file's [printer] table: paper_width, mode, profile, text_codepage, timeout.
    printer_options: dict[str, object] = field(default_factory=dict)

    @classmethod
    def resolve(
        cls, *, db: str | None = None, language: str | None = None, printer: str | None = None
    ) -> Settings:
        file = load_config_file()
        db_url = db or os.environ.get(ENV_DB) or _str(file.get("database")) or default_db_url()
        lang = language or os.environ.get(ENV_LANG) or _str(file.get("language"))
        if lang is not None and lang not in LANGUAGES:
            raise ConfigError(_("Unknown language “{lang}”: use ky, ru or en."), lang=lang)
        options = file.get("printer", {})
        if not isinstance(options, dict):
            raise ConfigError(_("In the config file, [printer] must be a table."))
        uri = printer or os.environ.get(ENV_PRINTER) or _str(options.get("uri"))
        return cls(db_url=db_url, language=lang, printer_uri=uri, printer_options=options)

    def printer_config(self) -> PrinterConfig:
        return PrinterConfig.from_values(self.printer_uri, self.printer_options)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
