"""The domain: the report as plain data (model.py) and the rules that hold whatever the
output: Vietnamese text and its old encodings, dates and periods, numbering and
wording (compose.py), the checks before export, the changes between versions, the
size limits, the error hierarchy, and tables (tables/).

The bottom layer: it imports nothing else of lanson_report, no Qt, no files, no
ReportLab. Everything above reads and writes a model.Draft.
"""
