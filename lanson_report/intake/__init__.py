"""Intake: what comes into a draft besides typing.

A new draft started from an outline (đề cương), a period and the agency's settings
(newdraft); the outlines themselves, built in or kept by the clerk, and an outline
read from a Word file (outlines, outlineword); text pasted from Word, a web page or
an old-encoding document (pasting).

Above domain/, files/ and wordimport/ (a Word outline is read by the Word import);
the command line and the app call it.
"""
