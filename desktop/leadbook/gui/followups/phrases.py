"""Seed 000: "just checking in" and apologies waste a touch. Every message editor says so while
the user types, underlining the phrases and explaining why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit

from ...core.rules import phrases_to_avoid
from ...present.i18n import spoken_list
from ..theme import colour


def mark_phrases_to_avoid(editor: QPlainTextEdit, warning: QLabel) -> None:
    """Underline the phrases in ``editor`` and show (or hide) ``warning`` naming them."""
    hits = phrases_to_avoid(editor.toPlainText())
    seen: dict[str, str] = {}
    marks = []
    for hit in hits:
        seen.setdefault(hit.phrase.casefold(), hit.phrase)
        mark = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(colour("phrase_underline"))
        mark.format = fmt
        cursor = editor.textCursor()
        cursor.setPosition(hit.start)
        cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor
        marks.append(mark)
    editor.setExtraSelections(marks)
    if not seen:
        warning.hide()
        warning.setText("")
        return
    #: Quotation marks around one phrase: German „%1“, Swedish ”%1”, Chinese “%1”.
    quote = QCoreApplication.translate("Phrases", "“%1”", "a phrase to avoid, quoted")
    quoted = spoken_list([quote.replace("%1", phrase) for phrase in seen.values()])
    warning.setText(
        QCoreApplication.translate(
            "Phrases",
            "Avoid %1: it gives them nothing. Add something of value instead, and don't apologise for following up.",
        ).replace("%1", quoted)
    )
    warning.show()
