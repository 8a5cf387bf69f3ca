"""The one rule for digits in what a caller gives (a request value, an item code, a page key, a condition number, a
command line argument): 0-9 and no other. Python's str.isdigit and str.isdecimal, and `\\d` of `re`, also take the
digits of other scripts and forms ("００５９３０" full width, "٠٠٥٩٣٠" Arabic-Indic, "²" superscript) that Kiwoom does
not read as digits: a value holding one would be sent as it is and refused, or read as another, by the server.

Kiwoom's own answers are read by `_values`, whose isdecimal checks are on server data and are kept for speed."""

from __future__ import annotations

import re

DIGITS = re.compile(r"[0-9]+")


def ascii_digits(text: str) -> bool:
    """Whether `text` is one or more of the digits 0-9 (and nothing else)."""
    return DIGITS.fullmatch(text) is not None


def foreign_digits(text: str) -> str:
    """The characters of `text` that Python takes for digits (str.isdigit) and that are not 0-9: "" for none."""
    if text.isascii():
        return ""
    return "".join(ch for ch in text if ch.isdigit() and not ch.isascii())
