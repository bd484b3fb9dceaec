"""The per-PC config.toml, and the reader it shares with centre files.

A config file the program cannot fully understand must stop every command with one line
and status 6, naming the file and the key. Falling back to defaults instead gives a PC
of a multi-PC centre its own private, empty SQLite queue – the first symptom would be
an empty queue at the kiosk.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conq_desktop.errors import ConfigError
from conq_desktop.tomlfile import MAX_BYTES, read_toml
from tests.helpers.cli import always_open_centre, assert_refused, dump, run

EXIT_CONFIG = 6
QUICK_SECONDS = 30


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """Where the test environment's CONQ_CONFIG points (tests/conftest.py)."""
    path = Path(os.environ["CONQ_CONFIG"])
    assert path.parent == tmp_path
    return path


@pytest.fixture
def loaded_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    always_open_centre(url)
    return url


def default_database(tmp_path: Path) -> Path:
    return tmp_path / "data" / "conq.sqlite3"


def refused_without_a_trace(
    url: str, tmp_path: Path, *words: str, env: dict[str, str] | None = None
) -> None:
    """A ticket issued with a broken config file: refused, the site's database
    untouched and no private default database created instead."""
    database = Path(url.removeprefix("sqlite:///"))
    before_bytes, before_rows = database.read_bytes(), dump(url)
    result = subprocess.run(
        [sys.executable, "-m", "conq_desktop", "ticket", "issue", "PASSPORT"],
        capture_output=True,
        text=True,
        env={**os.environ, "CONQ_DB": url, **(env or {})},
        timeout=QUICK_SECONDS,
    )
    assert_refused(result, EXIT_CONFIG, *words)
    assert database.read_bytes() == before_bytes
    assert dump(url) == before_rows
    assert not default_database(tmp_path).exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("database = 12\n", ("“database” must be text in quotes",)),
        (
            'databse = "postgresql://queue:secret@192.168.1.10/queue"\n',
            ("unknown setting “databse”", "database, language, printer"),
        ),
        ('database = ""\n', ("“database” is empty",)),
        ('database = "   "\n', ("“database” is empty",)),
        ("language = 5\n", ("“language” must be text in quotes",)),
        ('language = ""\n', ("“language” is empty",)),
        ('language = "kg"\n', ("“language” must be ky, ru or en, not “kg”",)),
        ("language = true\n", ("“language” must be text in quotes",)),
        ('printer = "tcp://10.0.0.5"\n', ("“printer” must be a table",)),
        ('[printer]\nmoed = "text"\n', ("unknown setting “printer.moed”", "printer.mode")),
        ('[printer]\nuri = ""\n', ("“printer.uri” is empty",)),
        ("[printer]\nuri = 9100\n", ("“printer.uri” must be text in quotes",)),
        ('[printer]\npaper_width = "80"\n', ("“printer.paper_width” must be a whole number",)),
        ("[printer]\ntimeout = true\n", ("“printer.timeout” must be a number",)),
        ("[printer]\nprofile = 20\n", ("“printer.profile” must be text in quotes",)),
        ("version = 2\n", ("written by a newer conq-desktop", "update the program")),
        ('version = "1"\n', ("“version” must be a whole number",)),
        ("version = -1\n", ("“version” must be a whole number",)),
    ],
)
def test_a_config_problem_names_the_key(
    config: Path, loaded_db: str, tmp_path: Path, content: str, words: tuple[str, ...]
) -> None:
    config.write_text(content, encoding="utf-8")
    refused_without_a_trace(loaded_db, tmp_path, str(config), *words)


def test_a_misspelt_key_is_refused_even_when_the_environment_overrides_it(
    config: Path, loaded_db: str, tmp_path: Path
) -> None:
    # CONQ_DB is set by refused_without_a_trace: the file is still wrong, and the next
    # program started without the variable would quietly use a private database.
    config.write_text(f'databse = "{loaded_db}"\n', encoding="utf-8")
    refused_without_a_trace(loaded_db, tmp_path, "“databse”")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\xff\xfedatabase = 'x'", ("not UTF-8", "line 1", "0xFF")),
        (b"a = " + b"[" * 5000 + b"]" * 5000, ("nested too deeply",)),
        (b"database = ", ("not valid TOML",)),
        (b"# " + b"x" * (2 * 1024 * 1024) + b"\n", ("too large",)),
    ],
    ids=["not-utf8", "nested", "invalid", "2-MiB"],
)
def test_an_unreadable_config_file_is_refused(
    config: Path, loaded_db: str, tmp_path: Path, content: bytes, words: tuple[str, ...]
) -> None:
    config.write_bytes(content)
    refused_without_a_trace(loaded_db, tmp_path, str(config), *words)


def test_a_folder_as_config_file_is_refused(config: Path, loaded_db: str, tmp_path: Path) -> None:
    config.mkdir()
    refused_without_a_trace(loaded_db, tmp_path, str(config), "not a regular file")


@pytest.mark.skipif(os.name != "posix", reason="needs /dev/zero")
def test_dev_zero_as_config_file_is_refused_quickly(loaded_db: str, tmp_path: Path) -> None:
    refused_without_a_trace(
        loaded_db, tmp_path, "/dev/zero", "not a regular file", env={"CONQ_CONFIG": "/dev/zero"}
    )


def test_an_empty_db_option_is_refused(loaded_db: str, tmp_path: Path) -> None:
    before = dump(loaded_db)
    for empty in ("", "  "):
        result = run("--db", empty, "ticket", "issue", "PASSPORT", env={"CONQ_DB": loaded_db})
        assert_refused(result, EXIT_CONFIG, "The database address is empty.")
    assert dump(loaded_db) == before
    assert not default_database(tmp_path).exists()


def test_empty_environment_variables_mean_not_set(config: Path, loaded_db: str) -> None:
    config.write_text(f'database = "{loaded_db}"\nlanguage = "en"\n', encoding="utf-8")
    result = run("--json", "ticket", "issue", "PASSPORT", env={"CONQ_DB": "", "CONQ_LANG": ""})
    assert result.returncode == 0, result.stderr
    assert "А-001" in result.stdout


def test_every_known_key_is_accepted(config: Path, loaded_db: str, tmp_path: Path) -> None:
    config.write_text(
        f'database = "{loaded_db}"\nlanguage = "ru"\n\n'
        '[printer]\nuri = "none"\npaper_width = 58\nmode = "text"\nprofile = "default"\n'
        'text_codepage = "rk1048:47"\ntimeout = 2.5\n',
        encoding="utf-8",
    )
    result = run("status", env={"CONQ_LANG": ""})
    assert result.returncode == 0, result.stderr
    # The demo's service in Russian: both the file's database and its language were used.
    assert "Паспорт" in result.stdout
    assert not default_database(tmp_path).exists()


def test_a_missing_config_file_or_dev_null_is_no_configuration(tmp_path: Path) -> None:
    for config in (str(tmp_path / "absent.toml"), os.devnull):
        result = run("status", env={"CONQ_CONFIG": config})
        assert result.returncode == 0, result.stderr
    assert default_database(tmp_path).exists()


# ---------------------------------------------------------------- the shared reader


def read(path: Path) -> dict[str, object]:
    return read_toml(path, "The test file {path}")


def test_a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_not(tmp_path: Path) -> None:
    path = tmp_path / "limit.toml"
    head = b'key = "value"\n'
    path.write_bytes(head + b"#" * (MAX_BYTES - len(head)))
    assert read(path) == {"key": "value"}
    path.write_bytes(head + b"#" * (MAX_BYTES - len(head) + 1))
    with pytest.raises(ConfigError, match="too large"):
        read(path)


def test_a_byte_order_mark_from_notepad_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes("\ufefflanguage = 'ky'\n".encode())
    assert read(path) == {"language": "ky"}


def test_a_missing_file_is_an_error_only_when_required(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"
    assert read_toml(path, "The test file {path}", required=False) == {}
    with pytest.raises(ConfigError, match=r"absent\.toml does not exist"):
        read(path)


def test_control_characters_in_a_path_keep_the_message_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.toml"
    path.write_bytes(b"\xff")
    with pytest.raises(ConfigError) as raised:
        read(path)
    assert len(raised.value.message("en").splitlines()) == 1
    assert "two\\nlines.toml" in raised.value.message("en")


@pytest.mark.parametrize("codepage", ["rk1048:300", "cp866:x", "rk1048", "koi8"])
def test_a_bad_text_code_page_is_refused_before_printing(
    config: Path, loaded_db: str, codepage: str
) -> None:
    config.write_text(
        f'[printer]\nuri = "none"\nmode = "text"\ntext_codepage = "{codepage}"\n',
        encoding="utf-8",
    )
    before = dump(loaded_db)
    result = run("--db", loaded_db, "ticket", "issue", "PASSPORT", "--print")
    assert result.returncode == EXIT_CONFIG, result.stderr
    assert "code page" in result.stderr and codepage in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert dump(loaded_db) == before
