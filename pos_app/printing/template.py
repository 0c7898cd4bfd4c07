"""The receipt template language: plain lines, ``{placeholders}`` and ``@directives``.

A template is a text file in ``receipts/``. Each line is one of:

- ``# comment`` (ignored) and empty lines (ignored; use ``@feed`` for blank paper);
- ``@left``, ``@center``, ``@right``: alignment of the following lines;
- ``@bold on|off``, ``@double on|off`` (double width and height);
- ``@row LEFT | RIGHT``: LEFT at the left edge, RIGHT at the right edge of the same line;
- ``@rule`` or ``@rule =``: a full-width line of ``-`` (or the given character);
- ``@if NAME`` / ``@if not NAME`` / ``@else`` / ``@endif``: print the block when NAME is non-empty;
- ``@for ITEM in NAME`` / ``@endfor``: repeat the block for each element of the list NAME;
- ``@qr TEXT``, ``@barcode TEXT`` (CODE128), ``@code TEXT`` (QR or barcode, as the printer setting says);
- ``@feed N``, ``@cut``;
- anything else is text, wrapped to the paper width. ``\\@`` starts a text line with ``@``.

Placeholders are ``{name}`` or ``{item.field}``; ``{{`` and ``}}`` print braces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


class TemplateError(ValueError):
    """A template cannot be read or rendered; the message names the file and line."""


@dataclass
class Node:
    line_no: int


@dataclass
class Text(Node):
    text: str


@dataclass
class Row(Node):
    left: str
    right: str


@dataclass
class Directive(Node):
    name: str
    arg: str


@dataclass
class If(Node):
    name: str
    negate: bool
    body: list[Node] = field(default_factory=list)
    orelse: list[Node] = field(default_factory=list)


@dataclass
class For(Node):
    var: str
    name: str
    body: list[Node] = field(default_factory=list)


@dataclass
class Template:
    name: str
    body: list[Node]


NAME = r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*"
_IF = re.compile(rf"^(not\s+)?({NAME})$")
_FOR = re.compile(rf"^([A-Za-z_][A-Za-z0-9_]*)\s+in\s+({NAME})$")
SIMPLE = {"left", "center", "right", "bold", "double", "rule", "qr", "barcode", "code", "feed", "cut"}


def load_template(path: Path) -> Template:
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(f"cannot read receipt template {path}: {exc.strerror}") from None
    return parse_template(source, path.name)


def parse_template(source: str, name: str = "<template>") -> Template:
    root: list[Node] = []
    stack: list[tuple[Node | None, list[Node]]] = [(None, root)]
    for line_no, raw in enumerate(source.splitlines(), start=1):
        line = raw.rstrip()
        where = f"{name}, line {line_no}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith("@"):
            stack[-1][1].append(Text(line_no, line[1:] if line.startswith("\\@") else line))
            continue
        word, _, arg = line[1:].partition(" ")
        arg = arg.strip()
        if word == "if":
            match = _IF.match(arg)
            if not match:
                raise TemplateError(f"{where}: write @if NAME or @if not NAME, got {line!r}")
            node = If(line_no, match.group(2), bool(match.group(1)))
            stack[-1][1].append(node)
            stack.append((node, node.body))
        elif word == "else":
            opener = stack[-1][0]
            if not isinstance(opener, If) or stack[-1][1] is opener.orelse:
                raise TemplateError(f"{where}: @else without @if")
            stack[-1] = (opener, opener.orelse)
        elif word in ("endif", "endfor"):
            opener = stack[-1][0]
            wanted = If if word == "endif" else For
            if not isinstance(opener, wanted):
                raise TemplateError(f"{where}: @{word} without a matching @{word[3:]}")
            stack.pop()
        elif word == "for":
            match = _FOR.match(arg)
            if not match:
                raise TemplateError(f"{where}: write @for ITEM in NAME, got {line!r}")
            node = For(line_no, match.group(1), match.group(2))
            stack[-1][1].append(node)
            stack.append((node, node.body))
        elif word == "row":
            left, sep, right = line[len("@row "):].partition("|")
            if not sep:
                raise TemplateError(f"{where}: @row needs LEFT | RIGHT, got {line!r}")
            stack[-1][1].append(Row(line_no, left.rstrip(), right.strip()))
        elif word in SIMPLE:
            stack[-1][1].append(Directive(line_no, word, arg))
        else:
            raise TemplateError(f"{where}: unknown directive @{word} (write \\@ for a text line starting with @)")
    if len(stack) > 1:
        opener = stack[-1][0]
        raise TemplateError(f"{name}, line {opener.line_no}: block is never closed (missing @end...)")
    return Template(name, root)
