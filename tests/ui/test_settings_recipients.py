"""Usual recipients and the drafting unit's code: kept in Cài đặt, filled into a new draft's
Nơi nhận and Lưu line, and offered on step 4 to add again with one click."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from lanson_report.domain.model import Recipient, Settings
from lanson_report.store import Store
from lanson_report.store.settingsdata import settings_from_dict, settings_to_dict
from lanson_report.ui.dialogs.settingsdialog import SettingsDialog
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.sign import SignPage

from .conftest import FakeDialogs, replace_text, type_text
from .keys import clashes

USUAL = [Recipient("Bộ Khoa học và Công nghệ", "b/c"), Recipient("UBND tỉnh", "b/c")]


def test_usual_recipients_and_the_unit_fill_a_new_draft(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettingsDialog)
        assert not clashes(dialog)
        replace_text(dialog.archive, "VT")
        replace_text(dialog.unit, "VP")
        type_text(dialog.recipients, "Bộ Khoa học và Công nghệ (b/c)\nUBND tỉnh (b/c)\nLãnh đạo Sở")
        return True

    fake_dialogs.answer("exec_dialog", fill)
    window.start.buttons["settings"].click()
    settings = store.settings()
    assert settings.recipients == [*USUAL, Recipient("Lãnh đạo Sở")]
    assert (settings.archive, settings.unit) == ("VT", "VP")
    window.start.buttons["new"].click()
    draft = window.editor.draft
    assert draft is not None
    assert draft.archive == "VT, VP"
    assert draft.recipients == settings.recipients
    window.editor.go("sign")
    sign = window.editor.pages[3]
    assert isinstance(sign, SignPage)
    assert sign.archive.text() == "VT, VP"
    assert sign.recipients.recipients() == settings.recipients
    assert not sign.recipients.offer.isVisible(), "every usual recipient is there already"


def test_step_four_offers_a_usual_recipient_to_add_with_one_click(
    window: MainWindow, store: Store
) -> None:
    store.save_settings(Settings(recipients=list(USUAL), unit="VP"))
    window.new_report()
    window.editor.go("sign")
    sign = window.editor.pages[3]
    assert isinstance(sign, SignPage)
    table = sign.recipients
    table.table.setCurrentCell(0, 0)
    table.remove_button.click()
    assert [r.name for r in table.recipients()] == ["UBND tỉnh"]
    offer = table.offer
    assert offer.isVisible() and "Bộ Khoa học và Công nghệ" in offer.text()
    assert "UBND tỉnh" not in offer.text()
    offer.linkActivated.emit("0")  # what one click on the name does
    assert table.recipients() == [USUAL[1], USUAL[0]]
    assert not offer.isVisible()
    window.editor.collect()
    assert window.editor.draft is not None
    assert window.editor.draft.recipients == [USUAL[1], USUAL[0]]


def test_settings_without_recipients_or_unit_stay_readable_by_older_versions() -> None:
    plain = settings_to_dict(Settings())
    assert "recipients" not in plain and "unit" not in plain
    full = Settings(recipients=list(USUAL), unit="VP")
    assert settings_from_dict(settings_to_dict(full)) == full


def test_the_settings_dialog_shows_its_new_fields_whole(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings(recipients=list(USUAL), unit="VP"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() + 30 <= 768 - 40, "with its title bar, above the taskbar"
    for field in (dialog.recipients, dialog.unit, dialog.archive):
        assert field.isVisible() and field.visibleRegion().boundingRect() == field.rect()
    assert dialog.recipients.toPlainText() == "Bộ Khoa học và Công nghệ (b/c)\nUBND tỉnh (b/c)"


def test_a_cong_van_opened_in_the_app_prints_the_agency_footer(
    qtbot: Any, store: Any, data_dir: Any
) -> None:
    """The footer lives in the agency settings; the app gives it to the công văn it opens
    (the draft file has no place for it), so export and print show it on page 1."""
    import io

    import pdfplumber
    from typesamples import sample

    from lanson_report.domain.model import Settings
    from lanson_report.files import draftfile
    from lanson_report.pdf import render_pdf_bytes
    from lanson_report.ui.dialogs.settingsdialog import SettingsDialog

    from .conftest import make_window

    footer = "Địa chỉ: Số 35 đường Lê Lợi, tỉnh Lạng Sơn"
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.footer.setPlainText(footer)
    store.save_settings(dialog.settings())
    letter = store.create(draftfile.from_dict(sample("CV"))).draft
    window = make_window(qtbot, store, data_dir)
    window.open_draft(letter.id)
    assert window.editor.draft is not None
    assert window.editor.draft.letter_footer == footer
    with pdfplumber.open(io.BytesIO(render_pdf_bytes(window.editor.draft))) as pdf:
        assert footer.split(",")[0] in (pdf.pages[0].extract_text() or "")
