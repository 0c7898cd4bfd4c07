"""One entry point from a document to what is printed: commands, printer bytes and the text preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .commands import Command
from .context import template_and_context
from .escpos_output import to_escpos
from .preview import to_text
from .render import render
from .settings import PrinterSettings
from .template import Template, TemplateError, load_template

TEMPLATE_NAMES = ("sale", "return", "balance", "registration", "shift_report", "test_page")


@dataclass(frozen=True)
class RenderedReceipt:
    """A document ready to print: ``data`` goes to the printer, ``preview`` to the screen."""

    title: str
    commands: tuple[Command, ...]
    data: bytes
    preview: str


def template_path(templates_dir: str | Path, name: str, columns: int, language: str = "ru") -> Path:
    """``receipts/sale.32.txt`` when a store made one for that width, else ``receipts/sale.txt``; a language
    other than Russian has its own folder (``receipts/sk/sale.txt``)."""
    folder = Path(templates_dir) if language == "ru" else Path(templates_dir) / language
    specific = folder / f"{name}.{columns}.txt"
    return specific if specific.exists() else folder / f"{name}.txt"


def find_template(settings: PrinterSettings, name: str) -> Template:
    if name not in TEMPLATE_NAMES:
        raise TemplateError(f"no receipt template called {name!r}; templates: {', '.join(TEMPLATE_NAMES)}")
    return load_template(template_path(settings.templates_dir, name, settings.columns, settings.language))


def render_document(document: Any, settings: PrinterSettings, copy: bool = False) -> RenderedReceipt:
    """Render any document from ``documents`` with the printer's template, width and code page.

    ``copy`` marks a reprint (templates print "ДУБЛИКАТ" under ``@if copy``).
    """
    name, context = template_and_context(document, settings.language)
    context["copy"] = copy
    commands = render(find_template(settings, name), context, settings.columns, settings.code_page, settings.barcode)
    return RenderedReceipt(
        title=_title(name, context),
        commands=tuple(commands),
        data=to_escpos(commands, settings),
        preview=to_text(commands, settings.columns),
    )


def preview_document(document: Any, settings: PrinterSettings) -> str:
    """The on-screen text of a document, exactly as it would print with these settings."""
    name, context = template_and_context(document, settings.language)
    context["copy"] = False
    commands = render(find_template(settings, name), context, settings.columns, settings.code_page, settings.barcode)
    return to_text(commands, settings.columns)


def _title(name: str, context: dict[str, Any]) -> str:
    number = context.get("receipt_no") if name == "sale" else context.get("return_no") or context.get("shift_no")
    return f"{name} {number}" if number else name
