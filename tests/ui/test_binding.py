"""Each page names its fields once; the draft is kept in step with them as the clerk types."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lanson_report.domain.model import Signature
from lanson_report.files.draftfile import from_dict
from lanson_report.ui.wizard.binding import get_path, set_path
from lanson_report.ui.wizard.pages.agency import AgencyPage
from lanson_report.ui.wizard.pages.base import Page
from lanson_report.ui.wizard.pages.basis import BasisPage
from lanson_report.ui.wizard.pages.sign import SignPage
from tests import drafts
from tests.ui.conftest import replace_text


@pytest.mark.parametrize("page_type", [AgencyPage, BasisPage, SignPage])
def test_filling_then_reading_a_page_leaves_the_draft_as_it_was(
    qtbot: Any, page_type: type
) -> None:
    page: Page = page_type()
    qtbot.addWidget(page)
    draft = from_dict(drafts.example())
    before = copy.deepcopy(draft)
    page.load(draft)
    assert page.binding is not None and page.binding.fields
    page.apply(draft)
    assert draft == before


def test_typing_reaches_the_loaded_draft_at_once(qtbot: Any) -> None:
    page = AgencyPage()
    qtbot.addWidget(page)
    draft = from_dict(drafts.example())
    page.load(draft)
    replace_text(page.place, "Cao Bằng")
    assert draft.place == "Cao Bằng"
    assert "Cao Bằng" in page.preview.text()


def test_every_bound_path_is_a_draft_path_and_finds_its_widget(qtbot: Any) -> None:
    draft = from_dict(drafts.example())
    for page in (AgencyPage(), BasisPage(), SignPage()):
        qtbot.addWidget(page)
        assert page.binding is not None
        for field in page.binding.fields:
            get_path(draft, field.path)  # raises if the draft has no such field
            assert page._fields[field.path] is field.widget


def test_setting_a_nested_path_never_changes_a_shared_part() -> None:
    draft = from_dict(drafts.example())
    usual = Signature(["GIÁM ĐỐC"], "Hoàng Văn Minh")
    draft.signature = usual  # a new draft may hold the settings' own signer
    set_path(draft, "signature.name", "Nguyễn Thị Hà")
    assert draft.signature.name == "Nguyễn Thị Hà"
    assert usual.name == "Hoàng Văn Minh"


def test_a_whole_part_of_the_draft_goes_to_its_first_field(qtbot: Any) -> None:
    """Lists and checks may name `date` or `basis`; the page edits them field by field."""
    agency, basis = AgencyPage(), BasisPage()
    for page, field, widget in ((agency, "date", agency.day), (basis, "basis", basis.table)):
        qtbot.addWidget(page)
        page.show()
        assert page.focus_field(field)
        qtbot.waitUntil(lambda w=widget: w.hasFocus(), timeout=1000)
