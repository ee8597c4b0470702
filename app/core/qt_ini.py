"""How Qt's INI reader sees a settings file, without letting Qt read it.

``QSettings`` turns a value written ``@Variant(...)`` (or ``@DateTime(...)``) into a
``QVariant`` with ``QDataStream``: any type Qt knows, decoded from bytes in the file. A
list nested a few tens of thousands deep overflows the stack inside Qt, so the process
dies with a segmentation fault before a line of Python runs (measured: 20 000 levels,
180 kB). Breathing Room never writes such a value; a file that has one was written by
something else, and Qt must never decode it.

Whether Qt will decode a value cannot be told from the raw text: ``\\x40Variant(``,
``"@Var"iant(``, a line continuation or a list element (``1, @Variant(...)``) all reach
the decoder. So this module reads the file the way Qt 6 does — a port of
``QConfFileSettingsPrivate::readIniLine`` / ``readIniFile`` / ``readIniSection`` and
``QSettingsPrivate::iniUnescapedStringList`` / ``stringListToVariantList`` /
``stringToVariant`` from ``qtbase/src/corelib/io/qsettings.cpp`` — and says which
entries would be decoded. ``tests/test_qt_ini.py`` compares it with ``QSettings`` itself
on generated text.

Pure Python (the core never imports Qt), linear in the size of the file.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

_SPACE = frozenset(b" \t\n\r")
_SPECIAL = re.compile(rb'[\n\r";=\\]')  # charTraits' "Special"
_RUN_END = re.compile(rb'[\\",]')
_ESCAPES = {
    ord("a"): "\a",
    ord("b"): "\b",
    ord("f"): "\f",
    ord("n"): "\n",
    ord("r"): "\r",
    ord("t"): "\t",
    ord("v"): "\v",
    ord('"'): '"',
    ord("?"): "?",
    ord("'"): "'",
    ord("\\"): "\\",
}
_BOM = b"\xef\xbb\xbf"
_DECODED = ("@Variant(", "@DateTime(")  # the prefixes QDataStream reads


@dataclass(frozen=True, slots=True)
class Entry:
    """One ``key=value`` line as Qt reads it; ``start``/``end`` are byte offsets of the
    whole logical line (continuations and quoted line breaks included) in the file."""

    section: str
    key: str
    value: str | list[str]
    start: int
    end: int

    @property
    def decoded_by_qt(self) -> bool:
        """Whether ``QSettings`` would hand this value to ``QDataStream``."""
        return decoded_by_qt(self.value)


def _lines(data: bytes, offset: int) -> Iterator[tuple[int, int, int]]:
    """``(line_start, line_end, equals_pos or -1)`` as ``readIniLine`` finds them."""
    size = len(data)
    pos = offset
    while True:
        in_quotes = False
        equals = -1
        start = pos
        while start < size and data[start] in _SPACE:
            start += 1
        i = start
        while i < size:
            found = _SPECIAL.search(data, i)
            if found is None:
                i = size
                break
            i = found.start()
            ch = data[i]
            i += 1
            if ch == 0x3D:  # '='
                if not in_quotes and equals == -1:
                    equals = i - 1
            elif ch in (0x0A, 0x0D):
                if i == start + 1:
                    start += 1
                elif not in_quotes:
                    i -= 1
                    break
            elif ch == 0x5C:  # '\\': the next character belongs to this line
                if i < size:
                    first = data[i]
                    i += 1
                    if i < size:
                        second = data[i]
                        if (first, second) in ((0x0A, 0x0D), (0x0D, 0x0A)):
                            i += 1
            elif ch == 0x22:  # '"'
                in_quotes = not in_quotes
            else:  # ';'
                if i == start + 1:  # a comment line
                    while i < size and data[i] not in (0x0A, 0x0D):
                        i += 1
                    while i < size and data[i] in _SPACE:
                        i += 1
                    start = i
                elif not in_quotes:
                    i -= 1
                    break
        pos = i
        if i - start <= 0:
            return
        yield start, i, equals


def _hex(ch: int) -> int:
    if 0x30 <= ch <= 0x39:
        return ch - 0x30
    if 0x61 <= ch <= 0x66:
        return ch - 0x61 + 10
    if 0x41 <= ch <= 0x46:
        return ch - 0x41 + 10
    return -1


def _oct(ch: int) -> int:
    return ch - 0x30 if 0x30 <= ch <= 0x37 else -1


def _chop(chars: list[str], limit: int) -> None:
    while len(chars) > limit and chars[-1] in (" ", "\t"):
        chars.pop()


def unescape(raw: bytes) -> str | list[str]:
    """The text after ``=`` as ``iniUnescapedStringList`` reads it: a string, or a list
    where the text has commas outside quotes. Escapes build 16-bit code units, as
    ``char16_t`` does in Qt (``\\x10040`` is ``@``)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")("replace")  # QStringDecoder: stateful
    chars: list[str] = []
    items: list[str] = []
    is_list = False
    in_quotes = False
    quoted = False
    size = len(raw)
    i = 0
    skip_spaces = True
    chop_at_end = True
    chop = 0
    while True:
        if skip_spaces:
            while i < size and raw[i] in (0x20, 0x09):
                i += 1
            skip_spaces = False
            chop = len(chars)
        if i >= size:
            break
        ch = raw[i]
        if ch == 0x5C:  # '\\'
            i += 1
            if i >= size:
                chop_at_end = False
                break
            code = raw[i]
            i += 1
            if code in _ESCAPES:
                chars.append(_ESCAPES[code])
                chop = len(chars)
                continue
            value = -1
            if code == ord("x"):
                if i >= size:
                    chop_at_end = False
                    break
                if _hex(raw[i]) != -1:
                    value = 0
                    while i < size and (digit := _hex(raw[i])) != -1:
                        value = ((value << 4) + digit) & 0xFFFF
                        i += 1
            elif (digit := _oct(code)) != -1:
                value = digit
                while i < size and (digit := _oct(raw[i])) != -1:
                    value = ((value << 3) + digit) & 0xFFFF
                    i += 1
            elif code in (0x0A, 0x0D) and i < size and raw[i] in (0x0A, 0x0D) and raw[i] != code:
                i += 1  # a line continuation: \n, \r, \r\n or \n\r
            if value != -1:
                chars.append(chr(value))
                if i >= size:
                    chop_at_end = False
                    break
            chop = len(chars)
            continue
        if ch == 0x22:  # '"'
            i += 1
            quoted = True
            in_quotes = not in_quotes
            if not in_quotes:
                skip_spaces = True
            continue
        if ch == 0x2C and not in_quotes:  # ','
            if not quoted:
                _chop(chars, chop)
            is_list = True
            items.append("".join(chars))
            chars = []
            quoted = False
            i += 1
            skip_spaces = True
            continue
        found = _RUN_END.search(raw, i + 1)
        end = found.start() if found is not None else size
        chars.extend(decoder.decode(raw[i:end]))
        i = end
    if chop_at_end and not quoted:
        _chop(chars, chop)
    if is_list:
        items.append("".join(chars))
        return items
    return "".join(chars)


def _decodes(text: str) -> bool:
    return text.startswith(_DECODED) and text.endswith(")")


def decoded_by_qt(value: str | list[str]) -> bool:
    """Whether ``stringToVariant`` (or, for a list, ``stringListToVariantList``) would
    read this value with ``QDataStream``."""
    if isinstance(value, str):
        return _decodes(value)
    if any(item.startswith("@") and not item.startswith("@@") for item in value):
        return any(_decodes(item) for item in value)
    return False


def entries(data: bytes) -> Iterator[Entry]:
    """Every ``key=value`` line of an INI file, in file order, as Qt 6 reads them."""
    offset = len(_BOM) if data.startswith(_BOM) else 0
    section = ""
    for start, end, equals in _lines(data, offset):
        line = data[start:end]
        if line.startswith(b"["):
            close = line.find(b"]")
            name = line[1 : close if close >= 0 else len(line)].strip()
            section = name.decode("utf-8", "replace")
            continue
        if equals == -1:
            continue
        key = data[start:equals].strip().decode("utf-8", "replace")
        yield Entry(section, key, unescape(data[equals + 1 : end]), start, end)


def without(data: bytes, unwanted: list[Entry]) -> bytes:
    """The file with the lines of ``unwanted`` cut out, everything else byte for byte."""
    kept = bytearray()
    pos = 0
    for entry in sorted(unwanted, key=lambda e: e.start):
        kept += data[pos : entry.start]
        pos = entry.end
    kept += data[pos:]
    return bytes(kept)
