"""Render a parsed template with a context into print commands."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from .charset import printable
from .commands import PLAIN, Barcode, Command, Cut, Feed, QrCode, Style, TextLine
from .layout import align, row, rule, wrap
from .template import Directive, For, If, Node, Row, Template, TemplateError, Text

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


@dataclass
class _State:
    align: str = "left"
    style: Style = PLAIN


def render(
    template: Template, context: dict[str, Any], columns: int, code_page: str | None, code_kind: str = "qr"
) -> list[Command]:
    """Commands for ``template`` filled from ``context`` on paper ``columns`` wide.

    Text goes through the code page's fallbacks (``code_page`` None keeps Unicode) before it is laid out.
    ``code_kind`` is what ``@code`` prints: "qr" or "barcode".
    """
    renderer = _Renderer(template.name, columns, code_page, code_kind)
    renderer.block(template.body, [context])
    return renderer.out


class _Renderer:
    def __init__(self, name: str, columns: int, code_page: str | None, code_kind: str) -> None:
        self.name, self.columns, self.code_page, self.code_kind = name, columns, code_page, code_kind
        self.state = _State()
        self.out: list[Command] = []

    def block(self, nodes: list[Node], scopes: list[dict[str, Any]]) -> None:
        for node in nodes:
            if isinstance(node, Text):
                self.lines(wrap(self.fill(node.text, node, scopes), self.width()))
            elif isinstance(node, Row):
                left, right = self.fill(node.left, node, scopes), self.fill(node.right, node, scopes)
                self.lines(row(left, right, self.width()))
            elif isinstance(node, If):
                value = lookup(node.name, scopes, self.where(node))
                self.block(node.body if bool(value) != node.negate else node.orelse, scopes)
            elif isinstance(node, For):
                items = lookup(node.name, scopes, self.where(node)) or []
                if not isinstance(items, (list, tuple)):
                    raise TemplateError(f"{self.where(node)}: {node.name} is not a list")
                for item in items:
                    self.block(node.body, scopes + [{node.var: item}])
            elif isinstance(node, Directive):
                self.directive(node, scopes)

    def directive(self, node: Directive, scopes: list[dict[str, Any]]) -> None:
        name, arg = node.name, node.arg
        if name in ("left", "center", "right"):
            self.state.align = name
        elif name in ("bold", "double"):
            if arg not in ("on", "off"):
                raise TemplateError(f"{self.where(node)}: write @{name} on or @{name} off")
            self.state.style = replace(self.state.style, **{name: arg == "on"})
        elif name == "rule":
            self.out.append(TextLine(rule(arg, self.width()), self.state.style))
        elif name == "feed":
            count = int(arg) if arg.isdigit() else 1
            self.out.append(Feed(count))
        elif name == "cut":
            self.out.append(Cut())
        else:  # qr, barcode, code
            data = printable(self.fill(arg, node, scopes), "CP866").strip()
            if data:
                kind = self.code_kind if name == "code" else name
                self.out.append(QrCode(data) if kind == "qr" else Barcode(data))

    def lines(self, texts: list[str]) -> None:
        for text in texts:
            self.out.append(TextLine(align(text, self.width(), self.state.align), self.state.style))

    def width(self) -> int:
        return self.columns // 2 if self.state.style.double else self.columns

    def where(self, node: Node) -> str:
        return f"{self.name}, line {node.line_no}"

    def fill(self, text: str, node: Node, scopes: list[dict[str, Any]]) -> str:
        def substitute(match: re.Match[str]) -> str:
            if match.group(0) in ("{{", "}}"):
                return match.group(0)[0]
            name = match.group(1).strip()
            if not _NAME.match(name):
                raise TemplateError(f"{self.where(node)}: {{{name}}} is not a placeholder name")
            value = lookup(name, scopes, self.where(node))
            return "" if value is None else str(value)

        return printable(_PLACEHOLDER.sub(substitute, text), self.code_page)


def lookup(name: str, scopes: list[dict[str, Any]], where: str) -> Any:
    head, *rest = name.split(".")
    for scope in reversed(scopes):
        if head in scope:
            value = scope[head]
            break
    else:
        raise TemplateError(f"{where}: unknown name {head!r}")
    for part in rest:
        if not isinstance(value, dict) or part not in value:
            raise TemplateError(f"{where}: {name!r} has no field {part!r}")
        value = value[part]
    return value
