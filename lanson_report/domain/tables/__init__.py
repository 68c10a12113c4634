"""Tables of a draft: the grid of cells with its merged spans (tablegrid), the editing
operations (tableops), pasting a block of cells (tablepaste), Vietnamese numbers
(numbers), computed totals and percentages (figures, figureedit), last year's figures carried
forward (carry), the sentence about a row (wording), and the bounds every table keeps
(tablelimits) that the editor, paste and the draft file share.
"""
