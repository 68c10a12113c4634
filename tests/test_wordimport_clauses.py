"""Căn cứ and Thực hiện sentences as offices write them, read into references."""

from __future__ import annotations

import datetime

import pytest

from lanson_report.domain import compose
from lanson_report.domain.model import Basis, Draft, new_draft
from lanson_report.wordimport.body import read_basis


def _read(text: str) -> Basis:
    return read_basis(text)[0]


@pytest.mark.parametrize(
    ("text", "lead", "kind", "number", "date", "issuer", "subject"),
    [
        (
            "Căn cứ Kế hoạch số 20/KH-UBND của UBND tỉnh về cải cách hành chính.",
            "Căn cứ", "Kế hoạch", "20/KH-UBND", None, "UBND tỉnh", "về cải cách hành chính",
        ),
        (
            "Thực hiện Công văn số 345/UBND-NC, ngày 03/3/2025 của UBND tỉnh về việc báo cáo.",
            "Thực hiện", "Công văn", "345/UBND-NC", datetime.date(2025, 3, 3), "UBND tỉnh",
            "về việc báo cáo",
        ),
        (
            "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 345/UBND-NC ngày 03/3/2025 về việc X.",
            "Thực hiện chỉ đạo của UBND tỉnh tại", "Công văn", "345/UBND-NC",
            datetime.date(2025, 3, 3), "", "về việc X",
        ),
        (
            "Căn cứ Quyết định số 15/QĐ-UBND ngày 10 tháng 02 năm 2025 của UBND tỉnh.",
            "Căn cứ", "Quyết định", "15/QĐ-UBND", datetime.date(2025, 2, 10), "UBND tỉnh", "",
        ),
    ],
)  # fmt: skip
def test_reference_forms(
    text: str, lead: str, kind: str, number: str, date: object, issuer: str, subject: str
) -> None:
    (ref,) = _read(text).references
    assert (ref.lead, ref.kind, ref.number, ref.date, ref.issuer, ref.subject) == (
        lead, kind, number, date, issuer, subject,
    )  # fmt: skip


def test_two_documents_joined_by_a_semicolon_are_two_references() -> None:
    basis = _read(
        "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2025 của UBND tỉnh; "
        "Kế hoạch số 2/KH-UBND ngày 03/01/2025 của UBND tỉnh. Sở báo cáo như sau:"
    )
    assert [(r.lead, r.kind, r.number) for r in basis.references] == [
        ("Căn cứ", "Quyết định", "1/QĐ-UBND"),
        ("Căn cứ", "Kế hoạch", "2/KH-UBND"),
    ]
    assert basis.closing == "Sở báo cáo như sau:"


def test_a_law_cited_by_its_name_is_a_reference_and_the_rest_still_reads() -> None:
    """A leading law with no number left the whole opening unread, kept as one text."""
    text = (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015; Căn cứ Kế hoạch số "
        "99/KH-UBND ngày 10/01/2025 của UBND tỉnh về cải cách hành chính; Sở Tư pháp báo cáo "
        "như sau:"
    )
    basis = _read(text)
    assert [(r.lead, r.kind, r.number) for r in basis.references] == [
        ("Căn cứ", "Luật Ban hành văn bản quy phạm pháp luật năm 2015", ""),
        ("Căn cứ", "Kế hoạch", "99/KH-UBND"),
    ]
    assert basis.closing == "Sở Tư pháp báo cáo như sau:"
    draft = new_draft(2025)
    draft.basis = basis
    assert compose.basis_text(draft).startswith(
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015. Căn cứ Kế hoạch số"
    )


def test_what_does_not_parse_stays_opening_text() -> None:
    text = "Căn cứ tình hình thực tế. Tổng số 120 thủ tục đã được rà soát; Số liệu như sau:"
    basis, count = read_basis(text)
    assert count == 0 and basis.closing == text


def test_a_reference_without_date_prints_as_typed() -> None:
    draft: Draft = new_draft(2025)
    draft.basis = _read("Căn cứ Kế hoạch số 20/KH-UBND của UBND tỉnh về cải cách hành chính.")
    assert compose.basis_text(draft) == (
        "Căn cứ Kế hoạch số 20/KH-UBND của UBND tỉnh về cải cách hành chính."
    )


def test_a_direction_before_the_first_document_is_not_repeated_before_the_second() -> None:
    """`Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công văn …; Kế hoạch …`: the
    direction concerned the first document; the second one stays as typed, after it."""
    from lanson_report.domain import compose
    from lanson_report.domain.model import new_draft

    text = (
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công văn số 1234/VPCP-KSTT ngày "
        "12/11/2025 của Văn phòng Chính phủ về việc báo cáo kết quả thực hiện Đề án 06 năm "
        "2025; Kế hoạch số 55/KH-UBND ngày 15/3/2025 của UBND tỉnh về triển khai Đề án 06 "
        "năm 2025, Sở báo cáo như sau:"
    )
    basis = _read(text)
    assert [ref.kind for ref in basis.references] == ["Công văn"]
    draft = new_draft(2025)
    draft.basis = basis
    printed = compose.basis_text(draft)
    assert "tại Kế hoạch" not in printed
    assert printed.count("Thực hiện chỉ đạo của Thủ tướng Chính phủ") == 1
    assert "năm 2025; Kế hoạch số 55/KH-UBND ngày 15/3/2025 của UBND tỉnh" in printed


@pytest.mark.parametrize(
    ("text", "subject", "closing"),
    [
        (
            "Thực hiện Công văn số 12/UBND-VP ngày 05/01/2025 của UBND tỉnh về việc báo cáo "
            "kết quả năm 2024, Sở Nội vụ báo cáo như sau:",
            "về việc báo cáo kết quả năm 2024",
            "Sở Nội vụ báo cáo như sau:",
        ),
        (
            "Căn cứ Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh về triển khai nhiệm "
            "vụ năm 2025; Sở Khoa học và Công nghệ báo cáo kết quả thực hiện như sau:",
            "về triển khai nhiệm vụ năm 2025",
            "Sở Khoa học và Công nghệ báo cáo kết quả thực hiện như sau:",
        ),
        (  # a body whose name has a comma
            "Thực hiện Công văn số 12/UBND-KGVX ngày 05/01/2025 của UBND tỉnh về việc báo "
            "cáo năm, Sở Văn hóa, Thể thao và Du lịch báo cáo như sau:",
            "về việc báo cáo năm",
            "Sở Văn hóa, Thể thao và Du lịch báo cáo như sau:",
        ),
        (  # a closing opening with a Vietnamese capital, after a `;`
            "Căn cứ Kế hoạch số 99/KH-UBND ngày 10/01/2025 của UBND tỉnh về cải cách hành "
            "chính; Ủy ban nhân dân tỉnh Lạng Sơn báo cáo như sau:",
            "về cải cách hành chính",
            "Ủy ban nhân dân tỉnh Lạng Sơn báo cáo như sau:",
        ),
    ],
)
def test_closing_words_run_on_after_the_last_document_are_the_openings_closing(
    text: str, subject: str, closing: str
) -> None:
    basis = _read(text)
    (reference,) = basis.references
    assert (reference.issuer, reference.subject) == ("UBND tỉnh", subject)
    assert basis.closing == closing


def test_a_bare_bao_cao_nhu_sau_prints_as_typed() -> None:
    """ ", báo cáo như sau:" has no subject of its own: a sentence of it would start in
    lower case, so it stays with the document and prints exactly as typed."""
    from lanson_report.domain import compose
    from lanson_report.domain.model import new_draft

    text = "Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:"
    draft = new_draft(2025)
    draft.basis = _read(text)
    assert compose.basis_text(draft) == text
