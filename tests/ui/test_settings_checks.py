"""Text rules switched off in the settings: by groups, kept in the store, applied at once;
and the settings dialog never drops the clerk's dictionary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from lanson_report.domain.model import Block, Run, Settings
from lanson_report.domain.textcheck.rules import RULE_GROUPS, RULES
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.common import spellmarks
from lanson_report.ui.dialogs.settingsdialog import SettingsDialog
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs

SPELLING = next(name for name in RULE_GROUPS if name.startswith("Chính tả"))


def test_every_rule_belongs_to_a_group() -> None:
    from test_textcheck_seeded import SEEDS

    seeded = {rule for rule, *_ in SEEDS}
    spelling = {"spelling", "two-tones", "letters", "tone-place", "stop-tone", "telex", "rare"}
    spelling |= {"lone-letter", "no-marks"}
    others = {"word-pair", "foreign", "name", "tone-style", "unit-voice"}  # unit-voice: in
    assert seeded | spelling | others == set(RULES)  # test_consolidate.py, a merged report


def test_the_dialog_keeps_the_dictionary_and_names_the_rules_off(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings(dictionary=["krông"], checks_off=["foreign", "name"]))
    qtbot.addWidget(dialog)
    off = {name for name, box in dialog.checks.items() if not box.isChecked()}
    assert off == {"Từ nước ngoài, tên riêng lạ"}
    dialog.checks[SPELLING].setChecked(False)
    settings = dialog.settings()
    assert settings.dictionary == ["krông"]
    assert set(settings.checks_off) == {"foreign", "name", *RULE_GROUPS[SPELLING]}


def test_a_group_switched_off_leaves_the_list_and_the_underline(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = draftfile.load_path(example_path)
    draft.sections[0].blocks = [Block(runs=[Run("Sở đã tổ chức nghành hội thảo xong.")])]
    window.open_draft(store.create(draft).draft.id)
    editor = window.editor
    editor.go(4)
    findings = editor.preview.findings
    assert any("nghành" in findings.item(i).text() for i in range(findings.count()))

    def switch_off(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettingsDialog)
        dialog.checks[SPELLING].setChecked(False)
        return True

    fake_dialogs.answer("exec_dialog", switch_off)
    window.edit_settings()
    assert set(RULE_GROUPS[SPELLING]) <= set(store.settings().checks_off)
    # at once, without leaving the step (a clerk trial)
    assert not any("nghành" in findings.item(i).text() for i in range(findings.count()))
    editor.go(2)
    assert spellmarks.marks(editor.pages[2].body.toPlainText()) == []
    editor.go(4)
    assert not any("nghành" in findings.item(i).text() for i in range(findings.count()))
