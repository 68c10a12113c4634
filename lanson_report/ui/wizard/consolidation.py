"""Tổng hợp in the report being written: kits sent to the units (Gửi đề cương), their
replies merged into a new report or, late, into the merged one (Tổng hợp), and which
units are merged (Tình hình các đơn vị). The merging itself is domain/consolidate.py."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain.errors import ReportError
from ...domain.model import Draft
from ...domain.unitrecord import Consolidation
from .. import dialogs

if TYPE_CHECKING:
    from .editor import Editor


def send_kits(editor: Editor) -> None:
    """Gửi đề cương: this report's outline as one Word file (and one draft file) per
    unit, to fill in and send back for the consolidation; nothing is overwritten."""
    if editor.draft is None:
        return
    from ...cli.climerge import write_kits
    from ...domain.unitrecord import proposed_deadline
    from ...intake.kits import kit_files
    from ..dialogs.kitdialog import KitDialog

    settings = editor.store.settings()
    editor.collect()
    record = record_of(editor, editor.draft)
    units = [unit.name for unit in record.units] or settings.units
    deadline = record.deadline or proposed_deadline(editor.draft.period, datetime.date.today())
    dialog = KitDialog(units, deadline, editor)
    if not dialogs.exec_dialog(dialog) or not dialog.units():
        return
    folder = dialogs.choose_folder(editor, "Chọn thư mục lưu đề cương gửi các đơn vị")
    if folder is None:
        return
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
        write_kits(editor.draft, files, dialog.deadline())
        settings.units = dialog.units()
        editor.store.save_settings(settings)
        record.expect(dialog.units())
        record.deadline = dialog.deadline()
        editor.store.save_consolidation(record)
        if dialogs.ask(
            editor,
            "Gửi đề cương cho các đơn vị",
            f"Đã lưu đề cương cho {len(files)} đơn vị vào {folder} (mỗi đơn vị một tệp "
            "Word và một tệp bản nháp). Khi các đơn vị gửi lại, chọn Báo cáo › Tổng hợp "
            "từ bản các đơn vị gửi…\n\nSoạn công văn gửi đề cương cho các đơn vị?",
            yes="Soạn công văn",
            no="Để sau",
        ):
            from ...intake.kits import covering_for

            letter = covering_for(editor.draft, dialog.units(), settings, dialog.deadline())
            stored = editor.store.create(letter)
            editor.store.set_origin(stored.draft.id, "Gửi đề cương cho các đơn vị")
            editor.open_request.emit(stored.draft.id)


def consolidate(editor: Editor) -> None:
    """Tổng hợp: the units' replies (Word or draft files) merged into this report's
    outline, as a new report; this one is left as it is (domain/consolidate.py). Each
    reply is written into the units' record before anything is merged."""
    if editor.draft is None:
        return
    paths = dialogs.open_files(
        editor, "Chọn các bản báo cáo các đơn vị gửi về", dialogs.REPLY_FILTER
    )
    if not paths or not editor.save(force=True):
        return
    from ...domain.consolidate import merged_units
    from ...intake.gathering import merge_new, take_in
    from ...intake.replies import kits_of, read_reply

    with dialogs.reporting(editor, "Chưa tổng hợp được"):
        report = editor.draft
        record = record_of(editor, report)
        expected = [unit.name for unit in record.units]
        kits = kits_of(record.base, expected)  # a reply's unit by its kit
        replies = [read_reply(path, kits) for path in paths]
        _place_replies(editor, replies, expected)
        replies, known = take_in(editor.store, record, replies, datetime.datetime.now())
        if not replies:
            dialogs.info(editor, "Tổng hợp báo cáo", "\n".join(known))
            return
        if merged_units(report):
            _merge_late(editor, record, replies, known)
            return
        done = merge_new(editor.store, report, record, replies, lambda g: _confirm(editor, g))
        if done is None:
            return  # the clerk stopped at the close headings; the replies stay received
        merged, merged_id = done
        editor.open_request.emit(merged_id)
        dialogs.info(editor, "Tổng hợp báo cáo", consolidation_summary(merged, known=known))
        chased = record.chased()
        if chased and dialogs.ask(
            editor,
            "Đơn vị chưa gửi báo cáo",
            f"Chưa nhận báo cáo của: {', '.join(u.name for u in chased)}. Soạn công văn "
            "đôn đốc các đơn vị này?",
            yes="Soạn công văn",
            no="Để sau",
        ):
            remind(editor, report, record)


def record_of(editor: Editor, report: Draft) -> Consolidation:
    """The units' record of the report whose outline went to them (this report, or the one
    a merged report was merged from), brought up to date with what the report holds; a
    report from before the record was kept gets one from the settings' list of units."""
    from ...domain.consolidate import merged_units

    base = editor.store.base_of(report.id) or report.id
    record: Consolidation | None = editor.store.consolidation(base)
    if record is None:
        record = Consolidation(base)
        record.expect(editor.store.settings().units)
    record.holds(merged_units(report))
    return record


def _confirm(editor: Editor, guesses: list[Any]) -> frozenset[tuple[str, str]] | None:
    """The clerk ticks the close-heading placements to keep; None: merge nothing now."""
    from ..dialogs.guessdialog import GuessDialog

    dialog = GuessDialog(guesses, editor)
    return dialog.refused() if dialogs.exec_dialog(dialog) else None


def remind(editor: Editor, report: Draft, record: Consolidation) -> None:
    """A công văn of reminder to the units not received or asked to complete, opened."""
    from ...intake.kits import reminder_for

    settings = editor.store.settings()
    draft = reminder_for(report, record.chased(), settings, record.deadline)
    reminder = editor.store.create(draft)
    editor.store.set_origin(reminder.draft.id, "Đôn đốc các đơn vị chưa gửi báo cáo")
    editor.open_request.emit(reminder.draft.id)


def unit_status(editor: Editor) -> None:
    """Tình hình các đơn vị: each unit's state, the deadline, a reminder to those late or
    asked to complete; what the clerk changes is kept in the units' record."""
    if editor.draft is None:
        return
    from ...domain.consolidate import merged_units
    from ..dialogs.unitsdialog import UnitsDialog

    editor.collect()
    report = editor.draft
    record = record_of(editor, report)
    if not record.units:
        dialogs.info(
            editor,
            "Tình hình các đơn vị gửi",
            "Báo cáo này chưa gộp bản gửi nào và chưa có danh sách đơn vị (Gửi đề cương "
            "cho các đơn vị… ghi danh sách đó).",
        )
        return
    held = merged_units(report)
    if not held and record.merged:  # the outline is open: the merged report says who
        try:
            held = merged_units(editor.store.get(record.merged).draft)
        except ReportError:
            held = []
        record.holds(held)
    dialog = UnitsDialog(record, held, datetime.date.today(), editor)
    dialogs.exec_dialog(dialog)
    with dialogs.reporting(editor, "Chưa lưu được tình hình các đơn vị"):
        if dialog.changed:
            editor.store.save_consolidation(record)
        if dialog.wants_reminder:
            remind(editor, report, record)


def _merge_late(
    editor: Editor, record: Consolidation, replies: list[Any], known: list[str]
) -> None:
    """Replies that came late, merged into the report merged before (one new version,
    the one before kept in the history); a unit merged already is asked about, since a
    second merge of it would double its text and its figures."""
    from ...domain.consolidate import (
        forget_missing_notes,
        merge,
        merged_units,
        put_back,
        unit_places,
        withdraw,
    )
    from ...domain.model import clone
    from ...domain.text import fold
    from ...intake.gathering import taken

    assert editor.draft is not None
    done = {fold(unit) for unit in merged_units(editor.draft)}
    again = list(dict.fromkeys(r.unit for r in replies if fold(r.unit) in done))
    replaced: dict[str, Draft] = {}  # unit -> its reply the merged report holds
    if again:
        answer = dialogs.choose(
            editor,
            "ask",
            "Bản đã gộp",
            f"Báo cáo này đã gộp bản của: {', '.join(again)}. Bản mới nhận là bản bổ sung "
            "hay bản sửa của đơn vị?\n\n- Thay bản đã gộp: bỏ phần chữ và số liệu của bản "
            "cũ (kể cả chỗ đã sửa, đã sắp xếp trong phần của đơn vị đó), gộp bản mới vào.\n"
            "- Gộp thêm: giữ bản cũ, gộp thêm cả bản mới (chữ và số "
            "liệu có thể trùng).\n- Bỏ qua: không gộp các bản này.",
            ["Thay bản đã gộp", "Gộp thêm", "Bỏ qua"],
        )
        if answer is None:
            replies = [r for r in replies if fold(r.unit) not in done]
        elif answer == 0:
            replaced, missing = _merged_replies(editor, record, again)
            if missing:
                dialogs.error(
                    editor,
                    "Chưa thay được",
                    f"Máy không còn giữ bản đã gộp của: {', '.join(missing)} (gộp từ phiên "
                    "bản trước của chương trình), nên không lấy lại được số liệu cũ. Các bản "
                    "này chưa gộp; hãy sửa tay hoặc chọn Gộp thêm.",
                )
                replies = [r for r in replies if r.unit not in missing]
    if not replies:
        return
    expected = [unit.name for unit in record.units if fold(unit.name) not in done]
    guesses = merge(clone(editor.draft), replies, expected).guesses
    refused = _confirm(editor, guesses) if guesses else frozenset()
    if refused is None:
        return
    result: list[Any] = []

    def take(draft: Draft) -> None:
        forget_missing_notes(draft)  # who is still missing is said anew
        places = {unit: unit_places(draft, unit) for unit in replaced}
        for unit, old in replaced.items():
            withdraw(draft, unit, old)
        merged = merge(draft, replies, expected, refused)
        for unit, where in places.items():  # the new version where the old one stood
            put_back(merged.draft, unit, where)
        result.append(merged)
        for name in vars(merged.draft):
            setattr(draft, name, getattr(merged.draft, name))

    editor.rewrite(take)
    if not editor.save() or not result:
        return
    record.merged_into(taken(result[0]), editor.draft.id)
    editor.store.save_consolidation(record)
    title = "Thay bản đã gộp" if replaced else "Gộp thêm bản gửi"
    summary = consolidation_summary(result[0], late=True, known=known, replaced=bool(replaced))
    dialogs.info(editor, title, summary)


def _merged_replies(
    editor: Editor, record: Consolidation, units: list[str]
) -> tuple[dict[str, Draft], list[str]]:
    """Each unit's reply the merged report holds, as the store kept it; the units whose
    reply is not kept (merged before replies were kept)."""
    found: dict[str, Draft] = {}
    missing = []
    for name in units:
        unit = record.find(name)
        kept = editor.store.kept_reply(unit.merged_with) if unit and unit.merged_with else None
        if kept is None:
            missing.append(name)
        else:
            found[name] = kept
    return found, missing


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


def consolidation_summary(
    merged: Any, late: bool = False, known: list[str] | None = None, replaced: bool = False
) -> str:
    """What the merge did, for the clerk: each reply (and those merged before, `known`),
    then what to look at."""
    lines = [
        "Đã thay bản đã gộp bằng bản mới trong báo cáo tổng hợp này (bản trước vẫn có "
        "trong Lịch sử):"
        if replaced
        else "Đã gộp thêm vào báo cáo tổng hợp này (bản trước khi gộp vẫn có trong Lịch sử):"
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
        if placement.left:
            state += f"; {placement.left} dòng gợi ý của đề cương đơn vị để nguyên: không gộp"
        lines.append(f"- {placement.unit} ({name}): {state}")
    lines += known or []
    lines += [
        f"- {added.unit}: mục “{added.heading}” không có trong đề cương, đã thêm thành mục "
        f"mới dưới “{added.placed_under}”"
        for added in merged.added
    ]
    notes = [finding.message for finding in merged.findings]  # close headings: confirmed
    if notes:
        lines += ["", "Cần xem lại:"] + [f"- {note}" for note in notes[:12]]
        if len(notes) > 12:
            lines.append(f"- … và {len(notes) - 12} ghi chú khác")
    return "\n".join(lines)


def arrange(editor: Editor) -> None:
    """Sắp xếp phần các đơn vị: the merged report per section and unit, for the clerk to
    move, reorder, drop, edit or reword the units' text; saved as one change."""
    if editor.draft is None:
        return
    from ...domain.consolidate import merged_units
    from ...domain.model import clone
    from ...domain.textcheck.voice import agency_word
    from ..dialogs.mergeview import MergeView

    editor.collect()
    if not merged_units(editor.draft):
        dialogs.info(
            editor,
            "Sắp xếp phần các đơn vị gửi",
            "Báo cáo này không có đoạn nào gộp từ bản các đơn vị gửi (Báo cáo › Tổng hợp "
            "từ bản các đơn vị gửi… tạo báo cáo tổng hợp).",
        )
        return
    if editor.read_only:
        dialogs.info(
            editor,
            "Sắp xếp phần các đơn vị gửi",
            "Văn bản đã ban hành không sửa được; muốn sửa, hãy Hủy ban hành trước.",
        )
        return
    work = clone(editor.draft)
    view = MergeView(work, agency_word(work), editor)
    if not dialogs.exec_dialog(view) or not view.changed:
        return

    def take(draft: Draft) -> None:
        draft.sections = work.sections

    editor.rewrite(take)
    editor.save()
