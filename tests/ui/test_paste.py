"""Paste from Word and web pages into the body editor, and old encodings in any field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMenu

from lanson_report.domain.model import Block, Run
from lanson_report.ui.common.fields import LineEdit, PlainTextEdit
from lanson_report.ui.dialogs import oldcode
from lanson_report.ui.dialogs.oldcode import ConvertDialog
from lanson_report.ui.wizard.body.richtext import RichTextEdit

from .conftest import FakeDialogs

# What Word 2016 puts on the clipboard (text/html) for a paragraph with italic and bold
# words and a three-level bullet list (Symbol ·, Courier New o, Wingdings §).
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="utf-8"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=VI><!--StartFragment-->
<p class=MsoNormal style='text-align:justify'><span lang=VI style='font-size:14.0pt'>Với chủ
đề &quot;<i>Khoa học, công nghệ và đổi mới sáng tạo</i>&quot;, Sở đã <b>tổ&nbsp;chức</b>
tuyên truyền,&nbsp;cụ thể:<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Tổ chức Hội&shy;thảo
Khoa học<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0
level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Trao
<span style='font-weight:bold'>Kỷ niệm chương</span> cho 03 cá nhân<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='margin-left:108.0pt;text-indent:-18.0pt;mso-list:l0
level3 lfo1'><![if !supportLists]><span style='font-family:Wingdings'>§<span
style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]><span lang=VI
style='text-decoration:underline'>Đăng</span> 02 tin,\tbài\uf0b7</p>
<!--EndFragment--></body></html>"""


def paste(editor: Any, *, html: str = "", text: str = "") -> None:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    mime.setText(text or "plain fallback")
    QGuiApplication.clipboard().setMimeData(mime)
    editor.paste()


def runs(block: Block) -> list[tuple[str, str]]:
    return [(r.text, "b" * r.bold + "i" * r.italic + "u" * r.underline) for r in block.runs]


def editor_with(qtbot: Any, blocks: list[Block]) -> RichTextEdit:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    editor.set_blocks(blocks)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return editor


def test_word_html_keeps_formats_and_makes_items_by_level(qtbot: Any) -> None:
    editor = editor_with(qtbot, [Block("paragraph", [Run("Mở đầu.")])])
    editor.textCursor().insertBlock()
    paste(editor, html=WORD_HTML)
    blocks = editor.blocks()
    assert [block.kind for block in blocks] == [
        "paragraph",
        "paragraph",
        "bullet",
        "subbullet",
        "subbullet",
    ]
    assert runs(blocks[1]) == [
        ('Với chủ đề "', ""),
        ("Khoa học, công nghệ và đổi mới sáng tạo", "i"),
        ('", Sở đã ', ""),
        ("tổ chức", "b"),
        (" tuyên truyền, cụ thể:", ""),
    ]
    assert blocks[2].text == "Tổ chức Hộithảo Khoa học"  # soft hyphen gone, no "·"
    assert runs(blocks[3]) == [("Trao ", ""), ("Kỷ niệm chương", "b"), (" cho 03 cá nhân", "")]
    assert runs(blocks[4]) == [("Đăng", "u"), (" 02 tin, bài", "")]


def test_web_page_list(qtbot: Any) -> None:
    editor = editor_with(qtbot, [])
    html = (
        "<h2>Kết quả</h2><ul><li>Hội <em>thảo</em></li><li>Tuyên truyền<ul>"
        "<li>Báo&nbsp;Lạng Sơn</li></ul></li></ul><p>Cuối.</p>"
    )
    paste(editor, html=html)
    assert [(b.kind, b.text) for b in editor.blocks()] == [
        ("paragraph", "Kết quả"),
        ("bullet", "Hội thảo"),
        ("bullet", "Tuyên truyền"),
        ("subbullet", "Báo Lạng Sơn"),
        ("paragraph", "Cuối."),
    ]


def test_plain_text_paste_joins_the_paragraph_at_the_cursor(qtbot: Any) -> None:
    editor = editor_with(qtbot, [Block("bullet", [Run("Đầu cuối")])])
    cursor = editor.textCursor()
    cursor.setPosition(4)
    editor.setTextCursor(cursor)
    mime = QMimeData()
    mime.setText("giữa ")
    QGuiApplication.clipboard().setMimeData(mime)
    editor.paste()
    assert [(b.kind, b.text) for b in editor.blocks()] == [("bullet", "Đầu giữa cuối")]


def test_plain_text_with_word_bullets(qtbot: Any) -> None:
    editor = editor_with(qtbot, [])
    mime = QMimeData()
    mime.setText("Các hoạt động:\r\n•\tHội thảo\r\no\tTrao thưởng\r\n\uf0b7\tTriển lãm")
    QGuiApplication.clipboard().setMimeData(mime)
    editor.paste()
    assert [(b.kind, b.text) for b in editor.blocks()] == [
        ("paragraph", "Các hoạt động:"),
        ("bullet", "Hội thảo"),
        ("subbullet", "Trao thưởng"),
        ("bullet", "Triển lãm"),
    ]


TCVN3_PARAGRAPH = "C¸c ho¹t ®éng chµo mõng Ngµy Khoa häc vµ C«ng nghÖ ViÖt Nam"


def test_old_encoding_in_the_body_is_converted_when_the_clerk_agrees(
    qtbot: Any, fake_dialogs: FakeDialogs
) -> None:
    seen: list[str] = []

    def agree(dialog: ConvertDialog) -> bool:
        seen.append(dialog.after.toPlainText())
        return True

    fake_dialogs.answer("exec_dialog", agree)
    editor = editor_with(qtbot, [])
    html = f"<p><span style='font-family:.VnTime'>{TCVN3_PARAGRAPH} <b>n\u00adíc</b></span></p>"
    paste(editor, html=html)
    assert seen == ["Các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam nước"]
    (block,) = editor.blocks()
    assert runs(block) == [
        ("Các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam ", ""),
        ("nước", "b"),
    ]


def test_old_encoding_is_never_converted_silently(qtbot: Any, fake_dialogs: FakeDialogs) -> None:
    fake_dialogs.answer("exec_dialog", False)  # "Giữ nguyên như đã dán"
    editor = editor_with(qtbot, [])
    paste(editor, text=TCVN3_PARAGRAPH)
    assert editor.blocks()[0].text == TCVN3_PARAGRAPH
    assert len(fake_dialogs.named("exec_dialog")) == 1


def test_unicode_paste_asks_nothing(qtbot: Any, fake_dialogs: FakeDialogs) -> None:
    editor = editor_with(qtbot, [])
    paste(editor, html=WORD_HTML)
    field = LineEdit()
    qtbot.addWidget(field)
    QGuiApplication.clipboard().setText("Sở Khoa học và Công nghệ")
    field.paste_nfc()
    assert fake_dialogs.named("exec_dialog") == []


def test_any_field_offers_the_conversion(qtbot: Any, fake_dialogs: FakeDialogs) -> None:
    shots: list[ConvertDialog] = []

    def look(dialog: ConvertDialog) -> bool:
        shots.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return True

    fake_dialogs.answer("exec_dialog", look, True)
    field = LineEdit()
    qtbot.addWidget(field)
    QGuiApplication.clipboard().setText("Së Khoa häc vµ C«ng nghÖ")
    field.paste_nfc()
    assert field.text() == "Sở Khoa học và Công nghệ"
    assert shots[0].encoding.currentData() == "tcvn3"
    lines = PlainTextEdit()
    qtbot.addWidget(lines)
    QGuiApplication.clipboard().setText("Baùo caùo keát quaû")
    lines.paste()
    assert lines.toPlainText() == "Báo cáo kết quả"


def test_convert_command_keeps_bold_and_italic(qtbot: Any, fake_dialogs: FakeDialogs) -> None:
    editor = editor_with(
        qtbot, [Block("paragraph", [Run("B¸o c¸o ", bold=True), Run("kÕt qu¶", italic=True)])]
    )
    editor.selectAll()
    menu = QMenu()
    action = oldcode.add_command(menu, editor)
    assert action.isEnabled() and action.text() == oldcode.COMMAND
    fake_dialogs.answer("exec_dialog", True)
    action.trigger()
    assert runs(editor.blocks()[0]) == [("Báo cáo ", "b"), ("kết quả", "i")]


def test_convert_command_without_selection_says_what_to_do(
    qtbot: Any, fake_dialogs: FakeDialogs
) -> None:
    field = LineEdit()
    qtbot.addWidget(field)
    field.setText("Hµ Néi")
    menu = QMenu()
    assert not oldcode.add_command(menu, field).isEnabled()
    field.selectAll()
    fake_dialogs.answer("exec_dialog", True)
    oldcode.add_command(menu, field).trigger()
    assert field.text() == "Hà Nội"


def test_copy_and_paste_within_the_editor_keeps_kinds_and_formats(qtbot: Any) -> None:
    blocks = [
        Block("paragraph", [Run("Mở "), Run("đầu", bold=True)]),
        Block("bullet", [Run("Ý một", italic=True)]),
        Block("subbullet", [Run("Ý nhỏ", underline=True)]),
    ]
    source = editor_with(qtbot, blocks)
    source.selectAll()
    source.copy()
    target = editor_with(qtbot, [])
    target.paste()
    assert target.blocks() == blocks


def test_body_toolbar_converts_the_selection(
    window: Any, store: Any, example_path: Path, fake_dialogs: FakeDialogs, qtbot: Any
) -> None:
    from lanson_report.files import draftfile

    draft = draftfile.load_path(example_path)
    store.create(draft)
    window.start.refresh(select=draft.id)
    window.start.continue_selected()
    window.editor.go(2)
    page = window.editor.pages[2]
    page.body.set_blocks([Block("paragraph", [Run("Ngµy Khoa häc vµ C«ng nghÖ")])])
    page.body.selectAll()
    fake_dialogs.answer("exec_dialog", True)
    page.bar.convert.trigger()
    assert page.body.blocks()[0].text == "Ngày Khoa học và Công nghệ"


def _paste_text(editor: Any, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    editor.paste()


def test_lines_pasted_after_a_sentence_keep_it_apart(qtbot: Any) -> None:
    editor = editor_with(qtbot, [Block("paragraph", [Run("Câu một.Câu bốn.")])])
    cursor = editor.textCursor()
    cursor.setPosition(len("Câu một."))
    editor.setTextCursor(cursor)
    _paste_text(editor, " Câu hai.\n Câu ba.")
    assert [b.text for b in editor.blocks()] == ["Câu một. Câu hai.", "Câu ba. Câu bốn."]


def test_a_sentence_pasted_after_a_full_stop_is_not_glued(qtbot: Any) -> None:
    editor = editor_with(qtbot, [Block("paragraph", [Run("Câu một.")])])
    editor.moveCursor(QTextCursor.MoveOperation.End)
    _paste_text(editor, "Câu hai.")
    assert [b.text for b in editor.blocks()] == ["Câu một. Câu hai."]
    _paste_text(editor, ",")  # punctuation joins as typed
    assert [b.text for b in editor.blocks()] == ["Câu một. Câu hai.,"]


def test_lines_pasted_into_a_one_line_field_are_joined_by_a_space(qtbot: Any) -> None:
    field = LineEdit()
    qtbot.addWidget(field)
    field.setText("Kết quả:")
    mime = QMimeData()
    mime.setText("\r\nNgày Khoa học\r\nvà Công nghệ")
    QGuiApplication.clipboard().setMimeData(mime)
    field.paste_nfc()
    assert field.text() == "Kết quả: Ngày Khoa học và Công nghệ"
