"""Driving the wizard pages through their widgets, as a clerk would."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from lanson_report.domain.model import Draft, Reference, Section
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.agency import AgencyPage
from lanson_report.ui.wizard.pages.basis import BasisPage
from lanson_report.ui.wizard.pages.content import ContentPage
from lanson_report.ui.wizard.pages.sign import SignPage

from .conftest import replace_text, type_text


def set_combo_text(combo: QComboBox, text: str) -> None:
    replace_text(combo.lineEdit(), text)


def set_spin(qtbot: Any, spin: Any, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))  # digits: ASCII is safe with keyClicks


def fill_agency(qtbot: Any, page: AgencyPage, draft: Draft) -> None:
    replace_text(page.parent_name, draft.agency.parent)
    replace_text(page.agency_name, draft.agency.name)
    replace_text(page.abbreviation, draft.agency.abbreviation)
    replace_text(page.number, draft.number)
    replace_text(page.place, draft.place)
    for spin, value in (
        (page.day, draft.date.day),
        (page.month, draft.date.month),
        (page.year, draft.date.year),
    ):
        if value:
            set_spin(qtbot, spin, value)
        else:
            spin.setFocus()
            spin.selectAll()
            qtbot.keyClick(spin, Qt.Key.Key_Delete)
            spin.setValue(spin.minimum())
    replace_text(page.title_text, draft.title)


def fill_reference(qtbot: Any, page: BasisPage, ref: Reference) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    set_combo_text(page.lead, ref.lead)
    set_combo_text(page.kind, ref.kind)
    replace_text(page.number, ref.number)
    if isinstance(ref.date, datetime.date):
        replace_text(page.date, ref.date.strftime("%d/%m/%Y"))
    replace_text(page.issuer, ref.issuer)
    replace_text(page.subject, ref.subject)


def fill_basis(qtbot: Any, page: BasisPage, draft: Draft) -> None:
    for ref in draft.basis.references:
        fill_reference(qtbot, page, ref)
    replace_text(page.closing, draft.basis.closing)


def type_section(qtbot: Any, page: ContentPage, section: Section) -> None:
    replace_text(page.heading, section.heading)
    body = page.body
    body.setFocus()
    for index, block in enumerate(section.blocks):
        if index:
            qtbot.keyClick(body, Qt.Key.Key_Return)
        page.bar.kinds[block.kind].trigger()
        for run in block.runs:
            flags = [f for f in ("bold", "italic", "underline") if getattr(run, f)]
            for flag in flags:
                page.bar.formats[flag].trigger()
            type_text(body, run.text)
            for flag in flags:
                page.bar.formats[flag].trigger()


def fill_content(qtbot: Any, page: ContentPage, draft: Draft) -> None:
    page.outline.setCurrentIndex(page.outline.findData(draft.outline))
    for name in draft.addressees:
        type_text(page.addressees, name + "\n")
    for section in draft.sections:
        qtbot.mouseClick(page.tree.add_button, Qt.MouseButton.LeftButton)
        type_section(qtbot, page, section)


def fill_sign(qtbot: Any, page: SignPage, draft: Draft) -> None:
    replace_text(page.closing, draft.closing)
    replace_text(page.signer_title, draft.signature.lines[-1])
    replace_text(page.name, draft.signature.name)
    for recipient in draft.recipients:
        qtbot.mouseClick(page.recipients.add_button, Qt.MouseButton.LeftButton)
        table = page.recipients.table
        table.closePersistentEditor(table.currentIndex())
        row, model = table.currentRow(), table.model()
        model.setData(model.index(row, 0), recipient.name)
        model.setData(model.index(row, 1), recipient.note)
    replace_text(page.archive, draft.archive)


def fill_wizard(qtbot: Any, window: MainWindow, draft: Draft) -> None:
    """Every step of the wizard, moving on with the Next button."""
    editor = window.editor
    fillers = (fill_agency, fill_basis, fill_content, fill_sign)
    for step, filler in enumerate(fillers):
        assert editor.stack.currentIndex() == step
        filler(qtbot, editor.pages[step], draft)  # type: ignore[operator]
        qtbot.mouseClick(editor.footer.next, Qt.MouseButton.LeftButton)
