"""The lock that keeps an open event file to this program, whatever else the process does.

SQLite's own lock on Unix is a POSIX advisory lock, and POSIX locks belong to
the process: closing ANY descriptor of the file (a file dialog that sniffs
the file's type, an import, a test reading the bytes) silently drops them
(sqlite.org/howtocorrupt.html, section 2.2). After that a second Oogst, the
`oogst` command or a plain `sqlite3` could write the meeting at the same
time, and notes would be lost. So each platform gets a lock that no other
open/close in the process can drop (`method()`):

* ``"ofd"`` (Linux): an *open file description* lock (``F_OFD_SETLK``) on
  exactly the bytes SQLite locks (the pending, reserved and shared bytes at
  1 GiB), through a descriptor this module opens and keeps until the file is
  closed. OFD locks belong to that descriptor, not to the process, and they
  conflict with the POSIX locks every other SQLite takes, so any other reader
  or writer (another Oogst, `oogst`, plain `sqlite3`) gets "database is
  locked". Our own connection then opens the file with SQLite's ``unix-none``
  VFS (no POSIX locks of its own, which would conflict with ours): the OFD
  lock is the only lock, held from before SQLite opens the file until after
  it has closed it.
* ``"flock"`` (macOS and other Unixes, which have no OFD locks): ``flock`` on
  a lock file beside the event file (``.NAME.lock``, owner-only), opened and
  locked before SQLite opens the event file and kept until after it closes.
  A ``flock`` lock belongs to its open file description too, so nothing else
  the process opens or closes drops it: a second Oogst or `oogst` command is
  refused, always. SQLite keeps its own exclusive lock on the event file as
  well, which keeps other SQLite programs out as long as nothing in the
  process closes a descriptor of the event file (the program never opens it
  behind SQLite's back while it is open). The lock file is removed on release
  (after unlocking-by-removal: a process that opened it meanwhile sees it is
  no longer the file at that name and tries again).
* ``"sqlite"`` (Windows): SQLite's own lock is enough there. Windows locks
  (``LockFileEx``, which SQLite uses) are mandatory and belong to the handle
  that took them: closing another handle of the file releases nothing, and
  another program's reads and writes of the locked bytes fail.
"""
from __future__ import annotations

import logging
import os
import struct
import sys
import threading
from pathlib import Path

from .errors import FileLocked

try:
    import fcntl
except ImportError:  # Windows: no fcntl, SQLite's own (mandatory) lock is used
    fcntl = None  # type: ignore[assignment]

# sqlite3.c: PENDING_BYTE (0x40000000), then RESERVED_BYTE, then SHARED_SIZE (510)
_LOCK_START = 0x40000000
_LOCK_LENGTH = 512
_OFD_SETLK = getattr(fcntl, "F_OFD_SETLK", None)
_LOCK_FILE_MODE = 0o600
_TRIES = 5  # a lock file removed under us by its releasing owner: try again
_held: dict[tuple[int, int], int] = {}  # (device, inode) of the files this process holds
_held_lock = threading.Lock()


def method() -> str:
    """How this platform holds the event file: "ofd", "flock" or "sqlite" (see above)."""
    if fcntl is None or os.name != "posix":
        return "sqlite"
    if _OFD_SETLK is not None and sys.platform.startswith("linux"):
        return "ofd"
    return "flock"


def supported() -> bool:
    """True where the descriptor-owned lock on the event file itself is available (Linux)."""
    return method() == "ofd"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def held_here(path: str | Path) -> bool:
    """Does this process hold `path` open as an event file? Then nothing may open
    it again (reading even its header and closing that descriptor would drop
    SQLite's POSIX lock where that is the only lock on the file itself)."""
    key = _identity(Path(path))
    with _held_lock:
        return key is not None and key in _held


def lock_file(path: Path) -> Path:
    """The lock file of the "flock" method, beside the event file."""
    return path.with_name(f".{path.name}.lock")


class FileLock:
    """Holds an event file for this program until `release()`.

    `vfs` is the SQLite VFS the connection must use while the lock is held
    (None: SQLite's default, which then locks the file itself too).
    """

    def __init__(self, path: Path, fd: int | None, kind: str) -> None:
        self.path = path
        self._fd = fd
        self.kind = kind
        self._key: tuple[int, int] | None = None

    @property
    def vfs(self) -> str | None:
        return "unix-none" if self.kind == "ofd" and self._fd is not None else None

    @classmethod
    def acquire(cls, path: str | Path) -> FileLock:
        """Lock `path` (which must exist) or raise FileLocked at once."""
        path = Path(path)
        if held_here(path):
            raise _locked(path)
        kind = method()
        if kind == "ofd":
            lock = cls(path, _lock_ofd(path), kind)
        elif kind == "flock":
            fd = _lock_flock(path)
            lock = cls(path, fd, kind if fd is not None else "sqlite")
        else:
            lock = cls(path, None, kind)
        lock._key = _identity(path)
        if lock._key is not None:
            with _held_lock:
                _held[lock._key] = _held.get(lock._key, 0) + 1
        return lock

    def release(self) -> None:
        """Give the file free again (after SQLite has closed it)."""
        key, self._key = self._key, None
        if key is not None:
            with _held_lock:
                if _held.get(key, 0) > 1:
                    _held[key] -= 1
                else:
                    _held.pop(key, None)
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if self.kind == "flock":
            # Remove the name while still holding the lock: whoever opened it
            # meanwhile finds its descriptor is no longer the file at that name.
            try:
                if os.path.samestat(os.fstat(fd), os.stat(lock_file(self.path))):
                    os.unlink(lock_file(self.path))
            except OSError:
                pass
        os.close(fd)


def _locked(path: Path) -> FileLocked:
    return FileLocked("error.file_locked", path=path, name=path.name)


def _lock_ofd(path: Path) -> int:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    flock = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, _LOCK_START, _LOCK_LENGTH, 0)
    try:
        fcntl.fcntl(fd, _OFD_SETLK, flock)
    except OSError:
        os.close(fd)
        raise _locked(path) from None
    return fd


def _lock_flock(path: Path) -> int | None:
    """The locked lock file's descriptor; None when no lock file can be made there
    (SQLite's own lock is then the only one, as before: logged, never a crash)."""
    target = lock_file(path)
    for _ in range(_TRIES):
        try:
            fd = os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0),
                         _LOCK_FILE_MODE)
        except PermissionError:
            raise _locked(path) from None  # another user's lock file: theirs, open
        except OSError as exc:
            logging.getLogger("oogst.lock").warning(
                "no lock file beside %s (%s): SQLite's own lock only", path.name, exc)
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise _locked(path) from None
        try:
            if os.path.samestat(os.fstat(fd), os.stat(target)):
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # released and removed by its owner meanwhile: take the new one
    raise _locked(path)
