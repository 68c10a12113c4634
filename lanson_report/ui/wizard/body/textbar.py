"""The body editor's toolbar: paragraph kind, bold, italic, underline (Ctrl+B/I/U)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolBar, QWidget

from ....domain.model import BlockKind
from ...dialogs.oldcode import convert_text_selection
from .richtext import RichTextEdit, block_kind

# Qt draws list marks as • and ◦ and cannot draw "-" or "+", so each button names both
# marks: the one the clerk sees while typing and the one the paper will carry.
KINDS: tuple[tuple[BlockKind, str, str, str], ...] = (
    ("paragraph", "Đoạn văn", "Ctrl+0", "Đoạn văn thường, không có dấu đầu dòng"),
    (
        "bullet",
        "• Gạch đầu dòng (in -)",
        "Ctrl+1",
        "Ý có dấu gạch đầu dòng: trên màn hình hiện dấu •, khi in và xuất PDF là dấu “-”",
    ),
    (
        "subbullet",
        "◦ Ý nhỏ (in +)",
        "Ctrl+2",
        "Ý nhỏ, lùi vào thêm: trên màn hình hiện dấu ◦, khi in và xuất PDF là dấu “+”",
    ),
)
FORMATS = (
    ("bold", "Đậm", QKeySequence.StandardKey.Bold),
    ("italic", "Nghiêng", QKeySequence.StandardKey.Italic),
    ("underline", "Gạch chân", QKeySequence.StandardKey.Underline),
)


class TextBar(QToolBar):
    """Đậm, Nghiêng and Gạch chân come first: beside the printed page the bar is narrow, and
    what does not fit goes behind "»" from the end, never the marks used most. Chuyển mã and
    Chú thích sit on a bar of their own (`tools`), which the page puts beside the tables'."""

    def __init__(self, editor: RichTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.kinds: dict[str, QAction] = {}
        self.formats: dict[str, QAction] = {}
        for flag, text, standard in FORMATS:
            action = self._action(text, QKeySequence(standard), text)
            font = action.font()
            font.setBold(flag == "bold")
            font.setItalic(flag == "italic")
            font.setUnderline(flag == "underline")
            action.setFont(font)
            action.triggered.connect(lambda on, f=flag: editor.toggle(f, on))
            self.formats[flag] = action
        self.addSeparator()
        group = QActionGroup(self)
        for kind, text, keys, tip in KINDS:
            action = self._action(text, QKeySequence(keys), tip)
            action.triggered.connect(lambda _c=False, k=kind: editor.set_kind(k))
            group.addAction(action)
            self.kinds[kind] = action
        self.tools = QToolBar()
        self.convert = QAction("Chuyển mã chữ cũ…", self.tools)
        self.convert.setToolTip(
            "Chuyển đoạn đã chọn (bôi đen) từ chữ TCVN3 (.VnTime), VNI hoặc VIQR sang Unicode"
        )
        self.convert.triggered.connect(lambda: convert_text_selection(editor))
        self.footnote = QAction("Chú thích…", self.tools)
        self.footnote.setShortcut(QKeySequence("Ctrl+Alt+F"))  # as in Word
        self.footnote.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.footnote.setToolTip(
            "Chèn chú thích cuối trang sau chữ ở con trỏ, hoặc sửa, xóa chú thích ở đó "
            "(Ctrl+Alt+F); khi in, lời chú thích nằm ở chân trang"
        )
        self.footnote.triggered.connect(editor.edit_footnote)
        editor.addAction(self.footnote)
        self.tools.addAction(self.footnote)
        self.tools.addAction(self.convert)
        editor.cursorPositionChanged.connect(self.sync)
        editor.currentCharFormatChanged.connect(self.sync)
        self.sync()

    def _action(self, text: str, keys: QKeySequence, tip: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.editor.addAction(action)  # the shortcut works while the editor has focus
        self.addAction(action)
        return action

    def sync(self, *_args: object) -> None:
        """Show the format and kind under the cursor."""
        fmt = self.editor.currentCharFormat()
        self.formats["bold"].setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.formats["italic"].setChecked(fmt.fontItalic())
        self.formats["underline"].setChecked(fmt.fontUnderline())
        self.kinds[block_kind(self.editor.textCursor().block())].setChecked(True)


def tool_row(*bars: QToolBar) -> QHBoxLayout:
    """Toolbars side by side on one row, the last one taking what room is left."""
    row = QHBoxLayout()
    row.setSpacing(0)
    for bar in bars:
        row.addWidget(bar, 1 if bar is bars[-1] else 0)
    return row
