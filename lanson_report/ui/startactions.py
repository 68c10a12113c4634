"""What the start screen's buttons do: duplicate, history, import, export, delete, trash."""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from .. import draftfile, yearswap
from ..errors import DraftFormatError
from . import dialogs
from .dialogs import reporting

if TYPE_CHECKING:
    from .start import StartScreen

__all__ = [
    "delete",
    "duplicate",
    "export_file",
    "history",
    "import_error_text",
    "import_file",
    "import_word",
    "reporting",
    "trash",
]


def duplicate(screen: StartScreen) -> None:
    """A copy for another year, offering to replace the old year in its text."""
    draft_id = screen.selected_id()
    if draft_id is None:
        return
    with reporting(screen, "Không nhân bản được"):
        old = screen.store.get(draft_id).draft
        year = dialogs.get_int(
            screen,
            "Nhân bản sang năm khác",
            f"Báo cáo năm {old.date.year} sẽ được sao thành báo cáo năm:",
            max(old.date.year + 1, datetime.date.today().year),
            1945,
            2199,
        )
        if year is None:
            return
        from .yeardialog import YearReviewDialog

        copy = screen.store.duplicate(draft_id, year).draft
        found = yearswap.find(copy, old.date.year, year) if year != old.date.year else []
        if found:
            review = YearReviewDialog(found, old.date.year, year, screen)
            if dialogs.exec_dialog(review):
                yearswap.apply(copy, review.chosen(), old.date.year, year)
                screen.store.save(copy)
        screen.refresh(select=copy.id)
        screen.message.emit(f"Đã tạo báo cáo năm {year} từ báo cáo năm {old.date.year}.")
        screen.open_requested.emit(copy.id)


def history(screen: StartScreen) -> None:
    draft_id = screen.selected_id()
    if draft_id is None:
        return
    from .historydialog import HistoryDialog

    with reporting(screen, "Không xem được lịch sử"):
        dialog = HistoryDialog(screen.store, draft_id, screen)
        if dialogs.exec_dialog(dialog) and dialog.chosen is not None:
            screen.store.revert(draft_id, dialog.chosen)
            screen.refresh(select=draft_id)
            screen.message.emit(f"Đã khôi phục lần lưu số {dialog.chosen}.")


def import_error_text(exc: DraftFormatError, path: Path) -> str:
    """The import refusal as the clerk reads it: which file, which field, what is accepted."""
    return f"Tệp {exc.source or path} chưa đúng định dạng bản nháp:\n\n{exc.detail}"


def import_file(screen: StartScreen) -> None:
    path = dialogs.open_file(screen, "Nhập tệp bản nháp")
    if path is None:
        return
    try:
        draft = draftfile.load_path(path, lenient=True)  # unfinished drafts come back too
    except DraftFormatError as exc:
        dialogs.error(screen, "Không nhập được tệp bản nháp", import_error_text(exc, path))
        return
    with reporting(screen, "Không nhập được tệp bản nháp"):
        if draft.id in screen.store.ids():
            if not dialogs.ask(
                screen,
                "Bản nháp đã có",
                "Kho đã có bản nháp này (có thể đã nhập trước đây). Nhập thành một bản sao mới?",
                yes="Nhập bản sao",
                no="Hủy",
            ):
                return
            draft.id = str(uuid.uuid4())
        screen.store.create(draft)
        screen.refresh(select=draft.id)
        screen.message.emit(f"Đã nhập “{draft.title}” từ {path.name}.")


def import_word(screen: StartScreen) -> None:
    """A report made in Word, reviewed field by field before it becomes a draft."""
    from .wordimportdialog import import_word

    import_word(screen)


def export_file(screen: StartScreen) -> None:
    draft_id = screen.selected_id()
    if draft_id is None:
        return
    with reporting(screen, "Không xuất được tệp bản nháp"):
        draft = screen.store.get(draft_id).draft
        from .exporting import documents_dir, suggested_name

        name = suggested_name(draft).removesuffix(".pdf") + ".json"
        target = dialogs.save_file(
            screen, "Xuất tệp bản nháp", documents_dir() / name, dialogs.DRAFT_FILTER
        )
        if target is None:
            return
        draftfile.dump_path(draft, target)
        screen.message.emit(f"Đã xuất bản nháp ra {target}.")


def delete(screen: StartScreen) -> None:
    draft_id = screen.selected_id()
    if draft_id is None:
        return
    with reporting(screen, "Không xóa được"):
        title = screen.store.get(draft_id).draft.title or "(chưa có trích yếu)"
        if not dialogs.ask(
            screen,
            "Xóa báo cáo",
            f"Chuyển báo cáo “{title}” vào thùng rác?\nCó thể lấy lại từ Thùng rác.",
            yes="Xóa",
            no="Không",
        ):
            return
        screen.store.delete(draft_id)
        screen.refresh()
        screen.message.emit("Đã chuyển báo cáo vào thùng rác.")


def trash(screen: StartScreen) -> None:
    from .trashdialog import TrashDialog

    with reporting(screen, "Không mở được thùng rác"):
        dialog = TrashDialog(screen.store, screen)
        if dialogs.exec_dialog(dialog) and dialog.chosen:
            screen.store.restore(dialog.chosen)
            screen.refresh(select=dialog.chosen)
            screen.message.emit("Đã lấy báo cáo ra khỏi thùng rác.")
