"""The user guide's screenshots of tables and appendices (docs/screenshots/18-22*.png).

    .venv/bin/python tools/screenshots_tables.py [--out DIR]

Uses the version-2 example (tests/fixtures/bao-cao-v2-bang-phu-luc.json): its table in
the content step, the table editor, a range pasted from a spreadsheet (the clipboard as
Excel fills it), its landscape appendix, and that appendix's page in the preview step.
Offscreen, no clicks needed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from PySide6.QtCore import QMimeData, QPointF  # noqa: E402, TID251 (a Qt tool)
from PySide6.QtGui import QGuiApplication  # noqa: E402, TID251
from screenshots import SIZE, grab, settle  # noqa: E402

from lanson_report.domain.model import Table  # noqa: E402
from lanson_report.domain.tables.tablegrid import blank_table  # noqa: E402
from lanson_report.files import draftfile  # noqa: E402
from lanson_report.store import Store  # noqa: E402
from lanson_report.ui import app as uiapp  # noqa: E402
from lanson_report.ui.mainwindow import MainWindow  # noqa: E402
from lanson_report.ui.wizard.body.tableeditor import TableEditor  # noqa: E402
from lanson_report.ui.wizard.pages.content import ContentPage  # noqa: E402
from lanson_report.ui.wizard.session import Session  # noqa: E402

EXAMPLE = REPO / "tests" / "fixtures" / "bao-cao-v2-bang-phu-luc.json"
# What Excel puts on the clipboard for a range with a merged heading (shortened).
EXCEL_TEXT = (
    "TT\tĐơn vị\tDiện tích (ha)\t\tNăng suất (tạ/ha)\r\n"
    "\t\tKế hoạch\tThực hiện\t\r\n"
    "1\tXã Tân Thanh\t1.025\t1.040,5\t52,3\r\n"
    "2\tXã Hoàng Đồng\t860\t912\t49,8\r\n"
    "3\tXã Mai Pha\t715,5\t698\t51,0\r\n"
    "\tCộng\t2.600,5\t2.650,5\t51,2\r\n"
)
EXCEL_HTML = """<html><head><style>.xl65{mso-number-format:"\\#\\,\\#\\#0";}</style></head>
<body><!--StartFragment--><table>
<tr><td rowspan=2>TT</td><td rowspan=2>Đơn vị</td><td colspan=2>Diện tích (ha)</td>
<td rowspan=2>Năng suất<br>(tạ/ha)</td></tr>
<tr><td>Kế hoạch</td><td>Thực hiện</td></tr>
<tr><td>1</td><td>Xã Tân Thanh</td><td class=xl65>1.025</td><td>1.040,5</td><td>52,3</td></tr>
<tr><td>2</td><td>Xã Hoàng Đồng</td><td>860</td><td>912</td><td>49,8</td></tr>
<tr><td>3</td><td>Xã Mai Pha</td><td>715,5</td><td>698</td><td>51,0</td></tr>
<tr><td></td><td>Cộng</td><td>2.600,5</td><td>2.650,5</td><td>51,2</td></tr>
<!--EndFragment--></table></body></html>"""


def content_shots(window: MainWindow, out: Path) -> ContentPage:
    window.editor.go(2)
    page = window.editor.pages[2]
    assert isinstance(page, ContentPage)
    page.tree.view.setCurrentItem(page.tree._items[1])
    cursor = page.body.textCursor()
    cursor.setPosition(page.body.document().toPlainText().index("\ufffc"))
    page.body.setTextCursor(cursor)
    page.body.verticalScrollBar().setValue(page.body.cursorRect().top() - 120)
    grab(window, out, "18-bang-trong-noi-dung.png")
    page.appendix_list.view.setCurrentRow(0)
    grab(window, out, "21-phu-luc-trang-ngang.png")
    return page


def editor_shots(page: ContentPage, out: Path) -> None:
    table = page.sections[1].blocks[4]
    assert isinstance(table, Table)
    dialog = TableEditor(table, page)
    dialog.resize(1000, 620)
    dialog.show()
    dialog.view.setCurrentIndex(dialog.model.index(2, 2))
    grab(dialog, out, "19-sua-bang.png")
    dialog.close()
    pasted = TableEditor(blank_table(3, 3), page)
    pasted.setWindowTitle("Chèn bảng")
    pasted.resize(1000, 620)
    pasted.show()
    data = QMimeData()
    data.setText(EXCEL_TEXT)
    data.setHtml(EXCEL_HTML)
    QGuiApplication.clipboard().setMimeData(data)
    pasted.paste_clipboard()
    pasted.header_rows.setValue(2)
    pasted.caption.setText("Bảng 2. Diện tích và năng suất lúa vụ mùa năm 2022")
    for column, (align, width) in enumerate(
        (("center", 1), ("left", 4), ("right", 2), ("right", 2), ("right", 2))
    ):
        pasted.view.setCurrentIndex(pasted.model.index(2, column))
        pasted.align.setCurrentIndex(pasted.align.findData(align))
        pasted.width.setValue(width)
    pasted.view.setCurrentIndex(pasted.model.index(2, 2))
    grab(pasted, out, "20-dan-tu-excel.png")
    QGuiApplication.clipboard().clear()
    pasted.close()


def preview_shot(window: MainWindow, out: Path) -> None:
    """The preview step scrolled to the landscape appendix page (the report's last page)."""
    window.editor.go(4)
    settle()
    page = window.editor.pages[4]
    view = page.view_widget()
    assert view is not None
    document = view.document()
    last = document.pageCount() - 1
    view.pageNavigator().jump(last, QPointF(0, 0))
    settle()
    grab(window, out, "22-phu-luc-xem-truoc.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    uiapp.application()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        draft = store.create(draftfile.load_path(EXAMPLE)).draft
        window = MainWindow(store, Session(Path(folder)))
        window.resize(*SIZE)
        window.show()
        window.open_draft(draft.id)
        settle()
        page = content_shots(window, args.out)
        editor_shots(page, args.out)
        preview_shot(window, args.out)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
