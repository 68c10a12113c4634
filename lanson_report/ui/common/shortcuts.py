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
    ("Delete", "Xóa báo cáo đang chọn (vào thùng rác)"),
    ("Ctrl+F / Ctrl+H", "Trong báo cáo đang soạn: tìm chữ / tìm và thay trong cả văn bản"),
    ("Ctrl+S", "Lưu ngay (chương trình vẫn tự lưu sau vài giây)"),
    ("Ctrl+E", "Xuất PDF"),
    ("Ctrl+P", "In"),
    ("Ctrl+L", "Về danh sách báo cáo"),
    ("Ctrl+PgDown / Alt+P", "Bước sau"),
    ("Ctrl+PgUp / Alt+Q", "Bước trước"),
    ("Alt + chữ gạch chân", "Đến ô hoặc bấm nút có chữ đó gạch chân (bấm Alt để thấy)"),
    ("Tab / Shift+Tab", "Sang ô sau / ô trước"),
    ("Enter", "Bấm nút đang chọn"),
    ("Ctrl+Z / Ctrl+Y", "Hoàn tác / làm lại khi gõ chữ"),
    ("Ctrl+B, Ctrl+I, Ctrl+U", "Chữ đậm, nghiêng, gạch chân (trong nội dung mục)"),
    ("Ctrl+0, Ctrl+1, Ctrl+2", "Đoạn văn thường, gạch đầu dòng (-), ý nhỏ (+)"),
    ("Ctrl+Alt+F", "Thêm chú thích cuối trang tại chỗ con trỏ"),
    ("F2", "Sửa bảng đang đứng cạnh con trỏ (hoặc nháy đúp vào bảng)"),
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
