"""What the user is working on: two readouts, their side labels, their corrections, the comparison, the
codebook and the annotations.

A plain Python object (no Qt), so the project file can save and restore it (`to_project`,
`restore`), and tests can drive it without a window. Alignment itself runs elsewhere (a worker thread):
`alignment_job()` hands out a self-contained function over a snapshot of the session, and
`accept_comparison()` takes the result back. The undo commands of the window call the small, reversible
steps here (`add_annotation` / `remove_annotation`, `correct_all` / `revert`, `set_codebook`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from desktop_app.core.annotations import DEFAULT_CODEBOOK, UNKNOWN_TAG_COLOUR, Anchor, Annotation, Tag
from desktop_app.core.model import SIDE_NAMES, SIDES, Document, Side, SideCode
from desktop_app.core.settings import DEFAULT_SETTINGS, AlignmentSettings

SIDE_LABELS: dict[str, str] = {**SIDE_NAMES, "unknown": "Side unknown"}


if TYPE_CHECKING:  # the comparison modules are imported when first needed, to keep start-up fast
    from desktop_app.core.compare.comparison import Comparison, Link
    from desktop_app.core.compare.corrections import Correction
    from desktop_app.core.project.file import Project


def other(side: Side) -> Side:
    return "right" if side == "left" else "left"


@dataclass
class Session:
    """Two readouts being compared, and everything the user decided about them."""

    documents: dict[Side, Document | None] = field(default_factory=lambda: {"left": None, "right": None})
    side_codes: dict[Side, SideCode] = field(default_factory=lambda: {"left": "unknown", "right": "unknown"})
    corrections: list[Correction] = field(default_factory=list)
    settings: AlignmentSettings = DEFAULT_SETTINGS
    lexicon_file: str | None = None
    comparison: Comparison | None = None
    codebook: list[Tag] = field(default_factory=lambda: list(DEFAULT_CODEBOOK))
    annotations: list[Annotation] = field(default_factory=list)

    # ------------------------------------------------------------------------------- documents

    def set_document(self, side: Side, document: Document) -> Replacement:
        """Put a readout on one side, carrying the work done on the readout it replaces.

        Annotations look for their quotes in the new readout (`reanchor`): those found move with their
        text, the others are kept and marked orphaned. Corrections follow their statements where each of
        them is found again; a correction whose statements are gone is dropped (and counted).
        """
        old = self.documents[side]
        self.documents[side] = document
        self.side_codes[side] = document.metadata.side
        report = Replacement()
        if old is not None and old is not document:
            self.corrections, report.corrections_dropped = carry_corrections(
                self.corrections, side, old, document)
        else:
            self.corrections.clear()
        if self.complete and self.annotations:
            report = self._reanchor(report)
        self.forget_comparison()
        return report

    def _reanchor(self, report: Replacement) -> Replacement:
        from desktop_app.core.annotations import reanchor

        documents = {s: d for s, d in self.documents.items() if d is not None}
        before = {a.id: a.orphaned for a in self.annotations}
        self.annotations = [reanchor(a, documents) for a in self.annotations]
        report.orphaned = sum(a.orphaned and not before[a.id] for a in self.annotations)
        report.found_again = sum(before[a.id] and not a.orphaned for a in self.annotations)
        report.kept = sum(not a.orphaned for a in self.annotations)
        return report

    def clear_readouts(self) -> None:
        """Neither readout, so no comparison: an empty window (its work is dropped by `new_pair`)."""
        self.documents = {"left": None, "right": None}
        self.side_codes = {"left": "unknown", "right": "unknown"}
        self.comparison = None

    def set_side_code(self, side: Side, code: SideCode) -> bool:
        """Say by hand which government a side's readout is from; False when it already was."""
        if self.side_codes[side] == code:
            return False
        self.side_codes[side] = code
        return True

    def new_pair(self) -> None:
        """Start afresh (a new pair of readouts is a new project): no corrections, annotations or tags of
        the previous comparison."""
        self.corrections.clear()
        self.annotations.clear()
        self.codebook = list(DEFAULT_CODEBOOK)

    def swap(self) -> None:
        """Exchange the two sides, with their labels, corrections and annotations."""
        from desktop_app.core.compare.corrections import Correction

        self.documents = {"left": self.documents["right"], "right": self.documents["left"]}
        self.side_codes = {"left": self.side_codes["right"], "right": self.side_codes["left"]}
        self.corrections = [Correction(c.kind, c.right, c.left) for c in self.corrections]
        self.annotations = [replace(a, anchors=[replace(anchor, side=other(anchor.side))
                                                for anchor in a.anchors]) for a in self.annotations]
        self.forget_comparison()

    def side_label(self, side: Side) -> str:
        return SIDE_LABELS[self.side_codes[side]]

    def short_label(self, side: Side) -> str:
        """"KR", "CN", or "left"/"right" when the side is not known: for tight places (status bar)."""
        code = self.side_codes[side]
        return code if code != "unknown" else side

    @property
    def complete(self) -> bool:
        return self.documents["left"] is not None and self.documents["right"] is not None

    # ------------------------------------------------------------------------------- alignment

    def set_alignment(self, threshold: float | None = None, lexicon_file: str | None = None) -> None:
        if threshold is not None and threshold != self.settings.threshold:
            self.settings = replace(self.settings, threshold=threshold)
        self.lexicon_file = lexicon_file
        self.forget_comparison()

    def alignment_job(self) -> Callable[[], Comparison]:
        """A function computing the comparison of the current readouts, safe to run on another thread:
        it sees a snapshot, so later changes to the session do not reach it."""
        left, right = self.documents["left"], self.documents["right"]
        if left is None or right is None:
            raise ValueError("both readouts are needed for a comparison")
        corrections, settings, lexicon_file = list(self.corrections), self.settings, self.lexicon_file

        def job() -> Comparison:
            from desktop_app.pipeline import compare_readouts

            return compare_readouts(left, right, settings, lexicon_file=lexicon_file, corrections=corrections,
                                    wait_for_embedding=False)

        return job

    def forget_comparison(self) -> None:
        """Drop the comparison, which no longer matches the readouts, corrections or settings: the next
        one is aligned afresh."""
        self.comparison = None

    def align_now(self) -> Comparison:
        """Align the current readouts on this thread and keep the comparison (a save cannot wait)."""
        self.comparison = self.alignment_job()()
        return self.comparison

    def accept_comparison(self, comparison: Comparison) -> bool:
        """Take a finished comparison, unless the readouts changed since it was started."""
        if comparison.left is not self.documents["left"] or comparison.right is not self.documents["right"]:
            return False
        self.comparison = comparison
        return True

    # ------------------------------------------------------------------------------- corrections

    def correct_all(self, corrections: list[Correction]) -> CorrectionStep:
        """Record corrections and apply them at once; the returned step lets `revert` take them back."""
        from desktop_app.core.compare.corrections import apply_corrections

        comparison = self.comparison
        before = comparison.links if comparison is not None else None
        self.corrections.extend(corrections)
        if comparison is not None:
            apply_corrections(comparison, corrections)  # assigns a new list: `before` stays as it was
        return CorrectionStep(list(corrections), comparison, before,
                              comparison.links if comparison is not None else None)

    def revert(self, step: CorrectionStep) -> bool:
        """Take back the corrections of a step. True when the links were restored as they were; False when
        the comparison has changed since (a re-alignment), so it must be aligned again to drop them."""
        for correction in reversed(step.corrections):
            for k in range(len(self.corrections) - 1, -1, -1):
                if self.corrections[k] == correction:
                    del self.corrections[k]
                    break
        comparison = self.comparison
        if comparison is not None and comparison is step.comparison and comparison.links is step.after \
                and step.before is not None:
            comparison.links = step.before
            return True
        return False

    def correct(self, correction: Correction) -> None:
        """Record a correction and apply it to the comparison at once (re-alignment applies it again)."""
        from desktop_app.core.compare.corrections import apply_corrections

        self.corrections.append(correction)
        if self.comparison is not None:
            apply_corrections(self.comparison, [correction])

    def link(self, left: list[int], right: list[int]) -> None:
        from desktop_app.core.compare.corrections import Correction

        self.correct(Correction("link", tuple(sorted(left)), tuple(sorted(right))))

    def unlink(self, left: list[int], right: list[int]) -> None:
        from desktop_app.core.compare.corrections import Correction

        self.correct(Correction("unlink", tuple(sorted(left)), tuple(sorted(right))))

    # ------------------------------------------------------------------------------- annotations

    def annotation(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def add_annotation(self, annotation: Annotation, position: int | None = None) -> None:
        self.annotations.insert(len(self.annotations) if position is None else position, annotation)

    def remove_annotation(self, annotation_id: str) -> tuple[int, Annotation]:
        """Remove an annotation; its position and itself, so that an undo puts it back where it was."""
        position = next(k for k, a in enumerate(self.annotations) if a.id == annotation_id)
        return position, self.annotations.pop(position)

    def replace_annotation(self, annotation: Annotation) -> Annotation:
        """Put an edited annotation in the place of the one with its id; the one replaced."""
        position = next(k for k, a in enumerate(self.annotations) if a.id == annotation.id)
        old, self.annotations[position] = self.annotations[position], annotation
        return old

    def tag(self, tag_id: str) -> Tag:
        return next((t for t in self.codebook if t.id == tag_id), Tag(tag_id, tag_id, UNKNOWN_TAG_COLOUR))

    def tag_usage(self) -> dict[str, int]:
        usage = {tag.id: 0 for tag in self.codebook}
        for annotation in self.annotations:
            usage[annotation.tag] = usage.get(annotation.tag, 0) + 1
        return usage

    def set_codebook(self, codebook: list[Tag], retag: dict[str, str]) -> dict[str, str]:
        """Take a new codebook; annotations of a tag in `retag` move to its new tag. Returns the old tags
        of the annotations moved (by annotation id), for an undo."""
        self.codebook = list(codebook)
        moved: dict[str, str] = {}
        for k, annotation in enumerate(self.annotations):
            if annotation.tag in retag:
                moved[annotation.id] = annotation.tag
                self.annotations[k] = replace(annotation, tag=retag[annotation.tag])
        return moved

    def restore_tags(self, codebook: list[Tag], moved: dict[str, str]) -> None:
        self.codebook = list(codebook)
        for k, annotation in enumerate(self.annotations):
            if annotation.id in moved:
                self.annotations[k] = replace(annotation, tag=moved[annotation.id])

    def annotations_matching(self, tag: str | None = None, query: str = "") -> list[Annotation]:
        return annotations_matching(self.annotations, tag, query)

    # ------------------------------------------------------------------------------- project

    def has_work(self) -> bool:
        """Whether anything the user made is here (what a project file keeps beyond the readouts)."""
        return bool(self.annotations or self.corrections) or self.codebook != list(DEFAULT_CODEBOOK)

    def to_project(self) -> Project:
        """The project to save; needs the comparison."""
        from desktop_app.core.project.file import Project

        if self.comparison is None:
            raise ValueError("the readouts are not aligned yet")
        codebook = list(self.codebook)
        known = {tag.id for tag in codebook}
        # A project naming a tag its codebook lacks would not open again: such a tag joins the codebook.
        for annotation in self.annotations:
            if annotation.tag not in known:
                codebook.append(self.tag(annotation.tag))
                known.add(annotation.tag)
        return Project(self.comparison, dict(self.side_codes), self.lexicon_file, list(self.corrections),
                       codebook, list(self.annotations))

    def restore(self, project: Project) -> None:
        """Become what a project holds, exactly: its readouts and links as saved (no re-alignment)."""
        comparison = project.comparison
        self.documents = {"left": comparison.left, "right": comparison.right}
        self.side_codes = {side: project.side_labels.get(side, comparison.document(side).metadata.side)
                           for side in SIDES}
        self.corrections = list(project.corrections)
        self.settings = comparison.settings
        self.lexicon_file = project.lexicon_file
        self.codebook = list(project.codebook)
        self.annotations = list(project.annotations)
        self.comparison = comparison


def annotations_matching(annotations: list[Annotation], tag: str | None = None,
                         query: str = "") -> list[Annotation]:
    """The annotations of a tag (None: any) whose quote or note holds `query` (any case), in reading
    order: left side first, by position; orphaned ones last."""
    needle = query.casefold().strip()
    found = [a for a in annotations if (tag is None or a.tag == tag)
             and (not needle or needle in a.note.casefold()
                  or any(needle in anchor.quote.casefold() for anchor in a.anchors))]
    return sorted(found, key=lambda a: (a.orphaned, SIDES.index(a.anchors[0].side), a.anchors[0].start)
                  if a.anchors else (True, 2, 0))


@dataclass
class Replacement:
    """What happened to the work when a readout was replaced."""

    kept: int = 0  # annotations attached to the readouts
    orphaned: int = 0  # annotations that lost their quote in this replacement
    found_again: int = 0  # orphaned annotations whose quote is back
    corrections_dropped: int = 0


@dataclass
class CorrectionStep:
    """Corrections as applied: the links before and after, so an undo can restore them exactly."""

    corrections: list[Correction]
    comparison: Comparison | None
    before: list[Link] | None
    after: list[Link] | None


def carry_corrections(corrections: list[Correction], side: Side, old: Document,
                      new: Document) -> tuple[list[Correction], int]:
    """Corrections moved to the new readout's statements on `side` (statements found by their text);
    those with a statement not found are dropped. Returns the kept and the number dropped."""
    from desktop_app.core.compare.corrections import Correction

    cache: dict[int, int | None] = {}

    def moved(index: int) -> int | None:
        if index not in cache:
            cache[index] = _statement_in(old, new, side, index)
        return cache[index]

    kept: list[Correction] = []
    for correction in corrections:
        members = list(getattr(correction, side))
        found = [moved(i) for i in members]
        if any(f is None for f in found):
            continue
        indexes = tuple(sorted({f for f in found if f is not None}))
        kept.append(Correction(correction.kind, indexes, correction.right) if side == "left"
                    else Correction(correction.kind, correction.left, indexes))
    return kept, len(corrections) - len(kept)


def _statement_in(old: Document, new: Document, side: Side, index: int) -> int | None:
    from desktop_app.core.annotations import find_anchor

    if index >= len(old.statements):
        return None
    statement = old.statements[index]
    anchor = find_anchor(Anchor.at(old, side, statement.start, statement.end), new)
    if anchor is None:
        return None
    overlaps = [(min(anchor.end, s.end) - max(anchor.start, s.start), s.index) for s in new.statements]
    overlap, found = max(overlaps, default=(0, -1))
    return found if overlap > 0 else None
