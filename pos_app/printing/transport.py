"""Send a rendered job's bytes to the printer, and make sure it took them.

With ``status_check`` (network, serial, USB) the printer is asked for its paper status (DLE EOT 4)
before the job and for its online status (DLE EOT 1) after it. A printer answers in order, so the answer
after the job means it has read the whole job; no answer within the timeout, a closed connection or
"paper out" fails the job.
"""

from __future__ import annotations

from typing import Callable

from escpos.escpos import Escpos

from .connections import READABLE, describe, make_printer
from .settings import PrinterSettings

PAPER_STATUS = b"\x10\x04\x04"
ONLINE_STATUS = b"\x10\x04\x01"
PAPER_OUT = 0x60  # bits 5 and 6 of the paper sensor status
OFFLINE = 0x08  # bit 3 of the printer status


# Why a job did not print: machine codes a UI maps to its own language (``PrintJob.code``).
NO_DRIVER = "no_driver"
UNREACHABLE = "unreachable"
PAPER_OUT_CODE = "paper_out"
PRINTER_OFFLINE = "printer_offline"
NO_ANSWER = "no_answer"
CONNECTION_LOST = "connection_lost"


class PrintError(Exception):
    """The job did not print: ``code`` for a UI, the message for the cashier (Russian, for the command
    line and logs) and ``detail`` for the log."""

    def __init__(self, message: str, detail: str = "", code: str = CONNECTION_LOST) -> None:
        super().__init__(message)
        self.detail = detail
        self.code = code


def send(data: bytes, settings: PrinterSettings, factory: Callable[[PrinterSettings], Escpos] = make_printer) -> None:
    """Deliver ``data`` to the printer or raise ``PrintError``."""
    where = describe(settings)
    try:
        printer = factory(settings)
    except RuntimeError as exc:  # python-escpos: "pyusb/pyserial not installed"
        raise PrintError("Принтер не настроен: нет драйвера подключения.", f"{where}: {exc}", NO_DRIVER) from exc
    try:
        try:
            printer.open()
        except Exception as exc:  # python-escpos wraps socket/USB/serial failures in its own errors
            raise PrintError("Принтер недоступен: проверьте питание и кабель.", f"{where}: {exc}",
                             UNREACHABLE) from exc
        check = settings.status_check and settings.kind in READABLE
        try:
            if check and _ask(printer, PAPER_STATUS, where) & PAPER_OUT:
                raise PrintError("В принтере нет бумаги.", f"{where}: paper end sensor", PAPER_OUT_CODE)
            printer._raw(data)
            if check and _ask(printer, ONLINE_STATUS, where) & OFFLINE:
                raise PrintError("Принтер не в сети (крышка открыта или нет бумаги).", f"{where}: offline",
                                 PRINTER_OFFLINE)
        except PrintError:
            raise
        except TimeoutError as exc:
            raise PrintError("Принтер не отвечает.", f"{where}: timed out", NO_ANSWER) from exc
        except Exception as exc:
            raise PrintError("Связь с принтером прервалась.", f"{where}: {exc!r}", CONNECTION_LOST) from exc
    finally:
        try:
            printer.close()
        except Exception:
            pass


def _ask(printer: Escpos, request: bytes, where: str) -> int:
    printer._raw(request)
    answer = printer._read()
    if not answer:
        raise PrintError("Принтер не отвечает.", f"{where}: no answer to status request {request!r}",
                         NO_ANSWER)
    return answer[0]
