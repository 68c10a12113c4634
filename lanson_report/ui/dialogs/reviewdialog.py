"""Cập nhật từ bản Word đã sửa: a leader's review, section by section, each change
accepted or rejected by the clerk; comments kept as to-dos. Nothing is accepted
unless the clerk ticks it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.review import Change, Note, headline

CHANGE_ROLE = Qt.ItemDataRole.UserRole


def _who(change: Change) -> str:
    return ", ".join(change.authors) if change.authors else "sửa không đánh dấu"


class ReviewDialog(QDialog):
    """The changes grouped by where they are; ticking a section ticks its changes."""

    def __init__(
        self,
        found: list[Change],
        comments: list[Note],
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Cập nhật từ bản Word đã sửa")
        self.resize(1100, 640)
        self.found, self.comments = found, comments
        self.summary = QLabel(headline(found, comments))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.intro = QLabel(
            (intro + "\n" if intro else "")
            + "Đánh dấu những chỗ sửa nhận vào báo cáo; chỗ không đánh dấu giữ như bản đã gửi. "
            "Góp ý được giữ thành việc cần làm (chữ xám trong mục, không in) cho đến khi xóa."
        )
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Chỗ sửa", "Người sửa"])
        self.tree.setColumnWidth(0, 820)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName("Các chỗ sửa theo mục")
        self.items: list[tuple[QTreeWidgetItem, Change]] = []
        self.notes: list[tuple[QTreeWidgetItem, Note]] = []
        self._fill()
        accept_all, reject_all = QPushButton("&Nhận tất cả"), QPushButton("&Bỏ tất cả")
        accept_all.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        reject_all.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            "Á&p dụng vào báo cáo", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton("&Hủy", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(accept_all)
        row.addWidget(reject_all)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.tree.itemChanged.connect(self._changed)

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for change in self.found:
            group = groups.get(change.where)
            if group is None:
                group = groups[change.where] = QTreeWidgetItem(self.tree, [change.where, ""])
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                group.setCheckState(0, Qt.CheckState.Unchecked)
                group.setExpanded(True)
            item = QTreeWidgetItem(group, [change.summary, _who(change)])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, change.summary)
            item.setData(0, CHANGE_ROLE, len(self.items))
            self.items.append((item, change))
        if self.comments:
            group = QTreeWidgetItem(self.tree, ["Góp ý (giữ làm việc cần làm)", ""])
            group.setExpanded(True)
            for note in self.comments:
                text = f"{note.where}: {note.text}"
                if note.anchor:
                    text += f" (tại “{note.anchor}”)"
                item = QTreeWidgetItem(group, [text, note.author])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
                self.notes.append((item, note))
        self.groups = list(groups.values())
        for group in self.groups:
            group.setText(1, f"{group.childCount()} chỗ")

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        """A section's box ticks or clears every change under it."""
        if column != 0 or item.parent() is not None or item.childCount() == 0:
            return
        state = item.checkState(0)
        if state == Qt.CheckState.PartiallyChecked:
            return
        self.tree.blockSignals(True)
        for index in range(item.childCount()):
            child = item.child(index)
            if child is not None:
                child.setCheckState(0, state)
        self.tree.blockSignals(False)

    def _tick_all(self, state: Qt.CheckState) -> None:
        self.tree.blockSignals(True)
        for item, _change in self.items:
            item.setCheckState(0, state)
        for group in self.groups:
            group.setCheckState(0, state)
        self.tree.blockSignals(False)

    def accepted_changes(self) -> list[Change]:
        return [
            change for item, change in self.items if item.checkState(0) == Qt.CheckState.Checked
        ]

    def kept_notes(self) -> list[Note]:
        return [note for item, note in self.notes if item.checkState(0) == Qt.CheckState.Checked]
