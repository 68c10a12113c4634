"""Báo cáo mới: kind, period (with its data cut-off) and outline; from an outline file."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from lanson_report.domain.model import Agency, Period, Settings, Signature, Template
from lanson_report.domain.periods import REPORT_KINDS
from lanson_report.files import draftfile
from lanson_report.intake import outlines
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start import startactions
from lanson_report.ui.start.newreport import BLANK, NewReportDialog, library_for

from .conftest import FakeDialogs

TODAY = datetime.date(2024, 6, 3)


def _dialog(qtbot: Any, store: Store, **kwargs: Any) -> NewReportDialog:
    dialog = NewReportDialog(library_for(store), today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: NewReportDialog, kind: str) -> None:
    dialog.kind.setCurrentIndex(REPORT_KINDS.index(kind))  # type: ignore[arg-type]


def test_the_kind_decides_the_period_fields_and_the_outline(qtbot: Any, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    dialog.show()
    assert dialog.report_kind() == "quarter"
    assert dialog.period() == Period("quarter", 2024, 2)
    assert dialog.picker.range.text() == "Số liệu tính từ 15/3/2024 đến 14/6/2024"
    assert dialog.chosen_entry() is not None and dialog.chosen_entry().kind == "quarter"  # type: ignore[union-attr]
    _choose(dialog, "month")
    dialog.picker.number.setCurrentIndex(0)  # January: the range starts in December
    assert dialog.period() == Period("month", 2024, 1)
    assert dialog.picker.range.text() == "Số liệu tính từ 15/12/2023 đến 14/01/2024"
    assert dialog.picker.number.isVisible()
    _choose(dialog, "half")
    assert not dialog.picker.number.isVisible() and dialog.period() == Period("half", 2024)
    assert dialog.title.text().startswith("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024")
    assert dialog.outline.currentText() == "Báo cáo 6 tháng (có sẵn)"
    _choose(dialog, "topic")
    assert not dialog.picker.isVisible() and dialog.period() is None
    assert dialog.outline.currentText() == "Báo cáo chuyên đề (có sẵn)"
    dialog.outline.setCurrentIndex(dialog.outline.count() - 1)
    assert dialog.outline.currentText() == BLANK and dialog.outline_path() is None


def test_new_report_from_the_dialog(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    store.save_settings(
        Settings(Agency("", "SỞ Y TẾ", "SYT"), "Lạng Sơn", [Signature(["GIÁM ĐỐC"], "Lê Văn A")])
    )

    def half_2024(dialog: NewReportDialog) -> bool:
        _choose(dialog, "half")
        dialog.picker.year.setValue(2024)
        return True

    fake_dialogs.answer("new_report", half_2024)
    window.start.buttons["new"].click()
    draft = window.editor.draft
    assert draft is not None and draft.period == Period("half", 2024)
    assert draft.title == (
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024 và phương hướng, "
        "nhiệm vụ 6 tháng cuối năm 2024"
    )
    assert draft.agency.abbreviation == "SYT" and draft.signature.name == "Lê Văn A"
    assert draft.sections[0].heading == "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024"
    assert store.get(draft.id).draft.period == Period("half", 2024)
    assert window.editor.pages[2].period.text().endswith("15/12/2023 đến 14/6/2024.")


def test_cancel_creates_nothing(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer("new_report", False)
    window.start.buttons["new"].click()
    assert store.list() == [] and not window.editing()


def _upper_outline(tmp_path: Path) -> Path:
    outline = outlines.load(outlines.builtin_for("topic"))
    outline.template = Template("Đề cương chuyển đổi số", "Công văn 12/STTTT")
    path = tmp_path / "de-cuong-cds.json"
    draftfile.dump_path(outline, path)
    return path


def test_new_report_from_an_outline_file_keeps_it_in_the_library(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    source = _upper_outline(tmp_path)
    fake_dialogs.answer("open_file", source)
    seen: list[str] = []

    def accept(dialog: NewReportDialog) -> bool:
        seen.append(dialog.outline.currentText())
        return True

    fake_dialogs.answer("new_report", accept)
    window.start.buttons["from_outline"].click()
    assert seen == ["Tệp de-cuong-cds.json"]
    draft = window.editor.draft
    assert draft is not None and draft.template is None
    assert draft.sections[0].heading == "Đặc điểm, tình hình"
    names = [e.name for e in library_for(store).entries()]
    assert "Đề cương chuyển đổi số" in names


def test_a_bad_outline_file_is_explained(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    bad = tmp_path / "hong.json"
    bad.write_text("{", encoding="utf-8")
    fake_dialogs.answer("open_file", bad)
    startactions.new_from_outline(window.start)
    assert fake_dialogs.named("new_report") == []
    (text,) = fake_dialogs.texts("error")
    assert "hong.json" in text and "không phải JSON hợp lệ" in text


def test_an_outline_with_its_own_title_shows_that_title(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    outline = outlines.load(outlines.builtin_for("topic"))
    outline.title = "Kết quả thực hiện Chương trình chuyển đổi số năm 2024"
    path = tmp_path / "cds.json"
    draftfile.dump_path(outline, path)
    dialog = _dialog(qtbot, store, extra=path)
    _choose(dialog, "year")
    assert dialog.outline_path() == path
    assert dialog.title.text() == "Kết quả thực hiện Chương trình chuyển đổi số năm 2024"
    assert dialog.draft(Settings()).title == dialog.title.text()
    dialog.outline.setCurrentIndex(dialog.outline.count() - 1)  # blank: the proposed title
    assert dialog.title.text() == (
        "Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025"
    )


def test_importing_an_outline_file_offers_a_report_from_it(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    source = _upper_outline(tmp_path)
    fake_dialogs.answer("open_file", source, source)
    fake_dialogs.answer("ask", True, False)
    startactions.import_file(window.start)
    (asked,) = fake_dialogs.texts("ask")
    assert "Tệp này là đề cương “Đề cương chuyển đổi số”" in asked
    (report,) = store.list()
    assert store.get(report.id).draft.template is None  # a report, started from the outline
    startactions.import_file(window.start)  # "Nhập như bản nháp": the outline itself
    templates = [store.get(s.id).draft.template for s in store.list()]
    assert Template("Đề cương chuyển đổi số", "Công văn 12/STTTT") in templates
