"""Vietnamese for the texts Qt itself shows: standard buttons, edit menus, spin boxes,
the file and print dialogs, and the calendar of a date box (by the default locale).

Qt ships no Vietnamese translation, so a small translator answers from this table.
Our own dialogs set their button texts explicitly as well.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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
    "File &name:": "&Tên tệp:",
    "&Save": "&Lưu",
    "&Open": "&Mở",
    "&Choose": "&Chọn",
    # The print dialog (Linux; Windows shows its own), its options and the properties.
    "&Name:": "&Tên:",
    "P&roperties": "Th&uộc tính",
    "Printer Properties": "Thuộc tính máy in",
    "Location:": "Vị trí:",
    "Type:": "Loại:",
    "Output &file:": "&Tệp ra:",
    "Print to File (PDF)": "In ra tệp (PDF)",
    "Print range": "Phạm vi in",
    "Print all": "In tất cả",
    "Pages from": "Từ trang",
    "to": "đến",
    "Current Page": "Trang đang xem",
    "Selection": "Phần đã chọn",
    "Page &Set:": "&Nhóm trang:",
    "All Pages": "Mọi trang",
    "Odd Pages": "Trang lẻ",
    "Even Pages": "Trang chẵn",
    "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
    "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.": (
        "Ghi các trang hoặc khoảng trang, cách nhau bởi dấu phẩy; một khoảng trang là hai số "
        "nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9."
    ),
    "Output Settings": "Thiết lập bản in",
    "Copies:": "Số bản:",
    "Collate": "In theo bộ",
    "Reverse": "In từ trang cuối",
    "Options": "Tùy chọn",
    "Color Mode": "Chế độ màu",
    "Color": "Màu",
    "Grayscale": "Đen trắng",
    "Double Sided Printing": "In hai mặt",
    "Off": "Không",
    "Long side binding": "Lật theo cạnh dài",
    "Short side binding": "Lật theo cạnh ngắn",
    "Preview": "Xem trước",
    "Advanced": "Nâng cao",
    "Paper": "Giấy",
    "Page size:": "Khổ giấy:",
    "Width:": "Rộng:",
    "Height:": "Cao:",
    "Paper source:": "Khay giấy:",
    "Orientation": "Hướng giấy",
    "Portrait": "Dọc",
    "Landscape": "Ngang",
    "Reverse landscape": "Ngang, quay ngược",
    "Reverse portrait": "Dọc, quay ngược",
    "Margins": "Lề",
    "top margin": "lề trên",
    "bottom margin": "lề dưới",
    "left margin": "lề trái",
    "right margin": "lề phải",
    "Page Layout": "Bố cục trang",
    "Pages &per sheet:": "Số trang mỗi &tờ:",
    "Page &order:": "Thứ tự t&rang:",
    "Custom": "Tùy chỉnh",
    "Millimeters (mm)": "Milimét (mm)",
    "Points (pt)": "Điểm (pt)",
    "Inches (in)": "Inch (in)",
    "Job Options": "Lệnh in",
    "Job Control": "Điều khiển lệnh in",
    "Job &priority:": "Độ ưu &tiên:",
    "Scheduled &printing:": "Hẹn &giờ in:",
    "Print Immediately": "In ngay",
    "Hold Indefinitely": "Giữ lại, chưa in",
    "Specific Time": "Vào giờ đã hẹn",
    "Banner Pages": "Tờ bìa lệnh in",
    "&Start:": "Tờ &đầu:",
    "&End:": "Tờ &cuối:",
    "&Billing information:": "Thông tin &thanh toán:",
    "There are conflicts in some options. Please fix them.": (
        "Một số tùy chọn mâu thuẫn với nhau. Hãy sửa lại."
    ),
    # Qt's own file dialog (Linux; Windows shows its own). Its keys carry the accelerator.
    "&Look in:": "&Tìm trong:",
    "Files of &type:": "&Loại tệp:",
    "Back": "Lùi",
    "Forward": "Tiến",
    "Parent Directory": "Thư mục cha",
    "Create New Folder": "Tạo thư mục mới",
    "Create a New Folder": "Tạo thư mục mới",
    "List View": "Dạng danh sách",
    "Detail View": "Dạng chi tiết",
    "Go back": "Quay lại",
    "Go forward": "Đi tiếp",
    "Go to the parent directory": "Lên thư mục cha",
    "Change to list view mode": "Xem dạng danh sách",
    "Change to detail view mode": "Xem dạng chi tiết",
    "List of places and bookmarks": "Các nơi hay dùng",
    "Name": "Tên",
    "Size": "Cỡ",
    "Type": "Loại",
    "Date Modified": "Ngày sửa",
    "&New Folder": "&Thư mục mới",
    "&Rename": "Đổi &tên",
    "&Delete": "&Xóa",
    "Show &hidden files": "Hiện tệp ẩ&n",
    "All Files (*)": "Mọi tệp (*)",
    "Computer": "Máy tính",
    "My Computer": "Máy tính",
    "Files": "Tệp",
    "Folder": "Thư mục",
    "Directory:": "Thư mục:",
    "&Directory:": "&Thư mục:",
    "Directories": "Thư mục",
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
    """The translator above, and Vietnamese as the locale widgets take their names of
    months and days from (the date boxes' calendars)."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translator = Translator(app)
    app.installTranslator(translator)
    return translator
