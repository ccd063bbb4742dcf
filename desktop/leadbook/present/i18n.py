"""The language Leadbook speaks: its own translations, Qt's, and the QLocale for dates and numbers.

The language is the book's ``Settings.language`` when set, else the first of the system's UI
languages that Leadbook has, else English. ``install_translators`` loads
``leadbook_<lang>.qm`` (shipped in ``leadbook.resources/translations``) and Qt's own
``qtbase_<lang>.qm`` (file, print, colour dialogs and message-box buttons), and makes the
matching ``QLocale`` the default, so dates, numbers, the first day of the week and the paper
size follow. Qt only honours ``installTranslator`` once a Q*Application exists, so the
terminal verbs make a ``QCoreApplication`` first (``terminal_app``).

English has a ``.qm`` too: the sources write plurals as "%n lead(s)" and ``leadbook_en.qm``
holds the real English forms.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)

log = logging.getLogger(__name__)

ENGLISH = "en"
# Codes as in the .ts/.qm names; "" in the setting means "follow the system".
LANGUAGES: tuple[str, ...] = ("en", "de", "sv", "zh_CN")
# Each language by its own name: a user who cannot read the current one still finds theirs.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "sv": "Svenska", "zh_CN": "简体中文"}
TRANSLATOR_NAME = "leadbook-translator"


class TranslationContext:
    """A translation context named by its class: ``Import.tr(text)``, and for plurals
    ``Import.tr("%n thing(s)", "", n)``, translate in the context "Import". These are calls
    pyside6-lupdate extracts (a helper, or a variable n passed to ``QCoreApplication.translate``, it
    does not see as a plural). Typed for calls on the class, which Qt's ``QObject.tr`` is not; a
    widget that is also a context lists this class first (``class ImportDialog(TranslationContext,
    QDialog)``) so that its ``self.tr`` is this one, in the same context."""

    @classmethod
    def tr(cls, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)


def translations_dir() -> Path:
    from ..resources import resource_path  # noqa: PLC0415 - resources is a package of data files

    return resource_path("translations")


def language_name(code: str) -> str:
    """For the Settings combo: "Deutsch", or "System language" for ""."""
    if not code:
        return QCoreApplication.translate("Language", "System language")
    return NATIVE_NAMES.get(code, code)


def _supported(name: str) -> str | None:
    """ "de-AT" -> "de", "zh-Hans-CN" -> "zh_CN", "sv" -> "sv"; None when Leadbook lacks it."""
    parts = name.replace("-", "_").split("_")
    language = parts[0].lower()
    if language == "zh":
        # Simplified Chinese only: Traditional (zh_TW, zh_HK, zh_Hant) readers are not given it unasked.
        rest = {part.upper() for part in parts[1:]}
        return "zh_CN" if not rest or (rest & {"CN", "SG", "HANS"} and not rest & {"HANT", "TW", "HK", "MO"}) else None
    return language if language in LANGUAGES else None


def choose_language(setting: str | None, ui_languages: Sequence[str] | None = None) -> str:
    """The setting when Leadbook has it; else the first system UI language it has; else English."""
    if setting and (chosen := _supported(setting)):
        return chosen
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        if chosen := _supported(name):
            return chosen
    return ENGLISH


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The system locale when it speaks ``language`` (keeps de_AT, en_GB); else that language in
    the system's country when Qt knows it (English in Sweden: en_SE); else the language's own."""
    system = system or QLocale.system()
    wanted = QLocale(language)
    traditional = system.script() == QLocale.Script.TraditionalHanScript
    if system.language() == wanted.language() and not (language == "zh_CN" and traditional):
        if _formats_as_c(system):
            # LANG=C.UTF-8 (a container, a minimal install) with LANGUAGE=de: Qt names the system
            # locale after the language but formats dates and lists as C does ("Friday, 4 December").
            return QLocale(system.name())
        return system
    if "_" not in language:
        local = QLocale(wanted.language(), system.territory())
        if local.language() == wanted.language() and local.territory() == system.territory():
            return local
    return wanted


def _formats_as_c(locale: QLocale) -> bool:
    long = QLocale.FormatType.LongFormat
    return locale.language() != QLocale.Language.English and locale.dateFormat(long) == QLocale.c().dateFormat(long)


def install_translators(app: QCoreApplication, language: str | None, directory: Path | None = None) -> str:
    """Install Leadbook's and Qt's translations for ``language`` ("" or None: the system's) on ``app``,
    replacing any installed before, and make its QLocale the default. Returns the language used.
    ``directory`` holds the leadbook_*.qm files (default: the shipped ones; tests pass their own)."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    chosen = choose_language(language)
    QLocale.setDefault(locale_for(chosen))
    global _spoken  # noqa: PLW0603 - the one language the app speaks, set where it is chosen
    _spoken = QLocale(chosen)
    files = [(directory or translations_dir()) / f"leadbook_{chosen}.qm"]
    if chosen != ENGLISH:
        files.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{chosen}.qm")
    for path in files:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(str(path)):
            app.installTranslator(translator)
        else:
            log.info("no translation %s", path)
            translator.setParent(None)
    return chosen


#: The language the app speaks (``install_translators``), for what is grammar rather than format.
_spoken = QLocale(ENGLISH)


def spoken_list(parts: Sequence[str]) -> str:
    """``parts`` joined as the app's language joins a list in a sentence ("a, b und c", "a、b和c"). The
    words of a sentence follow the language even where dates and numbers follow the region's formats
    (LANG=en_US with LANGUAGE=de: "5 überfällig und 2 zu entscheiden", not "… and 2 …")."""
    return _spoken.createSeparatedList(list(parts))


@functools.cache
def _loose_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(translations_dir() / f"leadbook_{language}.qm")) else None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` once an application exists. Before one does (the command line
    is parsed, and ``--help`` printed, before Leadbook knows which kind of application to make),
    the system language's ``.qm`` is asked directly."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    translator = _loose_translator(choose_language(None))
    found = (translator.translate(context, text, disambiguation, n) if translator else "") or text
    return found.replace("%n", str(n)) if n >= 0 else found


def terminal_app() -> QCoreApplication:
    """The application object the terminal verbs translate through (an existing one is kept),
    speaking the system's language until a book's setting says otherwise."""
    app = QCoreApplication.instance()
    if app is None:
        previous = qInstallMessageHandler(_quiet_about_utf8)
        try:
            app = QCoreApplication(sys.argv[:1])
        finally:
            qInstallMessageHandler(previous)
    install_translators(app, None)
    return app


def _quiet_about_utf8(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Where LANG names a locale the system lacks (cron, containers) Qt switches to C.UTF-8 and
    says so; a terminal verb's output (and its scripts) should not start with that."""
    if not message.startswith("Detected locale"):
        sys.stderr.write(message + "\n")


def follow_book(language: str) -> None:
    """A terminal verb opened its book: the book's language setting, when it has one, wins."""
    app = QCoreApplication.instance()
    if language and app is not None:
        install_translators(app, language)
