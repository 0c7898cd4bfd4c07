"""Text the printer's code page can print: readable fallbacks, never "?".

The fallback is applied before layout, so the width of "руб." is counted and the on-screen preview shows
exactly what the paper will.
"""

from __future__ import annotations

import unicodedata

PYTHON_CODECS = {"CP866": "cp866", "CP1251": "cp1251", "CP852": "cp852"}  # Cyrillic x2; Central European (sk, cz, pl)

FALLBACKS = {
    "₽": "руб.",
    "€": "EUR",
    "—": "-",
    "–": "-",
    "‑": "-",
    "−": "-",
    "«": '"',
    "»": '"',
    "„": '"',
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "…": "...",
    "•": "*",
    "×": "x",
    "\u00a0": " ",
    "\u202f": " ",
    "\t": " ",
}
UNPRINTABLE = "_"


def can_encode(char: str, code_page: str | None) -> bool:
    return code_page is None or _encodes(char, code_page)


def printable(text: str, code_page: str | None) -> str:
    """``text`` with every character the code page lacks replaced by a readable fallback.

    ``code_page`` None keeps Unicode (a preview not tied to a printer). Control characters are dropped so
    a product name cannot smuggle printer commands.
    """
    if text.isprintable() and (code_page is None or _encodes(text, code_page)):
        return text  # the common case, checked at once
    out = []
    for char in text:
        if char in FALLBACKS and not can_encode(char, code_page):
            out.append(printable(FALLBACKS[char], code_page))
        elif unicodedata.category(char) == "Cc":
            out.append(" " if char in "\t\r\n" else "")
        elif can_encode(char, code_page):
            out.append(char)
        else:
            out.append(_closest(char, code_page))
    return "".join(out)


def _encodes(text: str, code_page: str) -> bool:
    try:
        text.encode(PYTHON_CODECS[code_page])
    except UnicodeEncodeError:
        return False
    return True


def _closest(char: str, code_page: str | None) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and base != char and all(can_encode(c, code_page) for c in base):
        return base
    return UNPRINTABLE


def encode(text: str, code_page: str) -> bytes:
    """Bytes for the printer; ``text`` should have gone through ``printable`` (anything left becomes "_")."""
    return printable(text, code_page).encode(PYTHON_CODECS[code_page])
