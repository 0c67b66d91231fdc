"""Text as XML 1.0 can carry it: the Excel workbook and the REFI-QDA files are XML inside, and a readout
may hold characters XML forbids (control characters pasted from a terminal, a lone surrogate from broken
UTF-16). Each becomes U+FFFD, one character for one, so offsets into the text stay right."""

from __future__ import annotations

import re

# XML 1.0's Char production, negated: C0 controls but tab, newline and CR; surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def xml_safe(text: str) -> str:
    return _NOT_XML.sub(REPLACEMENT, text)
