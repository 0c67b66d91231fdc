"""The codebook's dialog: add, rename, recolour and delete tags; import a REFI-QDA codebook into it,
export it as one.

It works on a copy and hands back what the user chose; the window turns that into an undoable command.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.annotations import Tag, spare_colour, tag_id_for
from desktop_app.core.report.refiqda import (
    QDC_SUFFIX,
    CodebookMerge,
    QdaError,
    codebook_to_qdc,
    load_qdc,
    merge_codebook,
)
from desktop_app.gui.widgets.annotation_panel import swatch

ID_ROLE = Qt.ItemDataRole.UserRole


class CodebookDialog(QDialog):
    """Add, rename, recolour and delete tags. Deleting a tag in use asks which tag its annotations move
    to (cancelling keeps the tag): no annotation is ever left without a tag. Import merges a REFI-QDA
    codebook (.qdc) by name and says what it added; Export writes the tags shown as one. Like every
    edit here, an import takes effect with OK, as one undoable step."""

    def __init__(self, codebook: list[Tag], usage: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookDialog")
        self.setWindowTitle(self.tr("Codebook"))
        self.tags = list(codebook)
        self.usage = dict(usage)
        self.retag: dict[str, str] = {}
        self.list = QListWidget()
        self.list.setObjectName("codebookList")
        self.list.currentRowChanged.connect(lambda _: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _: self._rename_clicked())
        self.problem = QLabel("")
        self.problem.setObjectName("codebookProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.info = QLabel("")  # what an import added, or where an export went
        self.info.setObjectName("codebookInfo")
        self.info.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for key, text, handler in (("add", self.tr("&Add…"), self._add_clicked),
                                   ("rename", self.tr("&Rename…"), self._rename_clicked),
                                   ("colour", self.tr("&Colour…"), self._colour_clicked),
                                   ("delete", self.tr("&Delete…"), self._delete_clicked),
                                   ("import", self.tr("&Import .qdc…"), self._import_clicked),
                                   ("export", self.tr("E&xport .qdc…"), self._export_clicked)):
            if key == "import":
                side.addSpacing(12)
            button = QPushButton(text)
            button.setObjectName(f"codebook_{key}")
            button.clicked.connect(handler)
            side.addWidget(button)
            self.buttons[key] = button
        self.buttons["import"].setToolTip(self.tr("Add the codes of a REFI-QDA codebook (from ATLAS.ti, "
                                                  "MAXQDA, NVivo, QualCoder, Taguette …) that this codebook "
                                                  "lacks, by name"))
        self.buttons["export"].setToolTip(self.tr("Save these tags as a REFI-QDA codebook for other tools"))
        side.addStretch(1)
        intro = QLabel(self.tr("Tags for what differs between the readouts. Saved with the project."))
        intro.setWordWrap(True)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.info)
        layout.addWidget(box)
        self._fill()
        self.list.setCurrentRow(0)
        self.resize(460, 360)

    # ------------------------------------------------------------------------------- the list

    def _fill(self, current: str | None = None) -> None:
        self.list.clear()
        for tag in self.tags:
            count = self.usage.get(tag.id, 0)
            used = ((self.tr("   (1 annotation)") if count == 1 else
                     self.tr("   ({count} annotations)").format(count=count)) if count else "")
            item = QListWidgetItem(swatch(tag.colour, 14), f"{tag.name}{used}")
            item.setData(ID_ROLE, tag.id)
            item.setToolTip(f"{tag.name} · {tag.colour} · id {tag.id}")
            self.list.addItem(item)
            if tag.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_tag() is not None
        for key in ("rename", "colour"):
            self.buttons[key].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen and len(self.tags) > 1)

    def current_tag(self) -> Tag | None:
        item = self.list.currentItem()
        tag_id = item.data(ID_ROLE) if item is not None else None
        return next((t for t in self.tags if t.id == tag_id), None)

    def result_codebook(self) -> tuple[list[Tag], dict[str, str]]:
        """The new tags, and for each deleted tag in use the tag its annotations move to."""
        return list(self.tags), dict(self.retag)

    # ------------------------------------------------------------------------------- edits

    def add_tag(self, name: str, colour: str | None = None) -> Tag | None:
        name = name.strip()
        if not self._name_ok(name):
            return None
        colour = colour or spare_colour(self.tags)
        tag = Tag(tag_id_for(name, {t.id for t in self.tags} | set(self.retag)), name, QColor(colour).name())
        self.tags.append(tag)
        self._fill(tag.id)
        return tag

    def rename_tag(self, tag_id: str, name: str) -> bool:
        name = name.strip()
        if not self._name_ok(name, tag_id):
            return False
        self._replace(tag_id, name=name)
        return True

    def recolour_tag(self, tag_id: str, colour: str) -> None:
        self._replace(tag_id, colour=QColor(colour).name())

    def delete_tag(self, tag_id: str, move_to: str | None = None) -> bool:
        """Delete a tag; one in use only with a tag to move its annotations to."""
        if len(self.tags) <= 1:
            return self._refuse(self.tr("The codebook needs at least one tag."))
        in_use = self.usage.get(tag_id, 0)
        if in_use and (move_to is None or move_to == tag_id or move_to not in {t.id for t in self.tags}):
            return self._refuse(self.tr("Choose a tag for the annotations of the tag you delete."))
        self.tags = [t for t in self.tags if t.id != tag_id]
        if in_use and move_to is not None:
            for old, new in list(self.retag.items()):
                if new == tag_id:
                    self.retag[old] = move_to
            self.retag[tag_id] = move_to
            self.usage[move_to] = self.usage.get(move_to, 0) + in_use
        self.usage.pop(tag_id, None)
        self.problem.setText("")
        self._fill(move_to)
        return True

    def import_codebook(self, path: Path) -> CodebookMerge | None:
        """Merge a REFI-QDA codebook file into the tags shown; None (and why, in one line) when the file
        cannot be used."""
        try:
            merged = merge_codebook(self.tags, load_qdc(path), reserved=set(self.retag))
        except QdaError as error:
            self.info.setText("")
            self._refuse(self.tr("Nothing imported: {error}").format(error=error))
            return None
        self.problem.setText("")
        self.tags = merged.codebook
        self._fill(merged.added[0].id if merged.added else None)
        keep = self.tr(" Press OK to keep them.") if merged.added else ""
        self.info.setText(merged.summary(path.name) + keep)
        return merged

    def export_codebook(self, path: Path) -> bool:
        """Write the tags shown as a REFI-QDA codebook; says where, or why not."""
        from desktop_app.core.fileio import write_atomic

        try:
            write_atomic(path, codebook_to_qdc(self.tags))
        except OSError as error:
            self.info.setText("")
            return self._refuse(self.tr("The codebook was not saved to {path}: {reason}.").format(
                path=path, reason=error.strerror or error))
        self.problem.setText("")
        self.info.setText(self.tr("Codebook saved to {path} ({count} tags).").format(
            path=path, count=len(self.tags)))
        return True

    def _replace(self, tag_id: str, **changes: str) -> None:
        self.tags = [replace(t, **changes) if t.id == tag_id else t for t in self.tags]
        self.problem.setText("")
        self._fill(tag_id)

    def _name_ok(self, name: str, own_id: str | None = None) -> bool:
        if not name:
            return self._refuse(self.tr("A tag needs a name."))
        if any(t.name.casefold() == name.casefold() and t.id != own_id for t in self.tags):
            return self._refuse(self.tr("There is already a tag named “{name}”.").format(name=name))
        return True

    def _refuse(self, message: str) -> bool:
        self.problem.setText(message)
        return False

    # ------------------------------------------------------------------------------- buttons

    def _add_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New Tag"), self.tr("Name of the new tag:"))
        if ok:
            self.add_tag(name)

    def _rename_clicked(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename Tag"), self.tr("New name:"), text=tag.name)
        if ok:
            self.rename_tag(tag.id, name)

    def _colour_clicked(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        title = self.tr("Colour of “{name}”").format(name=tag.name)
        colour = QColorDialog.getColor(QColor(tag.colour), self, title)
        if colour.isValid():
            self.recolour_tag(tag.id, colour.name())

    def _import_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import Codebook"), "", self._qdc_filter())
        if chosen:
            self.import_codebook(Path(chosen))

    def _export_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Codebook"), f"codebook{QDC_SUFFIX}",
                                                self._qdc_filter())
        if chosen:
            path = Path(chosen)
            self.export_codebook(path if path.suffix else path.with_suffix(QDC_SUFFIX))

    def _qdc_filter(self) -> str:
        return self.tr("REFI-QDA codebooks (*{suffix});;All files (*)").format(suffix=QDC_SUFFIX)

    def _delete_clicked(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        count = self.usage.get(tag.id, 0)
        if not count:
            self.delete_tag(tag.id)
            return
        others = [t for t in self.tags if t.id != tag.id]
        name, ok = QInputDialog.getItem(
            self, self.tr("Delete Tag"),
            (self.tr("1 annotation uses “{name}”.\nMove it to:") if count == 1 else
             self.tr("{count} annotations use “{name}”.\nMove them to:")).format(count=count, name=tag.name),
            [t.name for t in others], 0, False)
        if ok:
            target = next((t for t in others if t.name == name), None)
            self.delete_tag(tag.id, target.id if target else None)
