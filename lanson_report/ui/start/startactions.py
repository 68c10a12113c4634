"""What the start screen's buttons do: duplicate, history, import, export, delete, trash."""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path

from ...domain import periods, yearswap
from ...domain.errors import DraftFormatError, ReportError
from ...domain.model import Draft, Period
from ...files import draftfile
from ...intake import outlines
from ...intake.newdraft import carry_figures, in_store, move_to_period
from .. import dialogs
from ..common.texts import explain
from ..dialogs import reporting
from .startbase import StartScreenBase

__all__ = [
    "delete",
    "duplicate",
    "export_file",
    "history",
    "import_error_text",
    "import_file",
    "import_word",
    "new_from_outline",
    "outline_library",
    "reporting",
    "trash",
]


def duplicate(screen: StartScreenBase) -> None:
    """A copy for another year, offering to replace the old year in its text."""
    draft_id = screen.selected_id()
    if draft_id is None:
        return
    with reporting(screen, "Không nhân bản được"):
        old = screen.store.get(draft_id).draft
        target = _ask_target(screen, old)
        if target is None:
            return
        year, period = target
        if not _no_report_there(screen, period):
            return
        from .yeardialog import YearReviewDialog

        copy = screen.store.duplicate(draft_id, year).draft
        carried = None
        if period is not None:  # the period moves along, and its wording in the text
            move_to_period(copy, period)
            carried = carry_figures(copy, old, in_store(screen.store))
            screen.store.save(copy)
        settled = _written_for(period)
        found = yearswap.find(copy, old.date.year, year, settled) if year != old.date.year else []
        if found:
            review = YearReviewDialog(found, old.date.year, year, screen)
            if dialogs.exec_dialog(review):
                yearswap.apply(copy, review.chosen(), old.date.year, year)
                screen.store.save(copy)
        screen.refresh(select=copy.id)
        was = periods.phrase(old.period) if old.period else f"năm {old.date.year}"
        now = periods.phrase(period) if period else f"năm {year}"
        what = old.kind.label.lower()  # `báo cáo`, `kế hoạch`: the copy is of the same type
        screen.message.emit(f"Đã tạo {what} {now} từ {what} {was}.")
        if carried is not None and carried.lines():
            dialogs.info(screen, "Số liệu của kỳ mới", "\n".join(carried.lines()))
        screen.open_requested.emit(copy.id)


def _written_for(period: Period | None) -> list[str]:
    """What moving to the period wrote into the copy: its old year, if any, is right."""
    if period is None:
        return []
    return [periods.range_text(period), periods.phrase(period), periods.ahead(period)]


def _no_report_there(screen: StartScreenBase, period: Period | None) -> bool:
    """Whether to go on: a period that has a report already is asked about first (a second
    copy of the same quarter is a common slip that leaves two drafts to reconcile)."""
    if period is None:
        return True
    there = in_store(screen.store)(period)
    if there is None:
        return True
    name = periods.phrase(period)
    return dialogs.ask(
        screen,
        f"Đã có báo cáo {name}",
        f"Máy đã có báo cáo {name} (“{dialogs.quote(there.title)}”). Vẫn tạo thêm một bản "
        "sao cho kỳ này, hay thôi để sửa báo cáo đã có?",
        yes="Vẫn tạo bản sao",
        no="Thôi",
    )


def new_from_outline(screen: StartScreenBase) -> None:
    """Báo cáo mới từ đề cương: an outline file (the upper agency's, by USB) to start from."""
    from .newreport import OUTLINE_FILTER

    path = dialogs.open_file(screen, "Chọn tệp đề cương", OUTLINE_FILTER)
    if path is None:
        return
    try:
        outlines.load(path)
    except DraftFormatError as exc:
        dialogs.error(screen, "Không đọc được tệp đề cương", import_error_text(exc, path))
        return
    except ReportError as exc:  # a Word file that is not a .docx, or has no numbered headings
        dialogs.error(screen, "Không đọc được tệp đề cương", explain(exc))
        return
    start_from_outline(screen, path)


def start_from_outline(screen: StartScreenBase, path: Path, name: str = "") -> None:
    """Văn bản mới with an outline chosen: a file (`name` "") or one of the library's."""
    from .newreport import ask

    with reporting(screen, "Không tạo được báo cáo mới"):
        draft = ask(screen, screen.store, extra=None if name else path, chosen=path)
        if draft is not None:
            screen.store.create(draft)
            screen.store.set_origin(draft.id, f"Theo đề cương: {name or path.name}")
            screen.refresh(select=draft.id)
            screen.open_requested.emit(draft.id)


def outline_offered(screen: StartScreenBase, name: str) -> bool:
    return dialogs.ask(
        screen,
        "Tệp này là đề cương",
        f"Tệp này là đề cương “{dialogs.quote(name)}”, khung để soạn báo cáo. Tạo báo cáo "
        "mới từ đề cương này (nên chọn), hay nhập nguyên tệp như một bản nháp để sửa chính "
        "đề cương?",
        yes="Tạo báo cáo mới từ đề cương",
        no="Nhập như bản nháp",
    )


def outline_library(screen: StartScreenBase) -> None:
    from .newreport import library_for
    from .outlinelibrary import OutlineLibraryDialog

    library = OutlineLibraryDialog(library_for(screen.store), screen)
    if dialogs.exec_dialog(library) and library.chosen is not None:
        start_from_outline(screen, library.chosen.path, library.chosen.name)


def _ask_target(screen: StartScreenBase, old: Draft) -> tuple[int, Period | None] | None:
    """The copy's year and, for a periodic report, its period (the next one by default)."""
    if old.period is not None:
        from .newreport import PeriodDialog

        dialog = PeriodDialog(old.period, screen)
        if not dialogs.exec_dialog(dialog):
            return None
        period = dialog.period()
        return old.date.year + period.year - old.period.year, period
    year = dialogs.get_int(
        screen,
        "Nhân bản sang năm khác",
        f"{old.kind.label} năm {old.date.year} sẽ được sao thành {old.kind.label.lower()} năm:",
        max(old.date.year + 1, datetime.date.today().year),
        1945,
        2199,
    )
    return None if year is None else (year, None)


def history(screen: StartScreenBase) -> None:
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


def import_file(screen: StartScreenBase) -> None:
    path = dialogs.open_file(screen, "Nhập tệp bản nháp")
    if path is None:
        return
    try:
        draft = draftfile.load_path(path, lenient=True)  # unfinished drafts come back too
    except DraftFormatError as exc:
        dialogs.error(screen, "Không nhập được tệp bản nháp", import_error_text(exc, path))
        return
    if draft.template is not None and outline_offered(screen, draft.template.name):
        start_from_outline(screen, path)  # an outline is started from, not edited itself
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
        screen.store.set_origin(draft.id, f"Nhập từ tệp: {path.name}")
        screen.refresh(select=draft.id)
        screen.message.emit(f"Đã nhập “{draft.title}” từ {path.name}.")


def import_word(screen: StartScreenBase) -> None:
    """A report made in Word, reviewed field by field before it becomes a draft."""
    from .wordimportdialog import import_word

    import_word(screen)


def export_file(screen: StartScreenBase) -> None:
    draft_id = screen.selected_id()
    if draft_id is None:
        return
    with reporting(screen, "Không xuất được tệp bản nháp"):
        draft = screen.store.get(draft_id).draft
        from ..printing.exporting import documents_dir, suggested_name

        name = suggested_name(draft).removesuffix(".pdf") + ".json"
        target = dialogs.save_file(
            screen, "Xuất tệp bản nháp", documents_dir() / name, dialogs.DRAFT_FILTER
        )
        if target is None:
            return
        draftfile.dump_path(draft, target)
        screen.message.emit(f"Đã xuất bản nháp ra {target}.")


def delete(screen: StartScreenBase) -> None:
    draft_id = screen.selected_id()
    if draft_id is None:
        return
    with reporting(screen, "Không xóa được"):
        draft = screen.store.get(draft_id).draft
        title, what = draft.title or "(chưa có trích yếu)", draft.kind.label
        if not dialogs.ask(
            screen,
            f"Xóa {what.lower()}",
            f"Chuyển {what.lower()} “{title}” vào thùng rác?\nCó thể lấy lại từ Thùng rác.",
            yes="Xóa",
            no="Không",
        ):
            return
        screen.store.delete(draft_id)
        screen.refresh()
        screen.message.emit(f"Đã chuyển {what.lower()} vào thùng rác.")


def trash(screen: StartScreenBase) -> None:
    from .trashdialog import TrashDialog

    with reporting(screen, "Không mở được thùng rác"):
        dialog = TrashDialog(screen.store, screen)
        if dialogs.exec_dialog(dialog) and dialog.chosen:
            screen.store.restore(dialog.chosen)
            screen.refresh(select=dialog.chosen)
            screen.message.emit("Đã lấy báo cáo ra khỏi thùng rác.")
