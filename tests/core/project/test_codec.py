"""One codec writes a readout into the project file and into the JSON contract: project files saved
before it reopen and save unchanged, and both formats hold the same values, each in its own layout."""

from __future__ import annotations

import pytest
import yaml
from conftest import FIXTURES, SAMPLES

from desktop_app import __version__
from desktop_app.core.documents import load_document
from desktop_app.core.project.codec import PROJECT, document_from_dict, document_to_dict
from desktop_app.core.project.file import load_project, project_to_yaml
from desktop_app.core.report.contract import comparison_to_dict

# Saved by Parallax 0.1.0 before the codec (a web readout with boilerplate, corrections, annotations).
SAVED_BEFORE = FIXTURES / "projects" / "web-pair-v1.parallax"


def test_a_project_saved_before_the_codec_reopens_and_saves_unchanged() -> None:
    saved = SAVED_BEFORE.read_text(encoding="utf-8")
    project = load_project(SAVED_BEFORE)
    left = project.comparison.left
    assert left.metadata.address == "https://www.mofa.example/eng/brd/m_5676/view.do?seq=320000"
    assert len(left.boilerplate) == 17 and "Ahn Do-hyun" in left.statements[0].text
    assert len(project.annotations) == 3 and project.corrections[0].kind == "unlink"
    again = project_to_yaml(project).replace(f"generator: Parallax {__version__}", "generator: Parallax 0.1.0")
    assert again == saved


def test_the_contract_and_the_project_file_hold_the_same_values_for_a_readout() -> None:
    project = load_project(SAVED_BEFORE)
    contract = comparison_to_dict(project.comparison)["documents"]
    saved = yaml.safe_load(SAVED_BEFORE.read_text(encoding="utf-8"))["documents"]
    for side in ("left", "right"):
        in_contract, in_project = contract[side], saved[side]
        for key, value in in_contract.items():
            if key in ("boilerplate", "statements"):
                continue
            assert value == in_project.get(key, in_project["metadata"].get(key)), key
        assert [[b["start"], b["end"], b["reason"]] for b in in_contract["boilerplate"]] == in_project["boilerplate"]
        assert [{k: v for k, v in st.items() if k not in ("id", "kind", "topics")}
                for st in in_contract["statements"]] == in_project["statements"]


def test_the_contract_lays_a_readout_out_flat_with_ids_kinds_and_topics() -> None:
    documents = comparison_to_dict(load_project(SAVED_BEFORE).comparison)["documents"]
    fetched, from_a_file = documents["left"], documents["right"]
    assert list(fetched) == ["name", "side", "language", "languages", "title", "date", "place", "participants",
                             "publisher", "side_evidence", "format", "encoding", "address", "fetched", "text",
                             "boilerplate", "statements"]
    assert "address" not in from_a_file and "fetched" not in from_a_file
    assert fetched["boilerplate"][0] == {"start": 0, "end": 7, "reason": "navigation"}
    first = fetched["statements"][0]
    assert list(first)[0] == "id" and first["id"] == "L1" and list(first)[-2:] == ["kind", "topics"]


@pytest.mark.parametrize("name", ["demo-kr.txt", "demo-cn.txt"])
def test_a_readout_comes_back_from_the_project_layout_as_it_was(name: str) -> None:
    document = load_document(SAMPLES / name)
    assert document_from_dict(document_to_dict(document, PROJECT), "documents.left") == document


def test_the_project_layout_keeps_what_reopening_needs_and_the_text_last() -> None:
    data = document_to_dict(load_document(SAMPLES / "demo-kr.txt"), PROJECT)
    assert list(data) == ["name", "source", "format", "encoding", "encoding_detected", "metadata", "warnings",
                          "boilerplate", "statements", "text"]
