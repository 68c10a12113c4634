"""Both tone placements are correct; a draft that mixes them gets one grouped hint, and
`unify` writes it in the style the clerk confirms."""

from __future__ import annotations

from pathlib import Path

import pytest

from lanson_report.domain.model import Block, Run
from lanson_report.domain.textcheck import check_draft
from lanson_report.domain.textcheck.tonestyle import restyle, restyle_text, style_of, unify
from lanson_report.files import draftfile


@pytest.mark.parametrize(
    ("word", "style", "old", "new"),
    [
        ("hòa", "old", "hòa", "hoà"),
        ("hoà", "new", "hòa", "hoà"),
        ("Thuỷ", "new", "Thủy", "Thuỷ"),
        ("KHỎE", "old", "KHỎE", "KHOẺ"),
        ("toán", None, "toán", "toán"),
        ("của", None, "của", "của"),
        ("hoa", None, "hoa", "hoa"),
    ],
)
def test_each_word_has_its_style_and_moves_to_the_other(
    word: str, style: str | None, old: str, new: str
) -> None:
    assert style_of(word) == style
    assert (restyle(word, "old"), restyle(word, "new")) == (old, new)


def test_a_mixed_draft_gets_one_hint_at_the_rarer_style(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    assert not [f for f in check_draft(draft) if f.rule == "tone-style"]
    draft.sections[0].blocks.append(Block(runs=[Run("Bảo đảm hoà bình, khoẻ mạnh.")]))
    draft.sections[0].blocks.append(Block(runs=[Run("Hòa giải và Hòa nhập.")]))
    (hint,) = [f for f in check_draft(draft) if f.rule == "tone-style"]
    assert (hint.severity, hint.where, hint.start, hint.end) == (
        "info",
        "sections[0].blocks[2]",
        8,
        11,
    )
    # ủy, hóa (2022), Hòa, Hòa ("hoà" is written in lower case too: no name); each style
    # shown by its first word (two clerk trials)
    assert "nguyên âm đầu như “Hòa” (4 chữ) và ở nguyên âm sau như “hoà” (2 chữ)" in hint.message
    assert hint.suggestions == ()  # unify() writes them all; no one-word fix


def test_unify_writes_every_text_in_one_style(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    draft.sections[0].blocks.append(Block(runs=[Run("Bảo đảm hoà bình, "), Run("khoẻ", bold=True)]))
    draft.title = "Hòa nhập"
    unify(draft, "new")
    assert draft.title == "Hoà nhập"
    assert [r.text for r in draft.sections[0].blocks[-1].runs] == ["Bảo đảm hoà bình, ", "khoẻ"]
    assert not [f for f in check_draft(draft) if f.rule == "tone-style"]
    assert restyle_text(draft.sections[1].blocks[1].text, "old") != draft.sections[1].blocks[1].text


def test_unify_leaves_a_name_as_its_owner_writes_it(example_path: Path) -> None:
    """Clerk trials: "Thống nhất" turned "cán bộ Thuý" into "Thúy", and "Thuý" opening a
    sentence too. A capitalised word the draft writes nowhere in lower case is a name."""
    draft = draftfile.load_path(example_path)
    draft.sections[0].blocks.append(
        Block(runs=[Run("Uỷ ban giao cán bộ Thuý ở Hoà Bình, hoà giải. Thuý và thuỷ lợi.")])
    )
    draft.signature.name = "Hoàng Thị Thuý"
    unify(draft, "old")
    assert draft.sections[0].blocks[-1].text == (
        "Ủy ban giao cán bộ Thuý ở Hòa Bình, hòa giải. Thuý và thủy lợi."
    )
    assert draft.signature.name == "Hoàng Thị Thuý"
    assert not [f for f in check_draft(draft) if f.rule == "tone-style"]  # names not counted
