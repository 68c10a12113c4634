"""The merge view's model: each unit's text per section, moved, reordered, dropped,
edited and reworded, nothing lost or doubled by a move."""

from __future__ import annotations

from test_consolidate import _base, _extra, _faithful, _p, _renamed

from lanson_report.domain import mergeparts
from lanson_report.domain.consolidate import UNPLACED_HEADING, Reply, merge
from lanson_report.domain.model import Block, Draft, Run


def _merged() -> Draft:
    replies = [
        Reply("Phòng Quản lý khoa học", _faithful()),
        Reply("Phòng Quản lý chuyên ngành", _renamed()),
        Reply("Trung tâm Ứng dụng KH&CN", _extra()),
    ]
    return merge(_base(), replies).draft


def _all_blocks(draft: Draft) -> list[int]:
    return [id(b) for p in mergeparts.places(draft) for b in p.section.blocks]


def test_each_section_lists_its_units_text_under_the_units_name() -> None:
    draft = _merged()
    places = mergeparts.places(draft)
    labels = [p.label for p in places]
    assert labels[:3] == [
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Công tác quản lý khoa học",
        "2. Công tác thông tin, thống kê",
    ]
    assert labels[-1] == UNPLACED_HEADING and places[-1].unplaced
    science = places[1]
    assert [unit for unit, _ in science.units] == [
        "Phòng Quản lý khoa học",
        "Phòng Quản lý chuyên ngành",
    ]
    assert [mergeparts.preview(b) for b in science.units[1][1]] == ["Đã thẩm định 2 đề tài."]
    assert all(b.source == unit for p in places for unit, blocks in p.units for b in blocks)


def test_moving_the_unplaced_text_places_it_once_and_the_empty_section_goes() -> None:
    draft = _merged()
    before = sorted(_all_blocks(draft))
    unplaced = mergeparts.places(draft)[-1]
    target = mergeparts.places(draft)[2].section
    for block in list(unplaced.section.blocks):
        mergeparts.move(draft, block, target)
    assert sorted(_all_blocks(draft)) == before, "every block still there, once"
    assert all(s.heading != UNPLACED_HEADING for s in draft.sections), "the empty one went"
    units = [b.source for b in target.blocks]
    assert units == sorted(units, key=units.index), "a unit's blocks stay together"


def test_up_down_and_drop() -> None:
    draft = _merged()
    section = mergeparts.places(draft)[1].section
    first, second = section.blocks[1], section.blocks[2]  # after the outline's hint
    assert (first.source, second.source) == ("Phòng Quản lý khoa học", "Phòng Quản lý chuyên ngành")
    assert mergeparts.shift(draft, second, -1) and section.blocks[1:3] == [second, first]
    shown = [unit for unit, _ in mergeparts.places(draft)[1].units]
    assert shown == ["Phòng Quản lý chuyên ngành", "Phòng Quản lý khoa học"], "as it prints"
    assert mergeparts.shift(draft, second, -1) and section.blocks[0] is second
    assert not mergeparts.shift(draft, second, -1), "the first cannot go up"
    mergeparts.drop(draft, first)
    assert all(b is not first for b in section.blocks)
    assert mergeparts.section_of(draft, first) is None


def test_editing_keeps_the_formatting_of_the_words_not_retyped() -> None:
    block = Block("paragraph", [Run("Phòng đã tổ chức "), Run("4 hội đồng", bold=True), Run(".")])
    mergeparts.edit(block, "Phòng đã tổ chức 4 hội đồng khoa học.")
    assert block.text == "Phòng đã tổ chức 4 hội đồng khoa học."
    assert [r.bold for r in block.runs if "hội đồng" in r.text] == [True]
    assert block.runs[0].text == "Phòng đã tổ chức " and not block.runs[0].bold


def test_rewording_a_units_voice_into_the_departments() -> None:
    block = _p(
        "Phòng đã tổ chức 4 hội đồng. Phòng tiếp tục theo dõi; Trung tâm Ứng dụng sẽ báo cáo."
    )
    block.source = "Phòng Quản lý khoa học"
    assert [m["unit"] for m in mergeparts.own_voice(block)] == ["Phòng", "Phòng"]
    assert mergeparts.reword(block, "Sở") == 2
    assert (
        block.text
        == "Sở đã tổ chức 4 hội đồng. Sở tiếp tục theo dõi; Trung tâm Ứng dụng sẽ báo cáo."
    )
    assert not mergeparts.own_voice(block)


def test_the_unplaced_section_stands_in_what_is_missing_until_emptied() -> None:
    """It prints like any section: the clerk is told before printing, with the way out."""
    from lanson_report.domain.checks import missing

    draft = _merged()
    found = [p for p in missing(draft) if "CHƯA XẾP ĐƯỢC" in p.message]
    assert len(found) == 1 and "Sắp xếp phần các đơn vị gửi" in found[0].message
    assert found[0].field == f"sections[{len(draft.sections) - 1}]"
    unplaced = mergeparts.places(draft)[-1]
    for block in list(unplaced.section.blocks):
        mergeparts.drop(draft, block)
    assert not [p for p in missing(draft) if "CHƯA XẾP ĐƯỢC" in p.message]
