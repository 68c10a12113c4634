"""Tổng hợp in the app: the units' Word or draft replies merged into the report being
written, as a new report with each block under its unit; the report itself unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import wordfiles
from test_consolidate import _base, _faithful, _renamed

from lanson_report.domain.model import Block, Run, Table
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


def test_the_units_status_says_who_is_merged_and_who_has_not_replied(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    _open_outline(window, store, ["Phòng Quản lý khoa học", "Văn phòng Sở"])
    fake_dialogs.answer("open_files", [wordfiles.report(tmp_path / "qlkh.docx", _faithful())])
    window.consolidate_action.trigger()  # the reminder question: no (the default)
    window.units_action.trigger()
    status = fake_dialogs.texts("info")[-1]
    assert status.startswith("Tình hình các đơn vị gửi | - Phòng Quản lý khoa học: đã gộp (")
    assert "- Văn phòng Sở: chưa nhận" in status and "Chưa nhận: 1 đơn vị." in status
