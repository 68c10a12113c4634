"""The Decree 30 renderer: a Draft in, an A4 PDF out."""

from .render import render_pdf, render_pdf_bytes, render_pdf_placed

__all__ = ["render_pdf", "render_pdf_bytes", "render_pdf_placed"]
