"""VAT rates a catalog item may carry: the table below is data, read as rows, not code.

Rates change by law (20% became 22% in 2026; 5% and 7% came for simplified-tax sellers): adding or
retiring a rate is a row here, plus the row in each fiscal driver's code table
(``pos_app/fiscal/drivers/*``: ``VAT_CODES``). ``none`` = not subject to VAT. The table lives in the
package (not a data file) so every build, wheel or PyInstaller, carries it without packaging rules."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .errors import InvalidInput

# code    percent  label printed on the register's receipt
TABLE = """
vat22     22       НДС 22%
vat10     10       НДС 10%
vat5      5        НДС 5%
vat7      7        НДС 7%
vat0      0        НДС 0%
none      -        без НДС
"""
DEFAULT_VAT = "none"


@dataclass(frozen=True)
class VatRate:
    code: str
    percent: Decimal | None  # None: not subject to VAT
    label: str


def _rows(table: str) -> dict[str, VatRate]:
    rates = {}
    for row in table.strip().splitlines():
        code, percent, label = row.split(None, 2)
        rates[code] = VatRate(code, None if percent == "-" else Decimal(percent), label)
    return rates


VAT_RATES: dict[str, VatRate] = _rows(TABLE)


def check_vat(code: object, field: str = "vat") -> str:
    """The code itself when the table has it, else ``InvalidInput`` naming the known codes."""
    if not isinstance(code, str) or code not in VAT_RATES:
        raise InvalidInput(f"{field} must be one of {', '.join(VAT_RATES)}, got {code!r}", field)
    return code
