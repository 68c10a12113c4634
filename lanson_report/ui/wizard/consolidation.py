"""Tổng hợp in the report being written: kits sent to the units (Gửi đề cương), their
replies merged into a new report or, late, into the merged one (Tổng hợp), and which
units are merged (Tình hình các đơn vị). The merging itself is domain/consolidate.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain.model import Draft
from .. import dialogs

if TYPE_CHECKING:
    from .editor import Editor


def send_kits(editor: Editor) -> None:
    """Gửi đề cương: this report's outline as one Word file (and one draft file) per
    unit, to fill in and send back for the consolidation; nothing is overwritten."""
    if editor.draft is None:
        return
    from ...files import draftfile
    from ...intake.kits import kit_files, kit_for
    from ...word import render_docx
    from ..dialogs.kitdialog import KitDialog

    settings = editor.store.settings()
    dialog = KitDialog(settings.units, editor)
    if not dialogs.exec_dialog(dialog) or not dialog.units():
        return
    folder = dialogs.choose_folder(editor, "Chọn thư mục lưu đề cương gửi các đơn vị")
    if folder is None:
        return
    editor.collect()
    files = kit_files(folder, dialog.units())
    taken = [path.name for pair in files.values() for path in pair if path.exists()]
    if taken:
        dialogs.error(
            editor,
            "Chưa tạo đề cương",
            f"Thư mục đã có {', '.join(taken[:3])}{'…' if len(taken) > 3 else ''}; chọn "
            "thư mục khác (chương trình không ghi đè tệp đã có).",
        )
        return
    with dialogs.reporting(editor, "Chưa tạo được đề cương"):
        for unit, (word, data) in files.items():
            kit = kit_for(editor.draft, unit, dialog.deadline())
            render_docx(kit.draft, word)
            draftfile.dump_path(kit.draft, data)
        settings.units = dialog.units()
        editor.store.save_settings(settings)
        dialogs.info(
            editor,
            "Gửi đề cương cho các đơn vị",
            f"Đã lưu đề cương cho {len(files)} đơn vị vào {folder} (mỗi đơn vị một tệp "
            "Word và một tệp bản nháp). Khi các đơn vị gửi lại, chọn Báo cáo › Tổng hợp "
            "từ bản các đơn vị gửi….",
        )


def consolidate(editor: Editor) -> None:
    """Tổng hợp: the units' replies (Word or draft files) merged into this report's
    outline, as a new report; this one is left as it is (domain/consolidate.py)."""
    if editor.draft is None:
        return
    paths = dialogs.open_files(
        editor, "Chọn các bản báo cáo các đơn vị gửi về", dialogs.REPLY_FILTER
    )
    if not paths or not editor.save(force=True):
        return
    import uuid

    from ...domain.consolidate import merge, merged_units
    from ...intake.replies import kits_of, read_reply

    with dialogs.reporting(editor, "Chưa tổng hợp được"):
        settings = editor.store.settings()
        report = editor.draft
        base = editor.store.base_of(report.id)  # a merged report: its kits name the base
        kits = kits_of(base or report.id, settings.units)  # a reply's unit by its kit
        replies = [read_reply(path, kits) for path in paths]
        _place_replies(editor, replies, settings.units)
        if merged_units(report):
            _merge_late(editor, replies, settings.units)
            return
        merged = merge(report, replies, settings.units)  # the units kits went to
        merged.draft.id = str(uuid.uuid4())
        stored = editor.store.create(merged.draft)
        units = ", ".join(dict.fromkeys(reply.unit for reply in replies))
        origin = f"Tổng hợp từ bản gửi của: {units}"
        editor.store.set_origin(stored.draft.id, origin, base=report.id)
        editor.open_request.emit(stored.draft.id)
        dialogs.info(editor, "Tổng hợp báo cáo", consolidation_summary(merged))
        if merged.missing and dialogs.ask(
            editor,
            "Đơn vị chưa gửi báo cáo",
            f"Chưa nhận báo cáo của: {', '.join(merged.missing)}. Soạn công văn đôn đốc "
            "các đơn vị này?",
            yes="Soạn công văn",
            no="Để sau",
        ):
            from ...intake.kits import reminder_for

            reminder = editor.store.create(reminder_for(report, merged.missing, settings))
            editor.store.set_origin(reminder.draft.id, "Đôn đốc các đơn vị chưa gửi báo cáo")
            editor.open_request.emit(reminder.draft.id)


def unit_status(editor: Editor) -> None:
    """Tình hình các đơn vị: which units' replies this report holds, and which not."""
    if editor.draft is None:
        return
    from ...domain.consolidate import unit_status as held

    editor.collect()
    status = held(editor.draft, editor.store.settings().units)
    if not status:
        dialogs.info(
            editor,
            "Tình hình các đơn vị gửi",
            "Báo cáo này chưa gộp bản gửi nào và chưa có danh sách đơn vị (Gửi đề cương "
            "cho các đơn vị… ghi danh sách đó).",
        )
        return
    lines = [
        f"- {unit}: " + (f"đã gộp ({count} đoạn, bảng)" if count else "chưa nhận")
        for unit, count in status
    ]
    late = [unit for unit, count in status if not count]
    tail = (
        f"\n\nChưa nhận: {len(late)} đơn vị. Bản gửi muộn: Tổng hợp từ bản các đơn vị "
        "gửi… gộp thêm vào báo cáo này."
        if late
        else ""
    )
    dialogs.info(editor, "Tình hình các đơn vị gửi", "\n".join(lines) + tail)


def _merge_late(editor: Editor, replies: list[Any], units: list[str]) -> None:
    """Replies that came late, merged into the report merged before (one new version,
    the one before kept in the history); a unit merged already is asked about, since a
    second merge of it would double its text and its figures."""
    from ...domain.consolidate import forget_missing_notes, merge, merged_units
    from ...domain.text import fold

    assert editor.draft is not None
    done = {fold(unit) for unit in merged_units(editor.draft)}
    again = list(dict.fromkeys(r.unit for r in replies if fold(r.unit) in done))
    if again and dialogs.ask(
        editor,
        "Bản đã gộp",
        f"Báo cáo này đã gộp bản của: {', '.join(again)}. Gộp lần nữa sẽ trùng nội dung "
        "và số liệu. Bỏ qua các bản này?",
        yes="Bỏ qua",
        no="Vẫn gộp",
    ):
        replies = [r for r in replies if fold(r.unit) not in done]
    if not replies:
        return
    expected = [unit for unit in units if fold(unit) not in done]
    result: list[Any] = []

    def take(draft: Draft) -> None:
        forget_missing_notes(draft)  # who is still missing is said anew
        merged = merge(draft, replies, expected)
        result.append(merged)
        for name in vars(merged.draft):
            setattr(draft, name, getattr(merged.draft, name))

    editor.rewrite(take)
    editor.save()
    if result:
        dialogs.info(editor, "Gộp thêm bản gửi", consolidation_summary(result[0], late=True))


def _place_replies(editor: Editor, replies: list[Any], units: list[str]) -> None:
    """A reply whose unit is none of the units the kits went to (its header typed
    otherwise, no kit id in it): the clerk says whose it is, or keeps its name."""
    from ...domain.text import fold

    known = {fold(unit) for unit in units}
    for reply in replies:
        if not units or fold(reply.unit) in known:
            continue
        keep = f"Giữ tên trong tệp: {reply.unit}"
        chosen = dialogs.pick(
            editor,
            "Bản gửi của đơn vị nào?",
            f"“{Path(reply.file).name}” ghi đơn vị “{reply.unit}”, không có trong danh "
            "sách đơn vị đã gửi đề cương. Đây là bản của:",
            [*units, keep],
        )
        if chosen is not None and chosen != keep:
            reply.unit = chosen


def consolidation_summary(merged: Any, late: bool = False) -> str:
    """What the merge did, for the clerk: each reply, then what to look at."""
    lines = [
        "Đã gộp thêm vào báo cáo tổng hợp này (bản trước khi gộp vẫn có trong Lịch sử):"
        if late
        else "Đã tạo báo cáo tổng hợp (báo cáo đang soạn vẫn giữ nguyên):"
    ]
    for placement in merged.replies:
        name = Path(placement.file).name
        state = (
            "bản đã nhận, không gộp lần nữa"
            if placement.duplicate
            else f"{placement.placed} đoạn đã xếp vào mục, {placement.unplaced} chưa xếp được"
        )
        lines.append(f"- {placement.unit} ({name}): {state}")
    notes = [finding.message for finding in merged.findings]
    notes += [
        f"{guess.unit}: mục “{guess.heading}” đã xếp vào “{guess.placed_under}” (tên gần "
        "giống): hãy xem lại"
        for guess in merged.guesses
    ]
    if notes:
        lines += ["", "Cần xem lại:"] + [f"- {note}" for note in notes[:12]]
        if len(notes) > 12:
            lines.append(f"- … và {len(notes) - 12} ghi chú khác")
    return "\n".join(lines)
