"""User text is data: cleaning for PDF and Excel, and writing files atomically.

Decisions (see also docs in `facilitator/exports/__init__.py`):

* **Control characters** (C0 except tab and newline, DEL, C1, U+FFFE/U+FFFF and
  lone surrogates) are removed from every exported text; CR/CRLF become a newline.
  XML (inside .xlsx) cannot hold them and they have no meaning on paper.
* **PDF**: text is escaped for reportlab's Paragraph mini-markup (`& < >`), so
  `<b>` typed by a user prints as `<b>`. Characters the embedded DejaVu font has
  no glyph for (most emoji) are printed as `[U+1F9D1]`: visible, never a crash,
  never silently gone. Invisible joiners/variation selectors are dropped.
  Right-to-left text (Arabic, Hebrew) is drawn in visual order (python-bidi) and
  Arabic letters are joined (arabic-reshaper), in the embedded Noto Naskh Arabic
  font for runs in Arabic script (`fonts.visual`, `fonts.arabic_runs`). A
  paragraph wraps in reading order and each printed line is ordered as a
  whole when it is drawn (`pdfkit.Paragraph`), so Latin words inside Arabic
  or Hebrew keep their order.
* **Excel**: a text is always written as an explicit string cell (data type
  "s", a shared string), never as a formula, so `=SUM(A1)` stays the text
  `=SUM(A1)` when read back. Texts that a spreadsheet could take for a formula
  when the cell is edited (leading `= + - @`, tab or CR) also get Excel's
  "quote prefix" cell flag: no apostrophe is added to the value, but Excel and
  LibreOffice keep the cell as text when a user edits it.
* **Cell limit**: a text longer than 32,767 UTF-16 code units (Excel's limit) is
  split into pieces of at most that length, never inside a surrogate pair; the
  sheet writers put the pieces in continuation columns "Tekst (vervolg 2)", ...
  at the right of the row, so joining the pieces in order gives the whole text.
"""
from __future__ import annotations

import errno
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import ExportError
from ..jobs import Cancelled, Progress, ShouldAbort

EXCEL_CELL_LIMIT = 32_767
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f"
                        "\U000e0000-\U000e007f]")
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")

class ExportCancelled(ExportError, Cancelled):
    """The user cancelled; the temporary file is gone and no old file was touched."""


def clean(text: object) -> str:
    """Text without control characters; CR/CRLF as newline; None as ''."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


# -- PDF ---------------------------------------------------------------------------

def para(text: object, covered: frozenset[int] | set[int] | None = None) -> str:
    """User text as safe Paragraph markup: escaped, newlines as <br/>, missing glyphs
    shown as [U+XXXX]. Right-to-left text is prepared for wrapping and Arabic letters
    are joined (`fonts.wrappable`); runs in Arabic script get the Arabic font."""
    from . import fonts
    value = INVISIBLE.sub("", clean(text)).replace("\t", "    ")
    if value.isascii():  # the common case, fast: every ASCII character is drawn as is
        return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\n", "<br/>"))
    value = fonts.wrappable(value)
    out: list[str] = []
    for run, arabic in fonts.arabic_runs(value):
        if covered is not None:
            run = "".join(ch if ord(ch) in covered or ch == "\n" else f"[U+{ord(ch):04X}]"
                          for ch in run)
        run = run.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f'<font name="{fonts.ARABIC_FAMILY}">{run}</font>' if arabic else run)
    return "".join(out).replace("\n", "<br/>")


def drawn_as_is(text: str, covered: frozenset[int] | set[int]) -> bool:
    """True when the characters of `text` are drawn as they are: `para` escapes or
    replaces none of them (no right-to-left or invisible character, no soft
    hyphen, every one in the fonts) and a fragment of it needs no markup.

    Every check is of characters alone, so for the fonts' frozen set the
    characters it refuses are one character class (`_refused`), searched for in
    one pass (the minutes ask it of every note that is not plain ASCII)."""
    if text.isascii():
        return True
    if type(covered) is frozenset:
        return _refused(covered).search(text) is None
    return _drawn_as_is_by_characters(text, covered)


def _drawn_as_is_by_characters(text: str, covered: frozenset[int] | set[int]) -> bool:
    """`drawn_as_is` of text that is not plain ASCII, checked on its characters."""
    from . import fonts
    chars = "".join(set(text))  # each character once: every check is of characters alone
    return not fonts.has_rtl(chars) and "\u00ad" not in chars and \
        not INVISIBLE.search(chars) and covered.issuperset(map(ord, chars))


_REFUSED: dict[int, tuple[frozenset[int], re.Pattern[str]]] = {}


def _refused(covered: frozenset[int]) -> re.Pattern[str]:
    """A character class of every character `_drawn_as_is_by_characters` refuses
    with `covered`: all but the covered ones its checks take one by one (written
    out here per character, ten times quicker than calling it for each; the test
    compares the two on every character); made once per set."""
    found = _REFUSED.get(id(covered))
    if found is None or found[0] is not covered:
        from . import fonts
        rtl, invisible = fonts.has_rtl, INVISIBLE.search
        taken = [cp for cp in sorted(covered)
                 if not (rtl(ch := chr(cp)) or ch == "\u00ad" or invisible(ch))]
        ranges: list[list[int]] = []
        for cp in taken:
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
        allowed = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
        if len(_REFUSED) > 8:
            _REFUSED.clear()
        found = _REFUSED[id(covered)] = (covered, re.compile(f"[^{allowed}]" if allowed
                                                             else "[\\s\\S]"))
    return found[1]


# -- Excel ---------------------------------------------------------------------------

def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_for_cell(text: str, limit: int = EXCEL_CELL_LIMIT) -> list[str]:
    """Pieces of at most `limit` UTF-16 units; ''.join(pieces) == text."""
    if utf16_len(text) <= limit:
        return [text]
    pieces, current, size = [], [], 0
    for ch in text:
        units = 2 if ord(ch) > 0xFFFF else 1
        if size + units > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += units
    if current:
        pieces.append("".join(current))
    return pieces


def is_risky(text: str) -> bool:
    """Would a spreadsheet take this text for a formula when the cell is edited?"""
    return text.startswith(_RISKY_START)


def set_text(cell, text: object) -> None:
    """Write user text into an openpyxl cell as a plain string, never a formula."""
    value = clean(text)
    cell.value = value  # openpyxl guesses 'f' for a leading '='; we overrule it:
    cell.data_type = "s"
    if is_risky(value):
        cell.quotePrefix = True


# -- atomic writing ---------------------------------------------------------------------

_LOCK_FILES = (("~${name}", "Microsoft Excel/Word"),
               (".~lock.{name}#", "LibreOffice"))


def _check_target(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise ExportError("export.err.no_folder", path=path, folder=folder)
    if path.is_dir():
        raise ExportError("export.err.file_is_folder", path=path, file=path)
    for pattern, program in _LOCK_FILES:
        if (folder / pattern.format(name=path.name)).exists():
            raise ExportError("export.err.file_locked", path=path, file=path, program=program)


def _os_error(exc: OSError, path: Path, *, replacing: bool) -> ExportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError("export.err.file_disk_full", path=path, file=path)
    if exc.errno in (errno.EROFS,) or (isinstance(exc, PermissionError) and not replacing):
        return ExportError("export.err.readonly", path=path, folder=path.parent)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return ExportError("export.err.file_in_use", path=path, file=path)
    return ExportError("export.err.file_write", path=path, file=path,
                       reason=exc.strerror or str(exc))


STALE_SECONDS = 3600  # a temporary file whose writer cannot be asked is stale after this


def sweep_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files that killed exports to `path` left beside it
    (``.NAME.<pid>-XXXX.tmp`` whose process is gone); returns what was removed."""
    removed = []
    prefix = f".{path.name}."
    folder = path.parent
    try:  # the folder's names as strings: a Path only for the few that are ours
        candidates = [folder / name for name in os.listdir(folder)
                      if name.startswith(prefix) and name.endswith(".tmp")]
    except OSError:
        return removed
    for leftover in candidates:
        if not _writer_alive(leftover, leftover.name[len(prefix):].split("-", 1)[0]):
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                pass
    return removed


def _writer_alive(tmp: Path, pid_text: str) -> bool:
    if pid_text.isdigit() and os.name == "posix":
        try:
            os.kill(int(pid_text), 0)  # signal 0: only asks whether it exists
        except ProcessLookupError:
            return False
        except (PermissionError, OverflowError):
            return True
        return True
    try:  # elsewhere, or an older name without a pid: by age
        return time.time() - tmp.stat().st_mtime < STALE_SECONDS
    except OSError:
        return True


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """Yield a binary file in the target's folder; on success it replaces `path`.

    On any error or cancellation the temporary file is removed and an existing
    file at `path` is left exactly as it was. OS errors become ExportError with
    a message a facilitator can act on (a catalogue key with its fields, read
    in any language through `exc.text(lang)`).
    """
    path = Path(path)
    _check_target(path)
    sweep_leftovers(path)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent,
                                        prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp")
    except OSError as exc:
        raise _os_error(exc, path, replacing=False) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():  # keep the old file's permissions
            try:
                os.chmod(tmp, path.stat().st_mode & 0o777)
            except OSError:
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise _os_error(exc, path, replacing=True) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _os_error(exc, path, replacing=False) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Job:
    """Progress and abort callbacks of one export (Calibre's ThreadedJob pattern)."""

    def __init__(self, progress: Progress | None, should_abort: ShouldAbort | None,
                 lang: str) -> None:
        self._progress = progress
        self._abort = should_abort
        self.lang = lang

    def step(self, done: int, total: int, message: str) -> None:
        """Report progress, then raise ExportCancelled if the user asked to stop."""
        if self._progress is not None:
            self._progress(done, total, message)
        self.check()

    def check(self) -> None:
        if self._abort is not None and self._abort():
            raise ExportCancelled("export.err.cancelled")
