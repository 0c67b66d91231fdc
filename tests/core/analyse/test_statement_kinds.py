"""What kind of statement a sentence is: an opening line, an agenda line, the readout's own assessment,
or substance, in English, German, Korean and Chinese."""

from __future__ import annotations

import pytest

from desktop_app.core.analyse.statement_kinds import AGENDA, ASSESSMENT, OPENING, SUBSTANCE, statement_kind
from desktop_app.core.documents import document_from_text

READOUT = """\
Foreign Minister Seo Ha-neul met Foreign Minister Guo Yanqing in Busan on June 18.

The two ministers agreed to resume the strategic dialogue in September.

The two sides also exchanged views on regional and international issues of common concern.

The meeting was significant in that it restored regular high-level dialogue.
"""


def kinds(text: str) -> list[str]:
    return [statement_kind(s) for s in document_from_text(text, "readout.txt").statements]


def test_an_english_readout_has_each_kind() -> None:
    assert kinds(READOUT) == [OPENING, SUBSTANCE, AGENDA, ASSESSMENT]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("양측은 한반도 정세에 대해서도 의견을 교환했습니다.", AGENDA),
    ("双方还就共同关心的国际和地区问题交换了意见。", AGENDA),
    ("Beide Seiten tauschten sich über regionale Fragen aus.", AGENDA),
])
def test_agenda_lines_in_other_languages(sentence: str, kind: str) -> None:
    # After an opening line, so that the agenda line is not the readout's first statement.
    opening = {"양": "조태열 장관은 왕이 부장과 회담했습니다.\n\n", "双": "王毅同赵兑烈举行会谈。\n\n",
               "B": "Minister Kim traf Minister Wang in Peking.\n\n"}[sentence[0]]
    assert kinds(opening + sentence)[-1] == kind


def test_the_line_that_reports_the_meeting_opens_it_wherever_it_stands() -> None:
    # A news item leads with its main point and reports the meeting after it.
    text = ("President Lee expressed hope for peace on Saturday.\n\n"
            "Lee and Xi held talks on the sidelines of the APEC summit in Gyeongju.")
    assert kinds(text) == [SUBSTANCE, OPENING]


def test_an_assessment_by_a_person_in_the_meeting_is_substance() -> None:
    text = READOUT + "\nWang Yi spoke positively of the progress made since last year.\n"
    assert kinds(text)[-1] == SUBSTANCE
