"""Located problems: what the validator reports and the UI translates.

A message is kept as an English template plus its values, so the Qt layer can translate
the template with Qt Linguist (``QCoreApplication.translate("Problem", template)``) while
this package stays free of Qt. The templates are marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` finds them here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.text import visible

CONTEXT = "Problem"


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name lupdate looks for
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """Mark ``text`` for translation without translating it here.

    A counted template, whose count is ``%n`` ("has %n part(s)"), is marked with a literal
    number as the fourth argument: ``QT_TRANSLATE_NOOP("Problem", "…%n…", None, 1)``.
    WORKAROUND: that is how pyside6-lupdate's Python parser (6.11) makes it a plural
    (numerus) message, with a singular and a plural form in each catalogue; it knows no
    ``QT_TRANSLATE_N_NOOP``. The number is not used: the message's ``numerus`` is the count.
    """
    del context, disambiguation, n
    return text


@dataclass(frozen=True, slots=True)
class Message:
    template: str
    args: tuple[tuple[str, str], ...] = ()
    # The count of a counted template (``%n``): the UI picks the catalogue's singular or
    # plural form with it (``services/i18n.message_text``); None for any other message.
    numerus: int | None = None

    @classmethod
    def of(cls, template: str, **args: object) -> Message:
        """A message whose values are shown as typed: every value passes through
        :func:`~app.core.text.visible`, so no message can hide or reorder what it quotes
        (a zero-width space, a bidi override) or grow without bound (a 1 MB id)."""
        return cls(template, tuple((k, visible(str(v))) for k, v in args.items()))

    @classmethod
    def counted(cls, template: str, numerus: int, **args: object) -> Message:
        """A message with a count: ``%n`` in ``template``, marked as a plural
        (:func:`QT_TRANSLATE_NOOP` with a fourth argument), so that the UI says "1 part"
        and "2 parts", "1 deel" and "2 delen"."""
        return replace(cls.of(template, **args), numerus=numerus)

    def render(self, template: str | None = None) -> str:
        """The text, optionally from a translated ``template`` with the same placeholders.
        Without one, a counted template reads "%n part(s)" with the count in it: the
        English source, as a log shows it; what a person reads is translated."""
        text = template or self.template
        if self.numerus is not None:
            text = text.replace("%n", str(self.numerus))
        return text.format(**dict(self.args))

    def __str__(self) -> str:
        return self.render()


class MessageError(ValueError):
    """An error whose message can be translated at the edge."""

    def __init__(self, template: str | Message, **args: object) -> None:
        """``template`` and its values, or a whole :class:`Message` (a counted one)."""
        self.message = template if isinstance(template, Message) else Message.of(template, **args)
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
