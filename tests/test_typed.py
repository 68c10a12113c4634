"""New drafts of every type from the registry's outlines; a type change keeps every word."""

from __future__ import annotations

import datetime

import pytest
from typesamples import sample

from lanson_report.domain import doctypes
from lanson_report.domain.model import Agency, Settings, Signature
from lanson_report.files import draftfile
from lanson_report.intake import typed

TODAY = datetime.date(2025, 3, 14)
SETTINGS = Settings(
    Agency("UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN"),
    "Lạng Sơn",
    [Signature(["GIÁM ĐỐC"], "Nguyễn Thị Hà")],
)


def _headings(draft: object) -> list[tuple[str, list[str]]]:
    return [(s.heading, [c.heading for c in s.sections]) for s in draft.sections]  # type: ignore[attr-defined]


def test_a_plan_starts_from_its_usual_shape_with_a_tasks_appendix() -> None:
    draft = typed.start_typed("KH", SETTINGS, TODAY)
    assert draft.doc_type == "KH" and draft.outline == "roman"
    assert _headings(draft) == [
        ("MỤC ĐÍCH, YÊU CẦU", ["Mục đích", "Yêu cầu"]),
        ("NỘI DUNG", []),
        ("TỔ CHỨC THỰC HIỆN", []),
        ("KINH PHÍ", []),
    ]
    assert draft.sections[1].blocks[0].kind == "hint"  # type: ignore[union-attr]
    (tasks,) = draft.appendices
    assert tasks.orientation == "landscape"
    assert [c.text for c in tasks.blocks[0].rows[0]] == list(typed.PLAN_TASKS)  # type: ignore[union-attr]
    assert draft.addressees == [] and draft.agency.abbreviation == "SKHCN"


def test_a_submission_names_the_agency_in_its_closing_and_starts_nhu_tren() -> None:
    draft = typed.start_typed("TTr", SETTINGS, TODAY)
    assert [h for h, _ in _headings(draft)] == ["SỰ CẦN THIẾT", "NỘI DUNG ĐỀ XUẤT", "KIẾN NGHỊ"]
    assert draft.closing == (
        "Sở Khoa học và Công nghệ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."
    )
    assert [r.name for r in draft.recipients] == ["Như trên"]


def test_a_notice_and_a_decision_in_their_usual_shapes() -> None:
    notice = typed.start_typed("TB", SETTINGS, TODAY)
    assert notice.outline == "arabic" and notice.closing.endswith("biết, thực hiện./.")
    assert notice.sections[0].blocks[0].text.startswith("… kết luận như sau")  # type: ignore[union-attr]
    decision = typed.start_typed("QĐ", SETTINGS, TODAY)
    assert decision.outline == "articles" and len(decision.sections) == 3
    assert decision.authority == "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert [r.name for r in decision.recipients] == ["Như Điều 3"]


@pytest.mark.parametrize("code", doctypes.CODES)
def test_every_type_starts_a_draft_its_file_accepts(code: str) -> None:
    draft = typed.start_typed(code, SETTINGS, TODAY)
    assert draft.doc_type == code and draft.outline == draft.kind.outline
    assert typed.unplaced(draft) == []
    again = draftfile.loads(draftfile.dumps(draft), lenient=True)
    assert again.doc_type == code and again.invitation == draft.invitation


def test_a_type_change_keeps_every_word_and_names_what_has_no_place() -> None:
    letter = draftfile.from_dict(sample("CV"))
    before = draftfile.to_dict(letter)
    kept = typed.retype(letter, "TB")
    assert letter.doc_type == "TB"
    assert kept == ["Kính gửi", "Đơn vị soạn thảo"]
    assert letter.unit == "VP" and letter.addressees == before["addressees"]
    assert letter.sections[0].blocks == draftfile.from_dict(before).sections[0].blocks
    stored = draftfile.loads(draftfile.dumps(letter), lenient=True)  # the store keeps them
    assert stored.unit == "VP" and stored.addressees == before["addressees"]
    assert typed.retype(letter, "CV") == []  # back again: everything has its place


def test_out_of_articles_the_text_keeps_its_depth_and_parts_go_only_where_they_cannot_stand() -> (
    None
):
    decision = draftfile.from_dict(sample("QĐ"))
    assert typed.retype(decision, "BC") == ["Thẩm quyền ban hành", "Theo đề nghị của"]
    assert decision.outline == "arabic" and decision.authority  # two levels fit 1. and a)
    scheme = draftfile.from_dict(sample("ĐA"))
    typed.retype(scheme, "KH")
    assert scheme.outline == "roman" and scheme.sections[0].part
    typed.retype(scheme, "QĐ")
    assert scheme.outline == "articles" and not any(s.part for s in scheme.sections)
    assert scheme.sections[0].sections[0].heading == "SỰ CẦN THIẾT"


def test_passing_through_a_type_leaves_no_first_recipient_behind() -> None:
    """Báo cáo → Kế hoạch → Tờ trình → Thông báo → … → Báo cáo with the arrow keys: the
    Tờ trình's "Như trên" is taken away again when the next type does not expect it."""
    from lanson_report.domain.model import Recipient, new_draft
    from lanson_report.intake.typed import retype

    draft = new_draft(2025)
    draft.recipients = [Recipient("UBND tỉnh", "b/c"), Recipient("Lãnh đạo Sở")]
    before = list(draft.recipients)
    for code in ("KH", "TTr", "TB", "TTr", "KH", "BC"):
        retype(draft, code)
        if code == "TTr":
            assert draft.recipients[0].name == "Như trên"
    assert draft.recipients == before
