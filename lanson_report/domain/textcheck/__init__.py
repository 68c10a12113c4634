"""Checks of the words a clerk types: Vietnamese spelling by syllable rules and the text
rules of Decree 30/2020/NĐ-CP, offline."""
