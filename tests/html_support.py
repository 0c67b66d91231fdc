"""Reading the tags of exported HTML back, for the tests that check document text stays text."""

from __future__ import annotations

from html.parser import HTMLParser


class HtmlTags(HTMLParser):
    """Every start tag of a page, with its attributes, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
