"""Step 4, Ký và nơi nhận: closing sentence, signer, recipients and the archive line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from ....domain.compose import recipient_lines
from ....domain.model import Draft, Recipient, Signature
from ...common.fields import LineEdit, PlainTextEdit, buddy, hint
from ...common.widgets import PrintedText, fixed_lines
from ..binding import Field
from ..recipients import RecipientTable
from ..signer import AUTHORITIES, SignerParts, build_lines, parse_lines
from .base import Page


class SignPage(Page):
    step_name = "sign"
    title = "Ký và nơi nhận"

    def __init__(self) -> None:
        super().__init__()
        self.closing = PlainTextEdit(lines=2)
        self.usual = QComboBox()
        self.authority = QComboBox()
        for key, text in AUTHORITIES:
            self.authority.addItem(text, key)
        self.head = LineEdit(placeholder="VD: GIÁM ĐỐC hoặc ỦY BAN NHÂN DÂN")
        self.signer_title = LineEdit(placeholder="VD: PHÓ GIÁM ĐỐC")
        self.lines = PlainTextEdit(lines=3)
        self.name = LineEdit(placeholder="VD: Nguyễn Thị Hà (không ghi học hàm, học vị)")
        self.recipients = RecipientTable()
        self.archive = LineEdit(placeholder="VD: VT, VP")
        self.preview = PrintedText()
        self.signature_preview = PrintedText()
        self.signature_preview.setAlignment(
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        )
        self.signers: list[Signature] = []
        self._build()
        self.bind(
            Field("closing", self.closing),
            Field("signature.lines", self.signer_title, self.lines.lines, self._show_lines),
            Field("signature.name", self.name),
            Field(
                "recipients",
                self.recipients.table,
                self.recipients.recipients,
                self.recipients.set_recipients,
            ),
            Field("archive", self.archive),
        )
        self.watch(self.lines)
        self.recipients.changed.connect(self.emit_changed)
        self.watch(self.authority, self.head)
        for signal in (
            self.authority.currentIndexChanged,
            self.head.textChanged,
            self.signer_title.textChanged,
        ):
            signal.connect(self._rebuild_lines)
        self.usual.activated.connect(self._use_usual)

    def _build(self) -> None:
        signer = QGroupBox("Người ký")
        grid = QGridLayout(signer)
        rows = (
            ("Ngườ&i ký quen dùng:", self.usual),
            ("Thẩm qu&yền ký:", self.authority),
            ("Ký thay / thay &mặt cho:", self.head),
            ("&Chức vụ người ký:", self.signer_title),
            ("Các &dòng sẽ in:", self.lines),
            ("&Họ và tên:", self.name),
        )
        for row, (label, field) in enumerate(rows):
            grid.addWidget(buddy(label, field), row, 0)
            grid.addWidget(field, row, 1)
        grid.addWidget(QLabel("<b>Sẽ in:</b>"), 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.signature_preview, 6, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)  # keep the rows together at the top
        receivers = QGroupBox("Nơi nhận")
        box = QVBoxLayout(receivers)
        box.addWidget(self.recipients, 1)
        archive_row = QFormLayout()
        archive_row.addRow(buddy("&Lưu:", self.archive), self.archive)
        box.addLayout(archive_row)
        box.addWidget(QLabel("<b>Sẽ in:</b>"))
        box.addWidget(fixed_lines(self.preview, 6))  # five recipients and "Lưu"
        columns = QHBoxLayout()
        columns.addWidget(signer, 1)
        columns.addWidget(receivers, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(buddy("Câu &kết văn bản:", self.closing))
        layout.addWidget(self.closing)
        layout.addWidget(
            hint(
                "Thường kết thúc bằng dấu ./. — ví dụ: “Trên đây là báo cáo … "
                "gửi … theo quy định./.”"
            )
        )
        layout.addLayout(columns, 1)
        self.lines.setTabChangesFocus(True)
        self.recipients.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.recipients.set_read_only(read_only)

    def set_usual_recipients(self, recipients: list[Recipient]) -> None:
        self.recipients.set_usual(recipients)

    def set_signers(self, signers: list[Signature]) -> None:
        """The usual signer blocks from the settings."""
        self.signers = signers
        self.usual.clear()
        self.usual.addItem("— chọn —")
        for signer in signers:
            self.usual.addItem(f"{' / '.join(signer.lines)} — {signer.name}")

    def _show_lines(self, lines: list[str]) -> None:
        parts = parse_lines(lines) or SignerParts()
        loading, self._loading = self._loading, True
        try:
            self.authority.setCurrentIndex(max(0, self.authority.findData(parts.authority)))
            self.head.setText(parts.head)
            self.signer_title.setText(parts.title)
            self.lines.setPlainText("\n".join(lines))
        finally:
            self._loading = loading
        self._enable_head(parts.authority)

    def _enable_head(self, authority: str) -> None:
        self.head.setEnabled(authority not in ("", "Q.") and not self.head.isReadOnly())

    def _rebuild_lines(self, *_args: object) -> None:
        if self._loading:
            return
        parts = SignerParts(
            str(self.authority.currentData()), self.head.text(), self.signer_title.text()
        )
        self._enable_head(parts.authority)
        self.lines.setPlainText("\n".join(build_lines(parts)))

    def _use_usual(self, index: int) -> None:
        if 1 <= index <= len(self.signers):
            signer = self.signers[index - 1]
            loading, self._loading = self._loading, True
            try:
                self._show_lines(signer.lines)
                self.name.setText(signer.name)
            finally:
                self._loading = loading
            self.emit_changed()

    def show_printed(self, draft: Draft) -> None:
        self.preview.setText("\n".join(recipient_lines(draft)))
        lines = "\n".join(draft.signature.lines) or "(chức vụ)"
        self.signature_preview.setText(
            f"{lines}\n\n(ký, đóng dấu)\n\n{draft.signature.name or '(họ và tên)'}"
        )
