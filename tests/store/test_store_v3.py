"""A draft with footnotes and cells of several lines (format v3) is kept by the store."""

from __future__ import annotations

from test_footnotes import noted

from lanson_report.store.core import Store


def test_a_footnoted_draft_survives_the_store(store: Store) -> None:
    draft = noted()
    store.create(draft)
    assert store.get(draft.id).draft == draft
