"""Vietnamese for the texts Qt itself shows: standard buttons, edit menus, spin boxes.

Qt ships no Vietnamese translation, so a small translator answers from this table.
Our own dialogs set their button texts explicitly as well.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

# Qt source text (accelerator included) -> Vietnamese, whatever the Qt context.
TEXTS = {
    "OK": "OK",
    "&OK": "&OK",
    "Cancel": "Hủy",
    "&Cancel": "&Hủy",
    "Yes": "Có",
    "&Yes": "&Có",
    "No": "Không",
    "&No": "&Không",
    "Close": "Đóng",
    "Save": "Lưu",
    "Open": "Mở",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Help": "Trợ giúp",
    "Discard": "Bỏ",
    "Don't Save": "Không lưu",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Abort": "Dừng",
    "Yes to &All": "Có tất cả",
    "N&o to All": "Không tất cả",
    "Show Details...": "Xem chi tiết…",
    "Hide Details...": "Ẩn chi tiết…",
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "Cắ&t",
    "&Copy": "&Sao chép",
    "Copy &Link Location": "Sao chép địa chỉ liên kết",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
    "&Step up": "&Tăng",
    "Step &down": "&Giảm",
    "&Print": "&In",
    "Print": "In",
    "Print To File ...": "In ra tệp…",
    "&Options >>": "&Tùy chọn >>",
    "&Options <<": "&Tùy chọn <<",
    "Printer": "Máy in",
    "Copies": "Số bản",
    "Pages": "Trang",
    "Page": "Trang",
    "Look in:": "Tìm trong:",
    "File &name:": "&Tên tệp:",
    "Files of type:": "Loại tệp:",
    "&Save": "&Lưu",
    "&Open": "&Mở",
    "&Choose": "&Chọn",
}


class Translator(QTranslator):
    """Answers Qt's own tr() calls from TEXTS; other texts come back unchanged."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return TEXTS.get(source, source)  # never None: that would be the null translation

    def isEmpty(self) -> bool:
        return False


def install(app: QCoreApplication) -> Translator:
    translator = Translator(app)
    app.installTranslator(translator)
    return translator
