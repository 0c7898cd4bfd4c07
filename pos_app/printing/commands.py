"""The intermediate form of a receipt: a list of print commands.

Templates render to these; ``escpos_output`` turns them into printer bytes and ``preview`` into plain
text, so the screen and the paper come from the same rendering.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    bold: bool = False
    double: bool = False  # double width and height: half as many columns


PLAIN = Style()


@dataclass(frozen=True)
class TextLine:
    """One printed line, already laid out and padded (alignment is done with spaces)."""

    text: str
    style: Style = PLAIN


@dataclass(frozen=True)
class QrCode:
    data: str


@dataclass(frozen=True)
class Barcode:
    data: str  # printed as CODE128


@dataclass(frozen=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True)
class Cut:
    pass


Command = TextLine | QrCode | Barcode | Feed | Cut
