"""Import a Word (.docx) document of any type into a draft, with a review of what was read."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..domain import limits
from ..domain.errors import DraftFormatError
from ..domain.model import Draft
from ..files import draftfile, fileio
from .errors import (
    SAVE_AS_DOCX,
    ZIP_ERRORS,
    ImportCancelled,
    Progress,
    Unreadable,
    WordImportError,
    no_progress,
)
from .review import Field, Review

__all__ = [
    "SAVE_AS_DOCX",
    "Field",
    "ImportCancelled",
    "Imported",
    "Progress",
    "Review",
    "WordImportError",
    "import_docx",
]


@dataclass
class Imported:
    draft: Draft
    review: Review


def import_docx(path: Path | str, progress: Progress = no_progress) -> Imported:
    """Read a report from a .docx file; the draft is not saved anywhere yet.

    Every failure is a WordImportError naming the file and, where it can, the place.
    progress(percent) is called now and then while reading; ImportCancelled raised by
    it stops the import and comes out of here."""
    path = Path(path)
    try:
        with fileio.open_regular(path) as handle:
            _check_kind(path, handle)
            _check_size(path, handle)
            imported = _read(handle, progress)
    except fileio.NotAFile as exc:
        raise WordImportError(f"{path}: {exc.reason}; chỉ nhập được tệp Word .docx.") from None
    except OSError as exc:
        raise WordImportError(
            f"{path}: không mở được tệp ({fileio.describe_os_error(exc)})."
        ) from exc
    except Unreadable as exc:
        advice = f" {SAVE_AS_DOCX}" if exc.resave else ""
        raise WordImportError(f"{path}: không nhập được: {exc}{advice}") from None
    except (*ZIP_ERRORS, RecursionError, MemoryError) as exc:
        raise WordImportError(
            f"{path}: không đọc được tệp Word này (tệp hỏng hoặc không phải .docx). {SAVE_AS_DOCX}"
        ) from exc
    _check_limits(path, imported.draft)
    return imported


def _read(handle: IO[bytes], progress: Progress) -> Imported:
    from . import elements
    from .footnotes import read_notes
    from .package import open_document
    from .parse import build
    from .reader import Converted, boxed_text, landscape_sections, read

    progress(0)
    document = open_document(handle, progress)
    progress(_OPENED)
    converted = Converted(progress=progress, notes=read_notes(document))
    try:
        items = read(document, converted)
    except Unreadable as exc:
        raise Unreadable(f"{converted.place}: {exc}", resave=exc.resave) from None
    except (AttributeError, KeyError, TypeError, ValueError, IndexError) as exc:
        # python-docx meeting XML outside its schema that formatting.safely did not catch
        raise Unreadable(f"{converted.place} không đúng cấu trúc của Word.") from exc
    progress(_READ)
    draft, review = build(items, converted, landscape_sections(document), boxed_text(document))
    review.notes += elements.notes(document)
    progress(100)
    return Imported(draft, review)


_OPENED, _READ = 30, 90  # percent done once the parts are parsed, once the text is read


def _check_limits(path: Path, draft: Draft) -> None:
    """What was read must fit a draft: the same limits as a draft file."""
    try:
        limits.check_draft(draftfile.to_dict(draft))
    except DraftFormatError as exc:
        raise WordImportError(
            f"{path}: báo cáo trong tệp vượt giới hạn của một bản nháp ({exc.detail})."
        ) from None


def _check_size(path: Path, handle: IO[bytes]) -> None:
    """A .docx is a zip: refuse one bigger than the cap, before anything is unpacked."""
    size = fileio.size_of(handle)
    if size > limits.MAX_DOCX_BYTES:
        raise WordImportError(
            f"{path}: tệp Word quá lớn ({limits.size_text(size)}); "
            f"tối đa {limits.size_text(limits.MAX_DOCX_BYTES)}."
        )
    from .package import check_entries

    try:
        check_entries(handle)
        with zipfile.ZipFile(handle) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except ZIP_ERRORS:
        return  # reading it says what is wrong with it
    finally:
        handle.seek(0)
    if unpacked > limits.MAX_DOCX_INFLATED:
        raise WordImportError(
            f"{path}: tệp Word quá lớn ({limits.size_text(unpacked)} khi giải nén); "
            f"tối đa {limits.size_text(limits.MAX_DOCX_INFLATED)}."
        )


def _check_kind(path: Path, handle: IO[bytes]) -> None:
    suffix = path.suffix.lower()
    head = handle.read(8)
    handle.seek(0)
    if suffix == ".doc" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise WordImportError(
            f"{path}: đây là tệp Word 97–2003 (.doc), chương trình chỉ đọc được tệp .docx. "
            + SAVE_AS_DOCX
        )
    if suffix != ".docx" or not head.startswith(b"PK"):
        raise WordImportError(
            f"{path}: chỉ nhập được báo cáo soạn bằng Word dạng .docx. {SAVE_AS_DOCX}"
        )
