"""Every type in the list and its actions: search by type, duplicate to another year,
history, the live preview, and "Còn thiếu" taking the clerk to a type's own field."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from typesamples import sample

from lanson_report.domain.model import Draft
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.historydialog import HistoryDialog

from .conftest import FakeDialogs


def _add(store: Store, code: str) -> Draft:
    return store.create(draftfile.from_dict(sample(code))).draft


def _titles(window: MainWindow) -> list[str]:
    tree = window.start.tree
    return [
        tree.topLevelItem(y).child(r).text(0)
        for y in range(tree.topLevelItemCount())
        for r in range(tree.topLevelItem(y).childCount())
    ]


def test_search_finds_documents_by_their_type(window: MainWindow, store: Store) -> None:
    plan, letter = _add(store, "KH"), _add(store, "CV")
    window.start.search.setText("ke hoach")
    assert _titles(window) == [plan.title]
    window.start.search.setText("công văn")
    assert _titles(window) == [letter.title]
    window.start.search.setText("")
    assert len(_titles(window)) == 2


def test_a_letter_duplicated_to_next_year_stays_a_letter_with_its_fields(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    letter = _add(store, "CV")
    window.start.refresh(select=letter.id)
    fake_dialogs.answer("get_int", 2026)
    messages: list[str] = []
    window.start.message.connect(messages.append)
    window.start.buttons["duplicate"].click()
    (asked,) = fake_dialogs.named("get_int")
    assert asked[2] == "Công văn năm 2025 sẽ được sao thành công văn năm:"
    copy = window.editor.draft
    assert copy is not None and copy.id != letter.id and copy.date.year == 2026
    assert (copy.doc_type, copy.unit, copy.addressees) == ("CV", "VP", letter.addressees)
    assert messages[-1] == "Đã tạo công văn năm 2026 từ công văn năm 2025."
    assert window.editor.current_page() is window.editor.agency
    assert window.editor.agency.unit.isVisible()


def test_history_brings_back_an_invitation_as_it_was(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    invitation = _add(store, "GM")
    assert invitation.invitation is not None
    first_place = invitation.invitation.place
    invitation.invitation.place = "Phòng họp tầng 2"
    store.save(invitation)
    window.start.refresh(select=invitation.id)

    def restore_oldest(dialog: QDialog) -> bool:
        assert isinstance(dialog, HistoryDialog)
        dialog.versions.setCurrentRow(dialog.versions.count() - 1)
        dialog.restore.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.answer("exec_dialog", restore_oldest)
    window.start.buttons["history"].click()
    restored = store.get(invitation.id).draft
    assert restored.doc_type == "GM" and restored.invitation is not None
    assert restored.invitation.place == first_place


JUMPS = {
    "CV": {"unit": "agency.unit", "addressees": "content.addressees"},
    "QĐ": {"authority": "basis.authority", "proposal": "basis.proposal"},
    "GM": {
        "invitation.invitees": "content.invite_who",
        "invitation.time": "content.invite_time",
        "invitation.place": "content.invite_place",
    },
    "TTr": {"addressees": "content.addressees"},
}


@pytest.mark.parametrize("code", list(JUMPS))
def test_a_missing_entry_of_a_type_field_reaches_its_widget(
    qtbot: Any, window: MainWindow, store: Store, code: str
) -> None:
    window.open_draft(_add(store, code).id)
    editor = window.editor
    for field, where in JUMPS[code].items():
        editor.go("sign")
        page_name, widget_name = where.split(".")
        page = getattr(editor, page_name)
        editor.jump_to(field)
        assert editor.current_page() is page, field
        widget = getattr(page, widget_name)
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is w, timeout=1000)


@pytest.mark.parametrize("code", ["KH", "CV", "GM"])
def test_the_live_preview_and_step_5_show_every_type(
    qtbot: Any, window: MainWindow, store: Store, code: str
) -> None:
    window.open_draft(_add(store, code).id)
    editor = window.editor
    editor.go("agency")
    editor.footer.live.setChecked(True)
    with qtbot.waitSignal(editor.live.shown_pdf, timeout=20000):
        pass
    editor.footer.live.setChecked(False)
    editor.go("preview")
    qtbot.waitUntil(lambda: "trang" in editor.preview.pages_label.text(), timeout=20000)
    missing = editor.preview.missing
    fields = {missing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(missing.count())}
    assert "title" not in fields and "agency.name" not in fields


def test_fit_to_one_page_works_for_a_plan_and_keeps_its_type(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    import drafts

    raw = drafts.with_paragraphs(20)
    raw.update(doc_type="KH", format_version=3, addressees=[])
    plan = store.create(draftfile.from_dict(raw)).draft
    window.open_draft(plan.id)
    window.editor.go("preview")
    preview = window.editor.preview
    assert preview.document.pageCount() == 2
    preview.fit.goal.setCurrentIndex(1)
    preview.fit.pages.setValue(1)
    preview.fit.fit_button.click()
    qtbot.waitUntil(lambda: not preview.fit.busy, timeout=20000)
    assert preview.document.pageCount() == 1
    assert window.editor.save()
    kept = store.get(plan.id).draft
    assert kept.doc_type == "KH" and not kept.layout.is_default
