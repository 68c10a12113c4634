"""The texts the checks read and the tone-style unification writes: the places Tìm và thay
walks (findtext.fields), less those the clerk does not type as prose."""

from __future__ import annotations

from collections.abc import Iterator

from ..findtext import Field
from ..findtext import fields as walked
from ..model import Draft

# The agency's names come from the settings, a recipient's note is "b/c", a reference's
# lead, type and number are chosen, not typed; a hint never prints.
SKIPPED_KINDS = frozenset({"hint", "agency", "note"})
SKIPPED_ENDS = (".lead", ".kind", ".number")


def checked(draft: Draft) -> Iterator[Field]:
    for place in walked(draft):
        if place.kind not in SKIPPED_KINDS and not place.path.endswith(SKIPPED_ENDS):
            yield place
