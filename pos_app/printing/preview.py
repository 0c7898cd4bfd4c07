"""Print commands to plain text, for the till's on-screen preview.

Each line is at most ``columns`` characters. Double-size text is shown with its characters spaced out
(it takes two columns each on paper); QR codes, barcodes and cuts are shown as labelled placeholders.
"""

from __future__ import annotations

from .commands import Barcode, Command, Cut, Feed, QrCode, TextLine
from .layout import align


def to_text(commands: list[Command], columns: int) -> str:
    lines: list[str] = []
    for command in commands:
        if isinstance(command, TextLine):
            text = command.text
            if command.style.double:
                text = " ".join(text) + (" " if text else "")
            lines.append(text.rstrip())
        elif isinstance(command, QrCode):
            lines.append(align(f"[QR: {command.data}]", columns, "center"))
        elif isinstance(command, Barcode):
            lines.append(align(f"[|||| {command.data} ||||]", columns, "center"))
        elif isinstance(command, Feed):
            lines.extend([""] * command.lines)
        elif isinstance(command, Cut):
            lines.append("~" * columns)
    return "\n".join(lines) + "\n"
