"""Decree 30 faults seeded one at a time into the 2022 example: each is found exactly once,
by its own rule, in its own field, and nothing else changes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from lanson_report.domain.model import Block, Draft, Recipient, Run
from lanson_report.domain.textcheck import Finding, check_draft
from lanson_report.files import draftfile

Seed = Callable[[Draft], None]
RULE_MODULES = ("decree.py", "ending.py")


def _paragraph(text: str) -> Seed:
    def seed(draft: Draft) -> None:
        draft.sections[0].blocks.append(Block(runs=[Run(text)]))

    return seed


def _set(name: str, value: object) -> Seed:
    def seed(draft: Draft) -> None:
        target: object = draft
        *path, last = name.split(".")
        for part in path:
            target = getattr(target, part)
        setattr(target, last, value)

    return seed


def _recipients(draft: Draft) -> None:
    draft.addressees = ["Ủy ban nhân dân tỉnh"]
    draft.recipients.insert(0, Recipient("UBND tỉnh"))


BLOCK = "sections[0].blocks[2]"
SEEDS: list[tuple[str, Seed, str, str]] = [
    ("place-name", _paragraph("Tổ chức tại tỉnh Lạng sơn."), BLOCK, "Lạng sơn"),
    ("agency-name", _paragraph("Phối hợp với Sở Tài Chính."), BLOCK, "Sở Tài Chính"),
    ("doc-type", _paragraph("Theo quyết định số 12/QĐ-UBND đã ban hành."), BLOCK, "quyết định"),
    ("citation-case", _paragraph("Theo quy định tại Khoản 2 Điều 10."), BLOCK, "Khoản"),
    ("first-citation", _paragraph("Thực hiện Công văn số 55/SKHCN-VP, Sở đã làm."), BLOCK, ""),
    ("date-zero", _paragraph("Họp vào ngày 5 tháng 6 năm 2022."), BLOCK, "5 tháng 6"),
    ("date-impossible", _paragraph("Họp vào ngày 31/4/2022."), BLOCK, "31/4"),
    ("number-format", _paragraph("Kinh phí 1,500,000 đồng."), BLOCK, "1,500,000"),
    ("capital-start", _paragraph("đã tổ chức hội thảo."), BLOCK, "đã"),
    ("capital-sentence", _paragraph("Đã họp. sau đó tổ chức."), BLOCK, "sau"),
    ("lookalike", _paragraph("Ðã tổ chức hội thảo."), BLOCK, "Ð"),
    ("invisible", _paragraph("Đã tổ\u200b chức."), BLOCK, "\u200b"),
    ("double-space", _paragraph("Đã tổ  chức."), BLOCK, "  "),
    ("space-before", _paragraph("Đã tổ chức , xong."), BLOCK, " "),
    ("archive", _set("archive", "VP, VT"), "archive", "VP, VT"),
    ("recipients-first", _recipients, "recipients[0].name", "UBND tỉnh"),
    ("signer-tm", _set("signature.lines", ["TM. GIÁM ĐỐC"]), "signature.lines[0]", ""),
    ("signer-kt", _set("signature.lines", ["KT. GIÁM ĐỐC", "GIÁM ĐỐC"]), "signature.lines[0]", ""),
    ("signer-prefix", _set("signature.lines", ["T/M ỦY BAN NHÂN DÂN"]), "signature.lines[0]", ""),
    ("signer-title", _set("signature.name", "TS. Nguyễn Thị Hà"), "signature.name", "TS. "),
    ("signer-name", _set("signature.name", "Nguyễn thị Hà"), "signature.name", "Nguyễn thị Hà"),
]


@pytest.fixture
def clean(example_path: Path) -> Draft:
    draft = draftfile.load_path(example_path)
    draft.archive = "VT, VP"  # the example's one Lưu fault, seeded back below
    return draft


def _text(draft: Draft, where: str) -> str:
    from lanson_report.domain.textcheck import fields

    return {w: t for w, t, _ in fields(draft)}.get(where, "")


@pytest.mark.parametrize(("rule", "seed", "where", "quoted"), SEEDS, ids=[s[0] for s in SEEDS])
def test_each_seeded_fault_is_found_exactly_once(
    clean: Draft, rule: str, seed: Seed, where: str, quoted: str
) -> None:
    before = set(check_draft(clean))
    seed(clean)
    new: list[Finding] = [f for f in check_draft(clean) if f not in before]
    assert [(f.rule, f.where) for f in new] == [(rule, where)]
    if quoted:
        assert _text(clean, where)[new[0].start : new[0].end] == quoted


def test_every_decree_rule_is_seeded() -> None:
    folder = Path(check_draft.__code__.co_filename).parent
    sources = "".join((folder / name).read_text(encoding="utf-8") for name in RULE_MODULES)
    rules = set(re.findall(r'"([a-z-]+)",\s*"(?:warning|error|info)"', sources))
    assert len(rules) > 15 and rules <= {rule for rule, *_ in SEEDS}
