"""Undo and redo inside the table editor (Ctrl+Z, Ctrl+Y), for as long as it is open.

A step is what to put back: one cell as it was (typing into a cell, the common case, costs
a copy of that cell, so a table of hundreds of rows stays quick to type in), or the whole
table as it was before a change of its grid or of what it computes. Undoing a step keeps
the state it replaced as the step that redoes it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from ....domain.model import Cell, Table

LIMIT = 200  # steps kept back; a whole-table step of a big table is a copy of it


@dataclass(frozen=True)
class CellStep:
    row: int
    column: int
    cell: Cell  # a copy, as the cell was


@dataclass(frozen=True)
class TableStep:
    table: Table  # a copy, as the table was


Step = CellStep | TableStep


class History:
    def __init__(self) -> None:
        self._back: list[Step] = []
        self._ahead: list[Step] = []

    def cell(self, row: int, column: int, before: Cell) -> None:
        self._push(CellStep(row, column, copy.deepcopy(before)))

    def table(self, before: Table) -> None:
        self._push(TableStep(copy.deepcopy(before)))

    def _push(self, step: Step) -> None:
        self._back.append(step)
        del self._back[:-LIMIT]
        self._ahead.clear()  # a new change: what was undone cannot be redone over it

    def can_undo(self) -> bool:
        return bool(self._back)

    def can_redo(self) -> bool:
        return bool(self._ahead)

    def undo(self) -> Step | None:
        return self._back.pop() if self._back else None

    def redo(self) -> Step | None:
        return self._ahead.pop() if self._ahead else None

    def undone(self, inverse: Step) -> None:
        """The state an undo replaced, for redo to put back."""
        self._ahead.append(inverse)

    def redone(self, inverse: Step) -> None:
        """The state a redo replaced, for undo to put back (what was undone stays redoable)."""
        self._back.append(inverse)
