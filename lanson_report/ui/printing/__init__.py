"""Printing and exporting a draft: PDF, Word, the printer."""
