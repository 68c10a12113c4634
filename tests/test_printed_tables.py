"""Tables and appendices in the printed report, the description every output reads."""

from __future__ import annotations

import tablesamples as ts

from lanson_report.files import draftfile
from lanson_report.printed import printed_report
from lanson_report.printed.parts import split_appendices
from lanson_report.ui.common.plaintext import draft_text


def test_tables_and_appendices_take_their_places_hints_print_nothing() -> None:
    raw = ts.example()
    raw["sections"][0]["blocks"].insert(0, {"kind": "hint", "text": "Nêu căn cứ triển khai"})
    report = printed_report(draftfile.from_dict(raw))
    main, appended = split_appendices(report)
    assert main[-1].role == "ending"
    assert [p.role for p in main].count("table") == 1
    assert not any("Nêu căn cứ" in text for part in report for text in part.texts())
    ((opening, table),) = appended
    assert (opening.role, opening.orientation, opening.source) == (
        "appendix",
        "landscape",
        "appendices[0]",
    )
    assert [line.style_name for line in opening.lines] == ["Phụ lục", "Tên phụ lục", "Kèm theo"]
    assert (table.role, table.source) == ("table", "appendices[0].blocks[0]")
    body_table = next(p for p in main if p.role == "table")
    assert body_table.source == "sections[1].blocks[4]"


def test_header_cells_bold_and_centred_body_cells_aligned_as_asked() -> None:
    raw = ts.with_tables([ts.two_header_table(2)])
    raw["sections"][0]["blocks"][1]["rows"][3][1] = {"text": "Cân", "align": "right"}
    (part,) = [p for p in printed_report(draftfile.from_dict(raw)) if p.role == "table"]
    table = part.table
    assert table is not None and table.header_rows == 2
    cells = {(c.row, c.column): c for c in table.cells}
    assert len(cells) == 3 + 2 + 4 + 4  # covered positions hold no cell
    assert all(c.align == "center" and all(r.bold for r in c.runs) for c in table.cells if c.header)
    assert [cells[(2, c)].align for c in range(4)] == ["center", "left", "right", "right"]
    assert cells[(3, 1)].align == "right" and not cells[(3, 1)].runs[0].bold
    assert (cells[(0, 2)].colspan, cells[(0, 0)].rowspan) == (2, 2)
    assert table.caption is not None and table.caption.text == "Bảng 1. Kết quả kiểm định"
    assert table.note is not None and all(run.italic for run in table.note.runs)
    assert table.column_widths(110) == [10, 60, 20, 20]


def test_the_text_preview_shows_tables_and_appendices() -> None:
    text = draft_text(draftfile.from_dict(ts.example()))
    assert "TT\tLoại phương tiện đo\tSố lượng\t\tTỷ lệ" in text
    assert "Tổng cộng\t\t11.700\t12.417\t106,1%" in text
    assert "Phụ lục\nDANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH NĂM 2022\n(Kèm theo" in text
    assert text.index("Nguyễn Thị Hà") < text.index("Phụ lục\n")
