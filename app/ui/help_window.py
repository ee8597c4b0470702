"""Help: how to use the app (F1) and every keyboard shortcut.

The how-to is a page per language in ``resources/help/how-to.<lang>.html``, not ``tr()``
strings: it is prose with headings, lists and links that a writer edits and reads as a
whole, in each language on its own (Qt Linguist would cut it into dozens of unconnected
sentences), and it is shown as it is written, before ``lupdate`` ever runs. A test keeps
the two pages alike (the same anchors) and their keys true.

The shortcuts are never written down: they are read from the windows' own ``QAction`` s
(the main window's, grouped by its menus) and from the table the pacer makes its
``QShortcut`` s from (``pacer_keys.PACER_KEYS``), each time the window is shown, so the
list cannot go stale and is in the language the window was built in.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.bundle import resources_path
from app.core.files import read_text
from app.core.text import Lang
from app.services.i18n import problem_text, translate
from app.ui.fit_area import size_for_screen
from app.ui.pacer_keys import PACER_KEYS

SECTIONS = ("what", "session", "focus", "pacer", "history", "safety")  # the pages' anchors
# A command whose text follows its state ("Pause"/"Resume", "Undo Add Cobra") sets this
# dynamic property to a name that always holds; the list shows that name.
SHORTCUT_NAME = "shortcutName"


@dataclass(frozen=True, slots=True)
class Shortcut:
    """A command and the keys that give it (native text), and where they work when not in
    the whole window (the accessible name of the widget, e.g. the session list)."""

    name: str
    keys: tuple[str, ...]
    where: str = ""


def plain(text: str) -> str:
    """An action's text as a name: without its mnemonic ("&Pause", "S&top") and the
    ellipsis that says a dialog follows ("Breathing &pacer…")."""
    out, chars = [], iter(text)
    for char in chars:
        if char == "&":
            char = next(chars, "")  # "&&" is a real "&"
        out.append(char)
    return "".join(out).removesuffix("…").removesuffix("...").strip()


def name_of(action: QAction) -> str:
    """What the list calls an action: its lasting name, else its text as a name."""
    lasting = action.property(SHORTCUT_NAME)
    return lasting if isinstance(lasting, str) and lasting else plain(action.text())


def _keys(sequences: Sequence[QKeySequence]) -> tuple[str, ...]:
    native = QKeySequence.SequenceFormat.NativeText
    return tuple(s.toString(native) for s in sequences if not s.isEmpty())


def _home(thing: QObject) -> QWidget | None:
    """The window an action or shortcut works in: its nearest ancestor that is a window
    (a menu is a window of its own to Qt, but works in the window it belongs to)."""
    parent = thing.parent()
    while parent is not None:
        if isinstance(parent, QWidget) and parent.isWindow() and not isinstance(parent, QMenu):
            return parent
        parent = parent.parent()
    return None


def _where(action: QAction) -> str:
    """Where a key bound to one widget works: that widget's accessible name."""
    if action.shortcutContext() not in (
        Qt.ShortcutContext.WidgetShortcut,
        Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ):
        return ""
    names = [
        widget.accessibleName()
        for widget in action.associatedObjects()
        if isinstance(widget, QWidget)
        and not isinstance(widget, QMenu | QMenuBar | QToolBar)
        and not widget.isWindow()
        and widget.accessibleName()
    ]
    return ", ".join(names)


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub)
        elif not action.isSeparator():
            yield action


def window_shortcuts(window: QWidget) -> list[tuple[str, list[Shortcut]]]:
    """Every named command of ``window`` that has a key, grouped by the menu it is in (in
    menu order), then those in no menu; not those of windows it owns (the pacer)."""
    groups: list[tuple[str, list[Shortcut]]] = []
    seen: set[int] = set()

    def entry(action: QAction) -> Shortcut | None:
        seen.add(id(action))
        keys, name = _keys(action.shortcuts()), name_of(action)
        return Shortcut(name, keys, _where(action)) if keys and name else None

    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                found = [e for a in _menu_actions(menu) if (e := entry(a)) is not None]
                if found:
                    groups.append((plain(menu.title()), found))
    others = [
        e
        for a in window.findChildren(QAction)
        if id(a) not in seen and _home(a) is window and (e := entry(a)) is not None
    ]
    others += [
        Shortcut(s.whatsThis(), _keys([s.key()]))
        for s in window.findChildren(QShortcut)
        if _home(s) is window and s.whatsThis() and _keys([s.key()])
    ]
    if others:
        groups.append((translate("ShortcutsWindow", "Other keys"), others))
    return groups


def pacer_shortcuts() -> list[Shortcut]:
    """The pacer window's keys, from the table it makes them from."""
    return [Shortcut(entry.name(), _keys(entry.sequences())) for entry in PACER_KEYS]


def _root(widget: QWidget) -> QWidget:
    """The outermost window ``widget`` belongs to (the main window, or a pacer started on
    its own)."""
    window = widget.window()
    while (parent := window.parentWidget()) is not None:
        window = parent.window()
    return window


def _text_view(name: str, accessible: str) -> QTextBrowser:
    view = QTextBrowser()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setOpenLinks(False)
    # Lines break between words only: at 200 % text a narrow window would otherwise cut
    # a long Dutch word in two.
    view.setWordWrapMode(QTextOption.WrapMode.WordWrap)
    # A key in the text's own type, bold: Qt sets <kbd> in a fixed-width font, in which
    # "←" and "→" came out as small as a full stop.
    family = view.font().family().replace("'", "")
    view.document().setDefaultStyleSheet(f"kbd {{ font-family: '{family}'; font-weight: 600; }}")
    return view


class ShortcutsWindow(QDialog):
    """Every key of the main window (by menu) and of the pacer, as a table that wraps at
    large text; built anew each time it is shown (:meth:`refresh`)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.view = _text_view("shortcutsText", self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.sections: list[tuple[str, list[tuple[str, list[Shortcut]]]]] = []
        size_for_screen(self, 560, 680)

    def refresh(self) -> None:
        """Read the keys again from the windows as they are now."""
        root = _root(self)
        self.sections = []
        if isinstance(root, QMainWindow):
            self.sections.append((root.windowTitle(), window_shortcuts(root)))
        self.sections.append(
            (translate("PacerWindow", "Breathing pacer"), [("", pacer_shortcuts())])
        )
        self.view.setHtml(self._html())

    def _html(self) -> str:
        """One table per window, the menus as rows of their own, so that the columns line
        up through the whole window's list; a key a line (Pause has five)."""
        parts = []
        for title, groups in self.sections:
            parts.append(f"<h3>{html.escape(title)}</h3>")
            parts.append('<table width="100%" cellspacing="0" cellpadding="3">')
            for group, shortcuts in groups:
                if group:
                    parts.append(
                        '<tr><td colspan="2" style="padding-top: 10px">'
                        f"<b>{html.escape(group)}</b></td></tr>"
                    )
                for shortcut in shortcuts:
                    keys = "<br>".join(f"<b>{html.escape(k)}</b>" for k in shortcut.keys)
                    if shortcut.where:
                        where = self.tr("only in: %1").replace("%1", shortcut.where)
                        keys += f"<br><small>{html.escape(where)}</small>"
                    name = html.escape(shortcut.name)
                    parts.append(f'<tr><td width="50%">{name}</td><td width="50%">{keys}</td></tr>')
            parts.append("</table>")
        return "\n".join(parts)


def how_to_html(lang: Lang) -> str:
    """The how-to page in ``lang``; if it cannot be read, a line that says why (never an
    exception: a damaged installation still opens the window)."""
    path = resources_path() / "help" / f"how-to.{lang}.html"
    text, problems = read_text(path)
    if text is not None:
        return text
    reason = problem_text(problems[0]) if problems else str(path)
    message = translate("HowToWindow", "The help page could not be read: %1").replace("%1", reason)
    return f"<p>{html.escape(message)}</p>"


class HowToWindow(QDialog):
    """How to use the app: what it is, a session from the mat, focus mode, the pacer, the
    history, and safety. Not modal: it can stay open beside the window it explains."""

    def __init__(self, lang: Lang, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("howToWindow")
        self.setWindowTitle(self.tr("How to use Breathing Room"))
        self._lang: Lang = lang
        self.view = _text_view("howToText", self.tr("How to use Breathing Room"))
        self.view.setHtml(how_to_html(lang))
        self.view.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.shortcuts_button = buttons.addButton(
            self.tr("Keyboard shortcuts"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.shortcuts_button.setObjectName("showShortcuts")
        self.shortcuts_button.clicked.connect(self.show_shortcuts)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        size_for_screen(self, 640, 720)

    def show_section(self, name: str) -> None:
        """Scroll to a part of the page (one of ``SECTIONS``); the top for ``""``."""
        if name:
            self.view.scrollToAnchor(name)
        else:
            self.view.verticalScrollBar().setValue(0)

    def show_shortcuts(self) -> ShortcutsWindow:
        return show_shortcuts(self.parentWidget() or self)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "shortcuts":
            self.show_shortcuts()
        elif not url.scheme() and url.hasFragment():
            self.show_section(url.fragment())


def _bring_forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


def show_how_to(parent: QWidget, lang: Lang, section: str = "") -> HowToWindow:
    """The how-to beside ``parent``'s window (one each), at ``section``."""
    owner = parent.window()
    window = owner.findChild(HowToWindow, "howToWindow", Qt.FindChildOption.FindDirectChildrenOnly)
    if window is None:
        window = HowToWindow(lang, owner)
    _bring_forward(window)
    window.show_section(section)
    return window


def show_shortcuts(parent: QWidget) -> ShortcutsWindow:
    """The keys of ``parent``'s outermost window and of the pacer, read now."""
    root = _root(parent)
    window = root.findChild(
        ShortcutsWindow, "shortcutsWindow", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if window is None:
        window = ShortcutsWindow(root)
    window.refresh()
    _bring_forward(window)
    return window
