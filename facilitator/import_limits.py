"""The limits of reading a registration list, checked before the real work.

A registration list is a few hundred rows of short texts. A file far beyond
that is refused at once with a message that says the limit (README "Limits"),
never read for minutes or until memory runs out:

* any file: at most MAX_FILE_BYTES on disk;
* .xlsx: checked with `zipfile` before openpyxl reads it (milliseconds): the
  members together unpack to at most MAX_UNPACKED_BYTES, a large member is
  compressed at most MAX_RATIO times (a zip bomb is far more), the shared
  texts (xl/sharedStrings.xml) unpack to at most MAX_SHARED_STRINGS_BYTES and
  no worksheet declares (`<dimension ref>`) more than MAX_COLUMNS columns;
* .csv: no line longer than MAX_LINE_CHARS (a one-line file is no list);
* every row: at most MAX_COLUMNS columns, every cell at most MAX_CELL_CHARS.

Rows beyond `participant_import.MAX_ROWS` are not refused: the `Sheet` says
they were left out (a warning the wizard shows).
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .errors import OogstError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # for members that unpack to more than RATIO_FROM bytes
RATIO_FROM = 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 50 * 1024 * 1024
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
MAX_LINE_CHARS = 100_000

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?\d+'
                        rb'(?::\$?([A-Z]{1,3})\$?\d+)?"')


class LimitError(OogstError):
    """A registration list beyond the import's limits (README "Limits")."""


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".0", "") if size else "0"


def column_number(letters: str) -> int:
    """'A' -> 1, 'Z' -> 26, 'AA' -> 27, 'XFD' -> 16384."""
    number = 0
    for ch in letters:
        number = number * 26 + (ord(ch) - 64)
    return number


def check_file_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise LimitError("error.import.file_too_big", path=path, name=path.name,
                         size=_mb(size), limit=_mb(MAX_FILE_BYTES))


def check_xlsx(path: Path) -> None:
    """Refuse a workbook that would unpack too big or declares a huge sheet.

    Reads only the zip directory and the first bytes of each worksheet. A file
    that is no zip at all is left to openpyxl (its message names the problem)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        members = archive.infolist()
        total = sum(m.file_size for m in members)
        if total > MAX_UNPACKED_BYTES:
            raise LimitError("error.import.unpacks_too_big", path=path, name=path.name,
                             size=_mb(total), limit=_mb(MAX_UNPACKED_BYTES))
        for member in members:
            if member.file_size > RATIO_FROM:
                ratio = member.file_size / max(1, member.compress_size)
                if ratio > MAX_RATIO:
                    raise LimitError("error.import.compression_ratio", path=path,
                                     name=path.name, part=member.filename,
                                     ratio=int(ratio), limit=MAX_RATIO)
            if member.filename.lower().endswith("sharedstrings.xml") and \
                    member.file_size > MAX_SHARED_STRINGS_BYTES:
                raise LimitError("error.import.shared_strings_too_big", path=path,
                                 name=path.name, size=_mb(member.file_size),
                                 limit=_mb(MAX_SHARED_STRINGS_BYTES))
        for member in members:
            if member.filename.startswith("xl/worksheets/") and \
                    member.filename.endswith(".xml"):
                _check_dimension(path, archive, member)


def _check_dimension(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    try:
        with archive.open(member) as handle:
            head = handle.read(16 * 1024)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return  # openpyxl reports a broken member
    match = _DIMENSION.search(head)
    if not match:
        return
    first = column_number(match[1].decode())
    last = column_number(match[2].decode()) if match[2] else first
    columns = last - first + 1
    if columns > MAX_COLUMNS:
        raise LimitError("error.import.sheet_too_wide", path=path, name=path.name,
                         sheet=Path(member.filename).stem, columns=columns, limit=MAX_COLUMNS)


def check_csv_lines(path: Path, text: str) -> None:
    """Refuse a text with a line longer than MAX_LINE_CHARS (checked in one pass)."""
    start = 0
    number = 1
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        if end - start > MAX_LINE_CHARS:
            raise LimitError("error.import.line_too_long", path=path, name=path.name,
                             row=number, limit=MAX_LINE_CHARS)
        start = end + 1
        number += 1


def check_row(path: Path, number: int, row: list[str]) -> None:
    """Refuse a row with too many columns or a cell that is too long."""
    if len(row) > MAX_COLUMNS:
        # Trailing empty cells (Excel's formatted ranges, a CSV's closing delimiters)
        # do not count.
        width = len(row)
        while width > MAX_COLUMNS and not row[width - 1]:
            width -= 1
        if width > MAX_COLUMNS:
            raise LimitError("error.import.too_many_columns", path=path, name=path.name,
                             row=number, columns=width, limit=MAX_COLUMNS)
        del row[MAX_COLUMNS:]
    for cell in row:
        if len(cell) > MAX_CELL_CHARS:
            raise LimitError("error.import.cell_too_long", path=path, name=path.name,
                             row=number, length=len(cell), limit=MAX_CELL_CHARS)
