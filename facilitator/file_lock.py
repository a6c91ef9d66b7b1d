"""The lock that keeps an open event file to this program, whatever else the process does.

SQLite's own lock on Unix is a POSIX advisory lock, and POSIX locks belong to
the process: closing ANY descriptor of the file (a file dialog that sniffs
the file's type, an import, a test reading the bytes) silently drops them
(sqlite.org/howtocorrupt.html, section 2.2). After that a second Oogst, the
`oogst` command or a plain `sqlite3` could write the meeting at the same
time, and notes would be lost.

On Linux the lock is therefore taken differently: an *open file description*
lock (``F_OFD_SETLK``) on exactly the bytes SQLite locks (the pending,
reserved and shared bytes at 1 GiB), through a descriptor this module opens
and keeps until the file is closed. OFD locks belong to that descriptor, not
to the process, so no other open/close in the process can drop them; and
they conflict with the POSIX locks every other SQLite takes, so any other
reader or writer gets "database is locked". Our own connection then opens
the file with SQLite's ``unix-none`` VFS (it takes no POSIX locks of its own,
which would conflict with ours): the OFD lock is the only lock, held from
before SQLite opens the file until after it has closed it.

Elsewhere (Windows locks are mandatory and per handle; macOS has no OFD
locks) SQLite's own exclusive lock is used, as before.
"""
from __future__ import annotations

import fcntl
import os
import struct
import sys
from pathlib import Path

from .errors import FileLocked

# sqlite3.c: PENDING_BYTE (0x40000000), then RESERVED_BYTE, then SHARED_SIZE (510)
_LOCK_START = 0x40000000
_LOCK_LENGTH = 512
_OFD_SETLK = getattr(fcntl, "F_OFD_SETLK", None)


def supported() -> bool:
    """True where the descriptor-owned lock is available (Linux)."""
    return _OFD_SETLK is not None and sys.platform.startswith("linux")


class FileLock:
    """Holds an event file for this program until `release()`.

    `vfs` is the SQLite VFS the connection must use while the lock is held
    (None: SQLite's default, which then locks the file itself).
    """

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @property
    def vfs(self) -> str | None:
        return "unix-none" if self._fd is not None else None

    @classmethod
    def acquire(cls, path: str | Path) -> FileLock:
        """Lock `path` (which must exist) or raise FileLocked at once."""
        path = Path(path)
        if not supported():
            return cls(path, None)
        fd = os.open(path, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
        flock = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, _LOCK_START,
                            _LOCK_LENGTH, 0)
        try:
            fcntl.fcntl(fd, _OFD_SETLK, flock)
        except OSError:
            os.close(fd)
            raise FileLocked("error.file_locked", path=path, name=path.name) from None
        return cls(path, fd)

    def release(self) -> None:
        """Give the file free again (after SQLite has closed it)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
