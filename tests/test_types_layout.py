"""Every document type as it prints (../shared/decree30-types.md, "What a checker verifies"),
measured on the PDF and on the PDF LibreOffice prints from the DOCX, the same way."""

from __future__ import annotations

from typing import Any

import pytest
from docxutil import convert, docx_bytes
from pdfutil import MM, TextLine, find, open_pdf, render, text_lines
from reportlab.pdfbase.pdfmetrics import stringWidth
from typesamples import SAMPLES, sample

from lanson_report.domain import doctypes
from lanson_report.pdf import fonts

LEFT, RIGHT, TOP, BOTTOM = 30 * MM, (210 - 15) * MM, 20 * MM, (297 - 20) * MM
CENTRE = (LEFT + RIGHT) / 2
LEFT_COLUMN = (LEFT, LEFT + 70 * MM)  # the header's left column
OUTPUTS = ("pdf", "docx")
TOL = {"pdf": 0.6, "docx": 1.2}  # pt: LibreOffice rounds spacing to twips and lays out again
LEVEL = {"pdf": 0.05, "docx": 0.8}  # pt: baselines that must be level
TYPE_LINE_CODES = [code for code in SAMPLES if doctypes.BY_CODE[code].has_type_line]


@pytest.fixture(scope="module")
def printed() -> dict[tuple[str, str], Any]:
    """Each type's full example as the PDF export and as LibreOffice prints its DOCX."""
    pdfs = {(code, "pdf"): open_pdf(render(sample(code))) for code in SAMPLES}
    names = {code.replace("Đ", "D"): code for code in SAMPLES}
    converted = convert({name: docx_bytes(sample(code)) for name, code in names.items()})
    pdfs.update({(names[name], "docx"): open_pdf(data) for name, data in converted.items()})
    return pdfs


def first_page(printed: dict[tuple[str, str], Any], code: str, output: str) -> list[TextLine]:
    return text_lines(printed[(code, output)].pages[0])


def chars_of(page: Any, line: TextLine) -> list[dict[str, Any]]:
    """The visible characters of a measured line, left to right."""
    return sorted(
        (
            c
            for c in page.chars
            if round(page.height - c["matrix"][5], 1) == line.baseline
            and line.x0 - 0.1 <= c["x0"] <= line.x1 + 0.1
            and c["text"].strip("\u00a0 ")
        ),
        key=lambda c: c["x0"],
    )


def face(char: dict[str, Any]) -> str:
    return str(char["fontname"]).split("+")[-1]


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("code", list(SAMPLES))
def test_each_type_prints_inside_the_margins(
    printed: dict[tuple[str, str], Any], code: str, output: str
) -> None:
    for number, page in enumerate(printed[(code, output)].pages, start=1):
        for line in text_lines(page):
            if number > 1 and line.text == str(number):
                continue
            assert line.x0 >= LEFT - 0.8 and line.x1 <= RIGHT + 0.8, (code, line.text)
            assert line.baseline - line.size * 0.95 >= TOP - 0.8, (code, line.text)
            assert line.baseline <= BOTTOM, (code, line.text)


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("code", TYPE_LINE_CODES)
def test_the_type_line_is_the_types_name_bold_14_centred(
    printed: dict[tuple[str, str], Any], code: str, output: str
) -> None:
    lines = first_page(printed, code, output)
    name = doctypes.BY_CODE[code].name
    (line,) = [ln for ln in lines if ln.text == name]
    assert (line.font, line.size) == ("LiberationSerif-Bold", 14)
    assert line.centre == pytest.approx(CENTRE, abs=1)
    assert line.baseline > find(lines, "Số:").baseline
    others = {t.name for t in doctypes.TYPES} - {name, ""}
    assert not [ln.text for ln in lines if ln.text in others]  # never BÁO CÁO above it


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("code", list(SAMPLES))
def test_the_number_line_carries_the_types_code(
    printed: dict[tuple[str, str], Any], code: str, output: str
) -> None:
    number = find(first_page(printed, code, output), "Số:")
    symbol = "SKHCN-VP" if code == "CV" else f"{code}-SKHCN"  # a công văn: agency, then unit
    assert number.text == f"Số: 12/{symbol}"
    assert (number.font, number.size) == ("LiberationSerif", 13)
    assert number.centre == pytest.approx(LEFT + 35 * MM, abs=1)


@pytest.mark.parametrize("output", OUTPUTS)
def test_a_cong_van_has_no_type_line_and_its_v_v_under_so(
    printed: dict[tuple[str, str], Any], output: str
) -> None:
    page = printed[("CV", output)].pages[0]
    lines = text_lines(page)
    number, date = find(lines, "Số:"), find(lines, "Lạng Sơn, ngày")
    assert number.baseline == pytest.approx(date.baseline, abs=LEVEL[output])
    letter = [ln for ln in lines if number.baseline < ln.baseline and ln.x1 < LEFT_COLUMN[1]]
    letter = [ln for ln in letter if ln.baseline < find(lines, "Kính gửi").baseline]
    assert letter[0].text.startswith("V/v đề nghị báo cáo") and not letter[0].text.startswith(
        "V/v:"
    )
    assert len(letter) >= 2  # it wraps, within the column
    text = " ".join(ln.text for ln in letter)
    assert text.endswith("UBND các huyện, thành phố")
    for line in letter:
        assert (line.font, line.size) == ("LiberationSerif", 12)  # upright, not bold
        assert LEFT_COLUMN[0] - 0.5 <= line.x0 and line.x1 <= LEFT_COLUMN[1] + 0.5
        assert line.centre == pytest.approx(number.centre, abs=1)
    top = letter[0].baseline - fonts.ascent(fonts.REGULAR, 12)
    gap = top - (number.baseline + fonts.descent(fonts.REGULAR, 13))
    assert gap == pytest.approx(6, abs=TOL[output] * 2)
    assert letter[-1].baseline > date.baseline + 14  # the left column grows taller
    names = {t.name for t in doctypes.TYPES if t.name}
    assert not [ln.text for ln in lines if ln.text in names]
    above = [ln for ln in lines if date.baseline < ln.baseline < find(lines, "Kính gửi").baseline]
    assert not [ln for ln in above if ln.font.endswith("Bold")]  # no title block either


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("code", list(SAMPLES))
def test_kinh_gui_where_the_type_asks_for_it_only(
    printed: dict[tuple[str, str], Any], code: str, output: str
) -> None:
    lines = first_page(printed, code, output)
    found = [ln for ln in lines if ln.text.startswith("Kính gửi")]
    assert bool(found) == (doctypes.BY_CODE[code].addressees == "required")


@pytest.mark.parametrize("output", OUTPUTS)
def test_one_addressee_follows_kinh_gui_on_its_line(
    printed: dict[tuple[str, str], Any], output: str
) -> None:
    line = find(first_page(printed, "TTr", output), "Kính gửi:")
    assert line.text == "Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn."
    assert (line.font, line.size) == ("LiberationSerif", 14)


@pytest.mark.parametrize("output", OUTPUTS)
def test_several_addressees_stand_under_kinh_gui_one_per_line(
    printed: dict[tuple[str, str], Any], output: str
) -> None:
    lines = first_page(printed, "CV", output)
    label = find(lines, "Kính gửi")
    assert label.text == "Kính gửi:"
    rows = [ln for ln in lines if ln.text.startswith("- ") and ln.baseline > label.baseline]
    rows = [ln for ln in rows if ln.baseline < label.baseline + 3 * 14 * 1.3]
    assert [ln.text for ln in rows] == [
        "- Các sở, ban, ngành tỉnh;",
        "- UBND các huyện, thành phố.",
    ]
    past_colon = label.x0 + stringWidth("Kính gửi: ", "LiberationSerif", 14)
    for row in rows:
        assert row.x0 == pytest.approx(past_colon, abs=1)  # dashes at one x, past the colon
        assert (row.font, row.size) == ("LiberationSerif", 14)


@pytest.mark.parametrize("output", OUTPUTS)
def test_a_decisions_authority_line(printed: dict[tuple[str, str], Any], output: str) -> None:
    page = printed[("QĐ", output)].pages[0]
    lines = text_lines(page)
    authority = find(lines, "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    assert authority.text == "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert (authority.font, authority.size) == ("LiberationSerif-Bold", 14)
    assert authority.centre == pytest.approx(CENTRE, abs=1)
    abstract = find(lines, "nhiệm vụ khoa học và công nghệ năm 2026")
    rule = min(r["top"] for r in page.lines if r["top"] > abstract.baseline)
    capitals = authority.baseline - fonts.ascent(fonts.BOLD, 14)
    assert capitals - rule >= 14  # one blank line of 14 pt before it
    assert authority.baseline < find(lines, "Căn cứ").baseline


@pytest.mark.parametrize("output", OUTPUTS)
def test_a_decisions_basis_lines_are_italic_one_per_line(
    printed: dict[tuple[str, str], Any], output: str
) -> None:
    page = printed[("QĐ", output)].pages[0]
    lines = text_lines(page)
    basis, proposal = find(lines, "Căn cứ Quyết định"), find(lines, "Theo đề nghị của")
    block = [ln for ln in lines if basis.baseline <= ln.baseline <= proposal.baseline]
    assert all(face(c) == "LiberationSerif-Italic" for ln in block for c in chars_of(page, ln))
    assert block[-2].text.endswith("Sở Khoa học và Công nghệ;")
    assert proposal.text == "Theo đề nghị của Trưởng phòng Quản lý khoa học."
    for start in (basis, proposal):  # each a paragraph of its own, first line indented 1 cm
        assert start.x0 == pytest.approx(LEFT + 10 * MM, abs=TOL[output])


@pytest.mark.parametrize("output", OUTPUTS)
def test_a_decision_enacts_then_its_articles_bold(
    printed: dict[tuple[str, str], Any], output: str
) -> None:
    page = printed[("QĐ", output)].pages[0]
    lines = text_lines(page)
    enacting = find(lines, "QUYẾT ĐỊNH:")
    assert (enacting.font, enacting.size) == ("LiberationSerif-Bold", 14)
    assert enacting.centre == pytest.approx(CENTRE, abs=1)
    assert find(lines, "Theo đề nghị").baseline < enacting.baseline
    article = find(lines, "Điều 1.")
    assert enacting.baseline < article.baseline
    chars = chars_of(page, article)
    label = "".join(c["text"] for c in chars if face(c) == "LiberationSerif-Bold")
    assert label == "Điều1."  # bold label, the text after it on the same line, regular
    assert {face(c) for c in chars[len(label) :]} == {"LiberationSerif"}
    assert article.text.startswith("Điều 1. Thành lập Hội đồng")
    titled = find(lines, "Điều 2.")
    assert titled.text == "Điều 2. Hiệu lực thi hành" and titled.font == "LiberationSerif-Bold"
    for clause in ("1. Ông Hoàng Văn Nam", "2. Bà Lê Thị Hoa"):
        assert find(lines, clause).font == "LiberationSerif"  # khoản: regular


@pytest.mark.parametrize("output", OUTPUTS)
def test_an_invitations_lines(printed: dict[tuple[str, str], Any], output: str) -> None:
    lines = first_page(printed, "GM", output)
    starts = (
        "Sở Khoa học và Công nghệ trân trọng kính mời: Đại diện lãnh đạo",
        "Tới dự Hội nghị tổng kết",
        "Chủ trì: Đồng chí Giám đốc",
        "Thời gian: 08 giờ 00 phút",
        "Địa điểm: Hội trường tầng 3",
    )
    found = [find(lines, start) for start in starts]
    assert [ln.baseline for ln in found] == sorted(ln.baseline for ln in found)
    for line in found:
        assert (line.font, line.size) == ("LiberationSerif", 14)  # labels regular
        assert line.x0 == pytest.approx(LEFT + 10 * MM, abs=TOL[output])
    assert not [ln for ln in lines if ln.text.startswith("Kính gửi")]


@pytest.mark.parametrize("output", OUTPUTS)
def test_a_scheme_in_parts_above_i(printed: dict[tuple[str, str], Any], output: str) -> None:
    lines = first_page(printed, "ĐA", output)
    order = [
        "Phần I",
        "SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN",
        "I. SỰ CẦN THIẾT",
        "Phần II",
        "NỘI DUNG ĐỀ ÁN",
        "I. MỤC TIÊU",  # each part numbers its sections from I.
        "II. NHIỆM VỤ, GIẢI PHÁP",
    ]
    found = [next(ln for ln in lines if ln.text == text) for text in order]
    assert [ln.baseline for ln in found] == sorted(ln.baseline for ln in found)
    for line in (found[0], found[1], found[3], found[4]):
        assert (line.font, line.size) == ("LiberationSerif-Bold", 14)
        assert line.centre == pytest.approx(CENTRE, abs=1)


FIRST_RECIPIENT = {"TTr": "- Như trên;", "CV": "- Như trên;", "QĐ": "- Như Điều 3;"}
FIRST_RECIPIENT["GM"] = "- Như thành phần mời;"


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("code", list(FIRST_RECIPIENT))
def test_noi_nhan_starts_with_the_line_the_type_expects(
    printed: dict[tuple[str, str], Any], code: str, output: str
) -> None:
    last = text_lines(printed[(code, output)].pages[-1])
    label = find(last, "Nơi nhận:")
    below = [ln for ln in last if ln.baseline > label.baseline and ln.x1 < LEFT_COLUMN[1]]
    assert below[0].text == FIRST_RECIPIENT[code]
    assert (below[0].font, below[0].size) == ("LiberationSerif", 11)


def test_an_appendix_is_tied_to_the_type_by_name() -> None:
    raw = sample("KH")
    raw["appendices"] = [{"title": "Danh mục nhiệm vụ", "orientation": "portrait", "blocks": []}]
    raw["sections"][1]["blocks"].append({"kind": "paragraph", "text": "Chi tiết tại Phụ lục."})
    pdf = open_pdf(render(raw))
    tie = find(text_lines(pdf.pages[-1]), "(Kèm theo")
    assert tie.text.startswith("(Kèm theo Kế hoạch số 12/KH-SKHCN ngày 14 tháng 3 năm 2025")


def faces(line: TextLine) -> set[str]:
    return {font.split("+")[-1] for font in line.fonts}


@pytest.mark.parametrize("code", list(SAMPLES))
def test_word_prints_the_first_page_as_the_pdf_does(
    printed: dict[tuple[str, str], Any], code: str
) -> None:
    """Every line of the PDF's first page down to Nơi nhận, in LibreOffice's print of the
    DOCX: the same text in the same faces and size, at the same x and about the same
    height. Word wraps the body itself: a body line may break a word apart, no more."""
    ours = first_page(printed, code, "pdf")
    ours = ours[: ours.index(find(ours, "Nơi nhận:"))]
    word = {ln.text.replace("\xa0", " "): ln for ln in first_page(printed, code, "docx")}
    wrapped = []
    for line in ours:
        other = word.get(line.text.replace("\xa0", " "))
        if other is None:
            wrapped.append(line)
            continue
        assert (faces(other), other.size) == (faces(line), line.size), (code, line.text)
        assert other.x0 == pytest.approx(line.x0, abs=1.2), (code, line.text)
        assert other.baseline == pytest.approx(line.baseline, abs=3.5), (code, line.text)
    assert len(wrapped) <= 2, (code, [ln.text for ln in wrapped])
    assert all(faces(ln) == {"LiberationSerif"} and ln.size == 14 for ln in wrapped), code
