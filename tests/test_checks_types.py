"""What "Còn thiếu" says of each document type (../shared/decree30-types.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import drafts
import pytest
from typesamples import SAMPLES, sample

from lanson_report.domain.checks import Problem, executing_article, missing
from lanson_report.files import draftfile


def problems(raw: dict[str, Any]) -> list[Problem]:
    return missing(draftfile.from_dict(raw, lenient=True))


def messages(raw: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in problems(raw)]


@pytest.mark.parametrize("code", list(SAMPLES))
def test_a_full_example_of_each_type_lacks_nothing(code: str) -> None:
    assert problems(sample(code)) == []


def _without_addressees(raw: dict[str, Any]) -> None:
    raw["addressees"] = []


def _with_addressees(raw: dict[str, Any]) -> None:
    raw["addressees"] = ["UBND tỉnh"]


def _recipients(*names: str) -> Callable[[dict[str, Any]], None]:
    def change(raw: dict[str, Any]) -> None:
        raw["recipients"] = [{"name": name} for name in names]

    return change


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(raw: dict[str, Any]) -> None:
        raw[key] = value

    return change


def _no_invitation(raw: dict[str, Any]) -> None:
    del raw["invitation"]


def _invitation(key: str) -> Callable[[dict[str, Any]], None]:
    def change(raw: dict[str, Any]) -> None:
        raw["invitation"][key] = " "

    return change


@pytest.mark.parametrize(
    ("code", "change", "expected"),
    [
        ("TTr", _without_addressees, ("addressees", "Tờ trình cần có dòng Kính gửi")),
        ("CV", _without_addressees, ("addressees", "Công văn cần có dòng Kính gửi")),
        (
            "KH",
            _with_addressees,
            ("addressees", "Kế hoạch không có dòng Kính gửi: hãy chuyển các nơi gửi sang Nơi nhận"),
        ),
        ("GM", _with_addressees, ("addressees", "Giấy mời không có dòng Kính gửi: hãy chuyển")),
        (
            "TTr",
            _recipients("Lãnh đạo Sở"),
            (
                "recipients",
                "dòng đầu của Nơi nhận của tờ trình phải là “- Như trên;” (đang là “Lãnh đạo Sở”)",
            ),
        ),
        ("CV", _recipients(), ("recipients", "Nơi nhận của công văn phải là “- Như trên;”")),
        (
            "QĐ",
            _recipients("Như Điều 2", "Lãnh đạo Sở"),
            (
                "recipients",
                "Nơi nhận của quyết định phải là “- Như Điều 3;” (đang là “Như Điều 2”)",
            ),
        ),
        (
            "GM",
            _recipients("Các đại biểu"),
            ("recipients", "Nơi nhận của giấy mời phải là “- Như thành phần mời;”"),
        ),
        ("QĐ", _set("authority", ""), ("authority", "quyết định chưa có dòng thẩm quyền ban hành")),
        (
            "QĐ",
            _set("basis", {"references": [], "closing": ""}),
            ("basis", "quyết định chưa có căn cứ ban hành"),
        ),
        (
            "QĐ",
            _set("sections", []),
            ("sections", "quyết định chưa có Điều nào sau “QUYẾT ĐỊNH:”"),
        ),
        ("QĐ", _set("outline", "roman"), ("outline", "phải chia thành các Điều")),
        ("GM", _no_invitation, ("invitation", "giấy mời chưa có nội dung mời")),
        ("GM", _invitation("place"), ("invitation.place", "giấy mời chưa ghi địa điểm")),
        (
            "GM",
            _invitation("invitees"),
            ("invitation.invitees", "giấy mời chưa ghi thành phần mời"),
        ),
        ("GM", _invitation("time"), ("invitation.time", "giấy mời chưa ghi thời gian")),
        ("CV", _set("unit", ""), ("unit", "công văn chưa có ký hiệu đơn vị soạn thảo")),
        ("CV", _set("title", ""), ("title", "chưa có trích yếu nội dung công văn")),
    ],
)
def test_what_a_type_still_lacks_is_named(
    code: str, change: Callable[[dict[str, Any]], None], expected: tuple[str, str]
) -> None:
    raw = sample(code)
    change(raw)
    field, message = expected
    found = messages(raw)
    assert [m for f, m in found if f == field and message in m], found


def test_a_report_with_kinh_gui_starts_noi_nhan_with_nhu_tren() -> None:
    raw = drafts.roman_commune()
    assert ("recipients", "dòng đầu của Nơi nhận của báo cáo phải là “- Như trên;”") in [
        (f, m.split(" (")[0]) for f, m in messages(raw)
    ]
    raw["recipients"].insert(0, {"name": "Như trên"})
    assert not [f for f, _ in messages(raw) if f == "recipients"]
    assert not [f for f, _ in messages(drafts.example()) if f == "recipients"]  # no Kính gửi


def test_the_executing_article_is_the_one_that_names_who_carries_it_out() -> None:
    raw = sample("QĐ")
    assert executing_article(draftfile.from_dict(raw)) == 3
    raw["sections"].append({"heading": "", "blocks": [{"kind": "paragraph", "text": "Khác."}]})
    assert executing_article(draftfile.from_dict(raw, lenient=True)) == 3  # still Điều 3
    raw["sections"] = raw["sections"][:2]
    assert executing_article(draftfile.from_dict(raw, lenient=True)) == 2  # else the last one


def test_defaults_made_before_the_agency_was_known_are_asked_for() -> None:
    """A Tờ trình or a Quyết định started on a PC without agency settings."""
    from lanson_report.domain.model import Settings
    from lanson_report.intake.typed import start_typed

    submission = start_typed("TTr", Settings())
    assert submission.closing.startswith("[tên cơ quan] kính trình")
    assert any(p.field == "closing" for p in missing(submission))
    decision = start_typed("QĐ", Settings())
    assert decision.authority == ""
    assert any(p.field == "authority" for p in missing(decision))
    decision.authority = "GIÁM ĐỐC"  # typed without the agency
    assert any("chưa có tên cơ quan" in p.message for p in missing(decision))


def test_a_type_without_kinh_gui_never_prints_one() -> None:
    """A Tờ trình changed into a Thông báo keeps its Kính gửi (nothing is lost) but the
    Thông báo does not print it."""
    from lanson_report.printed.build import printed_report

    draft = draftfile.from_dict(sample("TTr"))
    draft.doc_type = "TB"
    assert draft.addressees
    assert not [p for p in printed_report(draft) if p.role == "addressees"]


def test_the_proposal_prints_whole_whatever_the_clerk_typed() -> None:
    from lanson_report.domain import compose

    draft = draftfile.from_dict(sample("QĐ"))
    for typed in ("Chánh Văn phòng Sở", "Theo đề nghị của Chánh Văn phòng Sở."):
        draft.proposal = typed
        assert compose.basis_lines(draft)[-1] == "Theo đề nghị của Chánh Văn phòng Sở."


def test_an_empty_article_is_named_by_its_number() -> None:
    from lanson_report.domain.model import Settings
    from lanson_report.intake.typed import start_typed

    decision = start_typed("QĐ", Settings())
    messages = [p.message for p in missing(decision) if p.field.startswith("sections")]
    assert messages[:2] == [
        "Điều 1 mới có gợi ý của đề cương, chưa có nội dung",
        "Điều 2 mới có gợi ý của đề cương, chưa có nội dung",
    ]
