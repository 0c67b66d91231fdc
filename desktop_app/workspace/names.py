"""The names the window shows for sides, statuses and languages, in the window's language. The engine
and the session give them in English (model.SIDE_NAMES, LANGUAGE_NAMES, Session.short_label); the
English sources are marked here for lupdate."""

from __future__ import annotations

from desktop_app.workspace.navigation import Status
from desktop_app.workspace.session import Session, Side
from desktop_app.workspace.text import QT_TRANSLATE_NOOP, translate

STATUS_NAMES: dict[Status, str] = {"agree": QT_TRANSLATE_NOOP("Status", "Agree"),
                                   "differ": QT_TRANSLATE_NOOP("Status", "Differ"),
                                   "one_sided": QT_TRANSLATE_NOOP("Status", "Only this side")}

_SIDE_NAMES = (QT_TRANSLATE_NOOP("Sides", "Korean side"), QT_TRANSLATE_NOOP("Sides", "Chinese side"),
               QT_TRANSLATE_NOOP("Sides", "Side unknown"))

_LANGUAGE_NAMES = (QT_TRANSLATE_NOOP("Languages", "English"), QT_TRANSLATE_NOOP("Languages", "Korean"),
                   QT_TRANSLATE_NOOP("Languages", "Chinese"), QT_TRANSLATE_NOOP("Languages", "German"),
                   QT_TRANSLATE_NOOP("Languages", "Japanese"), QT_TRANSLATE_NOOP("Languages", "French"),
                   QT_TRANSLATE_NOOP("Languages", "Russian"), QT_TRANSLATE_NOOP("Languages", "Spanish"),
                   QT_TRANSLATE_NOOP("Languages", "undetermined"))


def status_name(status: Status) -> str:
    return translate("Status", STATUS_NAMES[status])


def side_word(side: str) -> str:
    """"left" or "right", in the window's language (for sentences such as "on the left")."""
    return translate("Sides", "left") if side == "left" else translate("Sides", "right")


def side_name(label: str) -> str:
    """A side's name ("Korean side") in the window's language."""
    return translate("Sides", label)


def language_name(name: str) -> str:
    """A language's English name from the engine (model.LANGUAGE_NAMES), in the window's language."""
    return translate("Languages", name)


def short_side(session: Session, side: Side) -> str:
    """"KR", "CN", or "left"/"right" in the window's language when the side is not known."""
    label = session.short_label(side)
    return side_word(side) if label == side else label


def side_labels(session: Session) -> dict[str, str]:
    """Each side's short label, keyed "left" and "right"."""
    return {"left": short_side(session, "left"), "right": short_side(session, "right")}


def side_phrase(session: Session, side: Side) -> str:
    """"Korean side", "Chinese side", or "left side" when the side is not known."""
    if session.side_codes[side] == "unknown":
        return translate("MainWindow", "left side") if side == "left" else \
            translate("MainWindow", "right side")
    return side_name(session.side_label(side))
