"""Whatever it is given, the command line answers with an exit status and a message.

Random argument lists built from the real parser's verbs and options (huge and negative
numbers, empty strings, Kyrgyz letters and emoji, bytes that are not text), random
bytes and random TOML as a centre file (``setup --from``) and as the config file
(``CONQ_CONFIG``) go to ``conq_desktop.cli.main.main`` in this process. The property:
the status is never 1 (an internal error, a bug) and stderr never holds "internal
error" or a traceback. Usage errors (2), refusals and bad files are all fine.

Each example gets a fresh copy of a database (the demo centre with a morning's queue,
or one with no centre), its own data folder and config file. Nothing can open a window
or start a process: the window verbs run with their windows stubbed out (everything up
to opening one, such as finding the window or reading the printer setting, runs), and
starting a process fails the example.

The runs are derandomized, so the test is repeatable. To search harder set
``CONQ_FUZZ_EXAMPLES`` (e.g. 2000) and ``CONQ_FUZZ_RANDOM=1``.
"""

from __future__ import annotations

import argparse
import copy
import io
import os
import re
import shutil
import subprocess
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conq_desktop import desktop
from conq_desktop.cli import main as cli_main
from conq_desktop.cli import phone_commands, window_commands
from conq_desktop.views import app as views_app
from tests.conftest import DEMO_CENTRE
from tests.helpers.printer_listener import closed_port

EXAMPLES = int(os.environ.get("CONQ_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("CONQ_FUZZ_RANDOM") != "1",
    database=None,
    # One temporary folder and copy per example, made in the test; the fixtures only set
    # what stays the same for every example.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Verbs whose handler shows a window; they run with the windows stubbed out.
WINDOW_VERBS = ("display", "kiosk", "operator", "start")

DEMO = tomllib.loads(DEMO_CENTRE.read_text(encoding="utf-8"))
SERVICE_CODES = [service["code"] for service in DEMO["services"]]
PREFIXES = [service["prefix"] for service in DEMO["services"]]
LOGINS = [operator["login"] for operator in DEMO["operators"]]
PINS = [operator["pin"] for operator in DEMO["operators"]]
WINDOWS = [window["number"] for window in DEMO["windows"]]
TICKETS = [f"{prefix}-{n:03}" for prefix in PREFIXES for n in (1, 2, 3)] + ["А-1", "a-001"]


# ---------------------------------------------------------------------- databases


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Databases copied for every example: made once, as creating a schema takes long."""
    folder = tmp_path_factory.mktemp("templates")
    environ = {"CONQ_DATA_DIR": str(folder / "data"), "CONQ_CONFIG": str(folder / "none.toml")}
    with pytest.MonkeyPatch.context() as patch:
        for key, value in environ.items():
            patch.setenv(key, value)
        patch.delenv("CONQ_DB", raising=False)
        made = {"demo": folder / "demo.sqlite3", "empty": folder / "empty.sqlite3"}
        # A morning's queue: waiting tickets, called ones, open windows with operators.
        assert cli_main.main(["demo", "--no-windows"]) == 0
        shutil.copyfile(folder / "data" / "demo.sqlite3", made["demo"])
        assert cli_main.main(["--db", f"sqlite:///{made['empty']}", "db", "upgrade"]) == 0
    return made


@dataclass
class Example:
    """One example's own folder: database, data folder, config and centre files."""

    folder: Path
    db_url: str

    @property
    def config(self) -> Path:
        return self.folder / "config.toml"

    @property
    def centre(self) -> Path:
        return self.folder / "centre.toml"


class NoWindow:
    """Stands in for views.app.Opener: everything up to showing a window runs."""

    def __init__(self, engine: Any, options: views_app.WindowOptions, **kwargs: Any) -> None:
        self.engine = engine
        self.opened: list[Any] = []

    def open(self, kind: str, number: int = 0) -> Any:
        if kind == "operator":
            self.engine.current_ticket(number)  # as the real panel does first
        self.opened.append(kind)
        return kind

    def run(self, quit_after: float = 0) -> int:
        return 0


def no_waiting(attempt: Any, error: Exception, **kwargs: Any) -> Any:
    """Stands in for the window that waits for a server: given up at once (the
    notifier's waiting is replaced by one try, too)."""
    raise error


def no_process(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError(f"the command line started a process: {args}")


@pytest.fixture
def cli(
    templates: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> Iterator[Harness]:
    """``cli.new(template)`` makes an example's folder; ``cli.run(argv)`` runs the
    command there and checks the property."""
    monkeypatch.setattr(views_app, "Opener", NoWindow)
    monkeypatch.setattr(views_app, "first_run_window", lambda *a, **k: None)
    monkeypatch.setattr(window_commands, "demo_windows", lambda ctx, url: 0)
    monkeypatch.setattr(window_commands, "wait_for_database", no_waiting)
    monkeypatch.setattr(phone_commands, "wait_for_database", lambda ctx, stop: ctx.db())
    monkeypatch.setattr(desktop, "started_from_desktop", lambda *a, **k: False)
    monkeypatch.setattr(subprocess, "Popen", no_process)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nobody types a PIN
    monkeypatch.delenv("CONQ_DB", raising=False)
    monkeypatch.delenv("CONQ_PIN", raising=False)
    monkeypatch.delenv("CONQ_PRINTER", raising=False)
    with tempfile.TemporaryDirectory(prefix="conq-fuzz-") as root:
        monkeypatch.chdir(root)  # a relative path in a random argument lands here
        yield Harness(Path(root), templates, monkeypatch, capfd)


class Harness:
    def __init__(
        self,
        root: Path,
        templates: dict[str, Path],
        monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str],
    ) -> None:
        self.root = root
        self.templates = templates
        self.monkeypatch = monkeypatch
        self.capfd = capfd
        self.count = 0

    def new(self, template: str, data_folder: str = "folder") -> Example:
        """A fresh example; ``data_folder`` "file" makes the data folder's path a file
        (the embedded database, the demo and the logs then have nowhere to go)."""
        self.count += 1
        folder = self.root / f"example-{self.count}"
        folder.mkdir()
        database = folder / "queue.sqlite3"
        shutil.copyfile(self.templates[template], database)
        if data_folder == "file":
            (folder / "data").write_bytes(b"")
        self.monkeypatch.setenv("CONQ_DATA_DIR", str(folder / "data"))
        self.monkeypatch.setenv("CONQ_CONFIG", str(folder / "config.toml"))
        self.monkeypatch.setenv("CONQ_LANG", "en")
        return Example(folder, f"sqlite:///{database}")

    def run(self, argv: list[str]) -> int:
        self.capfd.readouterr()
        try:
            status: Any = cli_main.main(argv)
        except SystemExit as exit_:  # argparse: usage errors, --help, --version
            status = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
        err = self.capfd.readouterr().err
        event(f"exit status {status}")  # --hypothesis-show-statistics shows the spread
        shown = f"argv={argv!r}\nstatus={status}\nstderr:\n{err[-3000:]}"
        assert isinstance(status, int), shown
        assert status != cli_main.EXIT_INTERNAL, shown
        assert "internal error" not in err and "Traceback" not in err, shown
        return status


# ---------------------------------------------------------------------- values


def mix(*choices: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """One of ``choices``, each as often as the others whatever they hold inside."""
    return st.integers(0, len(choices) - 1).flatmap(lambda n: choices[n])


def either(
    likely: st.SearchStrategy[Any], other: st.SearchStrategy[Any], odds: int = 2
) -> st.SearchStrategy[Any]:
    """``likely`` ``odds`` times as often as ``other``. (``st.one_of`` would flatten
    nested choices and give each branch the same share.)"""
    return st.integers(0, odds).flatmap(lambda n: other if n == 0 else likely)


# Any text but NUL (which no real command line can hold) and lone surrogates (which no
# file can; the command line's own come from ``undecodable``), with the letters this
# program must never trip over given a fair chance.
garbage = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)
special_text = st.sampled_from(
    [
        "",
        " ",
        "-",
        "--",
        "ң ө ү",
        "Ңөү",
        "🙂",
        "👨‍👩‍👧",
        "А-001",
        "\t",
        "\n",
        "'",
        '"',
        "\\",
        "%s {x}",
    ]
)
# Undecodable bytes on a POSIX command line arrive as lone surrogates.
undecodable = st.lists(st.integers(1, 255), min_size=1, max_size=8).map(bytes).map(os.fsdecode)
# Text a file can hold (no lone surrogates), and what a command line can.
file_texts = st.one_of(special_text, garbage, st.text("ңөүҢӨҮ🙂ab1-", max_size=8))
texts = st.one_of(file_texts, undecodable)
# Where integers stop fitting: SQLite's and PostgreSQL's, Qt's, a window number's.
edge_numbers = st.sampled_from(
    [0, -1, 9999, 10000, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**23, -(10**23), 10**4000]
)
huge_numbers = st.one_of(st.integers(-(10**30), 10**30), edge_numbers)
numbers = mix(
    edge_numbers.map(str),
    st.one_of(
        st.integers(-(10**30), 10**30).map(str),
        st.sampled_from(["nan", "inf", "-inf", "1e300", "1.5", "0x10", "١٢", "1_000", " 7 "]),
        st.floats().map(repr),
        texts,
    ),
)


def for_option(dest: str, action: argparse.Action, example: Example) -> st.SearchStrategy[str]:
    """A random value for one option: mostly plausible, often out of range, sometimes
    garbage."""
    plausible: dict[str, st.SearchStrategy[Any]] = {
        "window": st.sampled_from(WINDOWS),
        "service": st.sampled_from(SERVICE_CODES),
        "to_service": st.sampled_from(SERVICE_CODES),
        "number": st.sampled_from(TICKETS),
        "operator": st.sampled_from(LOGINS),
        "pin": st.sampled_from(PINS),
        "priority": st.sampled_from([0, 1]),
        "screen": st.sampled_from([0, 1]),
        "quit_after": st.sampled_from([0, 0.5]),
    }
    paths = {
        "db": database_addresses(example),
        "out": output_paths(example),
        "centre_file": centre_paths(example),
        "printer": printer_addresses(example),
    }
    if dest in paths:
        return paths[dest]
    if action.choices:
        return either(st.sampled_from(sorted(action.choices)), texts)
    # Plausible values half the time, so that commands get past the parser and meet the
    # queue rules; the other half is there to meet the parser.
    if action.type in (int, float) or dest in ("quit_after", "window", "priority", "screen"):
        return either(plausible.get(dest, huge_numbers).map(str), numbers, odds=1)
    if dest in plausible:
        return either(plausible[dest].map(str), texts, odds=1)
    return texts


def database_addresses(example: Example) -> st.SearchStrategy[str]:
    folder = example.folder
    (folder / "a-file").write_bytes(b"not a folder")
    return st.one_of(
        st.just(example.db_url),
        st.sampled_from(
            [
                "",
                "sqlite://",
                f"sqlite:///{folder / 'a-file' / 'x.sqlite3'}",  # its folder is a file
                f"sqlite:///{folder / 'centre.toml'}",  # not a database
                f"postgresql://nobody@127.0.0.1:{closed_port()}/queue",
                "mysql://localhost/queue",
                "postgresql://nobody@127.0.0.1:abc/queue",  # a port that is no number
                "sqlite:///~nobody-here/queue.sqlite3",  # a home folder that does not exist
                "sqlite:////dev/null/x",
                "::::",
            ]
        ),
        garbage,
    )


def output_paths(example: Example) -> st.SearchStrategy[str]:
    folder = example.folder
    # A random file name, but always inside the example's folder.
    named = st.text(
        st.characters(exclude_categories=["Cs"], exclude_characters="\x00/\\"),
        min_size=1,
        max_size=30,
    )
    return st.one_of(
        st.sampled_from(
            [
                str(folder / "ticket.pdf"),
                str(folder),
                str(folder / "no" / "such" / "ticket.pdf"),
                str(folder / "a-file" / "ticket.pdf"),
                "",
                "/dev/full",
            ]
        ),
        named.map(lambda name: str(folder / name)),
    )


def centre_paths(example: Example) -> st.SearchStrategy[str]:
    folder = example.folder
    return st.sampled_from(
        [
            str(example.centre),
            str(example.centre),
            str(folder / "missing.toml"),
            str(folder),
            os.devnull,
            str(DEMO_CENTRE),
            example.db_url.removeprefix("sqlite:///"),
        ]
    )


def printer_addresses(example: Example) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(
            [
                "none",
                f"tcp://127.0.0.1:{closed_port()}",
                f"file:{example.folder / 'printer.bin'}",
                f"file:{example.folder / 'no' / 'printer.bin'}",
                "file:",
                "tcp://",
                "tcp://127.0.0.1:99999999",
                "usb://zz:yy",
                "serial://",
                "cups://",
                "win32://",
                "gopher://x",
            ]
        ),
        garbage,
    )


# ---------------------------------------------------------------------- TOML


def toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_string(key)


def toml_string(text: str) -> str:
    escaped = []
    for char in text:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + items + " }"
    return value.isoformat()  # dates, times, date-times


def toml_document(document: dict[str, Any]) -> str:
    """``document`` as TOML: plain keys first, then tables and arrays of tables."""
    lines = [
        f"{toml_key(key)} = {toml_value(value)}"
        for key, value in document.items()
        if not isinstance(value, dict) and not is_table_array(value)
    ]
    for key, value in document.items():
        if isinstance(value, dict):
            lines.append(f"\n[{toml_key(key)}]")
            lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()]
        elif is_table_array(value):
            for table in value:
                lines.append(f"\n[[{toml_key(key)}]]")
                lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


keys = st.one_of(st.sampled_from(["x", "name", "code", "", "ң", "a.b", "🙂"]), garbage)
toml_numbers = st.one_of(
    st.integers(-(2**63), 2**63 - 1), st.sampled_from([0, -1, 10**18, 2**63 - 1]), st.floats()
)
toml_scalars = st.one_of(
    file_texts,
    toml_numbers,
    st.booleans(),
    st.dates(),
    st.times(),
    st.datetimes(),
)
anything = st.recursive(
    toml_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=12,
)


def maybe(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The expected kind of value, or any other."""
    return either(value, anything)


def localized_names() -> st.SearchStrategy[Any]:
    name = maybe(st.text("ңөүабвABC 🙂", max_size=12))
    return maybe(st.fixed_dictionaries({}, optional={"ky": name, "ru": name, "en": name}))


service = st.fixed_dictionaries(
    {},
    optional={
        "code": maybe(st.sampled_from([*SERVICE_CODES, "NEW", "ң", ""])),
        "prefix": maybe(st.sampled_from([*PREFIXES, "Ң", "ABCDE", "", "Z"])),
        "name": localized_names(),
        "daily_limit": maybe(toml_numbers),
        "expected_minutes": maybe(toml_numbers),
        "hours": maybe(st.sampled_from(["08:30-17:30", "00:00-24:00", "25:00-26:00", "x-y"])),
        "weekdays": maybe(st.sampled_from(["mon-fri", "mon-fri,sat", "123456", "0", "sun-mon"])),
        "lunch": maybe(st.sampled_from(["13:00-14:00", "07:00-08:00", "14-13", "noon"])),
        "week": maybe(
            st.dictionaries(
                st.sampled_from(["mon", "sat", "sun", "xyz", ""]),
                maybe(st.sampled_from(["closed", "10:00-14:00", "9-13, 14-18", "9-13, 12-18"])),
                max_size=3,
            )
        ),
        "target_wait_minutes": maybe(toml_numbers),
        "active": maybe(st.booleans()),
        "extra": anything,
    },
)
window = st.fixed_dictionaries(
    {},
    optional={
        "number": maybe(st.one_of(st.sampled_from(WINDOWS), toml_numbers)),
        "name": maybe(st.text(max_size=10)),
        "services": maybe(st.lists(st.sampled_from([*SERVICE_CODES, "NOSUCH"]), max_size=4)),
    },
)
operator = st.fixed_dictionaries(
    {},
    optional={
        "login": maybe(st.sampled_from([*LOGINS, "new", "", "ң"])),
        "name": maybe(st.text(max_size=10)),
        "role": maybe(st.sampled_from(["operator", "receptionist", "admin", "root"])),
        "pin": maybe(st.sampled_from(["1111", "12", "123456789", "abcd", "ңңңң"])),
    },
)
random_centre_documents = st.fixed_dictionaries(
    {},
    optional={
        "centre": maybe(
            st.fixed_dictionaries(
                {},
                optional={
                    "name": localized_names(),
                    "timezone": maybe(
                        st.sampled_from(["Asia/Bishkek", "UTC", "Mars/Base", "", "../etc/x"])
                    ),
                    "recall_limit": maybe(toml_numbers),
                },
            )
        ),
        "services": maybe(st.lists(service, max_size=5)),
        "windows": maybe(st.lists(window, max_size=5)),
        "operators": maybe(st.lists(operator, max_size=4)),
        "extra": anything,
    },
)


@st.composite
def demo_variants(draw: st.DrawFn) -> dict[str, Any]:
    """The demo centre with one to three entries changed or left out: a file that gets
    past the first checks and meets the deeper ones."""
    document = copy.deepcopy(DEMO)
    for _ in range(draw(st.integers(1, 3))):
        table: Any = document[draw(st.sampled_from(sorted(document)))]
        if isinstance(table, list) and table:
            table = table[draw(st.integers(0, len(table) - 1))]
        if not isinstance(table, dict):
            continue
        key = draw(st.sampled_from([*sorted(table), "extra"]))
        if draw(st.integers(0, 4)) == 0:
            table.pop(key, None)
        else:
            table[key] = draw(
                either(st.sampled_from(["", "ң", 0, -1, 10**18, 2**63 - 1]), anything)
            )
    return document


centre_documents = either(demo_variants(), random_centre_documents, odds=1)


def config_documents(example: Example) -> st.SearchStrategy[dict[str, Any]]:
    printer = st.fixed_dictionaries(
        {},
        optional={
            "uri": maybe(printer_addresses(example)),
            "paper_width": maybe(st.sampled_from([58, 80, 0, -80, 10**18])),
            "mode": maybe(st.sampled_from(["image", "text", "braille"])),
            "profile": maybe(st.text(max_size=10)),
            "text_codepage": maybe(st.sampled_from(["cp866", "cp1251", "nope", ""])),
            "timeout": maybe(st.one_of(toml_numbers, st.sampled_from([0.5, 0, -1]))),
        },
    )
    return st.fixed_dictionaries(
        {},
        optional={
            "database": maybe(database_addresses(example)),
            "language": maybe(st.sampled_from(["ky", "ru", "en", "de", ""])),
            "printer": maybe(printer),
            "extra": anything,
        },
    )


def file_contents(documents: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[bytes]:
    """Random TOML, often made wrong on purpose, or bytes that are no TOML at all."""
    toml = documents.map(toml_document)
    encoded = st.one_of(
        toml.map(lambda text: text.encode("utf-8")),
        toml.map(lambda text: text.encode("utf-16")),
        toml.map(lambda text: text.encode("cp1251", "replace")),
        toml.map(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
    )
    damaged = st.tuples(
        toml.map(lambda text: text.encode()), st.integers(0, 400), st.binary(max_size=20)
    )
    return st.one_of(
        toml.map(lambda text: text.encode("utf-8")),
        encoded,
        damaged.map(lambda parts: parts[0][: parts[1]] + parts[2] + parts[0][parts[1] :]),
        st.binary(max_size=300),
        st.integers(1, 3000).map(lambda depth: b"x = " + b"[" * depth + b"]" * depth + b"\n"),
    )


# ---------------------------------------------------------------------- argument lists


@dataclass(frozen=True)
class Verb:
    words: tuple[str, ...]
    options: tuple[argparse.Action, ...]
    positionals: tuple[argparse.Action, ...]


def leaf_verbs(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[Verb]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += leaf_verbs(sub, (*words, name))
    if words and not found:
        actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
        found.append(
            Verb(
                words,
                tuple(a for a in actions if a.option_strings),
                tuple(a for a in actions if not a.option_strings),
            )
        )
    return found


VERBS = leaf_verbs(cli_main.build_parser())


def test_the_fuzzer_knows_every_verb() -> None:
    names = {verb.words for verb in VERBS}
    assert {("ticket", "issue"), ("window", "sign-in"), ("setup",), ("demo",)} <= names
    assert {("display",), ("kiosk",), ("operator",), ("start",)} <= names


@st.composite
def argument_lists(draw: st.DrawFn, example: Example) -> list[str]:
    verb = draw(st.sampled_from(VERBS))
    argv: list[str] = [*verb.words]
    for action in verb.options:
        dest = action.dest
        if dest == "db":
            continue  # added below, so that most examples use their own database
        wanted = action.required or dest == "no_windows"
        if not draw(st.booleans() if not wanted else st.sampled_from([True] * 9 + [False])):
            continue
        flag = draw(st.sampled_from(action.option_strings))
        if action.nargs == 0:
            argv.append(flag)
        else:
            value = draw(for_option(dest, action, example))
            # "--window -5" would read -5 as an option; "--window=-5" is how it is typed.
            if value.startswith("-") or draw(st.integers(0, 9)) == 0:
                argv.append(f"{flag}={value}")
            else:
                argv += [flag, value]
    for action in verb.positionals:
        if draw(st.integers(0, 19)):
            argv.append(draw(for_option(action.dest, action, example)))
    # Mostly the example's database; else another address, or none: the embedded
    # database in the data folder (the demo accepts only that).
    choice = draw(st.integers(0, 9))
    if verb.words == ("demo",) and choice:
        choice = draw(st.sampled_from([0, 9]))
    if choice == 0:
        argv = ["--db", draw(database_addresses(example)), *argv]
    elif choice < 9:
        argv = ["--db", example.db_url, *argv]
    # Now and then a stray word anywhere, or a word left out.
    for _ in range(draw(st.sampled_from([0, 0, 0, 0, 0, 0, 1, 2]))):
        stray = draw(st.one_of(texts, st.sampled_from(["--window", "--json", "-h", "--version"])))
        argv.insert(draw(st.integers(0, len(argv))), stray)
    if argv and draw(st.integers(0, 9)) == 0:
        del argv[draw(st.integers(0, len(argv) - 1))]
    if draw(st.integers(0, 49)) == 0:
        argv = []  # the bare command
    return argv


# ---------------------------------------------------------------------- the properties


@FUZZ
@given(data=st.data())
def test_random_argument_lists(cli: Harness, data: st.DataObject) -> None:
    example = cli.new(
        data.draw(st.sampled_from(["demo", "demo", "empty"]), label="database"),
        data.draw(st.sampled_from(["folder", "folder", "file"]), label="data folder"),
    )
    example.centre.write_bytes(data.draw(file_contents(centre_documents), label="centre file"))
    argv = data.draw(argument_lists(example), label="argv")
    cli.run(argv)


@FUZZ
@given(data=st.data())
def test_random_centre_files(cli: Harness, data: st.DataObject) -> None:
    example = cli.new(data.draw(st.sampled_from(["demo", "empty"]), label="database"))
    content = data.draw(file_contents(centre_documents), label="centre file")
    example.centre.write_bytes(content)
    status = cli.run(["--db", example.db_url, "setup", "--from", str(example.centre)])
    if status == 0:  # what was loaded must work
        cli.run(["--db", example.db_url, "--json", "status"])
        cli.run(
            [
                "--db",
                example.db_url,
                "ticket",
                "issue",
                data.draw(st.sampled_from(SERVICE_CODES), label="service"),
            ]
        )


CONFIG_COMMANDS = [
    ["status"],
    ["--json", "status"],
    ["ticket", "issue", "PASSPORT", "--print"],
    ["ticket", "reprint", "А-001"],
    ["print", "test"],
    ["db", "info"],
    ["kiosk"],
    ["operator", "--window", "1"],
    ["window", "sign-in", "--window", "3", "--operator", "aibek"],
    [],
]


@FUZZ
@given(data=st.data())
def test_random_config_files(cli: Harness, data: st.DataObject) -> None:
    example = cli.new("demo")
    content = data.draw(file_contents(config_documents(example)), label="config file")
    example.config.write_bytes(content)
    command = data.draw(st.sampled_from(CONFIG_COMMANDS), label="command")
    # Mostly with --db; without it the config file's database (or the default) is used.
    explicit = ["--db", example.db_url] if data.draw(st.integers(0, 3), label="db") else []
    cli.run([*explicit, *command])
