"""The keys a clerk can use instead of the mouse, listed where they look for them (F1).

Also makes Enter press the focused button, as it does in every Windows dialog: Qt only
does so inside dialogs, so a clerk tabbing to "Tiếp theo" and pressing Enter got nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from .. import dialogs

SHORTCUTS = (
    ("Ctrl+N", "Văn bản mới"),
    ("Ctrl+O", "Nhập tệp bản nháp"),
    ("Ctrl+F", "Tìm báo cáo (trong danh sách); Enter mở báo cáo duy nhất tìm thấy"),
    ("Ctrl+S", "Lưu ngay (chương trình vẫn tự lưu sau vài giây)"),
    ("Ctrl+E", "Xuất PDF"),
    ("Ctrl+P", "In"),
    ("Ctrl+L", "Về danh sách báo cáo"),
    ("Ctrl+PgDown / Alt+P", "Bước sau"),
    ("Ctrl+PgUp / Alt+Q", "Bước trước"),
    ("Alt + chữ gạch chân", "Đến ô hoặc bấm nút có chữ đó gạch chân (bấm Alt để thấy)"),
    ("Tab / Shift+Tab", "Sang ô sau / ô trước"),
    ("Enter", "Bấm nút đang chọn"),
    ("Ctrl+B, Ctrl+I, Ctrl+U", "Chữ đậm, nghiêng, gạch chân (trong nội dung mục)"),
    ("Delete", "Xóa báo cáo đang chọn (vào thùng rác)"),
    ("F1", "Danh sách phím tắt này"),
    ("Ctrl+Q", "Thoát"),
)


def shortcut_text() -> str:
    return "\n".join(f"{keys}:  {what}" for keys, what in SHORTCUTS)


def show(parent: QWidget | None) -> None:
    dialogs.info(parent, "Phím tắt", shortcut_text())


def enter_presses_buttons(root: QWidget) -> None:
    """Enter on a focused push button clicks it (autoDefault does this outside dialogs too)."""
    for button in root.findChildren(QPushButton):
        if button.menu() is None:  # a menu button would open its menu modally
            button.setAutoDefault(True)
