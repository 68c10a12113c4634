"""Agency settings fill every new report; usual signers are offered on the signing step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from lanson_report.domain.model import Agency, Settings, Signature
from lanson_report.store import Store
from lanson_report.ui.dialogs.settingsdialog import SettingsDialog
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs, replace_text, type_text
from .keys import clashes


def test_settings_are_saved_and_fill_new_reports(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettingsDialog)
        replace_text(dialog.parent_name, "UBND TỈNH LẠNG SƠN")
        replace_text(dialog.agency_name, "SỞ Y TẾ")
        replace_text(dialog.abbreviation, "SYT")
        replace_text(dialog.place, "Lạng Sơn")
        replace_text(dialog.archive, "VT, VP")
        for lines, name in (
            ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hoàng Văn A"),
            ("GIÁM ĐỐC", "Lê Thị B"),
        ):
            dialog.add_button.click()
            type_text(dialog.lines, lines)
            type_text(dialog.signer_name, name)
        assert dialog.signer_list.item(0).text() == "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC — Hoàng Văn A"
        return True

    fake_dialogs.answer("exec_dialog", fill)
    window.start.buttons["settings"].click()
    settings = store.settings()
    assert settings.agency == Agency("UBND TỈNH LẠNG SƠN", "SỞ Y TẾ", "SYT")
    assert settings.signers == [
        Signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Văn A"),
        Signature(["GIÁM ĐỐC"], "Lê Thị B"),
    ]
    window.start.buttons["new"].click()
    draft = window.editor.draft
    assert draft is not None
    assert (draft.agency.name, draft.place, draft.archive) == ("SỞ Y TẾ", "Lạng Sơn", "VT, VP")
    assert draft.signature.name == "Hoàng Văn A"
    sign = window.editor.pages[3]
    assert sign.authority.currentData() == "KT." and sign.head.text() == "GIÁM ĐỐC"
    sign.usual.setCurrentIndex(2)
    sign.usual.activated.emit(2)
    sign.apply(draft)
    assert draft.signature == Signature(["GIÁM ĐỐC"], "Lê Thị B")


def test_signer_lines_follow_the_authority(window: MainWindow, store: Store) -> None:
    store.save_settings(Settings())
    window.new_report()
    sign = window.editor.pages[3]
    sign.authority.setCurrentIndex(sign.authority.findData("KT."))
    type_text(sign.head, "giám đốc")
    type_text(sign.signer_title, "phó giám đốc")
    assert sign.lines.lines() == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    sign.authority.setCurrentIndex(sign.authority.findData("Q."))
    assert sign.lines.lines() == ["Q. PHÓ GIÁM ĐỐC"]
    assert not sign.head.isEnabled()
    sign.authority.setCurrentIndex(sign.authority.findData("TM."))
    replace_text(sign.head, "Ủy ban nhân dân")
    replace_text(sign.signer_title, "Chủ tịch")
    assert sign.lines.lines() == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_a_signer_typed_with_none_chosen_is_added_and_keys_are_unique(qtbot: Any) -> None:
    """The signer boxes were disabled until Thêm người ký: a click on them left the focus
    in Cơ quan ban hành, which took the name. Alt+C and Alt+L each named two fields."""
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signer_list.count() == 0
    assert dialog.lines.isEnabled() and dialog.signer_name.isEnabled()
    type_text(dialog.lines, "GIÁM ĐỐC")
    type_text(dialog.signer_name, "Lê Thị B")
    assert dialog.agency_name.text() == ""
    assert dialog.signer_list.count() == 1
    assert dialog.signer_list.item(0).text() == "GIÁM ĐỐC — Lê Thị B"
    assert dialog.settings().signers == [Signature(["GIÁM ĐỐC"], "Lê Thị B")]
    assert clashes(dialog) == {}
