"""Fitting text into a fixed number of columns: wrapping, alignment, two-column rows."""

from __future__ import annotations

import textwrap


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters; long words are broken, leading indentation is kept."""
    if not text.strip():
        return [""]
    indent = text[: len(text) - len(text.lstrip(" "))]
    if len(indent) >= width:
        indent = ""
    return textwrap.wrap(
        text.strip(),
        width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    ) or [""]


def align(text: str, width: int, how: str) -> str:
    """Pad on the left for center/right alignment; no trailing spaces are added."""
    text = text.rstrip()
    if how == "center":
        return " " * ((width - len(text)) // 2) + text
    if how == "right":
        return " " * (width - len(text)) + text
    return text


def row(left: str, right: str, width: int) -> list[str]:
    """``left`` at the left edge and ``right`` at the right edge; wraps ``left`` when both do not fit."""
    right = right.strip()
    if len(right) >= width:
        return wrap(left, width) + [align(line, width, "right") for line in wrap(right, width)]
    if len(left) + 1 + len(right) <= width:
        return [left + " " * (width - len(left) - len(right)) + right]
    lines = wrap(left, width)
    last = lines[-1]
    if len(last) + 1 + len(right) <= width:
        lines[-1] = last + " " * (width - len(last) - len(right)) + right
    else:
        lines.append(align(right, width, "right"))
    return lines


def rule(char: str, width: int) -> str:
    return (char or "-")[0] * width
