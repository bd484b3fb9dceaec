"""Centre files that are not what they should be, given to the real command line.

Whatever the file – a device, a FIFO, binary, huge, absurdly nested, or TOML with values
the database cannot hold – `setup` must answer with one translated line and status 6,
quickly, and leave the database byte for byte as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import assert_refused, dump, run

EXIT_CONFIG = 6
NAMES = "name = { ky = 'Кызмат', ru = 'Услуга', en = 'Service' }\n"
# Generous for a slow machine, far below "hangs": the program starts in about a second.
QUICK_SECONDS = 30

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs /dev/zero and mkfifo")


def setup_quickly(url: str, centre: Path | str) -> subprocess.CompletedProcess[str]:
    """Like tests.helpers.cli.run, with a short timeout: a file that can never end
    (/dev/zero, a FIFO nobody writes) must be refused, not read or waited for."""
    return subprocess.run(
        [sys.executable, "-m", "conq_desktop", "--db", url, "setup", "--from", str(centre)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=QUICK_SECONDS,
    )


def refused_without_a_trace(
    url: str, centre: Path | str, *words: str
) -> subprocess.CompletedProcess[str]:
    database = Path(url.removeprefix("sqlite:///"))
    before_bytes, before_rows = database.read_bytes(), dump(url)
    result = setup_quickly(url, centre)
    assert_refused(result, EXIT_CONFIG, *words)
    assert database.read_bytes() == before_bytes
    assert dump(url) == before_rows
    return result


@posix_only
def test_dev_zero_is_not_read(centre_db: str) -> None:
    refused_without_a_trace(centre_db, "/dev/zero", "/dev/zero", "not a regular file")


@posix_only
def test_a_fifo_is_not_waited_for(centre_db: str, tmp_path: Path) -> None:
    fifo = tmp_path / "centre.toml"
    os.mkfifo(fifo)
    refused_without_a_trace(centre_db, fifo, "centre.toml", "not a regular file")


def test_a_folder_is_refused(centre_db: str, tmp_path: Path) -> None:
    folder = tmp_path / "centre.d"
    folder.mkdir()
    refused_without_a_trace(centre_db, folder, "centre.d", "not a regular file")


def test_a_missing_file_is_refused(centre_db: str, tmp_path: Path) -> None:
    refused_without_a_trace(centre_db, tmp_path / "nowhere.toml", "nowhere.toml does not exist")


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (b"\xff\xfe[centre]", "line 1"),
        # Saved in Windows-1251 instead of UTF-8: the line tells where to look.
        ("[centre]\nrecall_limit = 3\n# Окно\n".encode("cp1251"), "line 3"),
    ],
)
def test_text_that_is_not_utf8_is_refused_with_its_line(
    centre_db: str, tmp_path: Path, content: bytes, line: str
) -> None:
    centre = tmp_path / "centre.toml"
    centre.write_bytes(content)
    refused_without_a_trace(centre_db, centre, "centre.toml", "not UTF-8", line)


@pytest.mark.parametrize(
    "content",
    [
        "a = " + "[" * 5000 + "]" * 5000,
        "a = " + "{ b = " * 5000 + "1" + " }" * 5000,
    ],
    ids=["arrays", "inline-tables"],
)
def test_nesting_too_deep_for_the_parser_is_refused(
    centre_db: str, tmp_path: Path, content: str
) -> None:
    centre = tmp_path / "centre.toml"
    centre.write_text(content, encoding="utf-8")
    refused_without_a_trace(centre_db, centre, "centre.toml", "nested too deeply")


def test_a_file_over_the_size_limit_is_refused(centre_db: str, tmp_path: Path) -> None:
    centre = tmp_path / "centre.toml"
    # Valid TOML (comments only), so size is the one thing wrong with it.
    line = "# " + "x" * 1021 + "\n"
    centre.write_text(line * 2048, encoding="utf-8")
    assert centre.stat().st_size == 2 * 1024 * 1024
    refused_without_a_trace(centre_db, centre, "centre.toml", "too large")


def test_a_five_million_character_centre_name_is_refused(centre_db: str, tmp_path: Path) -> None:
    centre = tmp_path / "centre.toml"
    long_name = "Ы" * 5_000_000
    centre.write_text(
        f"[centre]\nname = {{ ky = '{long_name}', ru = 'Центр', en = 'Centre' }}\n",
        encoding="utf-8",
    )
    result = refused_without_a_trace(centre_db, centre, "centre.toml")
    # The one line must not carry the name itself.
    assert len(result.stderr) < 500


def test_a_centre_name_over_its_length_limit_is_refused(centre_db: str, tmp_path: Path) -> None:
    centre = tmp_path / "centre.toml"
    centre.write_text(
        f"[centre]\nname = {{ ky = '{'Ы' * 201}', ru = 'Центр', en = 'Centre' }}\n",
        encoding="utf-8",
    )
    refused_without_a_trace(centre_db, centre, "“name.ky” is longer than 200 characters")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (f"[[services]]\ncode = 'SMILE'\nprefix = '😀'\n{NAMES}", ("“prefix”", "😀")),
        (
            f"[[services]]\ncode = 'PASSPORT'\nprefix = 'А'\n{NAMES}daly_limit = 10\n",
            ("services #1", "unknown key “daly_limit”"),
        ),
        (f"[[service]]\ncode = 'PASSPORT'\nprefix = 'А'\n{NAMES}", ("unknown key “service”",)),
        (
            "[[operators]]\nlogin = 'aibek'\nname = 'Айбек'\npin = 1234\n",
            ("operators #1", "“pin” must be in quotes"),
        ),
        (
            "[[windows]]\nnumber = 10000\nservices = ['PASSPORT']\n",
            ("windows #1", "“number” must be a whole number from 1 to 9999"),
        ),
    ],
    ids=["emoji-prefix", "misspelt-key", "misspelt-table", "integer-pin", "window-number"],
)
def test_values_the_centre_cannot_use_are_refused(
    centre_db: str, tmp_path: Path, content: str, words: tuple[str, ...]
) -> None:
    centre = tmp_path / "centre.toml"
    centre.write_text(content, encoding="utf-8")
    refused_without_a_trace(centre_db, centre, "centre.toml", *words)


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_the_refusal_is_one_translated_line_in_every_language(
    centre_db: str, tmp_path: Path, lang: str
) -> None:
    centre = tmp_path / "centre.toml"
    centre.write_bytes(b"\xff\xfe[centre]")
    result = run("--db", centre_db, "--lang", lang, "setup", "--from", str(centre))
    assert_refused(result, EXIT_CONFIG, "centre.toml", "0xFF")
    english = run("--db", centre_db, "--lang", "en", "setup", "--from", str(centre)).stderr
    assert (result.stderr == english) == (lang == "en")


def test_every_mistake_of_the_file_is_reported_at_once(centre_db: str, tmp_path: Path) -> None:
    """Issue 19: three mistakes in three tables, three lines, one run; status 6 as for
    one mistake, and nothing written."""
    centre = tmp_path / "centre.toml"
    centre.write_text(
        "[centre]\nrecall_limit = 100\n"
        f"[[services]]\ncode = 'PASSPORT'\nprefix = '😀'\n{NAMES}"
        "[[windows]]\nnumber = 10000\nservices = ['PASSPORT']\n"
        "[[operators]]\nlogin = 'aibek'\nname = 'Айбек'\npin = 1234\n",
        encoding="utf-8",
    )
    database = Path(centre_db.removeprefix("sqlite:///"))
    before = database.read_bytes()
    result = setup_quickly(centre_db, centre)
    assert result.returncode == EXIT_CONFIG, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4, result.stderr
    for line, words in zip(
        lines,
        [
            ("[centre]", "“recall_limit” must be a whole number from 0 to 99"),
            ("services #1", "“prefix” must be 1–4 capital letters"),
            ("windows #1", "“number” must be a whole number from 1 to 9999"),
            ("operators #1", "“pin” must be in quotes"),
        ],
        strict=True,
    ):
        assert "centre.toml" in line and all(word in line for word in words), line
    assert database.read_bytes() == before
