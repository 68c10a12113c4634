"""What the trial of four hand-typed reports found, one failure class at a time: nesting
and numbers of decimal outlines, numbered paragraphs that are no headings, parts above
I., a twelve-column table's widths, punctuation kept exactly."""

from __future__ import annotations

import pytest
import realfiles
import trialfiles

from lanson_report.domain.model import Block, Section
from lanson_report.printed.build import printed_report
from lanson_report.wordimport import Imported, import_docx

Trial = dict[str, tuple[realfiles.RealFile, Imported]]


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> Trial:
    folder = tmp_path_factory.mktemp("trial")
    out = {}
    for name, make in trialfiles.TRIAL.items():
        made = make(folder / f"{name}.docx")
        out[name] = (made, import_docx(made.path))
    return out


def _tree(sections: list[Section], level: int = 1) -> list[tuple[int, str]]:
    out = []
    for section in sections:
        out.append((level, section.heading))
        out += _tree(section.sections, level + 1)
    return out


def _texts(section: Section) -> list[str]:
    return [block.text for block in section.blocks if isinstance(block, Block)]


def _find(sections: list[Section], heading: str) -> Section:
    for section in sections:
        if section.heading == heading:
            return section
        try:
            return _find(section.sections, heading)
        except LookupError:
            continue
    raise LookupError(heading)


def test_kinh_gui_prints_exactly_as_typed(trial: Trial) -> None:
    made, imported = trial["addressed"]
    part = next(p for p in printed_report(imported.draft) if p.role == "addressees")
    assert part.texts() == made.expect["printed_addressees"]
