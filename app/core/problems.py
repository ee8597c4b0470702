"""Located problems: what the validator reports and the UI translates.

A message is kept as an English template plus its values, so the Qt layer can translate
the template with Qt Linguist (``QCoreApplication.translate("Problem", template)``) while
this package stays free of Qt. The templates are marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` finds them here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.text import visible

CONTEXT = "Problem"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation without translating it here."""
    del context
    return text


@dataclass(frozen=True, slots=True)
class Message:
    template: str
    args: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, template: str, **args: object) -> Message:
        """A message whose values are shown as typed: every value passes through
        :func:`~app.core.text.visible`, so no message can hide or reorder what it quotes
        (a zero-width space, a bidi override) or grow without bound (a 1 MB id)."""
        return cls(template, tuple((k, visible(str(v))) for k, v in args.items()))

    def render(self, template: str | None = None) -> str:
        """The text, optionally from a translated ``template`` with the same placeholders."""
        return (template or self.template).format(**dict(self.args))

    def __str__(self) -> str:
        return self.render()


class MessageError(ValueError):
    """An error whose message can be translated at the edge."""

    def __init__(self, template: str, **args: object) -> None:
        self.message = Message.of(template, **args)
        super().__init__(self.message.render())


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in one file, at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: Message

    def __str__(self) -> str:
        return self.format()

    def format(self, text: str | None = None) -> str:
        file = visible(self.file, None)  # a file's name is quoted whole, but as it is
        return f"{file}:{self.line}:{self.column}: {text or self.message.render()}"
