"""One translation system: Qt Linguist. Installs our catalogue and Qt's own for a language.

Content (exercise names, steps, cautions) is not translated here: it comes from
``exercises.yaml`` in both languages. This module only covers the program's own strings.

The lowest of the services: the others (settings, storage, sound...) speak through it, so
it imports none of them. The language chosen in Preferences is a setting like any other
(``options.saved_language``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.bundle import resources_path
from app.core.problems import CONTEXT as PROBLEM_CONTEXT
from app.core.problems import Message, Problem
from app.core.text import Lang

_installed: list[QTranslator] = []


def install(lang: Lang) -> None:
    """Replace the installed translators with those for ``lang``."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    )
    # English is the source language; its catalogue only holds plural forms.
    folders = {"breathing_room": str(resources_path() / "translations")}
    if lang != "en":
        folders["qtbase"] = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in folders.items():
        translator = QTranslator()
        # A missing .qm is not an error: the strings stay in English.
        if translator.load(f"{name}_{lang}", folder) and QCoreApplication.installTranslator(
            translator
        ):
            _installed.append(translator)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the one name Qt's ``lupdate`` finds in Python
    besides ``self.tr``: modules without a QObject call this with literal strings.

    Not for counted texts: pyside6-lupdate (6.11) takes a name in the fourth place for a
    Qt 4 encoding, so ``translate(c, "%n x(s)", None, n)`` is not a plural message, and a
    call there (``len(x)``) or a context in a variable loses the string altogether. Use
    ``self.tr(text, "", n)``, or a :class:`Context` outside a QObject.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


class Context:
    """Qt Linguist's ``Name.tr(text, "", n)`` for a module without a QObject: a counted
    text gets the catalogue's singular or plural form ("1 byte", "2 bytes").

    WORKAROUND: pyside6-lupdate 6.11 (qttools src/linguist/lupdate/python.cpp,
    ``parseTranslate`` reads a name after the disambiguation as an encoding) finds plurals
    only in ``tr()`` calls. Bind it to a module-level name spelled as its context
    (``Settings = Context("Settings")``): lupdate takes the context of ``Name.tr(...)``
    from ``Name``, as in C++ (``tests/test_translations.py`` checks the two agree).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def message_text(message: Message) -> str:
    """A core message in the UI language: its template is translated, its values not —
    except a ``where`` that is a word of the catalogue (``pattern``), not a place in a file."""
    count = -1 if message.numerus is None else message.numerus
    # Qt picks the numerus form for ``count`` and puts it in for %n.
    template = QCoreApplication.translate(PROBLEM_CONTEXT, message.template, None, count)
    args = dict(message.args)
    if "where" in args:
        args["where"] = QCoreApplication.translate(PROBLEM_CONTEXT, args["where"])
    return template.format(**args)


def problem_text(problem: Problem) -> str:
    return problem.format(message_text(problem.message))
