"""Cài đặt: the agency's defaults for new reports, its usual signers and recipients, kept
in the store."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Agency, Recipient, Settings, Signature
from ...domain.textcheck.rules import RULE_GROUPS
from ..common.fields import LineEdit, PlainTextEdit, buddy, hint, ok_cancel
from ..common.widgets import button, button_row

# `Bộ Khoa học và Công nghệ (b/c)`: a usual note in brackets at the end of a recipient's line
NOTE = re.compile(r"^(.*?)\s*\((để [^()]+|[a-zđ]{1,2}/[a-zđ]{1,2})\)$")


def recipient_line(recipient: Recipient) -> str:
    return f"{recipient.name} ({recipient.note})" if recipient.note else recipient.name


def read_recipient(line: str) -> Recipient:
    match = NOTE.match(line)
    return Recipient(match[1], match[2]) if match else Recipient(line)


def _describe(signer: Signature) -> str:
    return f"{' / '.join(signer.lines) or '(chưa có chức vụ)'} — {signer.name or '(chưa có tên)'}"


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Cài đặt cơ quan")
        self.resize(860, 690)  # with its title bar, above the taskbar of a 768-pixel screen
        self.signers = [Signature(list(s.lines), s.name) for s in settings.signers]
        self.dictionary = list(settings.dictionary)  # kept as is: edited from the menu
        self.checks = {
            name: QCheckBox(name) for name in RULE_GROUPS
        }  # a group is on unless all its rules are off
        for name, box in self.checks.items():
            box.setChecked(not set(RULE_GROUPS[name]) <= set(settings.checks_off))
        self.parent_name = LineEdit(placeholder="VD: UBND TỈNH LẠNG SƠN")
        self.agency_name = LineEdit(placeholder="VD: SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        self.abbreviation = LineEdit(placeholder="VD: SKHCN")
        self.place = LineEdit(placeholder="VD: Lạng Sơn")
        self.archive = LineEdit(placeholder="VD: VT")
        self.unit = LineEdit(placeholder="VD: VP (Lưu: VT, VP)")
        self.recipients = PlainTextEdit(lines=4)
        self.recipients.setMaximumHeight(16777215)  # as tall as the agency's lines beside it
        self.recipients.setPlaceholderText(
            "Mỗi dòng một nơi nhận, ghi chú trong ngoặc, VD:\nUBND tỉnh (b/c)\nLãnh đạo Sở"
        )
        self.recipients.setPlainText("\n".join(recipient_line(r) for r in settings.recipients))
        self.footer = PlainTextEdit(lines=2)  # a công văn's page-1 address footer
        self.footer.setPlaceholderText(
            "In ở chân trang 1 của công văn, tối đa 3 dòng, VD: Địa chỉ: Số 35 đường Lê Lợi…; "
            "Điện thoại: …; Email: …; Website: …"
        )
        self.footer.setPlainText(settings.footer)
        for field, value in (
            (self.parent_name, settings.agency.parent),
            (self.agency_name, settings.agency.name),
            (self.abbreviation, settings.agency.abbreviation),
            (self.place, settings.place),
            (self.archive, settings.archive),
            (self.unit, settings.unit),
        ):
            field.setText(value)
        self.signer_list = QListWidget()
        self.lines = PlainTextEdit(lines=3)
        self.signer_name = LineEdit()
        self._build()
        for signer in self.signers:
            self.signer_list.addItem(_describe(signer))
        self.signer_list.currentRowChanged.connect(self._select)
        self.lines.textChanged.connect(self._edited)
        self.signer_name.textChanged.connect(self._edited)
        self.signer_list.setCurrentRow(0 if self.signers else -1)
        self._select(self.signer_list.currentRow())

    def _build(self) -> None:
        agency = QGroupBox("Cơ quan (điền sẵn cho mỗi báo cáo mới)")
        form = QFormLayout()
        form.addRow(buddy("Cơ quan &chủ quản:", self.parent_name), self.parent_name)
        form.addRow(buddy("Cơ quan &ban hành:", self.agency_name), self.agency_name)
        form.addRow(buddy("Chữ &viết tắt:", self.abbreviation), self.abbreviation)
        form.addRow(buddy("Địa &danh:", self.place), self.place)
        form.addRow(buddy("Lưu (&nơi lưu bản chính):", self.archive), self.archive)
        form.addRow(buddy("Đơn vị s&oạn thảo (viết tắt):", self.unit), self.unit)
        usual = QVBoxLayout()  # beside the agency's lines: the dialog fits a 768-pixel screen
        usual.addWidget(buddy("Nơi nhận &quen dùng:", self.recipients))
        usual.addWidget(self.recipients, 1)
        usual.addWidget(buddy("Chân trang công văn (địa chỉ, điện thoại, &email):", self.footer))
        usual.addWidget(self.footer)
        beside = QHBoxLayout(agency)
        beside.addLayout(form, 3)
        beside.addLayout(usual, 2)
        signers = QGroupBox("Người ký quen dùng")
        editor = QFormLayout()
        editor.addRow(buddy("Các dòn&g chức vụ:", self.lines), self.lines)
        editor.addRow(QLabel(""), hint("Mỗi dòng một dòng in, VD: KT. GIÁM ĐỐC rồi PHÓ GIÁM ĐỐC"))
        editor.addRow(buddy("&Họ và tên:", self.signer_name), self.signer_name)
        right = QVBoxLayout()
        right.addLayout(editor)
        self.add_button = button("&Thêm người ký", self._add)
        self.remove_button = button("&Xóa người ký", self._remove)
        right.addLayout(button_row(self.add_button, self.remove_button))
        right.addStretch(1)
        row = QHBoxLayout(signers)
        row.addWidget(self.signer_list, 1)
        row.addLayout(right, 1)
        buttons = ok_cancel("&Lưu cài đặt")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        checks = QGroupBox("Kiểm tra chính tả và trình bày (bỏ chọn để tắt)")
        grid = QGridLayout(checks)
        for index, box in enumerate(self.checks.values()):
            grid.addWidget(box, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(agency)
        layout.addWidget(signers, 1)
        layout.addWidget(checks)
        layout.addWidget(buttons)

    def _select(self, row: int) -> None:
        """Show the chosen signer; with none chosen the boxes stay open: typing adds one."""
        signer = self.signers[row] if 0 <= row < len(self.signers) else None
        for widget in (self.lines, self.signer_name):
            widget.blockSignals(True)
        self.lines.setPlainText("\n".join(signer.lines) if signer else "")
        self.signer_name.setText(signer.name if signer else "")
        for widget in (self.lines, self.signer_name):
            widget.blockSignals(False)

    def _edited(self) -> None:
        row = self.signer_list.currentRow()
        if not 0 <= row < len(self.signers) and (self.lines.lines() or self.signer_name.value()):
            self.signers.append(Signature([], ""))  # typed with no signer chosen: a new one
            self.signer_list.addItem("")
            self.signer_list.blockSignals(True)  # keep the boxes as typed
            self.signer_list.setCurrentRow(len(self.signers) - 1)
            self.signer_list.blockSignals(False)
            row = len(self.signers) - 1
        if 0 <= row < len(self.signers):
            self.signers[row] = Signature(self.lines.lines(), self.signer_name.value())
            self.signer_list.item(row).setText(_describe(self.signers[row]))

    def _add(self) -> None:
        self.signers.append(Signature([], ""))
        self.signer_list.addItem(_describe(self.signers[-1]))
        self.signer_list.setCurrentRow(len(self.signers) - 1)
        self.lines.setFocus()

    def _remove(self) -> None:
        row = self.signer_list.currentRow()
        if 0 <= row < len(self.signers):
            del self.signers[row]
            self.signer_list.takeItem(row)
            self._select(self.signer_list.currentRow())

    def settings(self) -> Settings:
        agency = Agency(
            self.parent_name.value(), self.agency_name.value(), self.abbreviation.value()
        )
        signers = [s for s in self.signers if s.lines or s.name]
        off = [
            r for name, box in self.checks.items() if not box.isChecked() for r in RULE_GROUPS[name]
        ]
        archive = self.archive.value() or "VT"
        recipients = [read_recipient(line) for line in self.recipients.lines()]
        return Settings(
            agency,
            self.place.value(),
            signers,
            archive,
            self.dictionary,
            off,
            recipients,
            self.unit.value(),
            "\n".join(self.footer.lines()),
        )
