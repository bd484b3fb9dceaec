"""An SQLite database on a network share is refused at start (conq_desktop/netshare.py):
the detection from a mountinfo file and from Windows drive types, and the refusal end
to end through the command line with the detection forced."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conq_desktop import netshare
from conq_desktop.config import Settings
from conq_desktop.db import open_database
from conq_desktop.errors import ConfigError
from tests.helpers.cli import assert_refused, run

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
25 22 0:23 / /proc rw,nosuid shared:12 - proc proc rw
40 22 0:35 / /srv/queue rw,relatime shared:20 - cifs //fs01/queue rw,vers=3.1.1
41 22 0:36 / /mnt/nfs rw,relatime - nfs4 fs02:/export rw,vers=4.2
42 41 8:2 / /mnt/nfs/local rw,relatime - ext4 /dev/sdb1 rw
43 22 0:37 / /home/op/remote rw,nosuid shared:30 master:2 - fuse.sshfs op@host: rw
44 22 0:38 / /mnt/with\\040space rw - smb3 //fs03/x rw
45 22 0:39 / /run/user/1000/gvfs rw - fuse.gvfsd-fuse gvfsd-fuse rw
"""


def mounts() -> list[tuple[str, str]]:
    return netshare.parse_mountinfo(MOUNTINFO)


def test_mountinfo_is_read_past_its_optional_fields() -> None:
    parsed = dict(mounts())
    assert parsed["/srv/queue"] == "cifs"
    assert parsed["/home/op/remote"] == "fuse.sshfs"  # two optional fields
    assert parsed["/mnt/nfs"] == "nfs4"  # none
    assert parsed["/mnt/with space"] == "smb3"  # \040 in the mount point


@pytest.mark.parametrize(
    ("folder", "fstype"),
    [
        ("/srv/queue", "cifs"),
        ("/srv/queue/centre", "cifs"),
        ("/srv/queue2", "ext4"),  # a name that only starts like the share
        ("/mnt/nfs/data", "nfs4"),
        ("/mnt/nfs/local/data", "ext4"),  # a local disk mounted inside the share
        ("/home/op/remote/q", "fuse.sshfs"),
        ("/mnt/with space/q", "smb3"),
        ("/home/op", "ext4"),
    ],
)
def test_the_deepest_mount_holding_the_folder_counts(folder: str, fstype: str) -> None:
    assert netshare.mount_type(folder, mounts()) == fstype


POSIX_PATHS = pytest.mark.skipif(sys.platform == "win32", reason="mountinfo holds POSIX paths")


@POSIX_PATHS
def test_a_file_on_a_share_is_found_through_its_nearest_existing_folder(
    tmp_path: Path,
) -> None:
    folder = tmp_path.resolve()
    info = MOUNTINFO + f"50 22 0:40 / {folder} rw - nfs srv:/x rw\n"
    # Neither the file nor its folder exists yet: the program would create both there.
    assert netshare.linux_share_type(folder / "new" / "conq.sqlite3", info) == "nfs"


@POSIX_PATHS
def test_local_and_unknown_file_systems_are_not_shares() -> None:
    assert netshare.linux_share_type(Path("/home/op/q.sqlite3"), MOUNTINFO) is None
    # A FUSE file system of the desktop, not a share of another machine.
    assert netshare.linux_share_type(Path("/run/user/1000/gvfs/q"), MOUNTINFO) is None
    assert netshare.linux_share_type(Path("/x/q"), "garbage line\n") is None


def test_this_machine_s_own_mountinfo_reads(tmp_path: Path) -> None:
    # The test's temp folder is on a local disk here; the real file parses.
    assert netshare.linux_share_type(tmp_path / "q.sqlite3") is None


@pytest.mark.parametrize(
    ("path", "remote_drives", "kind"),
    [
        (r"\\fs01\queue\conq.sqlite3", "", "network share"),
        ("//fs01/queue/conq.sqlite3", "", "network share"),
        (r"\\?\UNC\fs01\queue\conq.sqlite3", "", "network share"),
        (r"Z:\queue\conq.sqlite3", "Z", "network drive"),
        (r"z:\queue\conq.sqlite3", "Z", "network drive"),
        (r"\\?\Z:\queue\conq.sqlite3", "Z", "network drive"),
        (r"C:\Users\op\AppData\Local\conq-desktop\conq.sqlite3", "Z", None),
        (r"\\?\C:\data\conq.sqlite3", "Z", None),
    ],
)
def test_windows_unc_paths_and_mapped_drives(
    path: str, remote_drives: str, kind: str | None
) -> None:
    def drive_type(root: str) -> int:
        assert root.endswith(":\\")
        return netshare.DRIVE_REMOTE if root[0].upper() in remote_drives else 3  # DRIVE_FIXED

    assert netshare.windows_share_type(path, drive_type) == kind


def test_settings_refuse_an_sqlite_file_on_a_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'conq.sqlite3'}"
    monkeypatch.setattr(netshare, "share_type", lambda path: "cifs")
    with pytest.raises(ConfigError) as refused:
        Settings.resolve(db=url)
    message = refused.value.message()
    assert "network share (cifs)" in message
    assert "db init" in message and "docs/install.md" in message
    # The commands that only copy or describe it still run, to move the data off.
    assert Settings.resolve(db=url, share_ok=True).db_url == url
    # A server is not a file on a share.
    assert Settings.resolve(db="postgresql://q@fs01/queue").db_url.startswith("postgresql")


def test_the_command_line_refuses_a_database_on_a_share(tmp_path: Path) -> None:
    path = tmp_path / "conq.sqlite3"
    url = f"sqlite:///{path}"
    forced = {netshare.ENV_FORCE_SHARE: "smb3"}
    result = run("--db", url, "status", env=forced)
    assert_refused(result, 6, "network share (smb3)", str(path), "db init")
    assert not path.exists(), "the refused database was created"
    # A database already there can still be copied off the share.
    open_database(url).dispose()
    backup = tmp_path / "copy.sqlite3"
    assert run("--db", url, "db", "backup", "--out", str(backup), env=forced).returncode == 0
    assert backup.exists()
