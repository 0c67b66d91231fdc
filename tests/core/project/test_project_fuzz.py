"""Project files as an attacker or a damaged disk writes them: every field given the wrong type, a
huge or a nonsense value, must give a ProjectError with one line, or a project, never a traceback."""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from conftest import SAMPLES

from desktop_app.core.annotations import annotate_statement
from desktop_app.core.compare.comparison import compare
from desktop_app.core.documents import load_document
from desktop_app.core.project.file import Project, ProjectError, project_from_dict, project_to_dict

WRONG_VALUES: list[Any] = [5, "x", None, [], {}, True, math.inf, math.nan, -5, 10**200, [1, 2], {"a": 1}]


def saved_project() -> dict[str, Any]:
    left, right = load_document(SAMPLES / "demo-kr.txt"), load_document(SAMPLES / "demo-cn.txt")
    project = Project(compare(left, right))
    project.annotations.append(annotate_statement(left, "left", 2, "omission", "a note"))
    return yaml.safe_load(yaml.safe_dump(project_to_dict(project), allow_unicode=True))


def field_paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every field of the file, the first two items of each list standing for the rest."""
    if prefix:
        yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            if key != "text":
                yield from field_paths(value, (*prefix, key))
            else:
                yield (*prefix, key)
    elif isinstance(node, list):
        for index, value in enumerate(node[:2]):
            yield from field_paths(value, (*prefix, index))


def mutated(base: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(base)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


def test_every_field_with_a_wrong_value_is_refused_or_read_never_a_crash() -> None:
    base = saved_project()
    paths = list(field_paths(base))
    assert len(paths) > 150
    crashes = []
    for path in paths:
        for value in WRONG_VALUES:
            try:
                project_from_dict(mutated(base, path, value), "fuzzed.parallax")
            except ProjectError as error:
                assert "\n" not in str(error) and str(error).startswith("fuzzed.parallax: ")
            except Exception as error:  # noqa: BLE001 - what this test is looking for
                crashes.append(f"{'.'.join(map(str, path))} = {value!r}: {type(error).__name__}: {error}")
    assert not crashes, "\n".join(crashes[:20])


@pytest.mark.parametrize(("path", "value", "words"), [
    (("version",), True, "version"),
    (("links", 0, "score"), math.nan, "score"),
    (("links", 0, "score"), -5, "score"),
    (("documents", "left", "statements", 0, "paragraph"), -1, "paragraph"),
    (("settings", "max_group"), 0, "max_group"),
])
def test_nonsense_values_are_named_not_accepted(path: tuple[Any, ...], value: Any, words: str) -> None:
    with pytest.raises(ProjectError, match=words):
        project_from_dict(mutated(saved_project(), path, value), "odd.parallax")
