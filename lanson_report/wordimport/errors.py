"""What the Word import says when it cannot read a file."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable

from ..domain.errors import ReportError

# What a damaged zip raises while being read: zipfile, zlib, a lying header, an unknown
# compression method (NotImplementedError) or an encrypted member (RuntimeError).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)

SAVE_AS_DOCX = (
    "Hãy mở tệp bằng Word, chọn Tệp > Lưu thành (File > Save As), chọn kiểu "
    "“Tài liệu Word (*.docx)”, rồi nhập tệp .docx vừa lưu."
)


class WordImportError(ReportError):
    """The file is not a Word .docx this program can read; the message says what to do."""


class ImportCancelled(Exception):
    """The clerk stopped the import (raised by the progress callback); nothing is kept."""


# progress(percent): called from the reading thread now and then; it may raise
# ImportCancelled to stop the import there.
Progress = Callable[[int], None]


def no_progress(percent: int) -> None:
    """The command line's progress: none."""


class Unreadable(Exception):
    """Raised while reading, with what is wrong and where; `import_docx` names the file.

    resave: whether saving the file again from Word is likely to help (a damaged or odd
    file), as opposed to a file that is simply too big for the program."""

    def __init__(self, message: str, *, resave: bool = True) -> None:
        super().__init__(message)
        self.resave = resave


def whole_number(text: str | None, default: int = 0) -> int:
    """An integer attribute as Word writes it; anything else (junk, absent) is `default`."""
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return default
