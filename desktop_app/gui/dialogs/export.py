"""File → Export report…: the dialog that asks for the format, paper, title, what to include and where.

It only asks; the window writes the report (gui/controllers). The file name's suffix follows the chosen
format, and typing a known suffix chooses that format, so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.report.model import Meeting
from desktop_app.core.wording import DEFAULT_LANGUAGE, LANGUAGE_CHOICES
from desktop_app.export.files import check_writable
from desktop_app.export.formats import EXTENSIONS, FORMATS, PAPERS, PER_READOUT_FORMATS, SUFFIXES
from desktop_app.workspace.text import QT_TRANSLATE_NOOP

# English sources marked for lupdate; the dialog shows them through self.tr.
FORMAT_NAMES = {"pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document"),
                "html": QT_TRANSLATE_NOOP("ExportDialog", "Web page (HTML)"),
                "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown"),
                "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheet (one row per link, per one-sided "
                                                         "statement, per annotation)"),
                "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (the comparison contract)"),
                "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (links, one-sided, annotations, "
                                                          "codebook, coverage)"),
                "qdpx": QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, "
                                                          "QualCoder …)"),
                "docx": QT_TRANSLATE_NOOP("ExportDialog", "Marked-up Word copies (one .docx per readout: "
                                                          "NAME.kr.docx, NAME.cn.docx)"),
                "marked-pdf": QT_TRANSLATE_NOOP("ExportDialog", "Marked-up PDF copies (one .pdf per readout: "
                                                                "NAME.kr.pdf, NAME.cn.pdf)")}
# What each format can show (the renderers in core): a CSV is rows only, with no title or appendix; the
# workbook and the REFI-QDA project have a title but no appendix (the project always holds both texts, as
# its sources); the JSON always holds both full texts. Options a format cannot show are greyed out
# rather than silently ignored.
FORMAT_OPTIONS: dict[str, frozenset[str]] = {
    "pdf": frozenset({"paper", "title", "annotations", "texts"}),
    "html": frozenset({"title", "annotations", "texts"}),
    "md": frozenset({"title", "annotations", "texts"}),
    "csv": frozenset({"annotations"}),
    "json": frozenset({"title", "annotations"}),
    "xlsx": frozenset({"title", "annotations"}),
    "qdpx": frozenset({"title", "annotations"}),
    "docx": frozenset({"title", "annotations"}),
    "marked-pdf": frozenset({"paper", "title", "annotations"}),
}
# Why an option is greyed out: "<format>_<option>" when it is particular to a format, else "<option>".
UNUSED_TIPS = {"paper": QT_TRANSLATE_NOOP("ExportDialog", "Only a PDF has pages"),
               "title": QT_TRANSLATE_NOOP("ExportDialog", "A CSV file has no title: rows of links, one-sided "
                                                          "statements and annotations"),
               "annotations": QT_TRANSLATE_NOOP("ExportDialog", "This format has no place for annotations"),
               "texts": QT_TRANSLATE_NOOP("ExportDialog", "A spreadsheet holds the statements only"),
               "json_texts": QT_TRANSLATE_NOOP("ExportDialog", "The JSON always holds both full texts"),
               "qdpx_texts": QT_TRANSLATE_NOOP("ExportDialog", "A REFI-QDA project always holds both full "
                                                               "texts: they are its sources"),
               "docx_texts": QT_TRANSLATE_NOOP("ExportDialog", "Each marked-up copy is a readout's full "
                                                               "text"),
               "marked-pdf_texts": QT_TRANSLATE_NOOP("ExportDialog", "Each marked-up copy is a readout's "
                                                                     "full text")}
FILE_FILTERS = {"pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)"),
                "html": QT_TRANSLATE_NOOP("ExportDialog", "Web pages (*.html *.htm)"),
                "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md *.markdown)"),
                "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
                "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
                "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)"),
                "qdpx": QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA projects (*.qdpx)"),
                "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word documents (*.docx)"),
                "marked-pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)")}


@dataclass(frozen=True)
class ExportChoice:
    """What the user asked for: a report in one format, written to one file."""

    format: str = "pdf"
    paper: str = "A4"
    title: str = ""  # empty: the report's own default title
    annotations: bool = True
    texts: bool = False  # both full texts as an appendix
    path: Path = Path()
    meeting: Meeting | None = None  # None: the meeting as guessed from the readouts
    language: str = DEFAULT_LANGUAGE  # of the report's own wording: en, ko or zh


def suffix_for(fmt: str) -> str:
    return f".{EXTENSIONS[fmt]}"


def with_format_suffix(text: str, fmt: str) -> str:
    """The path as typed, with a suffix of the format: another format's suffix is replaced, any other
    suffix stays part of the name ("minutes.v2" → "minutes.v2.pdf"), and one of the format's own
    (".htm" for HTML) is kept. Works on the text, so what the user typed stays as typed."""
    stripped = text.rstrip()
    if not stripped or stripped.endswith(("/", "\\")):
        return text  # nothing typed, or a folder: no file name to give a suffix to
    suffix = Path(stripped).suffix
    named = SUFFIXES.get(suffix.casefold())
    if named == fmt:
        return stripped
    if named is not None:
        stripped = stripped[: -len(suffix)]
    return stripped + suffix_for(fmt)


def format_of(text: str) -> str | None:
    """The format a typed path's suffix names, if it names one."""
    return SUFFIXES.get(Path(text.strip()).suffix.casefold())


class ExportDialog(QDialog):
    """Asks how and where to export the report; `choice()` is the answer once accepted."""

    def __init__(self, initial: ExportChoice, default_title: str | Callable[[str], str],
                 annotation_count: int, parent: QWidget | None = None,
                 guessed_meeting: Meeting | None = None) -> None:
        """`default_title`: the report's own title, or a function giving it in a report language."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Report — Parallax"))
        self.setObjectName("exportDialog")
        self._titles = default_title if callable(default_title) else lambda _language: default_title
        self._shown_title: str | None = None  # the default title the field offers; None while building
        self.guessed_meeting = guessed_meeting or Meeting()
        self.annotation_count = annotation_count
        # A relative path is taken relative to the folder first offered, not to the process's folder.
        self.base_folder = initial.path.parent if initial.path.is_absolute() else Path.home()
        self._browsed: Path | None = None  # a path the file dialog already asked about replacing
        self._build(annotation_count)
        self._show(initial, annotation_count)

    # ------------------------------------------------------------------------------- building

    def _build(self, annotation_count: int) -> None:
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("formatCombo")
        for fmt in FORMATS:
            self.format_combo.addItem(self.tr(FORMAT_NAMES[fmt]), fmt)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperCombo")
        for paper in PAPERS:
            self.paper_combo.addItem(paper, paper)
        self.paper_label = QLabel(self.tr("&Paper size:"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reportLanguageCombo")
        for code, name in LANGUAGE_CHOICES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(self.tr("The language of the report's own wording; the readouts' text "
                                               "stays as written"))
        self.paper_label.setBuddy(self.paper_combo)
        self.title_label = QLabel(self.tr("T&itle:"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMinimumWidth(420)
        self.title_label.setBuddy(self.title_edit)
        # The cover's meeting details, as guessed from the readouts and corrected here when wrong.
        self.date_edit, self.place_edit, self.participants_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name in ((self.date_edit, "meetingDate"), (self.place_edit, "meetingPlace"),
                           (self.participants_edit, "meetingParticipants")):
            edit.setObjectName(name)
        self.participants_edit.setToolTip(self.tr("Names separated by commas"))
        self.annotations_box = QCheckBox(self._annotations_text(annotation_count))
        self.annotations_box.setObjectName("includeAnnotations")
        self.texts_box = QCheckBox(self.tr("Both full &texts, as an appendix"))
        self.texts_box.setObjectName("includeTexts")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browseButton")
        browse.setAutoDefault(False)  # Enter in the path field exports; it must not open the file browser
        browse.clicked.connect(self.browse)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.path_edit.editingFinished.connect(self._path_edited)
        self.path_edit.textEdited.connect(lambda _text: self.problem.hide())
        self._lay_out(browse)
        # Made default once in the dialog: set earlier, Qt would make Cancel the default and Enter cancel.
        self.export_button.setDefault(True)

    def _lay_out(self, browse: QPushButton) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.paper_label, self.paper_combo)
        form.addRow(self.tr("Report lan&guage:"), self.language_combo)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.tr("Meeting &date:"), self.date_edit)
        form.addRow(self.tr("Meeting p&lace:"), self.place_edit)
        form.addRow(self.tr("Pa&rticipants:"), self.participants_edit)
        include = QVBoxLayout()
        include.setSpacing(4)
        include.addWidget(self.annotations_box)
        include.addWidget(self.texts_box)
        form.addRow(self.tr("Include:"), include)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        save_to = QLabel(self.tr("&Save to:"))
        save_to.setBuddy(self.path_edit)
        form.addRow(save_to, where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

    def _annotations_text(self, count: int) -> str:
        if count == 0:
            return self.tr("&Annotations (none yet)")
        return self.tr("&Annotations ({count})").format(count=count)

    def _show(self, initial: ExportChoice, annotation_count: int) -> None:
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(initial.format)))
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(initial.paper)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(initial.language)))
        self._shown_title = self.default_title
        self.title_edit.setPlaceholderText(self._shown_title)
        self.title_edit.setText(initial.title or self._shown_title)
        meeting = initial.meeting or self.guessed_meeting
        self.date_edit.setText(meeting.date or "")
        self.place_edit.setText(meeting.place or "")
        self.participants_edit.setText(", ".join(meeting.participants))
        # Annotations go in whenever there are any; with none, the box says so and cannot be ticked.
        self.annotations_box.setChecked(annotation_count > 0 and initial.annotations)
        self.texts_box.setChecked(initial.texts)
        self.path_edit.setText(with_format_suffix(str(initial.path), self.format()))
        self._format_changed()

    # ------------------------------------------------------------------------------- reading

    @property
    def default_title(self) -> str:
        """The report's own title, in the report language chosen."""
        return self._titles(self.language())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def format(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def path(self) -> Path | None:
        """The path typed, made absolute; None when nothing is typed."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self.base_folder / path

    def choice(self) -> ExportChoice:
        title = self.title_edit.text().strip()
        # The guess's kind of meeting ("summit") stays: the dialog edits only date, place and people.
        people = [p.strip() for p in self.participants_edit.text().split(",") if p.strip()]
        meeting = replace(self.guessed_meeting, date=self.date_edit.text().strip() or None,
                          place=self.place_edit.text().strip() or None, participants=people)
        return ExportChoice(
            format=self.format(), paper=str(self.paper_combo.currentData()),
            language=self.language(),
            title=title if title != self.default_title else "",
            meeting=meeting if meeting != self.guessed_meeting else None,
            annotations=self.annotations_box.isChecked(), texts=self.texts_box.isChecked(),
            path=self.path() or Path())

    # ------------------------------------------------------------------------------- reacting

    def _format_changed(self) -> None:
        fmt = self.format()
        self._enable_options(FORMAT_OPTIONS[fmt], fmt)
        text = self.path_edit.text()
        suffixed = with_format_suffix(text, fmt)
        if suffixed != text:
            self.path_edit.setText(suffixed)

    def _language_changed(self) -> None:
        """The report's own title follows the language, unless the user has written one."""
        if self._shown_title is None:
            return  # still being filled in
        unedited = self.title_edit.text().strip() in ("", self._shown_title)
        self._shown_title = self.default_title
        self.title_edit.setPlaceholderText(self._shown_title)
        if unedited:
            self.title_edit.setText(self._shown_title)

    def _enable_options(self, shown: frozenset[str], fmt: str) -> None:
        controls: dict[str, tuple[QWidget, ...]] = {
            "paper": (self.paper_combo, self.paper_label), "title": (self.title_edit, self.title_label),
            "annotations": (self.annotations_box,), "texts": (self.texts_box,)}
        for option, widgets in controls.items():
            usable = option in shown and (option != "annotations" or self.annotation_count > 0)
            tip = "" if option in shown else self.tr(UNUSED_TIPS.get(f"{fmt}_{option}", UNUSED_TIPS[option]))
            for widget in widgets:
                widget.setEnabled(usable)
                widget.setToolTip(tip)

    def _path_edited(self) -> None:
        """A suffix typed by hand chooses its format."""
        typed = format_of(self.path_edit.text())
        # ".pdf" typed while the marked-up PDF copies are chosen keeps them: both are PDFs.
        if typed is not None and EXTENSIONS[typed] != EXTENSIONS[self.format()]:
            self.set_format(typed)

    def browse(self) -> None:
        fmt = self.format()
        start = str(self.path() or self.base_folder)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Report"), start,
                                                self.tr(FILE_FILTERS[fmt]) + self.tr(";;All files (*)"))
        if not chosen:
            return
        self.path_edit.setText(with_format_suffix(chosen, fmt))
        self._browsed = self.path()
        self.problem.hide()

    # ------------------------------------------------------------------------------- accepting

    def accept(self) -> None:
        """Close only with a path that can be written: the user fixes it here, options intact."""
        self._path_edited()
        self.path_edit.setText(with_format_suffix(self.path_edit.text(), self.format()))
        path = self.path()
        if path is None:
            self._complain(self.tr("Choose where to save the report."))
            return
        reason = check_writable(path)
        if reason is not None:
            self._complain(self.tr("Cannot save there: {reason}.").format(reason=reason))
            return
        taken = [p for p in self._written(path) if p.exists() and p != self._browsed]
        if taken and not self._may_replace(taken):
            return
        super().accept()

    def _written(self, path: Path) -> list[Path]:
        """The files the export may write: the path, or for the marked-up copies each readout's file
        (by side as the export will name them: Korean and Chinese, or left and right)."""
        if self.format() not in PER_READOUT_FORMATS:
            return [path]
        from desktop_app.core.report.docx import marked_paths

        extension = EXTENSIONS[self.format()]
        return [*marked_paths(path, {"left": "KR", "right": "CN"}, extension).values(),
                *marked_paths(path, {}, extension).values()]

    def _complain(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.path_edit.setFocus()

    def _may_replace(self, paths: list[Path]) -> bool:
        names = self.tr(" and ").join(p.name for p in paths)
        question = (self.tr("{names} already exist in {folder}. Replace them?") if len(paths) > 1 else
                    self.tr("{names} already exists in {folder}. Replace it?"))
        answer = QMessageBox.question(self, self.tr("Replace File — Parallax"),
                                      question.format(names=names, folder=paths[0].parent),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def remembered(choice: ExportChoice) -> ExportChoice:
    """What the next export starts from: the same format, paper, appendix and folder; a fresh title."""
    return replace(choice, title="", meeting=None, annotations=True)
