"""Every SQLite connection the program opens: a stranger's file stays inert.

`connect()` is the one place the core calls `sqlite3.connect` (a test scans
for others). Each connection gets

* ``PRAGMA trusted_schema = OFF``: no SQL function or virtual table named in
  a file's schema (a trigger, a view, a default) runs with the program's
  rights;
* SQLite's *defensive mode* (``SQLITE_DBCONFIG_DEFENSIVE``): ordinary SQL can
  no longer corrupt the file on purpose (``PRAGMA writable_schema``, writes
  to ``sqlite_schema``, to the search index's shadow tables, to
  ``sqlite_dbpage``, ``journal_mode=OFF``, ``schema_version=N``).

Python 3.12+ sets defensive mode with ``Connection.setconfig``. Python 3.11
(what Oogst runs on) has no such method, so it is set through ctypes on the
connection's own ``sqlite3 *`` handle, with checks before anything is
called: the interpreter is CPython 3.11 (whose Connection object holds
``sqlite3 *db`` as its first field after the object header); the functions
come from the SQLite library the ``_sqlite3`` extension itself is linked
against (looked up through the extension's own handle, so the same copy of
SQLite is used, also inside the PyInstaller bundle) and it reports the same
version and source id as the ``sqlite3`` module; the handle belongs to this
connection (its file name and a limit set just now read back the same
through it). After setting, the flag is read back. When any check fails the
reason is logged once and the program carries on without defensive mode
(``trusted_schema`` and the schema check on opening still hold): it never
crashes over it.
"""
from __future__ import annotations

import ctypes
import logging
import os
import sqlite3
import sys
import threading
from functools import cache
from typing import Any

log = logging.getLogger("oogst.sqlite")

SQLITE_DBCONFIG_DEFENSIVE = 1010  # sqlite3.h
_LIMIT_LIKE_PATTERN_LENGTH = 8    # sqlite3.h: SQLITE_LIMIT_LIKE_PATTERN_LENGTH
_HAS_SETCONFIG = hasattr(sqlite3.Connection, "setconfig")
_warned: set[str] = set()
_warn_lock = threading.Lock()
_why_not = [""]  # why the library cannot be used (when `_library()` is None)


def connect(target: Any, **kwargs: Any) -> sqlite3.Connection:
    """`sqlite3.connect(target, **kwargs)`, made inert (see the module's text)."""
    conn = sqlite3.connect(target, **kwargs)
    try:
        harden(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def harden(conn: sqlite3.Connection) -> bool:
    """trusted_schema off and defensive mode on; True when defensive mode is on."""
    conn.execute("PRAGMA trusted_schema = OFF")
    return enable_defensive(conn)


def enable_defensive(conn: sqlite3.Connection) -> bool:
    """Switch defensive mode on; True when it is on (read back), False (logged) if not."""
    if _HAS_SETCONFIG:
        conn.setconfig(SQLITE_DBCONFIG_DEFENSIVE, True)
        if conn.getconfig(SQLITE_DBCONFIG_DEFENSIVE):
            return True
        _warn("set-failed", "defensive mode did not stay on after setconfig")
        return False
    library = _library()
    if library is None:
        return False
    db = _handle(conn, library)
    if db is None:
        return False
    done = _db_config(library, db, 1)
    now = _db_config(library, db, -1)
    if done == 1 and now == 1:
        return True
    _warn("set-failed", f"defensive mode reads back {now} after setting it (answer {done})")
    return False


def defensive(conn: sqlite3.Connection) -> bool | None:
    """Whether defensive mode is on for `conn` (None: it cannot be read here)."""
    if _HAS_SETCONFIG:
        return bool(conn.getconfig(SQLITE_DBCONFIG_DEFENSIVE))
    library = _library()
    db = None if library is None else _handle(conn, library)
    if db is None:
        return None
    value = _db_config(library, db, -1)
    return None if value is None else value == 1


def working() -> tuple[bool, str]:
    """(defensive mode is on for a new connection, how it is set or why not): for `oogst check`."""
    conn = connect(":memory:")
    try:
        return defensive(conn) is True, status()
    finally:
        conn.close()


def status() -> str:
    """How defensive mode is set in this program: 'setconfig', 'ctypes' or why not."""
    if _HAS_SETCONFIG:
        return "setconfig"
    return "ctypes" if _library() is not None else f"unavailable: {_why_not[0]}"


class _Unavailable(Exception):
    """Why the SQLite library behind `_sqlite3` cannot be used through ctypes."""


def _warn(key: str, message: str) -> None:
    with _warn_lock:
        if key in _warned:
            return
        _warned.add(key)
    log.warning("SQLite defensive mode is off: %s", message)


@cache
def _library() -> ctypes.CDLL | None:
    try:
        return _resolve()
    except _Unavailable as exc:
        _why_not[0] = str(exc)
        _warn("library", str(exc))
        return None


def _resolve() -> ctypes.CDLL:
    """The SQLite library `_sqlite3` uses, with the few functions needed declared."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        raise _Unavailable(f"no known Connection layout for {sys.implementation.name} "
                           f"{sys.version_info[0]}.{sys.version_info[1]}")
    import _sqlite3
    extension = getattr(_sqlite3, "__file__", None)
    if not extension:
        raise _Unavailable("the _sqlite3 extension has no file (built into the interpreter)")
    try:
        library = ctypes.CDLL(_library_file(extension))
        functions = {name: getattr(library, name) for name in (
            "sqlite3_db_config", "sqlite3_db_filename", "sqlite3_libversion",
            "sqlite3_sourceid", "sqlite3_limit")}
    except (OSError, AttributeError) as exc:
        raise _Unavailable(f"SQLite's functions not found beside {extension}: {exc}") from None
    functions["sqlite3_libversion"].restype = ctypes.c_char_p
    functions["sqlite3_libversion"].argtypes = []
    functions["sqlite3_sourceid"].restype = ctypes.c_char_p
    functions["sqlite3_sourceid"].argtypes = []
    functions["sqlite3_db_filename"].restype = ctypes.c_char_p
    functions["sqlite3_db_filename"].argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    functions["sqlite3_limit"].restype = ctypes.c_int
    functions["sqlite3_limit"].argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    # int sqlite3_db_config(sqlite3*, int op, ...): only the two fixed arguments
    # are declared; the variadic ones are passed as c_int and a pointer to
    # c_int, so ctypes builds a variadic call (ffi_prep_cif_var), which Apple
    # silicon needs (variadic arguments go on the stack there). The value is
    # always read back, so a call that went wrong cannot pass unnoticed.
    functions["sqlite3_db_config"].restype = ctypes.c_int
    functions["sqlite3_db_config"].argtypes = [ctypes.c_void_p, ctypes.c_int]
    version = functions["sqlite3_libversion"]().decode("ascii", "replace")
    if version != sqlite3.sqlite_version:
        raise _Unavailable(f"the library found is SQLite {version}, the sqlite3 module "
                           f"uses {sqlite3.sqlite_version}")
    source = functions["sqlite3_sourceid"]().decode("ascii", "replace")
    probe = sqlite3.connect(":memory:")
    try:
        expected = probe.execute("SELECT sqlite_source_id()").fetchone()[0]
    finally:
        probe.close()
    if source != expected:
        raise _Unavailable(f"the library found is another build of SQLite ({source!r}, "
                           f"the sqlite3 module's is {expected!r})")
    return library


def _library_file(extension: str) -> str:
    """What to open for SQLite's functions: the `_sqlite3` extension itself (on
    Linux and macOS, dlsym on its handle searches the extension and the
    libraries it was linked against: the very copy of SQLite it uses, also in
    the bundle); on Windows, the sqlite3.dll beside it (GetProcAddress does not
    search dependencies; the same path gives the module already loaded)."""
    if os.name == "nt":
        beside = os.path.join(os.path.dirname(extension), "sqlite3.dll")
        if os.path.exists(beside):
            return beside
    return extension


def _handle(conn: sqlite3.Connection, library: ctypes.CDLL) -> int | None:
    """The connection's `sqlite3 *`, checked to be its own; None (logged) otherwise."""
    if not isinstance(conn, sqlite3.Connection):
        _warn("type", f"not a sqlite3.Connection: {type(conn).__name__}")
        return None
    db = _pointer(conn)
    if not db:
        return None  # closed
    row = conn.execute("PRAGMA database_list").fetchone()
    expected = (row[2] if row is not None else "") or ""
    found = library.sqlite3_db_filename(db, b"main")
    found = found.decode("utf-8", "surrogateescape") if found else ""
    if found != expected:
        _warn("handle", f"the handle's file is {found!r}, the connection's {expected!r}")
        return None
    old = conn.getlimit(_LIMIT_LIKE_PATTERN_LENGTH)
    mark = max(1, old - 1 - (id(conn) >> 4) % 997)
    conn.setlimit(_LIMIT_LIKE_PATTERN_LENGTH, mark)
    try:
        seen = library.sqlite3_limit(db, _LIMIT_LIKE_PATTERN_LENGTH, -1)
    finally:
        conn.setlimit(_LIMIT_LIKE_PATTERN_LENGTH, old)
    if seen != mark:
        _warn("handle", f"a limit set on the connection reads {seen} through the handle, "
                        f"not {mark}")
        return None
    return db


def _pointer(conn: sqlite3.Connection) -> int | None:
    """The `sqlite3 *db` field of a CPython 3.11 Connection (Modules/_sqlite/connection.h:
    PyObject_HEAD, then `sqlite3 *db`; object.__basicsize__ is the header's size, also in
    debug builds). Checked by `_handle` before it is used."""
    return ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value


def _db_config(library: ctypes.CDLL, db: int, value: int) -> int | None:
    """sqlite3_db_config(db, DEFENSIVE, value, &out): `out` (None when SQLite refused)."""
    out = ctypes.c_int(-7)
    rc = library.sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, ctypes.c_int(value),
                                   ctypes.byref(out))
    if rc != 0:
        _warn(f"rc{rc}", f"sqlite3_db_config answered {rc}")
        return None
    return out.value
