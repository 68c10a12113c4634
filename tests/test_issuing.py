"""The unique issued number and a new draft from the settings, without any window."""

from __future__ import annotations

import datetime

from lanson_report.domain.model import Agency, Draft, Settings, Signature, new_draft
from lanson_report.intake.newdraft import start_draft
from lanson_report.store.issuing import number_clashes
from lanson_report.store.records import Summary

NOW = datetime.datetime(2022, 9, 1, tzinfo=datetime.UTC)


def listed(number: str, status: str = "issued", year: int = 2022, **changes: str) -> Summary:
    values = {"id": f"id-{number}-{status}-{year}", "title": "Báo cáo", "symbol": "BC-SKHCN"}
    values.update(changes)
    return Summary(values["id"], year, values["title"], number, values["symbol"], status, NOW, NOW)


def draft_2022() -> Draft:
    draft = new_draft(2022)
    draft.agency = Agency(name="SỞ KHOA HỌC VÀ CÔNG NGHỆ", abbreviation="SKHCN")
    return draft


def test_an_issued_report_with_the_same_number_and_symbol_clashes() -> None:
    draft = draft_2022()
    others = [listed("7"), listed("8")]
    assert number_clashes(others, draft, "07") == [others[0]]


def test_drafts_other_years_other_symbols_and_itself_do_not_clash() -> None:
    draft = draft_2022()
    others = [
        listed("7", status="draft"),
        listed("7", status="printed"),
        listed("7", year=2021),
        listed("7", symbol="BC-UBND"),
        listed("7", id=draft.id),
    ]
    assert number_clashes(others, draft, "7") == []


def test_a_new_draft_takes_the_settings_as_copies() -> None:
    signer = Signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Văn A")
    settings = Settings(
        agency=Agency("UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN"),
        place="Lạng Sơn",
        signers=[signer, Signature(["GIÁM ĐỐC"], "B")],
        archive="",
    )
    draft = start_draft(None, settings, today=datetime.date(2023, 3, 1))
    assert draft.date.year == 2023
    assert draft.agency == settings.agency and draft.agency is not settings.agency
    assert (draft.place, draft.archive) == ("Lạng Sơn", "VT")
    assert draft.signature == signer
    draft.signature.lines.append("x")
    assert signer.lines == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


def test_a_new_draft_without_settings_is_this_years_empty_draft() -> None:
    draft = start_draft(None, Settings())
    assert draft.date.year == datetime.date.today().year
    assert draft.agency == Agency() and draft.archive == "VT"
