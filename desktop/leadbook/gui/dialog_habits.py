"""The small habits every dialog shares.

``DiscardGuard``: Escape, Cancel or the close button ask before typed work is thrown away.
``enter_submits``: Enter in a combo box keeps its value and submits the dialog, as elsewhere.
``reserve_space``: an inline message that comes and goes never moves the fields around it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QWidget,
)

# --- asking before typed work is lost ---------------------------------------------------------


def confirm_discard(parent: QWidget) -> bool:
    """ "Discard your changes?" True when the user chose to discard; Escape keeps editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Guarded", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Guarded", "Discard your changes?"))
    box.setInformativeText(QCoreApplication.translate("Guarded", "What you typed here has not been saved."))
    discard = box.addButton(QCoreApplication.translate("Guarded", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("Guarded", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("confirmDiscard")
    box.exec()
    return box.clickedButton() is discard


def _field_value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def _inside_compound(widget: QWidget) -> bool:
    """The line edit inside a combo box, spin box or date edit: its owner speaks for it."""
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox))


class DiscardGuard:
    """Remembers a dialog's fields as they were when it opened (``mark_clean``), so that
    closing it without saving asks first when something was typed or chosen since."""

    _KINDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateTimeEdit, QSpinBox, QAbstractButton)

    def __init__(self, dialog: QDialog) -> None:
        self._dialog = dialog
        self._clean: list[object] = []
        self.mark_clean()

    def _fields(self) -> list[QWidget]:
        kinds = self._KINDS
        return [w for w in self._dialog.findChildren(QWidget) if isinstance(w, kinds) and not _inside_compound(w)
                and not (isinstance(w, QAbstractButton) and not w.isCheckable())]  # fmt: skip

    def state(self) -> list[object]:
        return [_field_value(w) for w in self._fields()]

    def mark_clean(self) -> None:
        self._clean = self.state()

    def is_dirty(self) -> bool:
        return self.state() != self._clean

    def allows_closing(self) -> bool:
        """True when nothing was changed, or the user agreed to discard it."""
        return not self.is_dirty() or confirm_discard(self._dialog)


class AsksBeforeDiscarding:
    """For a QDialog (listed before it in the bases) that sets ``self.discard_guard``: Escape,
    Cancel and the window's close button ask before throwing away what was typed. A close the
    program asks for itself (quitting, tests tidying up) is not the user's and does not ask."""

    discard_guard: DiscardGuard | None = None
    _closing_quietly = False

    def reject(self) -> None:
        guard = self.discard_guard
        if self._closing_quietly or guard is None or guard.allows_closing():
            super().reject()  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._closing_quietly = not event.spontaneous()
        try:
            super().closeEvent(event)  # type: ignore[misc]
        finally:
            self._closing_quietly = False


# --- Enter in a combo box ---------------------------------------------------------------------


class _EnterSubmits(QObject):
    """On a combo box (or the line edit of an editable one): Enter keeps the value shown and
    goes to the dialog, whose default button saves, instead of Qt's own handling (which may
    complete, insert or pick another item, and keeps the key from the dialog)."""

    def __init__(self, combo: QComboBox, dialog: QDialog) -> None:
        super().__init__(combo)
        self._combo = combo
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        combo = self._combo
        if combo.view().isVisible():  # the list is open: Enter picks the highlighted item, as always
            return False
        completer = combo.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()
        line_edit = combo.lineEdit()
        if combo.isEditable() and line_edit is not None:
            text = line_edit.text()
            found = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # "usd" is the item "USD"
            if found >= 0:
                combo.setCurrentIndex(found)
            else:
                combo.setEditText(text)  # what is shown stays, completed or not
        submit = QKeyEvent(QEvent.Type.KeyPress, event.key(), Qt.KeyboardModifier.NoModifier, event.text())
        QApplication.sendEvent(self._dialog, submit)
        return True


def enter_submits(dialog: QDialog) -> None:
    """Make Enter in every combo box of ``dialog`` submit it without changing the box's value."""
    for combo in dialog.findChildren(QComboBox):
        watcher = _EnterSubmits(combo, dialog)
        combo.installEventFilter(watcher)
        line_edit = combo.lineEdit()
        if combo.isEditable() and line_edit is not None:
            line_edit.installEventFilter(watcher)


# --- inline messages that keep their place ------------------------------------------------------


def reserve_space(widget: QWidget, lines: int = 1) -> None:
    """Keep ``widget``'s room in the layout while it is hidden, at least ``lines`` lines high,
    so that an error or a warning coming and going never moves the fields below it (where the
    next click was aimed)."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    widget.setMinimumHeight(max(widget.minimumHeight(), widget.fontMetrics().lineSpacing() * lines))


class ErrorLine(QLabel):
    """An inline error on one line that keeps its room while hidden: a long message is cut in
    the middle ("“alistair.bann…” is not an e-mail address" keeps what is wrong) and shown
    whole in its tooltip, so it never grows the row and moves the fields below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widens the dialog
        reserve_space(self)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        """The whole message, however much of it fits."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if width > 0:
            super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))
        else:
            super().setText(self._full)
