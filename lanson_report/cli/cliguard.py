"""What the command line prints and overwrites: nothing from a file may fool either.

A title can hold ESC, BEL or a right-to-left override; printed raw they recolour the
terminal, beep or show text reversed. Output files are checked before anything is
written: a command never replaces its own input, a draft in the data folder, or a
file of another kind that it did not write.
"""

from __future__ import annotations

import os
import re
import sys
import zipfile
from pathlib import Path

from .. import APP_NAME
from ..domain.errors import ReportError

# Control characters (C0 but tab and newline, DEL, C1), lone surrogates, and the
# bidirectional controls that reorder what follows on the screen (Trojan Source).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
# What the start of a file this program writes holds, by suffix; others are taken as PDF.
SIGNATURES = {
    ".pdf": b"%PDF-",
    ".docx": b"PK\x03\x04",
    ".json": b'"lanson-report/draft"',
    ".zip": b"PK\x03\x04",
}
_HEAD = 256


def safe(text: str) -> str:
    """Text for the terminal: control and bidi characters shown as \\uXXXX escapes."""
    return _UNSAFE.sub(lambda found: f"\\u{ord(found[0]):04x}", text)


def same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


def inside(path: Path, folder: Path) -> bool:
    resolved = os.path.normcase(os.path.realpath(path))
    root = os.path.normcase(os.path.realpath(folder))
    try:
        return os.path.commonpath([resolved, root]) == root
    except ValueError:  # another drive (Windows)
        return False


def check_output(
    output: Path,
    inputs: tuple[Path, ...] = (),
    data_folder: Path | None = None,
    kind: str | None = None,
) -> None:
    """Refuse an output that would destroy something: an input, the store, another file.

    An existing output is replaced only when it looks like what this command writes
    (kind, a suffix, defaults to the output's: a PDF for `.pdf`, a Word file for
    `.docx`...): a re-export, not an accident.
    """
    for source in inputs:
        if same_file(output, source):
            raise ReportError(
                f"Tệp ra {output} chính là tệp vào; hãy chọn tên khác (không ghi đè tệp nháp)."
            )
    if data_folder is not None and inside(output, data_folder):
        raise ReportError(
            f"Không ghi {output} vào thư mục dữ liệu {data_folder}: tệp ở đó do chương trình "
            "quản lý; hãy ghi ra thư mục khác."
        )
    if output.is_dir():
        raise ReportError(f"{output} là một thư mục; hãy ghi rõ tên tệp.")
    kind = kind or output.suffix.lower()
    if output.exists() and not _looks_like_ours(output, kind):
        raise ReportError(
            f"Tệp {output} đã có và không phải tệp {kind or '(không đuôi)'} do chương trình "
            "ghi; không ghi đè. "
            "Hãy chọn tên khác hoặc tự xóa tệp đó trước."
        )


def _looks_like_ours(path: Path, kind: str) -> bool:
    signature = SIGNATURES.get(kind, SIGNATURES[".pdf"])
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        return True  # unreadable: writing will report the real reason
    return not head or signature in head


# What marks a PDF or DOCX as this program's own: the Creator of the PDF's information
# (ReportLab writes it in UTF-16, octal-escaped), the description of the Word file.
_CHUNK = 1024 * 1024
_CORE_XML = "docProps/core.xml"
_MAX_CORE_XML = 1024 * 1024


def _pdf_string(text: str) -> bytes:
    """text as ReportLab writes a PDF string: UTF-16BE, bytes outside ASCII as octal."""
    raw = b"\xfe\xff" + text.encode("utf-16-be")
    return b"".join(
        bytes([byte]) if 32 <= byte < 127 and byte not in b"()\\" else b"\\%03o" % byte
        for byte in raw
    )


def _pdf_written_here(path: Path) -> bool:
    marker = b"/Creator (" + _pdf_string(f"{APP_NAME} ")
    tail = b""
    with open(path, "rb") as handle:  # read by chunks: an export can be tens of MB
        while chunk := handle.read(_CHUNK):
            if marker in tail + chunk:
                return True
            tail = chunk[-len(marker) :]
    return False


def _docx_written_here(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(_CORE_XML)
            if info.file_size > _MAX_CORE_XML:
                return False
            with archive.open(info) as member:
                core = member.read(_MAX_CORE_XML + 1).decode("utf-8", "replace")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError):
        return False
    return f"<dc:description>{APP_NAME} " in core


def written_here(path: Path, kind: str) -> bool:
    """Whether an existing export (kind `.pdf` or `.docx`) was written by this program."""
    try:
        return _docx_written_here(path) if kind == ".docx" else _pdf_written_here(path)
    except OSError:
        return False


def confirm_replace(output: Path) -> None:
    """Ask before replacing a file this program did not write; refuse when nobody can answer."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise ReportError(
            f"Tệp {output} đã có và không do chương trình ghi ra; không ghi đè. "
            "Thêm --force để ghi đè, hoặc chọn tên khác."
        )
    print(safe(f"Tệp {output} đã có và không do chương trình ghi ra."), file=sys.stderr)
    print("Ghi đè lên tệp đó? Gõ c (có) hoặc k (không) rồi Enter [k]: ", end="", file=sys.stderr)
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, UnicodeDecodeError):
        answer = ""
    if answer.strip().lower() not in ("c", "có", "co"):
        raise ReportError(f"Không ghi đè {output}; chưa xuất tệp nào.")
