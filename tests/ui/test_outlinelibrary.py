"""Thư viện đề cương: list, add from a file, rename, delete; built-ins stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lanson_report.domain.model import Template
from lanson_report.domain.periods import REPORT_KINDS
from lanson_report.files import draftfile
from lanson_report.intake import outlines
from lanson_report.store import Store
from lanson_report.ui.start.newreport import library_for
from lanson_report.ui.start.outlinelibrary import OutlineLibraryDialog

from .conftest import FakeDialogs


def _dialog(qtbot: Any, store: Store) -> OutlineLibraryDialog:
    dialog = OutlineLibraryDialog(library_for(store))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _outline_file(tmp_path: Path) -> Path:
    outline = outlines.load(outlines.builtin_for("adhoc"))
    outline.template = Template("Đề cương báo cáo thiệt hại do mưa lũ", "Công văn 88/UBND-KT")
    path = tmp_path / "mua-lu.json"
    draftfile.dump_path(outline, path)
    return path


def test_builtins_are_listed_and_locked(qtbot: Any, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.list.count() == len(REPORT_KINDS)
    assert dialog.list.item(0).text() == "Báo cáo tháng   —   có sẵn"
    assert not dialog.rename_button.isEnabled() and not dialog.delete_button.isEnabled()


def test_add_rename_delete(
    qtbot: Any, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path, data_dir: Path
) -> None:
    dialog = _dialog(qtbot, store)
    fake_dialogs.answer("open_file", _outline_file(tmp_path))
    dialog.add_button.click()
    assert dialog.list.count() == len(REPORT_KINDS) + 1
    assert dialog.list.currentItem().text() == (
        "Đề cương báo cáo thiệt hại do mưa lũ   —   Công văn 88/UBND-KT"
    )
    assert len(list((data_dir / outlines.FOLDER_NAME).glob("*.json"))) == 1
    assert dialog.rename_button.isEnabled() and dialog.delete_button.isEnabled()
    fake_dialogs.answer("get_text", "Báo cáo mưa lũ")
    dialog.rename_button.click()
    assert dialog.list.currentItem().text().startswith("Báo cáo mưa lũ   —")
    fake_dialogs.answer("get_text", "Báo cáo năm")
    dialog.rename_button.click()
    assert fake_dialogs.texts("error")[-1].endswith(
        "Đã có đề cương tên “Báo cáo năm”; hãy chọn tên khác."
    )
    fake_dialogs.answer("ask", True)
    dialog.delete_button.click()
    assert dialog.list.count() == len(REPORT_KINDS)
    assert list((data_dir / outlines.FOLDER_NAME).glob("*.json")) == []


def test_a_bad_file_is_explained_and_nothing_added(
    qtbot: Any, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    bad = tmp_path / "sai.json"
    bad.write_text('{"format": "lanson-report/draft"}', encoding="utf-8")
    dialog = _dialog(qtbot, store)
    fake_dialogs.answer("open_file", bad)
    dialog.add_button.click()
    (text,) = fake_dialogs.texts("error")
    assert "sai.json" in text
    assert dialog.list.count() == len(REPORT_KINDS)


def test_the_start_screen_opens_the_library(
    qtbot: Any, window: Any, fake_dialogs: FakeDialogs
) -> None:
    window.start.buttons["outlines"].click()
    (args,) = fake_dialogs.named("exec_dialog")
    assert isinstance(args[0], OutlineLibraryDialog)


def test_the_file_menu_opens_the_library_and_leaves_the_report_saved(
    qtbot: Any, window: Any, store: Store, fake_dialogs: FakeDialogs
) -> None:
    window.new_report()
    assert window.editing()
    (action,) = [a for a in window.menuBar().actions()[0].menu().actions() if "Thư" in a.text()]
    action.trigger()
    assert not window.editing()
    assert isinstance(fake_dialogs.named("exec_dialog")[-1][0], OutlineLibraryDialog)


def test_a_word_outline_is_added_and_starts_a_report(
    qtbot: Any, window: Any, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    from test_outlineword import upper_outline

    source = upper_outline(tmp_path / "de-cuong.docx")
    dialog = _dialog(qtbot, store)
    fake_dialogs.answer("open_file", source)
    dialog.add_button.click()
    assert (
        dialog.list.currentItem()
        .text()
        .startswith("Tình hình thực hiện chuyển đổi số năm 2024   —   Kèm theo Công văn số 1234")
    )
    assert "*.docx" in fake_dialogs.named("open_file")[0][2]
    fake_dialogs.answer("open_file", source)
    fake_dialogs.answer("new_report", True)  # the file, as the dialog proposes it
    window.start.buttons["from_outline"].click()
    draft = window.editor.draft
    assert draft is not None and draft.title == "Tình hình thực hiện chuyển đổi số năm 2024"
    assert draft.sections[2].heading == "Đề xuất, kiến nghị"


def test_a_word_file_that_is_no_outline_is_explained(
    qtbot: Any, window: Any, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    from wordfiles import Writer

    w = Writer()
    w.para("Đề nghị các đơn vị báo cáo trước ngày 15/12.")
    fake_dialogs.answer("open_file", w.save(tmp_path / "cong-van.docx"))
    window.start.buttons["from_outline"].click()
    (text,) = fake_dialogs.texts("error")
    assert "Không đọc được tệp đề cương" in text and "không thấy đề mục đánh số nào" in text
    assert fake_dialogs.named("new_report") == []


def test_the_chosen_outline_shows_its_sections_before_use(qtbot: Any, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    quarter = outlines.load(outlines.builtin_for("quarter"))
    row = [entry.kind for entry in dialog.entries].index("quarter")
    dialog.list.setCurrentRow(row)
    tree = dialog.sections
    assert tree.isVisible()
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert len(tops) == len(quarter.sections) and tops[0].startswith("I. ")
    assert quarter.sections[0].heading.upper() in tops[0], "as it prints"
    first = tree.topLevelItem(0)
    assert first.childCount() == len(quarter.sections[0].sections)
    assert first.child(0).text(0).startswith("1. ")
    assert "Các văn bản chỉ đạo" in first.child(0).toolTip(0), "its hint, on hovering"
    adhoc = outlines.load(outlines.builtin_for("adhoc"))
    dialog.list.setCurrentRow([entry.kind for entry in dialog.entries].index("adhoc"))
    assert tree.topLevelItemCount() == len(adhoc.sections), "the newly chosen outline's"


def test_a_report_starts_from_the_outline_chosen_in_the_library(
    qtbot: Any, window: Any, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    library = library_for(store)
    library.add_file(_outline_file(tmp_path))
    proposed: list[str] = []

    def choose_it(dialog: OutlineLibraryDialog) -> bool:
        dialog.list.setCurrentRow(len(REPORT_KINDS))  # the clerk's own, after the built-ins
        dialog.use_button.click()
        return dialog.result() == dialog.DialogCode.Accepted

    def create(dialog: Any) -> bool:
        proposed.append(dialog.outline.currentText())
        return True

    fake_dialogs.answer("exec_dialog", choose_it)
    fake_dialogs.answer("new_report", create)
    window.start.buttons["outlines"].click()
    assert proposed == ["Đề cương báo cáo thiệt hại do mưa lũ"]
    draft = window.editor.draft
    adhoc = outlines.load(outlines.builtin_for("adhoc"))
    assert draft is not None and [s.heading for s in draft.sections] == [
        s.heading for s in adhoc.sections
    ]
    assert store.origins()[draft.id] == "Theo đề cương: Đề cương báo cáo thiệt hại do mưa lũ"


def test_a_built_in_outline_chosen_sets_its_report_kind(
    qtbot: Any, window: Any, fake_dialogs: FakeDialogs
) -> None:
    kinds: list[str] = []

    def choose_year(dialog: OutlineLibraryDialog) -> bool:
        (row,) = [i for i, e in enumerate(dialog.entries) if e.kind == "year"]
        dialog.list.setCurrentRow(row)
        dialog.use_button.click()
        return True

    fake_dialogs.answer("exec_dialog", choose_year)
    fake_dialogs.answer("new_report", lambda d: kinds.append(d.report_kind()) or False)
    window.start.buttons["outlines"].click()
    assert kinds == ["year"]
    assert not window.editing()  # Văn bản mới cancelled: nothing made
