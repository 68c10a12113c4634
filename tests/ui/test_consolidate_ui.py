"""Tổng hợp in the app: the units' Word or draft replies merged into the report being
written, as a new report with each block under its unit; the report itself unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import wordfiles
from test_consolidate import _base, _faithful, _renamed

from lanson_report.domain.model import Block, Cell, Run, Table
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs


def _open_outline(window: MainWindow, store: Store, units: list[str]) -> Any:
    """The department's outline stored and open, the units its kits went to in settings."""
    settings = store.settings()
    settings.units = units
    store.save_settings(settings)
    base = store.create(_base()).draft
    window.open_draft(base.id)
    return base


def _sources(sections: list[Any]) -> list[str]:
    out: list[str] = []
    for section in sections:
        out += [b.source for b in section.blocks if isinstance(b, Block) and b.source]
        out += _sources(section.sections)
    return out


def test_replies_are_merged_into_a_new_report_that_opens(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    base = store.create(_base()).draft
    before = store.get(base.id).draft
    replies = [
        wordfiles.report(tmp_path / "qlkh.docx", _faithful()),
        wordfiles.report(tmp_path / "qlcn.docx", _renamed()),
    ]
    again = tmp_path / "qlkh-gui-lai.docx"
    again.write_bytes(replies[0].read_bytes())  # the same reply, sent twice
    window.open_draft(base.id)
    fake_dialogs.answer("open_files", [*replies, again])
    fake_dialogs.answer("exec_dialog", True)  # the close headings confirmed as proposed
    assert window.consolidate_action.isEnabled()
    window.consolidate_action.trigger()
    merged = window.editor.draft
    assert merged is not None and merged.id != base.id, "a new report, opened"
    assert store.get(base.id).draft == before, "the report written stays as it was"
    units = set(_sources(merged.sections))
    assert units == {"Phòng Quản lý khoa học", "Phòng Quản lý chuyên ngành"}
    (table,) = [b for s in merged.sections[0].sections for b in s.blocks if isinstance(b, Table)]
    assert table.rows[4][4] is not None and table.rows[4][4].text == "1.730,5"  # summed
    (summary,) = fake_dialogs.texts("info")
    assert "Phòng Quản lý khoa học (qlkh.docx): 4 đoạn đã xếp vào mục" in summary
    assert "(qlkh-gui-lai.docx): bản đã nhận, không gộp lần nữa" in summary
    listed = {item.id: item.origin for item in store.list()}
    assert listed[merged.id].startswith("Tổng hợp từ bản gửi của: Phòng Quản lý khoa học")


def test_a_doc_or_pdf_reply_is_refused_with_advice_and_nothing_is_made(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    base = store.create(_base()).draft
    old = tmp_path / "phong-cu.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    window.open_draft(base.id)
    fake_dialogs.answer("open_files", [old])
    window.consolidate_action.trigger()
    (message,) = fake_dialogs.texts("error")
    assert "phong-cu.doc" in message and "Lưu thành .docx" in message
    assert len(store.list()) == 1 and window.editor.draft is not None
    assert window.editor.draft.id == base.id


def test_kits_go_to_each_unit_and_their_replies_merge_back(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """One Word file and one draft file per unit: the unit named, the deadline said, the
    outline's hints in italics; a unit's filled kit merges back under its name."""
    import docx

    from lanson_report.files import draftfile
    from lanson_report.ui.dialogs.kitdialog import KitDialog

    base = store.create(_base()).draft
    window.open_draft(base.id)
    units = ["Phòng Quản lý khoa học", "Trung tâm Ứng dụng KH&CN"]

    def fill(dialog: KitDialog) -> bool:
        dialog.units_box.setPlainText("\n".join(units))
        dialog.deadline_box.setDate(
            dialog.deadline_box.date().fromString("15/07/2025", "dd/MM/yyyy")
        )
        return True

    folder = tmp_path / "gui-don-vi"
    folder.mkdir()
    fake_dialogs.answer("exec_dialog", fill)
    fake_dialogs.answer("choose_folder", folder)
    window.kits_action.trigger()
    names = sorted(path.name for path in folder.iterdir())
    assert names == [
        "de-cuong-phong-quan-ly-khoa-hoc.docx",
        "de-cuong-phong-quan-ly-khoa-hoc.json",
        "de-cuong-trung-tam-ung-dung-kh-cn.docx",
        "de-cuong-trung-tam-ung-dung-kh-cn.json",
    ]
    word = docx.Document(str(folder / "de-cuong-phong-quan-ly-khoa-hoc.docx"))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    text = "\n".join([p.text for p in word.paragraphs] + cells)
    assert "PHÒNG QUẢN LÝ KHOA HỌC" in text and "trước ngày 15/07/2025" in text
    hint = next(p for p in word.paragraphs if p.text == "Nêu kết quả")
    assert all(run.italic or run.font.italic for run in hint.runs if run.text)
    assert store.settings().units == units, "kept for the next time"
    kit = draftfile.load_path(folder / "de-cuong-phong-quan-ly-khoa-hoc.json")
    kit.sections[0].sections[0].blocks.append(Block("paragraph", [Run("Đã họp 4 hội đồng.")]))
    filled = tmp_path / "qlkh-gui-ve.json"
    draftfile.dump_path(kit, filled)
    fake_dialogs.answer("open_files", [filled])
    window.consolidate_action.trigger()
    merged = window.editor.draft
    assert merged is not None
    placed = merged.sections[0].sections[0].blocks
    assert [
        b.source for b in placed if isinstance(b, Block) and b.text == "Đã họp 4 hội đồng."
    ] == ["Phòng Quản lý khoa học"]
    fake_dialogs.answer("exec_dialog", fill)
    fake_dialogs.answer("choose_folder", folder)
    window.open_draft(base.id)
    window.kits_action.trigger()  # the same folder again: nothing overwritten
    assert "không ghi đè" in fake_dialogs.texts("error")[-1]


def test_units_that_have_not_replied_can_be_reminded_by_a_cong_van(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    from lanson_report.pdf import render_pdf_bytes

    _open_outline(
        window, store, ["Phòng Quản lý khoa học", "Trung tâm Ứng dụng KH&CN", "Văn phòng Sở"]
    )
    fake_dialogs.answer("open_files", [wordfiles.report(tmp_path / "qlkh.docx", _faithful())])
    fake_dialogs.answer("ask", True)  # Soạn công văn
    window.consolidate_action.trigger()
    (summary,) = fake_dialogs.texts("info")
    assert "Chưa nhận báo cáo của Trung tâm Ứng dụng KH&CN." in summary
    (question,) = fake_dialogs.texts("ask")
    assert "Chưa nhận báo cáo của: Trung tâm Ứng dụng KH&CN, Văn phòng Sở." in question
    reminder = window.editor.draft
    assert reminder is not None and reminder.doc_type == "CV"
    assert reminder.addressees == ["Trung tâm Ứng dụng KH&CN", "Văn phòng Sở"]
    assert reminder.title == "đôn đốc gửi báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025"
    assert reminder.recipients[0].name == "Như trên"
    from lanson_report.domain.checks import missing

    assert not [p for p in missing(reminder) if p.field == "recipients"]
    assert render_pdf_bytes(reminder).startswith(b"%PDF")
    assert len(store.list()) == 3, "the outline, the merged report, the reminder"


def test_a_reply_of_an_unknown_name_is_placed_under_the_unit_the_clerk_chooses(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    _open_outline(window, store, ["Phòng Quản lý khoa học", "Văn phòng Sở"])
    renamed = _faithful()
    renamed.agency.name, renamed.agency.name_in_text = "PHÒNG QLKH", ""
    fake_dialogs.answer("open_files", [wordfiles.report(tmp_path / "qlkh.docx", renamed)])
    fake_dialogs.answer("pick", "Phòng Quản lý khoa học")
    window.consolidate_action.trigger()
    ((_, title, label, items),) = fake_dialogs.named("pick")
    assert title == "Bản gửi của đơn vị nào?" and "ghi đơn vị “Phòng QLKH”" in label
    assert items == ["Phòng Quản lý khoa học", "Văn phòng Sở", "Giữ tên trong tệp: Phòng QLKH"]
    merged = window.editor.draft
    assert merged is not None and set(_sources(merged.sections)) == {"Phòng Quản lý khoa học"}
    (summary,) = fake_dialogs.texts("info")
    assert "Chưa nhận báo cáo của Văn phòng Sở." in summary


def test_a_late_reply_joins_the_merged_report_and_a_second_copy_is_not_added_twice(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    _open_outline(window, store, ["Phòng Quản lý khoa học", "Phòng Quản lý chuyên ngành"])
    first = wordfiles.report(tmp_path / "qlkh.docx", _faithful())
    fake_dialogs.answer("open_files", [first])
    fake_dialogs.answer("ask", False)  # no reminder now
    window.consolidate_action.trigger()
    merged = window.editor.draft
    assert merged is not None
    (table,) = [b for s in merged.sections[0].sections for b in s.blocks if isinstance(b, Table)]
    assert "(chưa bao gồm số liệu của: Phòng Quản lý chuyên ngành)" in "".join(
        run.text for run in table.note
    )
    late = wordfiles.report(tmp_path / "qlcn.docx", _renamed())
    fake_dialogs.answer("open_files", [late, first])  # the late one, and the first again
    fake_dialogs.answer("exec_dialog", True)  # its close headings confirmed
    fake_dialogs.answer("ask", True)  # Bỏ qua the copy merged already
    window.consolidate_action.trigger()
    again = window.editor.draft
    assert again is not None and again.id == merged.id, "the same merged report, updated"
    assert set(_sources(again.sections)) == {"Phòng Quản lý khoa học", "Phòng Quản lý chuyên ngành"}
    texts = [
        b.text for s in again.sections for t in s.sections for b in t.blocks if isinstance(b, Block)
    ]
    assert texts.count("Phòng đã tổ chức 4 hội đồng.") == 1, "not merged twice"
    (table,) = [b for s in again.sections[0].sections for b in s.blocks if isinstance(b, Table)]
    assert table.rows[4][4] is not None and table.rows[4][4].text == "1.730,5"  # both summed
    assert "chưa bao gồm" not in "".join(run.text for run in table.note), "no one missing now"
    assert len(store.history(merged.id)) >= 1, "the version before kept"
    assert any("Đã gộp thêm vào báo cáo tổng hợp này" in t for t in fake_dialogs.texts("info"))


def test_the_units_status_is_kept_asks_a_unit_to_complete_and_reminds_by_the_deadline(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """Per unit: chưa nhận / đã nhận (when, which file) / đã gộp / cần bổ sung, kept in the
    store; the deadline moved here is the one the reminder recalls."""
    import datetime

    from PySide6.QtCore import QDate

    from lanson_report.domain.model import Recipient
    from lanson_report.ui.dialogs.unitsdialog import UnitsDialog

    base = _open_outline(window, store, ["Phòng Quản lý khoa học", "Văn phòng Sở"])
    settings = store.settings()
    settings.recipients, settings.unit = [Recipient("UBND tỉnh", "b/c")], "VP"
    store.save_settings(settings)
    reply = wordfiles.report(tmp_path / "qlkh.docx", _faithful())
    fake_dialogs.answer("open_files", [reply])
    window.consolidate_action.trigger()  # the reminder question: no (the default)
    merged = window.editor.draft
    assert merged is not None
    record = store.consolidation(base.id)
    assert record is not None and record.merged == merged.id
    qlkh, office = record.units
    assert (qlkh.state, office.state) == ("merged", "sent")
    assert qlkh.received[0].file == str(reply) and len(qlkh.received[0].fingerprint) == 64
    seen: list[list[str]] = []
    late = datetime.date.today() - datetime.timedelta(days=3)

    def look(dialog: UnitsDialog) -> bool:
        table = dialog.table
        seen.extend(
            [table.item(row, col).text() for col in range(table.columnCount())]
            for row in range(table.rowCount())
        )
        dialog.table.selectRow(0)
        dialog.complete_button.click()  # get_text answers what is missing
        dialog.deadline_box.setDate(QDate(late.year, late.month, late.day))
        assert "quá hạn 3 ngày" in dialog.deadline_note.text()
        assert "cần bổ sung 1" in dialog.counts.text()
        dialog.remind_button.click()
        return True

    fake_dialogs.answer("exec_dialog", look)
    fake_dialogs.answer("get_text", "số liệu cùng kỳ năm 2024")
    window.units_action.trigger()
    assert seen[0][:2] == ["Phòng Quản lý khoa học", "đã gộp"]
    assert seen[0][2].endswith(f"ngày {datetime.date.today():%d/%m/%Y}")
    assert seen[0][3] == "qlkh.docx"
    assert seen[1][:3] == ["Văn phòng Sở", "chưa nhận", ""]
    kept = store.consolidation(base.id)
    assert kept is not None and kept.deadline == late
    assert [(u.state, u.note) for u in kept.units] == [
        ("incomplete", "số liệu cùng kỳ năm 2024"),
        ("sent", ""),
    ]
    reminder = window.editor.draft
    assert reminder is not None and reminder.doc_type == "CV" and reminder.id != merged.id
    assert reminder.addressees == ["Phòng Quản lý khoa học", "Văn phòng Sở"]
    body = " ".join(b.text for b in reminder.sections[0].blocks if isinstance(b, Block))
    assert f"trước ngày {late:%d/%m/%Y}. Đến nay" in body
    assert "chưa nhận được báo cáo của Văn phòng Sở" in body
    assert "Đề nghị Phòng Quản lý khoa học bổ sung: số liệu cùng kỳ năm 2024; gửi về trước" in body
    assert "Theo đề nghị" not in body and "(bản Word)" not in body
    assert [r.name for r in reminder.recipients] == ["Như trên"], "not the report's usual"
    assert reminder.unit == "VP" and reminder.archive == "VT, VP"


def test_a_reply_merged_in_an_earlier_session_is_recognised_not_merged_again(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    base = _open_outline(window, store, ["Phòng Quản lý khoa học", "Văn phòng Sở"])
    reply = wordfiles.report(tmp_path / "qlkh.docx", _faithful())
    fake_dialogs.answer("open_files", [reply])
    window.consolidate_action.trigger()
    assert len(store.list()) == 2
    copy = tmp_path / "qlkh-gui-lai.docx"
    copy.write_bytes(reply.read_bytes())
    window.open_draft(base.id)  # another day: the outline again, the same reply again
    fake_dialogs.answer("open_files", [copy])
    window.consolidate_action.trigger()
    assert len(store.list()) == 2, "no second merged report"
    assert window.editor.draft is not None and window.editor.draft.id == base.id
    said = fake_dialogs.texts("info")[-1]
    assert "qlkh-gui-lai.docx: cùng nội dung bản của Phòng Quản lý khoa học đã nhận lúc" in said
    assert "(qlkh.docx), không gộp lần nữa" in said


def test_kits_propose_the_deadline_from_the_period_and_keep_it_for_the_units(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    import datetime

    from lanson_report.domain.model import Period
    from lanson_report.domain.unitrecord import proposed_deadline
    from lanson_report.ui.dialogs.kitdialog import KitDialog

    outline = _base()
    outline.period = Period("year", datetime.date.today().year + 1)
    base = store.create(outline).draft
    window.open_draft(base.id)
    proposed: list[datetime.date] = []

    def fill(dialog: KitDialog) -> bool:
        proposed.append(dialog.deadline())
        dialog.units_box.setPlainText("Phòng Quản lý khoa học\nVăn phòng Sở")
        return True

    folder = tmp_path / "gui"
    folder.mkdir()
    fake_dialogs.answer("exec_dialog", fill)
    fake_dialogs.answer("choose_folder", folder)
    window.kits_action.trigger()
    cut_off = proposed_deadline(outline.period, datetime.date.today())
    assert proposed == [cut_off] and cut_off.month == 12 and cut_off.day in (8, 9, 10)
    record = store.consolidation(base.id)
    assert record is not None and record.deadline == cut_off
    assert [(u.name, u.state) for u in record.units] == [
        ("Phòng Quản lý khoa học", "sent"),
        ("Văn phòng Sở", "sent"),
    ]
    proposed.clear()
    fake_dialogs.answer("exec_dialog", fill)
    fake_dialogs.answer("choose_folder", tmp_path)
    window.kits_action.trigger()  # again: the kept units and deadline are proposed
    assert proposed == [cut_off]


def test_the_merge_view_moves_edits_rewords_and_drops_units_text_as_one_change(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """Sắp xếp phần các đơn vị gửi: per section, each unit's text under its name; what the
    clerk does there is saved as one new version of the merged report."""
    from test_consolidate import _extra

    from lanson_report.domain.consolidate import UNPLACED_HEADING
    from lanson_report.ui.dialogs.mergeview import MergeView

    _open_outline(window, store, [])
    replies = [
        wordfiles.report(tmp_path / "qlkh.docx", _faithful()),
        wordfiles.report(tmp_path / "ttud.docx", _extra()),
    ]
    fake_dialogs.answer("open_files", replies)
    window.consolidate_action.trigger()
    merged = window.editor.draft
    assert merged is not None and merged.sections[-1].heading == UNPLACED_HEADING
    versions = len(store.history(merged.id))
    shown: list[str] = []

    def arrange(view: MergeView) -> bool:
        tops = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
        shown.extend(item.text(0) for item in tops if item is not None)
        unit_heads = [
            top.child(i).text(0) for top in tops if top is not None for i in range(top.childCount())
        ]
        assert (
            "Phòng Quản lý khoa học" in unit_heads
            and "Trung tâm Thông tin và Thống kê" in unit_heads
        )
        voiced = next(
            b
            for b in view.blocks.values()
            if isinstance(b, Block) and b.text.startswith("Phòng đã")
        )
        view.select(voiced)
        assert view.as_agency.isVisibleTo(view) and view.as_agency.text() == "Viết lại thành “Sở”"
        view.as_agency.click()
        assert voiced.text.startswith("Sở đã")
        view.text_box.setPlainText(voiced.text.replace("4 hội đồng", "bốn hội đồng"))
        unplaced = view.draft.sections[-1].blocks
        for block in list(unplaced):
            view.select(block)
            fake_dialogs.answer("pick", lambda *args: args[3][1])  # "1. Công tác quản lý…"
            view.move_button.click()
        dropped = next(
            b for b in view.blocks.values() if b.source == "Trung tâm Thông tin và Thống kê"
        )
        view.select(dropped)
        fake_dialogs.answer("ask", True)
        view.drop_button.click()
        view.buttons.accepted.emit()
        return True

    fake_dialogs.answer("exec_dialog", arrange)
    assert window.arrange_action.isEnabled()
    window.arrange_action.trigger()
    assert shown[0] == "I. KẾT QUẢ THỰC HIỆN" and shown[-1].startswith(UNPLACED_HEADING)
    saved = store.get(merged.id).draft
    assert all(s.heading != UNPLACED_HEADING for s in saved.sections), "moved out, so gone"
    texts = [
        b.text for s in saved.sections for t in s.sections for b in t.blocks if isinstance(b, Block)
    ]
    assert "Sở đã tổ chức bốn hội đồng." in texts, "reworded and edited"
    assert len(store.history(merged.id)) == versions + 1, "one change, the one before kept"
    assert window.editor.draft is not None
    assert window.editor.draft.sections == saved.sections, "the editor shows it"


def test_close_headings_are_merged_only_as_the_clerk_confirms(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """ "Về công tác quản lý khoa học" only resembles the outline's heading: the clerk is
    asked; an unticked one goes to Chưa xếp được; "Không tổng hợp" makes no report."""
    from PySide6.QtCore import Qt

    from lanson_report.domain.consolidate import UNPLACED_HEADING
    from lanson_report.ui.dialogs.guessdialog import GuessDialog

    base = _open_outline(window, store, ["Phòng Quản lý chuyên ngành"])
    reply = wordfiles.report(tmp_path / "qlcn.docx", _renamed())
    fake_dialogs.answer("open_files", [reply])
    fake_dialogs.answer("exec_dialog", False)  # Không tổng hợp
    window.consolidate_action.trigger()
    assert len(store.list()) == 1 and window.editor.draft is not None
    assert window.editor.draft.id == base.id, "nothing merged"
    record = store.consolidation(base.id)
    assert record is not None and record.units[0].state == "received", "the reply is kept"
    listed: list[str] = []

    def untick_one(dialog: GuessDialog) -> bool:
        listed.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        return True

    fake_dialogs.answer("open_files", [reply])
    fake_dialogs.answer("exec_dialog", untick_one)
    window.consolidate_action.trigger()
    assert listed[0] == (
        "Phòng Quản lý chuyên ngành: “Về công tác thông tin thống kê” → "
        "“Công tác thông tin, thống kê”"
    )
    merged = window.editor.draft
    assert merged is not None and merged.id != base.id
    unplaced = [s for s in merged.sections if s.heading == UNPLACED_HEADING]
    assert [b.text for b in unplaced[0].blocks if isinstance(b, Block)][-1] == (
        "Đã thu thập số liệu."
    ), "the refused one is not placed"
    science = merged.sections[0].sections[0].blocks
    assert "Đã thẩm định 2 đề tài." in [b.text for b in science if isinstance(b, Block)]


def test_a_covering_cong_van_can_be_started_with_the_kits(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    import datetime

    from PySide6.QtCore import QDate

    from lanson_report.domain.checks import missing
    from lanson_report.pdf import render_pdf_bytes
    from lanson_report.ui.dialogs.kitdialog import KitDialog

    base = _open_outline(window, store, [])
    due = datetime.date.today() + datetime.timedelta(days=5)

    def fill(dialog: KitDialog) -> bool:
        dialog.units_box.setPlainText("Phòng Quản lý khoa học\nVăn phòng Sở")
        dialog.deadline_box.setDate(QDate(due.year, due.month, due.day))
        return True

    fake_dialogs.answer("exec_dialog", fill)
    fake_dialogs.answer("choose_folder", tmp_path)
    fake_dialogs.answer("ask", True)  # Soạn công văn
    window.kits_action.trigger()
    letter = window.editor.draft
    assert letter is not None and letter.id != base.id and letter.doc_type == "CV"
    assert letter.title == "báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025"
    assert letter.addressees == ["Phòng Quản lý khoa học", "Văn phòng Sở"]
    (body,) = [b.text for b in letter.sections[0].blocks if isinstance(b, Block)]
    assert "theo đề cương gửi kèm" in body and f"trước ngày {due:%d/%m/%Y}." in body
    assert letter.recipients[0].name == "Như trên"
    assert not [p for p in missing(letter) if p.field in ("recipients", "addressees")]
    assert render_pdf_bytes(letter).startswith(b"%PDF")
    assert {item.origin for item in store.list() if item.id == letter.id} == {
        "Gửi đề cương cho các đơn vị"
    }


def test_a_units_new_version_replaces_the_one_merged_text_and_figures(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """A unit asked to complete sends its report again: Thay bản đã gộp takes the old
    version's text and figures out and merges the new one; nothing is doubled."""
    base = _open_outline(window, store, ["Phòng Quản lý khoa học", "Phòng Quản lý chuyên ngành"])
    first = wordfiles.report(tmp_path / "qlkh.docx", _faithful())
    other = wordfiles.report(tmp_path / "qlcn.docx", _renamed())
    fake_dialogs.answer("open_files", [first, other])
    fake_dialogs.answer("exec_dialog", True)  # the close headings as proposed
    window.consolidate_action.trigger()
    merged = window.editor.draft
    assert merged is not None
    record = store.consolidation(base.id)
    assert record is not None
    record.ask_to_complete("Phòng Quản lý khoa học", "số liệu kinh phí")
    store.save_consolidation(record)
    fixed = _faithful()
    (table,) = [b for b in fixed.sections[0].sections[2].blocks if isinstance(b, Table)]
    table.rows[4][4] = Cell([Run("1.300")])  # kinh phí corrected: 1.250,5 -> 1.300
    fixed.sections[0].sections[0].blocks.append(Block("paragraph", [Run("Bổ sung: 1 hội thảo.")]))
    supplement = wordfiles.report(tmp_path / "qlkh-bo-sung.docx", fixed)
    fake_dialogs.answer("open_files", [supplement])
    fake_dialogs.answer("choose", 0)  # Thay bản đã gộp
    window.consolidate_action.trigger()
    ((*_, buttons),) = fake_dialogs.named("choose")
    assert buttons == ["Thay bản đã gộp", "Gộp thêm", "Bỏ qua"]
    again = window.editor.draft
    assert again is not None and again.id == merged.id
    texts = [
        b.text for s in again.sections for t in s.sections for b in t.blocks if isinstance(b, Block)
    ]
    assert texts.count("Phòng đã tổ chức 4 hội đồng.") == 1, "the old version's text went"
    science = [b.source for b in again.sections[0].sections[0].blocks if b.source]
    assert science[0] == "Phòng Quản lý khoa học", "where its earlier version stood"
    assert "Bổ sung: 1 hội thảo." in texts
    (summed,) = [b for s in again.sections[0].sections for b in s.blocks if isinstance(b, Table)]
    assert summed.rows[4][4] is not None and summed.rows[4][4].text == "1.780"  # 1.300 + 480
    kept = store.consolidation(base.id)
    assert kept is not None and kept.units[0].state == "merged"
    assert kept.units[0].merged_with == kept.units[0].received[-1].fingerprint
