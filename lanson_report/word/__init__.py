"""The Word (.docx) export: the printed report as an editable document for the upper agency."""

from .render import render_docx, render_docx_bytes

__all__ = ["render_docx", "render_docx_bytes"]
