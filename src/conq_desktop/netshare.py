"""Is a folder on a network share? SQLite's locking is not safe there.

SQLite keeps two processes from writing at once with file locks, and in WAL mode with a
shared-memory file beside the database. Over SMB/CIFS, NFS and the like those locks are
emulated, cached or ignored by the client (SQLite's own documentation: "How To Corrupt
An SQLite Database File", 2.1): two PCs could both take ticket A-015, or the file could
be damaged. The database of several PCs belongs on a PostgreSQL server instead
(``conq-desktop db init``, docs/install.md section 7), so an SQLite file on a share is
refused at start, before it is opened (config.Settings.resolve calls ``refuse_share``).

Linux: the file system type of the mount that holds the folder, from
/proc/self/mountinfo. Windows: a UNC path (``\\\\server\\share``) or a drive letter that
``GetDriveTypeW`` calls DRIVE_REMOTE (a mapped drive). Other systems are not checked.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import Message, _

# Tests only: forces the check to find the database on a share of this type, so that
# the refusal can be tested end to end through the command line without mounting one.
# Nothing in the product sets it.
ENV_FORCE_SHARE = "CONQ_TEST_NETWORK_SHARE"

# Mount types that are shares of another machine (or of a virtual machine's host),
# where SQLite's locks cannot be trusted.
NETWORK_FSTYPES = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "smb",
        "nfs",
        "nfs4",
        "9p",
        "afs",
        "ncpfs",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "vboxsf",
        "vmhgfs",
        "fuse.sshfs",
        "fuse.davfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.smbnetfs",
        "fuse.vmhgfs-fuse",
    }
)

# What Windows calls the two kinds of remote place (a file system's name is shown as it is).
NETWORK_SHARE = _("network share")
NETWORK_DRIVE = _("network drive")
MOUNTINFO = Path("/proc/self/mountinfo")
DRIVE_REMOTE = 4  # GetDriveTypeW's value for a network drive
_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    # mountinfo writes a space in a mount point as \040, a tab as \011 and so on.
    return _OCTAL.sub(lambda match: chr(int(match.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of every line of a mountinfo file.

    A line reads ``ID PARENT MAJ:MIN ROOT MOUNT-POINT OPTIONS [OPTIONAL…] - TYPE SOURCE
    SUPER-OPTIONS``: the optional fields vary in number, so the type is found after the
    lone ``-``."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split(" ")
        if len(fields) < 7 or "-" not in fields[6:]:
            continue
        separator = fields.index("-", 6)
        if separator + 1 >= len(fields):
            continue
        mounts.append((_unescape(fields[4]), fields[separator + 1]))
    return mounts


def mount_type(folder: str, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the mount holding ``folder`` (an absolute, resolved path): the
    longest mount point it lies under; of two equal ones the later (it hides the
    earlier)."""
    best: tuple[int, str] | None = None
    for point, fstype in mounts:
        under = folder == point or folder.startswith(point.rstrip("/") + "/") or point == "/"
        if under and (best is None or len(point) >= best[0]):
            best = (len(point), fstype)
    return best[1] if best else None


def _existing_folder(path: Path) -> Path:
    """The folder that holds ``path``, or its nearest ancestor that exists (the database
    file, even its folder, may not be created yet)."""
    folder = Path(os.path.abspath(path)).parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder.resolve()


def linux_share_type(path: Path, mountinfo: str | None = None) -> str | None:
    """The network file system type ``path`` would be on, None for a local one."""
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="surrogateescape")
        except OSError:  # no /proc (a container without it): nothing to say
            return None
    fstype = mount_type(str(_existing_folder(path)), parse_mountinfo(mountinfo))
    if fstype is None:
        return None
    # FUSE file systems are named fuse.NAME; a bare "fuse" says nothing of where it is.
    return fstype if fstype in NETWORK_FSTYPES else None


def windows_share_type(path: str, drive_type: Callable[[str], int]) -> str | None:
    """ "network share" for a UNC path, "network drive" for a mapped drive letter, None
    for a local disk. ``drive_type`` is GetDriveTypeW (a parameter, so that the rule
    is tested on any system)."""
    text = path.replace("/", "\\")
    for prefix in ("\\\\?\\", "\\\\.\\"):
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            if rest.upper().startswith("UNC\\"):
                return NETWORK_SHARE
            text = rest
            break
    else:
        if text.startswith("\\\\"):
            return NETWORK_SHARE
    if len(text) >= 2 and text[1] == ":" and text[0].isalpha():
        return NETWORK_DRIVE if drive_type(f"{text[0]}:\\") == DRIVE_REMOTE else None
    return None


def _get_drive_type(root: str) -> int:
    import ctypes  # Windows only

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def share_type(path: Path) -> str | None:
    """What kind of network share holds ``path`` (a file system type such as "cifs",
    or "network drive"), None when it is on this PC's own disk."""
    forced = os.environ.get(ENV_FORCE_SHARE)
    if forced:
        return forced
    if sys.platform == "win32":
        return windows_share_type(os.path.abspath(path), _get_drive_type)
    if sys.platform.startswith("linux"):
        return linux_share_type(path)
    return None


def refuse_share(path: Path) -> None:
    """ConfigError (exit status 6) when the SQLite file ``path`` is on a network share."""
    kind = share_type(path)
    if kind is None:
        return
    raise ConfigError(
        _(
            "The database {path} is on a network share ({kind}). SQLite cannot lock a file "
            "there safely: two PCs could give out the same number or damage the database. "
            "Keep it on this PC's own disk, or for several PCs use a PostgreSQL server, "
            "prepared with “conq-desktop db init --db postgresql://…” (docs/install.md, "
            "section 7)."
        ),
        path=str(path),
        kind=Message(kind) if kind in (NETWORK_SHARE, NETWORK_DRIVE) else kind,
    )
