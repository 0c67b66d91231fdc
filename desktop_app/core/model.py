"""The engine's data: a readout (`Document`) and the statements read from it.

Offsets are Python string indexes (code points) into `Document.text`, as in the JSON contract.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

# A line wrapped after a hyphen ("China-Japan-\nROK") or between CJK characters joins without a space.
WRAP_WITHOUT_SPACE = re.compile(
    r"(?<=\w-)[ \t]*\n\s*"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])[ \t]*\n\s*(?=[\u3040-\u30ff\u4e00-\u9fff])"
)

SideCode = Literal["KR", "CN", "unknown"]
SIDE_NAMES: dict[str, str] = {"KR": "Korean side", "CN": "Chinese side"}  # how the window and reports say it
Side = Literal["left", "right"]  # a readout's place in a comparison
SIDES: tuple[Side, Side] = ("left", "right")
POSITION_NAMES: dict[Side, str] = {"left": "left readout", "right": "right readout"}
# Readout languages (ISO 639-1) as the window and reports name them.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ko": "Korean", "zh": "Chinese", "de": "German",
                                  "ja": "Japanese", "fr": "French", "ru": "Russian", "es": "Spanish",
                                  "und": "undetermined"}
SpeakerKind = Literal["person", "both", "side", "organisation"]


def side_names(codes: Mapping[Side, str]) -> dict[Side, str]:
    """How to name each readout: "Korean side" and "Chinese side" where the sides are known and
    differ, else "left readout" and "right readout"."""
    names = {side: SIDE_NAMES.get(codes.get(side, "unknown"), POSITION_NAMES[side]) for side in SIDES}
    return names if names["left"] != names["right"] else dict(POSITION_NAMES)


class DocumentError(Exception):
    """A readout that cannot be read. The message is one line meant for the user."""


@dataclass(frozen=True)
class Span:
    """A stretch of the document text that is not a statement (site furniture, a caption, a title)."""

    start: int
    end: int
    reason: str


@dataclass
class Statement:
    """One statement of a readout: a sentence, or a numbered paragraph or bullet item."""

    index: int  # 0-based position in the document
    start: int
    end: int
    paragraph: int  # 0-based index of the paragraph the statement belongs to
    text: str  # document.text[start:end]
    language: str = "und"  # ISO 639-1 code ("en", "ko", "zh", "de"), "und" when unknown
    marker: str = ""  # "1.", "o", "-", "•" … when the statement opens a numbered paragraph or bullet
    speaker: str | None = None  # "Wang Yi", "both sides", "Chinese side", "MOTIE" …
    speaker_kind: SpeakerKind | None = None
    speaker_carried: bool = False  # True when the speaker was carried over from an earlier sentence
    stance: str | None = None  # canonical stance verb: "agreed", "stressed", "hoped", "expressed concern" …

    @property
    def clean_text(self) -> str:
        """The statement as one line: wrapped lines joined, runs of spaces collapsed."""
        return " ".join(WRAP_WITHOUT_SPACE.sub("", self.text).split())


@dataclass
class MeetingDate:
    text: str  # as written: "August 9", "2028年11月7日", "11. bis 12. Dezember"
    iso: str  # "2022-08-09", or "--08-09" when the text gives no year


@dataclass
class Metadata:
    title: str | None = None
    language: str = "und"  # the main language
    languages: list[str] = field(default_factory=list)  # every language with a real share of statements
    side: SideCode = "unknown"
    side_evidence: list[str] = field(default_factory=list)  # the cues behind the guess, for the user
    publisher: str | None = None
    date: MeetingDate | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    address: str | None = None  # the web address the readout was fetched from, as given
    fetched: str | None = None  # when it was fetched, ISO 8601 in UTC ("2029-05-12T09:30:00Z")


@dataclass
class Document:
    name: str  # file name, or "pasted text"
    text: str  # the extracted text that every offset refers to
    source: str | None = None  # the path it was read from; None for pasted text
    format: str = "text"  # "txt", "md", "html", "docx", "pdf", "text"
    encoding: str | None = None  # the encoding the bytes were decoded with
    encoding_detected: bool = True  # False when the caller chose the encoding
    metadata: Metadata = field(default_factory=Metadata)
    boilerplate: list[Span] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # things the user should know (recovered HTML …)


_ID_PREFIX = {"left": "L", "right": "R"}


def statement_id(side: Side, index: int) -> str:
    """A statement's id in reports and the JSON contract: "L1", "R3" … (1-based, as a reader counts)."""
    return f"{_ID_PREFIX[side]}{index + 1}"
