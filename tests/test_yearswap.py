"""Offering to replace last year with the new year in a duplicated draft."""

from __future__ import annotations

import datetime
from pathlib import Path

import drafts
import pytest

from lanson_report.domain import yearswap
from lanson_report.domain.model import Block, Draft, Reference, Run, Section, new_draft
from lanson_report.files import draftfile


def _draft() -> Draft:
    draft = new_draft(2022)
    draft.title = "Kết quả Ngày KH&CN năm 2022"
    draft.basis.references.append(
        Reference(
            "Căn cứ",
            "Thông tư",
            "05/2022/TT-BKHCN",
            datetime.date(2022, 4, 1),
            "Bộ KH&CN",
            "về việc tổ chức Ngày KH&CN năm 2022",
        )
    )
    draft.sections.append(
        Section(
            "Kết quả 2022",
            [Block("paragraph", [Run("Theo văn bản ngày 14/4/2022 "), Run("năm 2022", bold=True)])],
        )
    )
    draft.closing = "Báo cáo năm 2022, mã 120225 và 20221./."
    return draft


def test_finds_every_whole_year_in_reading_order() -> None:
    found = yearswap.find(_draft(), 2022, 2023)
    assert [r.path for r in found] == [
        "title",
        "basis.references[0].number",
        "basis.references[0].subject",
        "sections[0].heading",
        "sections[0].blocks[0].runs[0]",
        "sections[0].blocks[0].runs[1]",
        "closing",
    ]
    assert found[0].before == "Kết quả Ngày KH&CN năm 2022"
    assert found[0].after == "Kết quả Ngày KH&CN năm 2023"


def test_dates_of_earlier_documents_are_proposed_unticked() -> None:
    found = {r.path: r.likely for r in yearswap.find(_draft(), 2022, 2023)}
    assert found["sections[0].blocks[0].runs[0]"] is False
    assert found["title"] is True


def test_every_year_in_the_basis_references_is_proposed_unticked() -> None:
    """They quote documents that exist: "về việc … năm 2022" must stay as it was issued."""
    draft = _draft()
    draft.basis.references.append(
        Reference("Thực hiện 2022", "Kế hoạch 2022", "", None, "Ban 2022", "năm 2022")
    )
    found = [r for r in yearswap.find(draft, 2022, 2023) if r.path.startswith("basis.")]
    assert [(r.label, r.likely) for r in found] == [
        ("Căn cứ 1, số, ký hiệu", False),
        ("Căn cứ 1, nội dung", False),
        ("Căn cứ 2, mở đầu", False),
        ("Căn cứ 2, loại văn bản", False),
        ("Căn cứ 2, cơ quan ban hành", False),
        ("Căn cứ 2, nội dung", False),
    ]
    yearswap.apply(draft, found, 2022, 2023)  # the clerk may still tick them
    assert draft.basis.references[1] == Reference(
        "Thực hiện 2023", "Kế hoạch 2023", "", None, "Ban 2023", "năm 2023"
    )


def test_apply_changes_only_the_chosen_occurrences() -> None:
    draft = _draft()
    found = yearswap.find(draft, 2022, 2023)
    chosen = [r for r in found if r.likely]
    assert yearswap.apply(draft, chosen, 2022, 2023) == len(chosen)
    assert draft.title.endswith("năm 2023")
    assert draft.sections[0].blocks[0].runs[0].text == "Theo văn bản ngày 14/4/2022 "
    assert draft.sections[0].blocks[0].runs[1] == Run("năm 2023", bold=True)
    assert draft.closing == "Báo cáo năm 2023, mã 120225 và 20221./."
    assert draft.basis.references[0].date == datetime.date(2022, 4, 1)
    assert draft.basis.references[0].subject == "về việc tổ chức Ngày KH&CN năm 2022"
    assert draft.basis.references[0].number == "05/2022/TT-BKHCN"


def test_several_occurrences_in_one_text() -> None:
    draft = new_draft(2022)
    draft.title = "2022 và 2022"
    found = yearswap.find(draft, 2022, 2024)
    yearswap.apply(draft, found[1:], 2022, 2024)
    assert draft.title == "2022 và 2024"


def test_context_is_shortened_with_ellipsis(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    found = yearswap.find(draft, 2022, 2023)
    assert len(found) > 5
    long = [r for r in found if r.path.startswith("sections[0].blocks[0]")]
    assert long and long[0].before.startswith("…")
    assert all("2023" in r.after for r in found if r.old == "2022")


def test_the_context_is_cut_between_words_never_inside_one() -> None:
    draft = new_draft(2022)
    draft.closing = (
        "Sở Khoa học và Công nghệ tỉnh Lạng Sơn đã tổ chức thành công Ngày Khoa học và "
        "công nghệ Việt Nam năm 2022 với nhiều hoạt động thiết thực và hiệu quả cao nhất"
    )
    (found,) = yearswap.find(draft, 2022, 2023)
    words = set(draft.closing.split())
    head = found.head.removeprefix("…").split()
    tail = found.tail.removesuffix("…").split()
    assert found.head.startswith("…") and found.tail.endswith("…")
    assert set(head) <= words and set(tail) <= words, (found.head, found.tail)
    assert found.head.endswith("năm ") and found.tail.startswith(" với")


def test_dash_items_are_not_counted_as_paragraphs() -> None:
    draft = new_draft(2022)
    blocks = [
        Block("paragraph", [Run("Mở đầu 2022")]),
        Block("bullet", [Run("Ý một 2022")]),
        Block("bullet", [Run("Ý hai 2022")]),
        Block("subbullet", [Run("Ý nhỏ 2022")]),
        Block("paragraph", [Run("Kết 2022")]),
    ]
    draft.sections.append(Section("", blocks))
    labels = [r.label for r in yearswap.find(draft, 2022, 2023)]
    assert labels == [
        "Mục 1, đoạn 1",
        "Mục 1, gạch đầu dòng 1",
        "Mục 1, gạch đầu dòng 2",
        "Mục 1, ý nhỏ 1",
        "Mục 1, đoạn 2",
    ]


def _paragraph_found(text: str) -> list[yearswap.Replacement]:
    draft = new_draft(2022)
    draft.sections = [Section("Kết quả", [Block("paragraph", [Run(text)])])]
    return yearswap.find(draft, 2022, 2023)


@pytest.mark.parametrize(
    ("text", "likely", "reason"),
    [
        ("Đài tỉnh phát sóng vào tối ngày 18/5/2022 trong chuyên mục.", True, ""),
        ("Tổ chức từ ngày 15/5/2022 đến hết tháng 5/2022.", True, ""),
        ("Theo Công văn số 799/BKHCN-VP ngày 14/4/2022 của Bộ.", False, "ngày của văn bản"),
        ("Kế hoạch ngày 03/3/2022 của UBND tỉnh.", False, "ngày của văn bản"),
        ("Văn bản ban hành ngày 5/01/2022.", False, "ngày của văn bản"),
        ("Theo Quyết định số 19/2022/QĐ-UBND của UBND tỉnh.", False, "số, ký hiệu"),
        (
            "Theo Công văn số 799/BKHCN-VP của Bộ về việc hướng dẫn tổ chức Ngày KH&CN năm 2022.",
            False,
            "trích yếu của văn bản",
        ),
        ("Công văn số 5/SKHCN đã gửi. Năm 2022 Sở về việc này đã làm tốt.", True, ""),
    ],
)
def test_event_dates_are_ticked_and_dates_of_issued_documents_are_not(
    text: str, likely: bool, reason: str
) -> None:
    found = _paragraph_found(text)
    assert {item.likely for item in found if item.old == "2022"} == {likely}
    assert all(reason in item.reason for item in found)


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("Cuộc thi sáng tạo lần thứ 14, năm 2022", "Cuộc thi sáng tạo lần thứ 15, năm 2023"),
        ("Hội thi lần thứ XIV năm 2022", "Hội thi lần thứ XV năm 2023"),
    ],
)
def test_an_ordinal_that_counts_with_the_year_is_offered_for_review(text: str, after: str) -> None:
    found = _paragraph_found(text)
    ordinals = [item for item in found if item.old != "2022"]
    assert len(ordinals) == 1
    assert not ordinals[0].likely
    assert ordinals[0].reason == "số thứ tự (lần thứ) đi theo năm: xem lại"
    draft = new_draft(2022)
    draft.sections = [Section("Kết quả", [Block("paragraph", [Run(text)])])]
    assert yearswap.apply(draft, yearswap.find(draft, 2022, 2023), 2022, 2023) == 2
    assert draft.sections[0].blocks[0].runs[0].text == after  # type: ignore[union-attr]


def test_an_ordinal_far_from_any_year_is_left_alone() -> None:
    text = "Lần thứ 3 đoàn kiểm tra " + "làm việc tại cơ sở " * 8 + "trong năm 2022."
    assert [item.old for item in _paragraph_found(text)] == ["2022"]


def test_the_example_report_event_date_and_contest_ordinal() -> None:
    draft = draftfile.load_path(drafts.FIXTURES / "bao-cao-ngay-khcn-2022.json")
    found = yearswap.find(draft, 2022, 2023)
    aired = [item for item in found if "phát sóng" in item.head]
    assert aired and all(item.likely for item in aired)
    contest = [item for item in found if item.old == "14"]
    assert len(contest) == 1 and contest[0].new == "15" and not contest[0].likely
    cited = [item for item in found if "799/BKHCN-VP ngày 14/4/" in item.head]
    assert cited and not any(item.likely for item in cited)


def test_a_year_in_a_sentence_of_last_years_figures_waits_for_the_figures() -> None:
    """Moving the year of "Năm 2022, thu ngân sách đạt 103,2 % kế hoạch" would make last
    year's figures look like this year's: offered unticked until the clerk updates them."""
    text = (
        "Năm 2022, thu ngân sách đạt 103,2 % kế hoạch, tăng 5,3% so với cùng kỳ. "
        "Ngày KH&CN Việt Nam năm 2022 được tổ chức trang trọng."
    )
    figures, event = _paragraph_found(text)
    assert not figures.likely
    assert figures.reason == "câu nêu số liệu của năm cũ: cập nhật số liệu rồi mới đổi năm"
    assert event.likely, "the next sentence states no figure"
