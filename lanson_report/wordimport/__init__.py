"""Import a report made in Word (.docx) into a draft, with a review of what was read."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..domain import limits
from ..domain.errors import ReportError
from ..domain.model import Draft
from ..files.fileio import describe_os_error
from .review import Field, Review

__all__ = ["Field", "Imported", "Review", "WordImportError", "import_docx"]

SAVE_AS_DOCX = (
    "Hãy mở tệp bằng Word, chọn Tệp > Lưu thành (File > Save As), chọn kiểu "
    "“Tài liệu Word (*.docx)”, rồi nhập tệp .docx vừa lưu."
)


class WordImportError(ReportError):
    """The file is not a Word .docx this program can read; the message says what to do."""


@dataclass
class Imported:
    draft: Draft
    review: Review


def import_docx(path: Path | str) -> Imported:
    """Read a report from a .docx file; the draft is not saved anywhere yet."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from . import elements
    from .footnotes import read_notes
    from .parse import build
    from .reader import Converted, boxed_text, landscape_sections, read

    path = Path(path)
    _check_kind(path)
    _check_size(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise WordImportError(
            f"{path}: không đọc được tệp Word này (tệp hỏng hoặc không phải .docx). {SAVE_AS_DOCX}"
        ) from exc
    except OSError as exc:
        raise WordImportError(f"{path}: không mở được tệp ({describe_os_error(exc)}).") from exc
    converted = Converted(notes=read_notes(document))
    items = read(document, converted)
    draft, review = build(items, converted, landscape_sections(document), boxed_text(document))
    review.notes += elements.notes(document)
    return Imported(draft, review)


def _check_size(path: Path) -> None:
    """A .docx is a zip: refuse a bomb from its directory, before python-docx unpacks it."""
    try:
        size = path.stat().st_size
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (OSError, zipfile.BadZipFile):
        return  # docx.Document says what is wrong with it
    if size > limits.MAX_DOCX_BYTES or unpacked > limits.MAX_DOCX_INFLATED:
        raise WordImportError(
            f"{path}: tệp Word quá lớn ({limits.size_text(max(size, unpacked))} khi giải nén); "
            f"tối đa {limits.size_text(limits.MAX_DOCX_INFLATED)}."
        )


def _check_kind(path: Path) -> None:
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as exc:
        raise WordImportError(f"{path}: không mở được tệp ({describe_os_error(exc)}).") from exc
    if suffix == ".doc" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise WordImportError(
            f"{path}: đây là tệp Word 97–2003 (.doc), chương trình chỉ đọc được tệp .docx. "
            + SAVE_AS_DOCX
        )
    if suffix != ".docx" or not head.startswith(b"PK"):
        raise WordImportError(
            f"{path}: chỉ nhập được báo cáo soạn bằng Word dạng .docx. {SAVE_AS_DOCX}"
        )
