"""The strips above and below the wizard pages: title and status; save state, Back, Next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Draft
from ...store.statuslog import Mismatch
from ..common.texts import status_label

READ_ONLY = (
    "Báo cáo đã ban hành: chỉ xem và in. Muốn làm báo cáo tương tự, hãy quay về danh "
    "sách và chọn “Nhân bản sang năm khác”; muốn sửa chính văn bản này (ghi nhầm số, "
    "ngày…), chọn Đổi trạng thái › Hủy ban hành và ghi lý do."
)


class Header(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.to_list = QPushButton("← Danh sách văn bản")
        self.to_list.setToolTip("Về danh sách báo cáo (Ctrl+L)")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.find_button = QPushButton("Tìm, thay…")
        self.find_button.setToolTip("Tìm chữ trong cả văn bản (Ctrl+F), tìm và thay (Ctrl+H)")
        self.status = QLabel()
        self.status_button = QPushButton("Đổi t&rạng thái")
        menu = QMenu(self.status_button)
        self.mark_draft = menu.addAction("Trở lại Nháp")
        self.mark_printed = menu.addAction("Đánh dấu Đã in để ký")
        self.mark_issued = menu.addAction("Ban hành (ghi số, ngày)…")
        self.unissue = menu.addAction("Hủy ban hành (ghi lý do)…")
        self.status_button.setMenu(menu)
        self.banner = QLabel(READ_ONLY)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; border: 1px solid #e0c060; padding: 6px;")
        self.drift = QLabel()  # the text no longer matches the paper printed or issued
        self.drift.setWordWrap(True)
        self.drift.setTextFormat(Qt.TextFormat.PlainText)
        self.drift.setStyleSheet("background: #fde2e1; border: 1px solid #c0392b; padding: 6px;")
        self.drift.setAccessibleName("Cảnh báo: đã sửa sau khi in hoặc ban hành")
        self.drift.hide()
        row = QHBoxLayout()
        row.addWidget(self.to_list)
        row.addWidget(self.title, 1)
        row.addWidget(self.find_button)
        row.addWidget(self.status)
        row.addWidget(self.status_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.drift)

    def show_draft(self, draft: Draft, status: str) -> None:
        title = f"{draft.kind.label}: {draft.title or '(chưa có trích yếu)'}"
        metrics = self.title.fontMetrics()
        self.title.setText(metrics.elidedText(title, Qt.TextElideMode.ElideRight, 760))
        self.title.setToolTip(title)
        self.status.setText(f"Trạng thái: <b>{status_label(status)}</b>")
        self.banner.setVisible(status == "issued")
        self.mark_draft.setEnabled(status == "printed")
        self.mark_printed.setEnabled(status == "draft")
        self.mark_issued.setEnabled(status != "issued")
        self.unissue.setEnabled(status == "issued")

    def show_drift(self, drift: Mismatch | None) -> None:
        """Say so when the saved text differs from the paper that was signed or issued."""
        if drift is None:
            self.drift.hide()
            return
        when = drift.event.at.astimezone().strftime("%d/%m/%Y %H:%M")
        if drift.kind == "printed":
            text = (
                f"Đã sửa sau khi in để ký (in lúc {when}): bản giấy trình ký không còn khớp "
                "với văn bản này. Hãy in lại để trình ký, hoặc chọn «Trở lại Nháp»."
            )
        else:
            text = (
                f"Đã sửa sau khi ban hành: văn bản đã ban hành không còn khớp với bản này "
                f"(hủy ban hành lúc {when}, lý do: {drift.event.reason or 'không ghi'})."
            )
        self.drift.setText(text)
        self.drift.show()


class Footer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = QLabel()
        self.saved.setAccessibleName("Trạng thái lưu")
        self.back = QPushButton("← &Quay lại")
        self.next = QPushButton("Tiế&p theo →")
        self.next.setDefault(False)
        self.back.setToolTip("Bước trước (Alt+Q hoặc Ctrl+PgUp)")
        self.next.setToolTip("Bước sau (Alt+P hoặc Ctrl+PgDown)")
        self.live = QPushButton("X&em trang in bên cạnh")
        self.live.setCheckable(True)
        self.live.setToolTip("Hiện trang in thật bên cạnh khi soạn; cập nhật khi ngừng gõ")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.saved, 1)
        row.addWidget(self.live)
        row.addWidget(self.back)
        row.addWidget(self.next)

    def show_saved(self, text: str) -> None:
        self.saved.setStyleSheet("")
        self.saved.setText(text)

    def show_error(self, text: str) -> None:
        self.saved.setStyleSheet("color: #b00020; font-weight: bold;")
        self.saved.setText(text)
