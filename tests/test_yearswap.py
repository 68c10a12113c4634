"""Offering to replace last year with the new year in a duplicated draft."""

from __future__ import annotations

import datetime
from pathlib import Path

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
    assert all("2023" in r.after for r in found)


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
        "Mục 1, ý “+” 1",
        "Mục 1, đoạn 2",
    ]
