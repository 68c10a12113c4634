"""Saying what changed between two saves of a draft."""

from __future__ import annotations

import copy

from lanson_report.domain.changes import describe
from lanson_report.domain.model import Block, Draft, Recipient, Reference, Run, Section, new_draft


def _draft() -> Draft:
    draft = new_draft(2022)
    draft.title = "Báo cáo kết quả"
    draft.sections = [
        Section("Một", [Block("paragraph", [Run("a")])]),
        Section("Hai", [Block("paragraph", [Run("b")])], [Section("Con", [])]),
        Section("Ba", []),
    ]
    draft.recipients = [Recipient("Như trên"), Recipient("Lưu: VT")]
    return draft


def test_the_first_save_has_nothing_before_it() -> None:
    assert describe(None, _draft()) == "bản đầu tiên"


def test_the_same_content_is_said_so() -> None:
    assert describe(_draft(), _draft()) == "không đổi nội dung"


def test_an_edited_section_and_an_added_recipient() -> None:
    old, new = _draft(), _draft()
    new.sections[1].blocks[0].runs[0].text = "b đã sửa"
    new.recipients.append(Recipient("Sở Tài chính"))
    assert describe(old, new) == "sửa mục 2, thêm 1 nơi nhận"


def test_a_nested_section_is_named_by_its_place() -> None:
    old, new = _draft(), _draft()
    new.sections[1].sections[0].heading = "Con đã sửa"
    assert describe(old, new) == "sửa mục 2.1"


def test_inserting_a_section_is_not_an_edit_of_every_later_one() -> None:
    old, new = _draft(), _draft()
    new.sections.insert(0, Section("Mới", []))
    assert describe(old, new) == "thêm 1 mục"


def test_fields_and_removals() -> None:
    old, new = _draft(), _draft()
    old.basis.references = [Reference(number="1/VP"), Reference(number="2/VP")]
    new.basis.references = [copy.deepcopy(old.basis.references[0])]
    new.title = "Báo cáo khác"
    new.signature.name = "Nguyễn Văn A"
    del new.recipients[0]
    assert describe(old, new) == "sửa trích yếu, sửa người ký, xóa 1 căn cứ, xóa 1 nơi nhận"


def test_many_edits_are_counted_not_listed() -> None:
    old, new = _draft(), _draft()
    for section in new.sections:
        section.heading += " (sửa)"
    new.sections[1].sections[0].heading = "x"
    assert describe(old, new) == "sửa 4 mục"


def test_tables_and_appendices_count_as_content() -> None:
    from lanson_report.domain.model import Appendix, Table

    old, new = _draft(), _draft()
    new.sections[0].blocks.append(Table())
    new.appendices.append(Appendix(title="Phụ lục kinh phí"))
    assert describe(old, new) == "sửa mục 1, thêm 1 phụ lục"
