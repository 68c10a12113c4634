"""The report wizard: the editor, its steps (pages) and the draft it edits."""
