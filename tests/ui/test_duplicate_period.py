"""Duplicating a periodic report moves its period along, with the year review at a new year."""

from __future__ import annotations

from typing import Any

from lanson_report.domain.model import Agency, Period, Settings
from lanson_report.intake import outlines
from lanson_report.intake.newdraft import start_draft
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.newreport import PeriodDialog
from lanson_report.ui.start.yeardialog import YearReviewDialog

from .conftest import FakeDialogs


def _stored(store: Store, kind: str, period: Period) -> str:
    outline = outlines.load(outlines.builtin_for(kind))  # type: ignore[arg-type]
    draft = start_draft(outline, Settings(Agency("", "SỞ Y TẾ", "SYT")), period)
    draft.sections[1].blocks.append(draft.sections[1].blocks[0])  # any text will do
    store.create(draft)
    return draft.id


def test_a_quarter_moves_to_the_next_quarter_same_year(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    _stored(store, "quarter", Period("quarter", 2024, 2))
    window.start.refresh()
    offered: list[Period] = []

    def accept(dialog: Any) -> bool:
        assert isinstance(dialog, PeriodDialog)
        offered.append(dialog.period())
        return True

    fake_dialogs.answer("exec_dialog", accept)
    window.start.buttons["duplicate"].click()
    assert offered == [Period("quarter", 2024, 3)]
    copy = window.editor.draft
    assert copy is not None and copy.period == Period("quarter", 2024, 3)
    assert copy.title == (
        "Kết quả thực hiện nhiệm vụ quý III năm 2024 và phương hướng, nhiệm vụ quý IV năm 2024"
    )
    assert copy.sections[0].heading == "Kết quả thực hiện nhiệm vụ quý III năm 2024"
    assert copy.date.year == 2024
    assert not any(isinstance(a[0], YearReviewDialog) for a in fake_dialogs.named("exec_dialog"))
    assert store.get(copy.id).draft.period == Period("quarter", 2024, 3)


def test_a_fourth_quarter_moves_into_the_next_year_with_the_year_review(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    draft_id = _stored(store, "quarter", Period("quarter", 2024, 4))
    draft = store.get(draft_id).draft
    draft.closing = "Trên đây là báo cáo quý IV năm 2024. Kế hoạch năm 2024 đã hoàn thành./."
    store.save(draft)
    window.start.refresh()
    reviews: list[YearReviewDialog] = []

    def review(dialog: Any) -> bool:
        if isinstance(dialog, YearReviewDialog):
            reviews.append(dialog)
        return True

    fake_dialogs.answer("exec_dialog", review, review)
    window.start.buttons["duplicate"].click()
    copy = window.editor.draft
    assert copy is not None and copy.period == Period("quarter", 2025, 1)
    assert copy.date.year == 2025
    assert copy.title.startswith("Kết quả thực hiện nhiệm vụ quý I năm 2025")
    assert len(reviews) == 1  # what is left of 2024 in the text, offered one by one
    assert copy.closing == "Trên đây là báo cáo quý I năm 2025. Kế hoạch năm 2025 đã hoàn thành./."
    message = window.statusBar().currentMessage()
    assert message == "Đã tạo báo cáo quý I năm 2025 từ báo cáo quý IV năm 2024."


def test_cancelling_the_period_makes_no_copy(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    _stored(store, "year", Period("year", 2024))
    window.start.refresh()
    window.start.buttons["duplicate"].click()  # exec_dialog answers "cancel" by default
    assert len(store.list()) == 1
    assert fake_dialogs.named("get_int") == []


def test_the_year_review_never_offers_a_year_the_copy_already_has_right(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    _stored(store, "year", Period("year", 2024))
    window.start.refresh()
    reviews: list[YearReviewDialog] = []

    def review(dialog: Any) -> bool:
        if isinstance(dialog, YearReviewDialog):
            reviews.append(dialog)
        return True

    fake_dialogs.answer("exec_dialog", review, review)
    window.start.buttons["duplicate"].click()
    copy = window.editor.draft
    assert copy is not None and copy.period == Period("year", 2025)
    hints = [b.text for s in copy.sections for b in s.blocks if getattr(b, "kind", "") == "hint"]
    assert any("15/12/2024 đến 14/12/2025" in hint for hint in hints)  # the new range, right
    offered = [item.before for review in reviews for item in review.found]
    assert not any("15/12/2024 đến 14/12/2025" in text for text in offered)


def test_copying_to_a_period_that_already_has_a_report_asks_first(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    first = _stored(store, "quarter", Period("quarter", 2024, 2))
    _stored(store, "quarter", Period("quarter", 2024, 3))  # the next quarter is written already
    window.start.refresh(select=first)
    fake_dialogs.answer("exec_dialog", True)
    window.start.buttons["duplicate"].click()  # "ask" answers "no" by default
    (asked,) = fake_dialogs.texts("ask")
    assert asked.startswith("Đã có báo cáo quý III năm 2024 | Máy đã có báo cáo quý III năm 2024")
    assert len(store.list()) == 2
