"""The template language and its rendering to print commands."""

from __future__ import annotations

import pytest

from pos_app.printing.commands import Barcode, Cut, Feed, QrCode, Style, TextLine
from pos_app.printing.render import render
from pos_app.printing.template import TemplateError, parse_template


def lines(source: str, context: dict, columns: int = 20, code_page: str | None = None, code: str = "qr"):
    return render(parse_template(source, "t.txt"), context, columns, code_page, code)


def texts(commands) -> list[str]:
    return [c.text for c in commands if isinstance(c, TextLine)]


def test_placeholders_loops_and_conditions():
    source = """
# a comment
Чек {no}
@for item in items
{item.name}
@if item.mark
 *
@else
 -
@endif
@endfor
@if not member
без карты
@endif
{{скобки}}
"""
    out = lines(source, {"no": 7, "items": [{"name": "А", "mark": True}, {"name": "Б", "mark": ""}], "member": None})
    assert texts(out) == ["Чек 7", "А", " *", "Б", " -", "без карты", "{скобки}"]


def test_alignment_row_rule_and_wrapping():
    source = "@center\nИТОГ\n@right\n12\n@left\n@row Сумма | 100.00\n@rule =\nдлинное название товара в чеке"
    assert texts(lines(source, {})) == [
        "        ИТОГ", "                  12", "Сумма         100.00", "=" * 20, "длинное название", "товара в чеке",
    ]


def test_row_that_does_not_fit_puts_the_right_part_on_its_own_line():
    assert texts(lines("@row Оплачено баллами (5000) | -5000.00", {})) == [
        "Оплачено баллами", "(5000)      -5000.00",
    ]


def test_double_size_halves_the_width_and_styles_are_carried():
    out = lines("@bold on\n@double on\nКРУПНЫЙ ТЕКСТ\n@double off\n@bold off\nx", {})
    assert out[0] == TextLine("КРУПНЫЙ", Style(bold=True, double=True))
    assert out[1] == TextLine("ТЕКСТ", Style(bold=True, double=True))
    assert out[2] == TextLine("x", Style())


def test_codes_feed_and_cut():
    out = lines("@qr {no}\n@barcode {no}\n@code {no}\n@feed 2\n@cut", {"no": "S1-T1-1"}, code="barcode")
    assert out == [QrCode("S1-T1-1"), Barcode("S1-T1-1"), Barcode("S1-T1-1"), Feed(2), Cut()]


def test_code_page_fallbacks_are_applied_before_layout():
    out = texts(lines("@row Итого | {sum} ₽", {"sum": "10.00"}, columns=20, code_page="CP866"))
    assert out == ["Итого     10.00 руб."]


def test_values_cannot_inject_printer_commands():
    out = texts(lines("{name}", {"name": "Товар\x1b@\x1dV\x00"}, code_page="CP866"))
    assert out == ["Товар@V"]


@pytest.mark.parametrize(
    "source,message",
    [
        ("@if\n", "t.txt, line 1: write @if NAME"),
        ("@for x of y\n@endfor\n", "t.txt, line 1: write @for ITEM in NAME"),
        ("@endif\n", "t.txt, line 1: @endif without a matching @if"),
        ("text\n@if a\n", "t.txt, line 2: block is never closed"),
        ("@bogus\n", "t.txt, line 1: unknown directive @bogus"),
        ("@row no separator\n", "t.txt, line 1: @row needs LEFT | RIGHT"),
        ("@if a\n@else\n@else\n@endif\n", "t.txt, line 3: @else without @if"),
    ],
)
def test_template_mistakes_name_the_line(source, message):
    with pytest.raises(TemplateError, match=message):
        parse_template(source, "t.txt")


def test_unknown_names_are_errors_not_blank_text():
    with pytest.raises(TemplateError, match="t.txt, line 1: unknown name 'totl'"):
        lines("{totl}", {"total": "1"})
    with pytest.raises(TemplateError, match="has no field 'nme'"):
        lines("@for i in items\n{i.nme}\n@endfor", {"items": [{"name": "x"}]})
    with pytest.raises(TemplateError, match="has no field '__class__'"):
        lines("{a.__class__}", {"a": {}})
    with pytest.raises(TemplateError, match="is not a placeholder name"):
        lines("{a[0]}", {"a": [1]})
