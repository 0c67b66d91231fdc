"""The annotation panel: every annotation of the project, with a filter by tag and a search box.

Like the topic outline, the panel only lists: the window gives it the annotations and says how to
describe where each one is, and acts on what the user picks (go to it, edit it, delete it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.annotations import UNKNOWN_TAG_COLOUR, Annotation, Tag
from desktop_app.workspace.session import annotations_matching
from desktop_app.workspace.text import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's content: a RowText
EXCERPT = 160  # characters of a quote or note shown in a row (the tooltip has all of it)
# English sources marked for lupdate; the panel shows them through self.tr.
EMPTY_TEXT = QT_TRANSLATE_NOOP("AnnotationPanel", "No annotations yet.\n\nSelect a statement, a link or some "
                               "text and press {shortcut}, or right-click it, to tag what differs and add a "
                               "note.")
ORPHANED_TIP = QT_TRANSLATE_NOOP("AnnotationPanel", "Orphaned: its quote was not found in the current "
                                                    "readout. "
                                 "It is kept, with its note, so nothing is lost; edit or delete it here.")


def swatch(colour: str, size: int = 12) -> QIcon:
    """A square of the tag's colour with a thin darker border (visible on light and dark backgrounds)."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    fill = QColor(colour)
    painter.fillRect(0, 0, size, size, fill.darker(140))
    painter.fillRect(1, 1, size - 2, size - 2, fill)
    painter.end()
    return QIcon(pixmap)


def annotate_keys() -> str:
    from desktop_app.gui.actions import shortcut_text, spec

    return shortcut_text(spec("annotate"))


def one_line(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class RowText:
    """What one row shows: tag and colour, where, the quote, the note, and whether it is orphaned."""

    def __init__(self, tag: str, colour: str, where: str, quote: str, note: str, orphaned: bool) -> None:
        self.tag, self.colour, self.where = tag, QColor(colour), where
        self.quote, self.note, self.orphaned = quote, note, orphaned


class AnnotationDelegate(QStyledItemDelegate):
    """Draws an annotation as a small card: a bar in its tag's colour, then three lines —
    tag · where (⚠ orphaned), the quote in italics, the note."""

    PAD, BAR = 6, 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 3 * line + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, RowText):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        secondary = QColor(text) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect: QRect = option.rect
        painter.save()
        colour = QColor(row.colour)
        if row.orphaned:
            colour.setAlphaF(0.35)  # an orphan has no place in the text: its bar is faint
        painter.fillRect(QRect(rect.left() + 2, rect.top() + 3, self.BAR, rect.height() - 6), colour)
        left = rect.left() + 2 + self.BAR + self.PAD
        width = rect.right() - left - self.PAD
        line = QFontMetrics(option.font).lineSpacing()
        top = rect.top() + self.PAD
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        metrics = painter.fontMetrics()  # the painter's: its resolved font is the one that draws
        tag_width = min(metrics.horizontalAdvance(row.tag) + 2, width)
        painter.drawText(QRect(left, top, tag_width, line), Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(row.tag, Qt.TextElideMode.ElideRight, tag_width))
        orphaned = self.tr("⚠ orphaned · ") if row.orphaned else ""  # lupdate misses a tr() in an f-string
        rest = f"  ·  {orphaned}{row.where}"
        self._line(painter, option.font, secondary,
                   QRect(left + tag_width, top, width - tag_width, line), rest)
        italic = QFont(option.font)
        italic.setItalic(True)
        self._line(painter, italic, text if not row.orphaned else secondary,
                   QRect(left, top + line, width, line), f"“{row.quote}”")
        self._line(painter, option.font, secondary if not row.note else text,
                   QRect(left, top + 2 * line, width, line), row.note or self.tr("no note"))
        painter.restore()

    @staticmethod
    def _line(painter: QPainter, font: QFont, colour: QColor, rect: QRect, text: str) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width()))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)


class AnnotationPanel(QWidget):
    """A filterable list of annotations; emits the id of the one the user picks."""

    annotation_activated = Signal(str)  # go to it
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotations: list[Annotation] = []
        self.codebook: list[Tag] = []
        self.where: Callable[[Annotation], str] = lambda a: a.anchors[0].side
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("annotationTagFilter")
        self.tag_filter.setToolTip(self.tr("Show the annotations of one tag"))
        self.tag_filter.currentIndexChanged.connect(lambda _: self._refill())
        self.search = QLineEdit()
        self.search.setObjectName("annotationSearch")
        self.search.setPlaceholderText(self.tr("Search quotes and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._refill())
        self.count = QLabel("")
        self.count.setObjectName("annotationCount")
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text
        self.tree = self._build_tree()
        self.empty = QLabel(self.tr(EMPTY_TEXT).format(shortcut=annotate_keys()))
        self.empty.setObjectName("annotationEmptyHint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(8, 8, 8, 8)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(6)
        filters.addWidget(self.tag_filter, 2)
        filters.addWidget(self.search, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.count)
        self._fill_tag_filter()
        self._refill()

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("annotationList")
        tree.setAccessibleName(self.tr("Annotations"))
        tree.setAccessibleDescription(self.tr(
            "Every annotation with its tag, where it is, its quote and its note; Enter goes to the "
            "annotation, the context menu edits or deletes it"))
        tree.setColumnCount(1)
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(False)
        tree.setIndentation(0)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setItemDelegate(AnnotationDelegate(tree))
        tree.itemClicked.connect(lambda item, _column: self._emit(item, self.annotation_activated))
        tree.itemDoubleClicked.connect(lambda item, _column: self._emit(item, self.edit_requested))
        tree.itemActivated.connect(lambda item, _column: self._emit(item, self.annotation_activated))  # Enter
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        return tree

    # ------------------------------------------------------------------------------- content

    def show_annotations(self, annotations: list[Annotation], codebook: list[Tag],
                         where: Callable[[Annotation], str], shortcut: str = "") -> None:
        """List these annotations (the filter and search stay as the user set them)."""
        self.annotations, self.where = list(annotations), where
        if [(t.id, t.name, t.colour) for t in codebook] != [(t.id, t.name, t.colour) for t in self.codebook]:
            self.codebook = list(codebook)
            self._fill_tag_filter()
        self.empty.setText(self.tr(EMPTY_TEXT).format(shortcut=shortcut or annotate_keys()))
        self._refill()

    def _fill_tag_filter(self) -> None:
        combo = self.tag_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All tags"), None)
        for tag in self.codebook:
            combo.addItem(swatch(tag.colour), tag.name, tag.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None and item.isSelected() else None

    def select(self, annotation_id: str | None) -> None:
        self.tree.blockSignals(True)
        self.tree.clearSelection()
        for k in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(k)
            if item is not None and item.data(0, ID_ROLE) == annotation_id:
                self.tree.setCurrentItem(item)
                item.setSelected(True)
                self.tree.scrollToItem(item)
        self.tree.blockSignals(False)

    def _refill(self) -> None:
        kept = self.current_id()
        shown = annotations_matching(self.annotations, self.tag_filter.currentData(), self.search.text())
        self.tree.blockSignals(True)
        self.tree.clear()
        tags = {tag.id: tag for tag in self.codebook}
        for annotation in shown:
            self.tree.addTopLevelItem(self._item(annotation, tags))
        self.tree.blockSignals(False)
        if kept in {a.id for a in shown}:
            self.select(kept)
        total = len(self.annotations)
        orphaned = sum(a.orphaned for a in self.annotations)
        if len(shown) != total:
            counted = self.tr("{shown} of {total} annotations").format(shown=len(shown), total=total)
        else:
            counted = self.tr("1 annotation") if total == 1 else self.tr("{total} annotations")
            counted = counted.format(total=total)
        orphans = self.tr(" · {count} orphaned").format(count=orphaned) if orphaned else ""
        self.count.setText(counted + orphans)
        self.tree.setVisible(bool(self.annotations))
        self.empty.setVisible(not self.annotations)

    def _item(self, annotation: Annotation, tags: dict[str, Tag]) -> QTreeWidgetItem:
        tag = tags.get(annotation.tag, Tag(annotation.tag, annotation.tag, UNKNOWN_TAG_COLOUR))
        quote = " ↔ ".join(one_line(anchor.quote, 80) for anchor in annotation.anchors[:2])
        where = self.where(annotation)
        note = one_line(annotation.note)
        # The text is what accessibility tools and keyboard search see; the delegate draws the card.
        item = QTreeWidgetItem([f"{tag.name} · {where} · {quote} · {note}"])
        item.setData(0, ID_ROLE, annotation.id)
        item.setData(0, ROW_ROLE, RowText(tag.name, tag.colour, where, quote, note, annotation.orphaned))
        item.setToolTip(0, "\n\n".join(filter(None, [
            f"{tag.name} · {where}", self.tr(ORPHANED_TIP) if annotation.orphaned else "",
            "\n".join(f"“{one_line(anchor.quote, 400)}”" for anchor in annotation.anchors),
            annotation.note])))
        return item

    # ------------------------------------------------------------------------------- actions

    def _emit(self, item: QTreeWidgetItem | None, signal: SignalInstance) -> None:
        if item is not None:
            signal.emit(item.data(0, ID_ROLE))

    def _context_menu(self, point: QPoint) -> None:
        menu = self.context_menu(self.tree.itemAt(point))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))

    def context_menu(self, item: QTreeWidgetItem | None) -> QMenu | None:
        if item is None:
            return None
        annotation_id = item.data(0, ID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("&Go to Annotation"), lambda: self.annotation_activated.emit(annotation_id))
        menu.addAction(self.tr("&Edit Annotation…"), lambda: self.edit_requested.emit(annotation_id))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete Annotation"), lambda: self.delete_requested.emit(annotation_id))
        return menu
