"""Recognising folders where an event file is not safe: cloud-synced and network ones.

SQLite's locking and fsync are not reliable on network file systems, and a
sync client (OneDrive, Dropbox...) can upload or copy a half-written file or
its journal (sqlite.org/howtocorrupt.html). Oogst does not refuse such a
file, but says once why it is risky and what to do instead: work on a local
copy and copy it back afterwards.

`risky_location(path)` is pure apart from reading the mount table (Linux
`/proc/mounts`, macOS `mount`, Windows drive type); tests pass `mounts`,
`platform` and made-up paths.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

from .errors import OogstError


class RiskyLocation(OogstError):
    """The event file is in a cloud-synced folder or on a network drive."""

    def __init__(self, key: str, /, *, service: str, path: str | Path | None = None,
                 **fields: object) -> None:
        self.service = service
        super().__init__(key, path=path, service=service, **fields)


# (service, predicate on one lower-cased path component)
_FOLDER_NAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # service, exact names, name prefixes
    ("OneDrive", ("onedrive",), ("onedrive - ", "onedrive-")),
    ("Dropbox", ("dropbox", ".dropbox"), ("dropbox (", "dropbox-")),
    ("Google Drive", ("google drive", "googledrive", "my drive", "mijn drive",
                      "shared drives", "gedeelde drives"), ("googledrive-", "google drive-")),
    ("iCloud Drive", ("mobile documents", "icloud drive", "iclouddrive", "com~apple~clouddocs"),
     ("icloud drive (",)),
    ("Nextcloud", ("nextcloud",), ("nextcloud-", "nextcloud (")),
    ("ownCloud", ("owncloud",), ("owncloud-", "owncloud (")),
    ("Box", ("box", "box sync", "box drive"), ("box-",)),
)

# File system types that are network (or user-space, often remote) mounts.
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "sshfs", "afs", "ncpfs", "9p",
    "ceph", "glusterfs", "lustre", "gpfs", "davfs", "webdav", "afpfs", "coda", "fuse.sshfs",
})
# User-space file systems that are local (the rest of fuse.* is treated as remote).
LOCAL_FUSE = frozenset({"fuse.lxcfs", "fuse.squashfuse", "fuse.appimagekit", "fuse.portal",
                        "fuse.encfs", "fuse.gocryptfs", "fuse.vmhgfs-fuse"})


def risky_location(path: str | Path, *, mounts: str | None = None,
                   platform: str | None = None) -> OogstError | None:
    """Why `path` is a risky place for an event file, or None when it looks local.

    Recognises folders of OneDrive, Dropbox, Google Drive, iCloud Drive,
    Nextcloud, ownCloud and Box by their names anywhere in the path, and
    network file systems: UNC paths (``\\\\server\\share``) and mapped network
    drives on Windows; NFS, SMB/CIFS, SSHFS and other remote or FUSE mounts
    from the mount table on Linux (`mounts`: the text of /proc/mounts) and
    macOS (`mounts`: the output of `mount`). Best effort: None is no promise.
    """
    platform = platform or sys.platform
    text = str(path)
    windows = platform.startswith("win") or _looks_windows(text)
    name = (PureWindowsPath(text) if windows else PurePosixPath(text)).name or text
    if windows and _is_unc(text):
        return RiskyLocation("location.network", service="SMB", kind="SMB", name=name,
                             path=text)
    service = cloud_service(text)
    if service is not None:
        return RiskyLocation("location.cloud", service=service, name=name, path=text)
    if windows:
        kind = _windows_drive_kind(text) if mounts is None else None
    else:
        if mounts is None:
            mounts = _read_mounts(platform)
        kind = network_fs_type(_absolute(text), mounts or "")
    if kind is None:
        return None
    return RiskyLocation("location.network", service=kind, kind=kind, name=name, path=text)


def cloud_service(path: str) -> str | None:
    """The sync service whose folder holds `path` (by folder names), or None."""
    parts = [p.lower() for p in re.split(r"[\\/]+", path) if p]
    folders = parts[:-1] if len(parts) > 1 else parts
    # (macOS ~/Library/CloudStorage/<Provider>-<account> folders match the prefixes)
    for part in folders:
        for service, exact, prefixes in _FOLDER_NAMES:
            if part in exact or part.startswith(prefixes):
                return service
    return None


def network_fs_type(path: str, mounts: str) -> str | None:
    """The network file system type of the mount holding `path`, from a mount table
    (Linux /proc/mounts lines or macOS `mount` output); None when it is local."""
    best: tuple[int, str] | None = None
    target = path.rstrip("/") or "/"
    for point, fstype in _parse_mounts(mounts):
        point = point.rstrip("/") or "/"
        inside = target == point or target.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype.lower())
    if best is None:
        return None
    fstype = best[1]
    if fstype in NETWORK_FS or (fstype.startswith("fuse.") and fstype not in LOCAL_FUSE):
        return fstype
    return None


_MACOS_LINE = re.compile(r"^(?P<dev>.+?) on (?P<point>/.*?) \((?P<type>[^,)]+)")


def _parse_mounts(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for line in text.splitlines():
        mac = _MACOS_LINE.match(line)
        if mac:
            found.append((mac["point"], mac["type"].strip()))
            continue
        fields = line.split()
        if len(fields) >= 3 and fields[1].startswith("/"):
            found.append((_unescape(fields[1]), fields[2]))
    return found


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def _absolute(path: str) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return os.path.abspath(path)


def _read_mounts(platform: str) -> str:
    try:
        if platform.startswith("linux"):
            return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        if platform == "darwin":
            import subprocess  # macOS only: not loaded when the window opens a file
            try:
                return subprocess.run(["/sbin/mount"], capture_output=True, text=True,
                                      timeout=2, check=False).stdout
            except subprocess.SubprocessError:
                pass
    except OSError:
        pass
    return ""


def _looks_windows(text: str) -> bool:
    return text.startswith("\\\\") or bool(re.match(r"^[A-Za-z]:[\\/]", text))


def _is_unc(text: str) -> bool:
    """\\\\server\\share (and \\\\?\\UNC\\server\\share), not \\\\?\\C:\\ or \\\\.\\ devices."""
    t = text.replace("/", "\\")
    if t.upper().startswith("\\\\?\\UNC\\"):
        return True
    return t.startswith("\\\\") and not t.startswith(("\\\\?\\", "\\\\.\\"))


def _windows_drive_kind(text: str) -> str | None:
    """A mapped network drive (GetDriveTypeW == DRIVE_REMOTE) on Windows."""
    if not sys.platform.startswith("win"):
        return None
    match = re.match(r"^([A-Za-z]:)", text)
    if not match:
        return None
    try:
        import ctypes
        if ctypes.windll.kernel32.GetDriveTypeW(match[1] + "\\") == 4:  # type: ignore[attr-defined]
            return "SMB"
    except (AttributeError, OSError):
        return None
    return None
