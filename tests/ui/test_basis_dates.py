"""Căn cứ dates: typed any common way they are kept; anything else is refused visibly."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.basis import BasisPage

APRIL_14 = datetime.date(2022, 4, 14)


def _basis(qtbot: Any, window: MainWindow) -> BasisPage:
    window.new_report()
    window.editor.go(1)
    page = window.editor.pages[1]
    assert isinstance(page, BasisPage)
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    return page


def _type_date(qtbot: Any, page: BasisPage, text: str) -> None:
    page.date.setFocus()
    qtbot.keyClick(page.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.date, text)
    qtbot.keyClick(page.date, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["14/4/2022", "14/04/2022", "14-4-2022", "14042022"])
def test_a_date_typed_any_common_way_is_kept(qtbot: Any, window: MainWindow, typed: str) -> None:
    page = _basis(qtbot, window)
    _type_date(qtbot, page, typed)
    assert page.refs[0].date == APRIL_14
    assert page.model.index(0, 3).data() == "14/4/2022"
    assert "ngày 14/4/2022" in page.preview.text()


def test_retyping_over_a_date_replaces_it_whole(qtbot: Any, window: MainWindow) -> None:
    page = _basis(qtbot, window)
    _type_date(qtbot, page, "14/04/2022")
    _type_date(qtbot, page, "01/02/2024")
    assert page.refs[0].date == datetime.date(2024, 2, 1)


def test_a_new_reference_has_no_date_rather_than_today(qtbot: Any, window: MainWindow) -> None:
    page = _basis(qtbot, window)
    assert page.refs[0].date is None
    assert page.model.index(0, 3).data() == ""
    assert str(datetime.date.today().year) not in page.preview.text()


def test_an_impossible_date_is_refused_visibly_and_never_replaced(
    qtbot: Any, window: MainWindow
) -> None:
    page = _basis(qtbot, window)
    _type_date(qtbot, page, "14/04/2022")
    _type_date(qtbot, page, "31/02/2022")
    assert page.refs[0].date == APRIL_14  # the last date that was read, not a guess
    assert page.date.text() == "31/02/2022"  # what was typed stays for the clerk to fix
    assert page.date_error.isVisible()
    assert "không có ngày 31" in page.date_error.text()
    _type_date(qtbot, page, "28/02/2022")
    assert not page.date_error.isVisible()
    assert page.refs[0].date == datetime.date(2022, 2, 28)


def test_an_emptied_date_prints_no_date(qtbot: Any, window: MainWindow) -> None:
    page = _basis(qtbot, window)
    _type_date(qtbot, page, "14/04/2022")
    page.date.setFocus()
    qtbot.keyClick(page.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.date, Qt.Key.Key_Backspace)
    assert page.refs[0].date is None
