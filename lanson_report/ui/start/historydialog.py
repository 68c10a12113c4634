"""Lịch sử: earlier saved states of a draft, each viewable and restorable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import describe
from ..common.fields import plain_label
from ..common.plaintext import draft_text
from ..common.texts import status_label, when

NUMBER = Qt.ItemDataRole.UserRole


def status_lines(store: Any, draft_id: str) -> list[str]:
    """The status changes, newest first: printed, issued, and issues taken back with
    their reason."""
    lines = []
    for event in reversed(store.status_events(draft_id)):
        if event.status == event.previous:  # a review brought in: its label says it all
            lines.append(f"{event.at.astimezone():%d/%m/%Y %H:%M}: {event.reason}")
            continue
        line = (
            f"{event.at.astimezone():%d/%m/%Y %H:%M}: {status_label(event.previous)} → "
            f"{status_label(event.status)}"
        )
        if event.unissued:
            line += f" (hủy ban hành; lý do: {event.reason or 'không ghi'})"
        lines.append(line)
    return lines


def compared(chosen: Any, base: Any, number: int, name: str) -> str:
    """What the chosen save says where it differs from another, section by section, with
    only the changed words: "Mục 2: sửa: … [02 → 03] tin, bài"."""
    from ...domain import review

    found = review.changes(base, chosen)
    if not found:
        return f"Lần {number} giống hệt {name}."
    lines = [f"Lần {number} so với {name}: {len(found)} chỗ khác."]
    lines += [f"{change.where}: {change.summary}" for change in found]
    return "\n".join(lines)


def saved_changes(store: Any, draft_id: str) -> list[tuple[Any, str]]:
    """Each saved version, newest first, with what it changed from the one before it."""
    versions = sorted(store.history(draft_id), key=lambda v: v.number)
    drafts = [store.version(draft_id, version.number) for version in versions]
    changes = [describe(old, new) for old, new in zip([None, *drafts], drafts, strict=False)]
    return list(reversed(list(zip(versions, changes, strict=True))))


class HistoryDialog(QDialog):
    def __init__(self, store: Any, draft_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.draft_id = store, draft_id
        self.chosen: int | None = None
        current = store.get(draft_id)
        self.setWindowTitle("Lịch sử các lần lưu")
        self.resize(980, 600)
        self.versions = QListWidget()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.changes = QPlainTextEdit()  # what the chosen save changed, word by word
        self.changes.setReadOnly(True)
        self.against = QComboBox()  # … against which other save
        self.against.setAccessibleName("So với")
        self.tabs = QTabWidget()
        for version, change in saved_changes(store, draft_id):
            item = QListWidgetItem(
                f"Lần {version.number} — {version.saved.astimezone():%d/%m/%Y %H:%M:%S}\n"
                f"{version.title or '(chưa có trích yếu)'}\n{change[0].upper()}{change[1:]}"
            )
            item.setToolTip(change)
            item.setData(NUMBER, version.number)
            self.versions.addItem(item)
        self.buttons = QDialogButtonBox()
        self.restore = self.buttons.addButton(
            "&Khôi phục bản này", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton("Đóng", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        title = current.draft.title or "(chưa có trích yếu)"
        self.intro = plain_label(
            f"“{title}” — bản hiện tại lưu lúc {when(current.modified)}.\n"
            "Chọn một lần lưu trước để xem; “Khôi phục” đưa văn bản về đúng bản đó "
            "(bản hiện tại vẫn được giữ trong lịch sử)."
        )
        self.intro.setWordWrap(True)
        statuses = status_lines(store, draft_id)
        self.statuses = plain_label("Đổi trạng thái:\n" + "\n".join(statuses[:8]))
        self.statuses.setVisible(bool(statuses))
        compare = QWidget()
        compare_layout = QVBoxLayout(compare)
        against_row = QHBoxLayout()
        against_label = QLabel("&So với:")
        against_label.setBuddy(self.against)
        against_row.addWidget(against_label)
        against_row.addWidget(self.against, 1)
        compare_layout.addLayout(against_row)
        compare_layout.addWidget(self.changes, 1)
        self.tabs.addTab(compare, "Những chỗ khác")
        self.tabs.addTab(self.text, "Toàn văn bản này")
        self.against.addItem("bản hiện tại", None)
        for version, _change in saved_changes(store, draft_id):
            when_saved = f"{version.saved.astimezone():%d/%m/%Y %H:%M:%S}"
            self.against.addItem(f"lần {version.number} — {when_saved}", version.number)
        self.against.currentIndexChanged.connect(lambda _i: self._show(self.versions.currentItem()))
        row = QHBoxLayout()
        row.addWidget(self.versions, 1)
        row.addWidget(self.tabs, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.statuses)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.versions.currentItemChanged.connect(self._show)
        self.versions.setWordWrap(True)
        self.versions.setAlternatingRowColors(True)  # entries of three lines each, told apart
        if self.versions.count():
            self.versions.setCurrentRow(0)
        else:
            self.text.setPlainText("Báo cáo chưa có lần lưu nào trước bản hiện tại.")
        self.restore.setEnabled(self.versions.count() > 0)

    def _show(self, item: QListWidgetItem | None, *_args: object) -> None:
        if item is None:
            return
        number = int(item.data(NUMBER))
        chosen = self.store.version(self.draft_id, number)
        self.text.setPlainText(draft_text(chosen))
        other = self.against.currentData()
        if other is None:
            base, name = self.store.get(self.draft_id).draft, "bản hiện tại"
        else:
            base, name = self.store.version(self.draft_id, int(other)), f"lần {other}"
        self.changes.setPlainText(compared(chosen, base, number, name))

    def _accept(self) -> None:
        item = self.versions.currentItem()
        if item is not None:
            self.chosen = int(item.data(NUMBER))
            self.accept()
