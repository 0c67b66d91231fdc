"""The window's undoable edits, as `QUndoCommand`s on one `QUndoStack`: annotating, editing and deleting
an annotation, changing the codebook, linking and unlinking.

Each command only calls a reversible step of the `Session` and tells its host (a controller of the window)
what to redraw; the stack's own texts ("Undo Annotate statement") come from the command texts here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

from desktop_app.gui.i18n import translate

if TYPE_CHECKING:
    from desktop_app.core.annotations import Annotation, Tag
    from desktop_app.core.compare.corrections import Correction
    from desktop_app.workspace.session import CorrectionStep, Session


class AnnotationHost(Protocol):
    """What an annotation command needs: the session to change, and who redraws the annotations."""

    @property
    def session(self) -> Session: ...

    def annotations_changed(self) -> None: ...


class LinkHost(Protocol):
    """What a link command needs: the session to correct, and who redraws the links."""

    @property
    def session(self) -> Session: ...

    def links_changed(self, restored: bool) -> None: ...


def undo_text(kind: str, target: str) -> str:
    """What Edit ▸ Undo says for an annotation command ("Annotate statement"), in the window's language."""
    texts = {
        ("add", "statement"): translate("Commands", "Annotate statement"),
        ("add", "text"): translate("Commands", "Annotate text"),
        ("add", "link"): translate("Commands", "Annotate link"),
        ("edit", "statement"): translate("Commands", "Edit statement annotation"),
        ("edit", "text"): translate("Commands", "Edit text annotation"),
        ("edit", "link"): translate("Commands", "Edit link annotation"),
        ("delete", "statement"): translate("Commands", "Delete statement annotation"),
        ("delete", "text"): translate("Commands", "Delete text annotation"),
        ("delete", "link"): translate("Commands", "Delete link annotation"),
    }
    return texts.get((kind, target), kind)


class AddAnnotation(QUndoCommand):
    def __init__(self, host: AnnotationHost, annotation: Annotation) -> None:
        super().__init__(undo_text("add", annotation.target))
        self.host, self.annotation = host, annotation

    def redo(self) -> None:
        self.host.session.add_annotation(self.annotation)
        self.host.annotations_changed()

    def undo(self) -> None:
        self.host.session.remove_annotation(self.annotation.id)
        self.host.annotations_changed()


class EditAnnotation(QUndoCommand):
    def __init__(self, host: AnnotationHost, old: Annotation, new: Annotation) -> None:
        super().__init__(undo_text("edit", new.target))
        self.host, self.old, self.new = host, old, new

    def redo(self) -> None:
        self.host.session.replace_annotation(self.new)
        self.host.annotations_changed()

    def undo(self) -> None:
        self.host.session.replace_annotation(self.old)
        self.host.annotations_changed()


class DeleteAnnotation(QUndoCommand):
    def __init__(self, host: AnnotationHost, annotation: Annotation) -> None:
        super().__init__(undo_text("delete", annotation.target))
        self.host, self.annotation = host, annotation
        self.position = 0

    def redo(self) -> None:
        self.position, _ = self.host.session.remove_annotation(self.annotation.id)
        self.host.annotations_changed()

    def undo(self) -> None:
        self.host.session.add_annotation(self.annotation, self.position)
        self.host.annotations_changed()


class EditCodebook(QUndoCommand):
    """A new codebook; the annotations of deleted tags move to the tag the user chose."""

    def __init__(self, host: AnnotationHost, old: list[Tag], new: list[Tag], retag: dict[str, str]) -> None:
        super().__init__(translate("Commands", "Edit codebook"))
        self.host, self.old, self.new, self.retag = host, list(old), list(new), dict(retag)
        self.moved: dict[str, str] = {}

    def redo(self) -> None:
        self.moved = self.host.session.set_codebook(self.new, self.retag)
        self.host.annotations_changed()

    def undo(self) -> None:
        self.host.session.restore_tags(self.old, self.moved)
        self.host.annotations_changed()


class CorrectLinks(QUndoCommand):
    """A manual link or unlink: the corrections are recorded and applied; undo takes them back and puts
    the links as they were (or, after a re-alignment in between, aligns again without them)."""

    def __init__(self, host: LinkHost, corrections: list[Correction], text: str) -> None:
        super().__init__(text)
        self.host, self.corrections = host, list(corrections)
        self.step: CorrectionStep | None = None

    def redo(self) -> None:
        self.step = self.host.session.correct_all(self.corrections)
        self.host.links_changed(True)

    def undo(self) -> None:
        assert self.step is not None
        restored = self.host.session.revert(self.step)
        self.host.links_changed(restored)
