"""The built program (build_installer.spec): built once with PyInstaller, then run as a
person would run it, not through Python: no PYTHONPATH, no CONQ_RESOURCES, a working
folder outside the repository, so it can only use what the build put in its folder.

Run alone with ``pytest -m installer``. Linux only; needs PyInstaller (the test and
build extras). Without PyInstaller it is skipped, except under CI where it fails.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import queue
import stat
import subprocess
import sys
import tarfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conq_desktop import __version__
from conq_desktop.db import SCHEMA_HEAD
from conq_desktop.migrations import head_revision
from tests.helpers.printer_listener import fake_printer

pytestmark = [pytest.mark.installer, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "build_installer.spec"
BUILD_TIMEOUT = 1800
RUN_TIMEOUT = 120
# Qt says this when no multimedia plugin could be loaded: the hall display would be mute.
NO_MULTIMEDIA = "No QtMultimedia backends found"
# The command line's exit status for a ticket that did not reach paper (PrintError).
EXIT_NOT_PRINTED = 7


@dataclass(frozen=True)
class Build:
    folder: Path  # dist/conq-desktop

    @property
    def cli(self) -> Path:
        return self.folder / "conq-desktop"

    @property
    def gui(self) -> Path:
        return self.folder / "conq-desktop-gui"

    @property
    def contents(self) -> Path:
        return self.folder / "_internal"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    if not sys.platform.startswith("linux"):
        pytest.skip("the installer build is tested on Linux")
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is required under CI (pip install -e .[test])")
        pytest.skip("PyInstaller is not installed (pip install -e .[build])")
    root = tmp_path_factory.mktemp("installer")
    log = root / "pyinstaller.log"
    with log.open("w", encoding="utf-8") as output:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--distpath",
                str(root / "dist"),
                "--workpath",
                str(root / "work"),
                str(SPEC),
            ],
            cwd=root,
            stdout=output,
            stderr=subprocess.STDOUT,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
    if result.returncode != 0:
        tail = "\n".join(log.read_text(encoding="utf-8").splitlines()[-40:])
        pytest.fail(f"PyInstaller failed (exit {result.returncode}):\n{tail}")
    return Build(root / "dist" / "conq-desktop")


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """The working folder of the runs: empty, outside the repository."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    return folder


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean environment: nothing points into the repository or a Python."""
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "USER", "XDG_RUNTIME_DIR")
    temp = tmp_path / "temp"
    temp.mkdir()
    return {
        **{name: os.environ[name] for name in keep if name in os.environ},
        "QT_QPA_PLATFORM": "offscreen",
        "CONQ_DATA_DIR": str(tmp_path / "data"),
        "CONQ_CONFIG": str(tmp_path / "config.toml"),
        "CONQ_LANG": "en",
        "TMPDIR": str(temp),
    }


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'new.sqlite3').as_posix()}"


def run(
    program: Path, *args: str, env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=RUN_TIMEOUT,
        check=False,
    )


def ok(program: Path, *args: str, env: dict[str, str], cwd: Path) -> str:
    result = run(program, *args, env=env, cwd=cwd)
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr}"
    return result.stdout


def demo_centre(build: Build, url: str, env: dict[str, str], cwd: Path) -> None:
    """A new database with the demo centre from the build's own folder."""
    centre = build.contents / "resources" / "demo-centre.toml"
    ok(build.cli, "--db", url, "setup", "--from", str(centre), "--always-open", env=env, cwd=cwd)


def test_version(build: Build, env: dict[str, str], place: Path) -> None:
    assert ok(build.cli, "--version", env=env, cwd=place).strip() == f"conq-desktop {__version__}"


def test_the_windowed_program_takes_the_same_commands(
    build: Build, env: dict[str, str], place: Path
) -> None:
    assert build.gui.is_file() and build.gui.stat().st_mode & stat.S_IXUSR
    assert ok(build.gui, "--version", env=env, cwd=place).strip() == f"conq-desktop {__version__}"
    assert "display" in ok(build.gui, "--help", env=env, cwd=place)


def test_db_upgrade_creates_a_new_database_at_the_head_revision(
    build: Build, env: dict[str, str], place: Path, url: str
) -> None:
    assert SCHEMA_HEAD in ok(build.cli, "--db", url, "db", "upgrade", env=env, cwd=place)
    info = json.loads(ok(build.cli, "--db", url, "--json", "db", "info", env=env, cwd=place))
    assert info["schema"] == SCHEMA_HEAD == head_revision()
    assert info["backend"] == "sqlite"


def test_hall_display_starts_and_quits(
    build: Build, env: dict[str, str], place: Path, url: str
) -> None:
    demo_centre(build, url, env, place)
    result = run(
        build.cli,
        *("--db", url, "display", "--windowed", "--quit-after", "3", "--print-calls"),
        env=env,
        cwd=place,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "ready"
    assert NO_MULTIMEDIA not in result.stderr


@pytest.fixture
def hall(build: Build, env: dict[str, str], place: Path, url: str) -> Iterator[queue.Queue[str]]:
    """The built hall display running; its printed lines arrive in the queue."""
    demo_centre(build, url, env, place)
    process = subprocess.Popen(
        [str(build.gui), "--db", url, "display", "--windowed", "--print-calls"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=place,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())

    threading.Thread(target=pump, daemon=True).start()
    try:
        assert lines.get(timeout=RUN_TIMEOUT) == "ready"
        yield lines
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_hall_display_shows_a_call_made_by_another_program(
    build: Build, hall: queue.Queue[str], env: dict[str, str], place: Path, url: str
) -> None:
    sign_in = ("window", "sign-in", "--window", "1", "--operator", "aibek", "--pin", "1111")
    ok(build.cli, "--db", url, *sign_in, env=env, cwd=place)
    ok(build.cli, "--db", url, "ticket", "issue", "PASSPORT", env=env, cwd=place)
    ok(build.cli, "--db", url, "ticket", "next", "--window", "1", env=env, cwd=place)
    assert hall.get(timeout=RUN_TIMEOUT) == "called А-001 1"


def test_prints_a_ticket_with_escpos(
    build: Build, env: dict[str, str], place: Path, url: str
) -> None:
    demo_centre(build, url, env, place)
    with fake_printer() as printer:
        out = ok(
            build.cli, "--db", url, "--printer", printer.uri, "print", "test", env=env, cwd=place
        )
        job = printer.wait_for_job(timeout=RUN_TIMEOUT)
    assert f"Printed on {printer.uri}" in out
    assert b"\x1b@" in job  # ESC @: initialise
    assert b"\x1dv0" in job  # GS v 0: the ticket as a raster image


def test_a_usb_printer_that_is_not_there_is_named_so(
    build: Build, env: dict[str, str], place: Path, url: str
) -> None:
    """The build carries libusb: pyusb finds its backend, then finds no such printer
    (not "No backend available", as a build without libusb said)."""
    assert (build.contents / "libusb-1.0.so.0").is_file()
    demo_centre(build, url, env, place)
    uri = "usb://0x0416:0x5011"
    result = run(build.cli, "--db", url, "--printer", uri, "print", "test", env=env, cwd=place)
    assert result.returncode == EXIT_NOT_PRINTED, result.stderr
    assert f"No USB printer {uri} is connected to this PC." in result.stderr
    assert "No backend" not in result.stderr and "pip install" not in result.stderr


def test_a_cups_printer_without_pycups_is_explained(
    build: Build, env: dict[str, str], place: Path, url: str
) -> None:
    if importlib.util.find_spec("cups") is not None:
        pytest.skip("pycups is installed here: the build carries it")
    demo_centre(build, url, env, place)
    result = run(
        build.cli, "--db", url, "--printer", "cups://Kiosk", "print", "test", env=env, cwd=place
    )
    assert result.returncode == EXIT_NOT_PRINTED, result.stderr
    assert "This build of conq-desktop has no CUPS support" in result.stderr
    assert "pip" not in result.stderr


def test_the_build_fails_without_libusb(tmp_path: Path) -> None:
    """Before any analysis, so this costs seconds, not a second build."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(SPEC),
        ],
        cwd=tmp_path,
        env={
            **{k: v for k, v in os.environ.items() if k != "CONQ_BUILD_WITHOUT_USB"},
            "CONQ_LIBUSB": str(tmp_path / "libusb-1.0.so.0"),  # not there
        },
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert result.returncode != 0
    assert "no libusb-1.0 library" in result.stderr and "CONQ_BUILD_WITHOUT_USB=1" in result.stderr


def test_a_release_is_one_archive_with_its_checksum(build: Build) -> None:
    dist = build.folder.parent
    packed = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "release.py"), "--dist", str(dist)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert packed.returncode == 0, packed.stderr
    top = f"conq-desktop-{__version__}"
    machine = platform.machine().lower()
    tag = {"arm64": "aarch64"}.get(machine, machine)  # x86_64 on the usual PC
    archive = dist / f"{top}-linux-{tag}.tar.gz"
    assert archive.is_file(), sorted(path.name for path in dist.iterdir())
    sums = (dist / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    installer = ["install-linux.sh"] if (REPO / "scripts" / "install-linux.sh").is_file() else []
    assert [line.split("  ")[1] for line in sums] == [archive.name, *installer]
    checked = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=dist, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0 and f"{archive.name}: OK" in checked.stdout
    with tarfile.open(archive) as opened:
        members = {member.name: member for member in opened.getmembers()}
    assert members[f"{top}/conq-desktop"].mode & stat.S_IXUSR
    assert members[f"{top}/conq-desktop-gui"].mode & stat.S_IXUSR
    for name in ("_internal/libusb-1.0.so.0", "README.md", "LICENSE", "docs/install.md"):
        assert f"{top}/{name}" in members, name
    assert all(name == top or name.startswith(f"{top}/") for name in members)


def test_writes_a_ticket_as_pdf(build: Build, env: dict[str, str], place: Path, url: str) -> None:
    demo_centre(build, url, env, place)
    ok(build.cli, "--db", url, "ticket", "issue", "PASSPORT", env=env, cwd=place)
    pdf = place / "ticket.pdf"
    ok(
        build.cli,
        "--db",
        url,
        "--lang",
        "ky",
        "ticket",
        "pdf",
        "А-001",
        "--out",
        str(pdf),
        "--operator",
        "bakyt",
        "--pin",
        "6666",
        env=env,
        cwd=place,
    )
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_folder_holds_what_the_program_needs(build: Build) -> None:
    contents = build.contents
    assert list(contents.glob("PySide6/Qt/plugins/multimedia/*ffmpegmediaplugin*"))
    assert (contents / "escpos" / "capabilities.json").is_file()
    resources = contents / "resources"
    assert (resources / "demo-centre.toml").is_file()
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansCondensed-Bold.ttf"):
        assert (resources / "fonts" / font).is_file()
    assert (resources / "fonts" / "LICENSE-DejaVu.txt").is_file()
    for lang in ("en", "ky", "ru"):
        assert (resources / "i18n" / f"{lang}.ts").is_file()
        assert (resources / "i18n" / f"{lang}.qm").is_file()
    sounds = sorted(
        p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources" / "sounds").rglob("*.wav")
    )
    assert sounds and all((resources / name).is_file() for name in sounds)
    migrations = contents / "conq_desktop" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("*.py"))


def test_unused_qt_modules_are_left_out(build: Build) -> None:
    names = {path.name for path in build.folder.rglob("*")}
    unwanted = ("QtWebEngine", "Qt3D", "Qt6Pdf", "QtCharts", "Qt6Charts", "Qt6Quick3D", "QtQml.")
    assert [name for name in names if any(part in name for part in unwanted)] == []
