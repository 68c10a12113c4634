"""Files: the draft exchange format and the files on disk.

draftfile reads, checks, migrates and writes a draft file (../shared/draft-format.md),
with draftparts for the body and tables and validate's Reader, which names the field
path in every error; the one conversion between a Draft and a dict lives here. fileio
writes a file crash-safely (the old one or the new one, never half); paths says where
the bundled resources and the user's data folder are.

Above domain/, below everything that reads or writes a file.
"""
