"""Packs the built program as a release a centre can take as it is.

    python scripts/release.py [--dist DIR]

From DIR/conq-desktop (default dist/, as scripts/build_installer.sh leaves it) it makes

    DIR/conq-desktop-<version>-linux-x86_64.tar.gz    (Windows: …-windows-x86_64.zip)
    DIR/install-linux.sh                               Linux: installs the archive (a copy
                                                       of scripts/install-linux.sh)
    DIR/SHA256SUMS                                     their checksums, in sha256sum's format

The archive holds one folder, conq-desktop-<version>/: the program (conq-desktop,
conq-desktop-gui, _internal/) with README.md, LICENSE and docs/ beside it. Verify a
download with ``sha256sum -c SHA256SUMS`` in the folder holding both (Windows:
``Get-FileHash`` and compare). The version is the one the built program itself reports
(``conq-desktop --version``); it must be the package's (src/conq_desktop/__init__.py),
or the build is stale and nothing is packed.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROGRAM = "conq-desktop"
# Beside the program in the archive: what the IT person reads, and the licence.
EXTRAS = ("README.md", "LICENSE", "docs")
SUMS = "SHA256SUMS"
# Handed out beside the Linux archive: it installs it (docs/install.md).
INSTALLER = ROOT / "scripts" / "install-linux.sh"
MACHINES = {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}


class ReleaseError(Exception):
    pass


def package_version() -> str:
    text = (ROOT / "src" / "conq_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise ReleaseError("no __version__ in src/conq_desktop/__init__.py")
    return found.group(1)


def built_version(folder: Path) -> str:
    program = folder / (PROGRAM + (".exe" if sys.platform == "win32" else ""))
    if not program.is_file():
        raise ReleaseError(f"{program} is missing: build it first (scripts/build_installer.sh)")
    result = subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    words = result.stdout.split()
    if result.returncode != 0 or len(words) != 2 or words[0] != PROGRAM:
        raise ReleaseError(f"{program} --version failed: {result.stdout}{result.stderr}")
    return words[1]


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    system = "linux" if system.startswith("linux") else system
    machine = platform.machine().lower()
    return f"{system}-{MACHINES.get(machine, machine)}"


def archive_name(version: str) -> str:
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return f"{PROGRAM}-{version}-{platform_tag()}{suffix}"


def members(folder: Path, top: str) -> list[tuple[Path, str]]:
    """(file, name in the archive): the program's folder, then the extras."""
    found = [(folder, top)]
    for name in EXTRAS:
        path = ROOT / name
        if not path.exists():
            raise ReleaseError(f"{path} is missing")
        found.append((path, f"{top}/{name}"))
    return found


def _owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo | None:
    if "__pycache__" in info.name.split("/"):
        return None
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def write_tar(path: Path, entries: list[tuple[Path, str]]) -> None:
    with tarfile.open(path, "w:gz", compresslevel=6) as archive:
        for source, name in entries:
            archive.add(source, arcname=name, filter=_owned_by_nobody)


def write_zip(path: Path, entries: list[tuple[Path, str]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for source, name in entries:
            files = [source] if source.is_file() else sorted(source.rglob("*"))
            for file in files:
                if file.is_file() and "__pycache__" not in file.parts:
                    inside = name if file == source else f"{name}/{file.relative_to(source)}"
                    archive.write(file, Path(inside).as_posix())


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def release(dist: Path) -> Path:
    folder = dist / PROGRAM
    version = built_version(folder)
    expected = package_version()
    if version != expected:
        raise ReleaseError(
            f"{folder} is version {version}, the source is {expected}: build it again"
        )
    archive = dist / archive_name(version)
    partial = archive.with_name(archive.name + ".part")
    entries = members(folder, f"{PROGRAM}-{version}")
    (write_zip if archive.suffix == ".zip" else write_tar)(partial, entries)
    partial.replace(archive)
    released = [archive]
    if archive.suffix != ".zip" and INSTALLER.is_file():
        released.append(Path(shutil.copy2(INSTALLER, dist / INSTALLER.name)))
    # "\n" line ends: the file sha256sum -c reads ("HASH  NAME", two spaces).
    sums = "".join(f"{sha256(path)}  {path.name}\n" for path in released)
    (dist / SUMS).write_text(sums, encoding="utf-8", newline="\n")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pack dist/conq-desktop as a release archive.")
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="the folder holding conq-desktop/"
    )
    args = parser.parse_args(argv)
    try:
        archive = release(args.dist.resolve())
    except (ReleaseError, OSError) as exc:
        print(f"release: error: {exc}", file=sys.stderr)
        return 1
    size = archive.stat().st_size / 1e6
    print(f"release: {archive} ({size:.0f} MB)")
    print(f"release: {archive.parent / SUMS} (check: cd {archive.parent} && sha256sum -c {SUMS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
