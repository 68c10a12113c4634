"""Word import of a long report as offices type it, against python-docx's own reading.

Not a test: prints ratios against a baseline measured in the same run, never fails.

    .venv/bin/python benchmarks/bench_wordfiles.py [--sections 14]

The file is written like a real one (tests/realfiles.py: not the app's writer): a
header table with sliver columns, decimal headings, run-in points, paragraphs with
footnotes, tables whose cells hold several paragraphs. The baseline opens it with
python-docx and walks every paragraph, every table cell and every footnote: the least
any import must cost. Issue 22 asks the import to stay within 3 x that.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import realfiles
from timing import median_seconds

from lanson_report.pdf import render_pdf_bytes
from lanson_report.wordimport import import_docx

RUNS = 5
TEXT = (
    "Trong kỳ, các cơ quan, đơn vị đã triển khai đồng bộ các nhiệm vụ cải cách hành "
    "chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp, tăng tỷ lệ hồ sơ "
    "giải quyết trực tuyến và rút ngắn thời gian xử lý thủ tục hành chính."
)


def write(path: Path, sections: int) -> Path:
    office = realfiles.Office()
    office.header(
        [("UBND TỈNH LÂM ĐỒNG", False), ("SỞ NỘI VỤ", True), ("Số: 120/BC-SNV", False)],
        grid=(57, 6),
    )
    office.title("Kết quả công tác cải cách hành chính năm 2025")
    office.para(
        "Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, Sở Nội vụ báo cáo:"
    )
    for number in range(1, sections + 1):
        office.para(f"{number}. KẾT QUẢ LĨNH VỰC {number} QUÝ II", bold=True)
        for sub in range(1, 4):
            office.para(f"{number}.{sub}. Nội dung {sub} của lĩnh vực {number}", bold=True)
            for paragraph in range(3):
                noted = office.para(TEXT)
                if paragraph == 0:
                    office.footnote(noted, f"Số liệu của lĩnh vực {number}.{sub}, tính đến 30/6.")
            for letter in "abcd":
                office.para(f"{letter}) Công tác {letter}: {TEXT}")
        rows: list[list[str | list[str] | None]] = [["TT", "Đơn vị", "Văn bản đã ban hành"]]
        for row in range(1, 9):
            rows.append(
                [str(row), f"Phòng {row}", [f"- Kế hoạch số {row}/KH;", "- Báo cáo số 2/BC."]]
            )
        office.table(rows, [700, 3000, 5000])
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return office.save(path)


def timed(action: Callable[[], object]) -> float:
    return median_seconds(action, RUNS)


def baseline(path: Path) -> None:
    """python-docx reading the file: every paragraph, every cell, every footnote."""
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        _ = paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                _ = [p.text for p in cell.paragraphs]
    part = document.part.part_related_by(RELATIONSHIP_TYPE.FOOTNOTES)
    for note in parse_xml(part.blob).iterchildren(qn("w:footnote")):
        _ = "".join(note.itertext())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=14, help="about 2.5 pages each")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "bao-cao.docx", args.sections)
        draft = import_docx(path).draft  # imports and caches warmed
        pages = render_pdf_bytes(draft).count(b"/Type /Page\n") or "?"
        base = timed(lambda: baseline(path))
        full = timed(lambda: import_docx(path))
    print(f"report of {pages} pages (as the app prints it)")
    print(f"python-docx read (paragraphs, cells, footnotes): {base * 1000:.0f} ms")
    print(f"import_docx: {full * 1000:.0f} ms = {full / base:.1f} x the baseline (target ≤ 3 x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
