"""Printing through a network printer on a loopback port: a real TCP connection, real ESC/POS bytes."""

from __future__ import annotations

import pytest

from pos_app.printing import PrinterSettings
from pos_app.printing.jobs import DONE, FAILED
from pos_app.printing.print_queue import PrintQueue

from . import samples
from .fake_printer import BlackholePort, FakeNetworkPrinter

WAIT = 10  # generous upper bound for a job whose own timeout is 0.5 s


@pytest.fixture
def printer():
    server = FakeNetworkPrinter()
    yield server
    server.close()


@pytest.fixture
def print_queue():
    queues = []

    def make(port: int, **kw) -> PrintQueue:
        q = PrintQueue(PrinterSettings(kind="network", host="127.0.0.1", port=port, timeout=0.5, **kw))
        queues.append(q)
        return q

    yield make
    for q in queues:
        q.stop(WAIT)


def test_receipt_arrives_byte_for_byte(printer, print_queue):
    q = print_queue(printer.port)
    job = q.print_document(samples.sale())
    assert q.wait_idle(WAIT)
    assert job.state == DONE, job.detail
    assert printer.jobs() == [job.data]
    # the status requests framed the job: paper before, online after
    assert bytes(printer.connections[0]).startswith(b"\x10\x04\x04") and printer.connections[0].endswith(b"\x10\x04\x01")


def test_connection_dropped_mid_receipt_fails_then_prints_again(printer, print_queue):
    printer.mode = "drop"
    q = print_queue(printer.port)
    job = q.print_document(samples.sale())
    assert q.wait_idle(WAIT)
    assert job.state == FAILED
    assert (job.code, job.error) in (("connection_lost", "Связь с принтером прервалась."),
                                     ("no_answer", "Принтер не отвечает."))
    assert len(printer.connections[0]) == printer.drop_after < len(job.data)
    assert q.failed_jobs() == [job]

    printer.mode = "ok"
    q.retry(job.id)
    assert q.wait_idle(WAIT)
    assert job.state == DONE and job.attempts == 2
    assert printer.jobs()[-1] == job.data
    assert q.failed_jobs() == []


def test_printer_that_never_answers_fails_within_its_timeout_then_prints_again(printer, print_queue):
    printer.mode = "silent"
    q = print_queue(printer.port)
    job = q.print_document(samples.sale())
    assert q.wait_idle(WAIT)
    assert job.state == FAILED
    assert job.error == "Принтер не отвечает." and job.code == "no_answer"

    printer.mode = "ok"
    q.retry(job.id)
    assert q.wait_idle(WAIT)
    assert job.state == DONE


def test_port_that_never_accepts_fails_within_its_timeout_then_prints_elsewhere(printer, print_queue):
    hole = BlackholePort()
    try:
        q = print_queue(hole.port)
        job = q.print_document(samples.sale())
        assert q.wait_idle(WAIT)
        assert job.state == FAILED
        assert job.error == "Принтер недоступен: проверьте питание и кабель." and job.code == "unreachable"
        assert "timed out" in job.detail
    finally:
        hole.close()
    q.set_settings(PrinterSettings(kind="network", host="127.0.0.1", port=printer.port, timeout=0.5))
    q.retry(job.id)
    assert q.wait_idle(WAIT)
    assert job.state == DONE
    assert printer.jobs() == [job.data]


def test_paper_out_fails_before_anything_is_printed(printer, print_queue):
    printer.mode = "paper_out"
    q = print_queue(printer.port)
    job = q.print_document(samples.sale())
    assert q.wait_idle(WAIT)
    assert job.state == FAILED and job.error == "В принтере нет бумаги." and job.code == "paper_out"
    assert printer.jobs() == [b""]


def test_without_status_check_the_bytes_are_sent_and_nothing_is_asked(printer, print_queue):
    printer.mode = "silent"
    q = print_queue(printer.port, status_check=False)
    job = q.print_document(samples.return_receipt())
    assert q.wait_idle(WAIT)
    assert job.state == DONE
    assert printer.wait_for_bytes(len(job.data))
    assert bytes(printer.connections[0]) == job.data
