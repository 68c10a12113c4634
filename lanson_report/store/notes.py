"""What the store tells the clerk about repairs: a list of notes, with listeners.

Notes made while opening are read once the window or the command is ready; a repair
found later (a damaged draft opened, a batch finished) reaches the listeners as it
happens, so the command line prints it and the app shows it, never silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .records import parse_stamp


class Notes(list[str]):
    """Vietnamese sentences, oldest first; each appended one goes to every listener."""

    def __init__(self) -> None:
        super().__init__()
        self.listeners: list[Callable[[str], None]] = []

    def append(self, note: str) -> None:
        super().append(note)
        for listener in list(self.listeners):
            listener(note)


def file_note(name: str, aside: str, source: str | None) -> str:
    if source is None:
        return (
            f"Tệp {name} bị hỏng: đã chuyển sang {aside} (không xóa); "
            "không có bản sao lưu dùng được."
        )
    return f"Tệp {name} bị hỏng: đã chuyển sang {aside} (không xóa) và khôi phục {source}."


def journal_note(name: str, aside: str, source: str | None) -> str:
    return (
        f"Tệp ghi dở {name} bị hỏng: đã chuyển sang {aside} (không xóa) và dựng lại danh "
        "sách bản nháp từ chính các bản nháp; không mất bản nháp nào."
    )


def body_note(listed: dict[str, Any] | None, name: str, aside: str, source: str | None) -> str:
    """A damaged draft: which one, which save was lost, what is shown instead, where it is."""
    which = ""
    if listed:
        title = listed["title"] or "(chưa có trích yếu)"
        saved = parse_stamp(listed["modified"])
        which = f" bản nháp “{title}”, lần lưu lúc {saved:%H:%M:%S ngày %d/%m/%Y},"
    instead = (
        f"đang dùng bản lưu trước đó ({source}); phần sửa sau lần lưu đó không còn"
        if source
        else "không có bản lưu trước nào dùng được"
    )
    return (
        f"Tệp {name} bị hỏng:{which} không đọc được hoặc sai mã kiểm tra; {instead}. "
        f"Tệp hỏng được giữ nguyên ở {aside} (không xóa)."
    )
