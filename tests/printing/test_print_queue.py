"""The print queue: one job at a time, listeners, failures kept, retry and reprint, the sale never touched."""

from __future__ import annotations

import threading

import pytest

from pos_app.printing import PrinterSettings
from pos_app.printing.jobs import DONE, FAILED, PRINTING, QUEUED
from pos_app.printing.print_queue import PrintQueue
from pos_app.printing.transport import PrintError

from . import samples
from .escpos_text import text_of


@pytest.fixture
def file_queue(tmp_path):
    q = PrintQueue(PrinterSettings(kind="file", path=str(tmp_path / "printer.bin")))
    yield q, tmp_path / "printer.bin"
    q.stop(10)


def test_file_printer_gets_every_job_in_order(file_queue):
    q, path = file_queue
    first = q.print_document(samples.sale())
    second = q.print_document(samples.balance_slip())
    assert q.wait_idle(10)
    assert (first.state, second.state) == (DONE, DONE)
    assert path.read_bytes() == first.data + second.data


def test_listeners_see_every_state_change(file_queue):
    q, _ = file_queue
    seen = []
    q.add_listener(lambda job: seen.append((job.id, job.state)))
    job = q.print_document(samples.registration_slip())
    assert q.wait_idle(10)
    assert seen == [(job.id, QUEUED), (job.id, PRINTING), (job.id, DONE)]


def test_a_failing_listener_does_not_stop_printing(file_queue):
    q, path = file_queue
    q.add_listener(lambda job: 1 / 0)
    job = q.print_document(samples.sale())
    assert q.wait_idle(10)
    assert job.state == DONE and path.read_bytes() == job.data


def test_one_job_at_a_time():
    active, most = [0], [0]
    lock = threading.Lock()
    release = threading.Event()

    def slow_sender(data, settings):
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        release.wait(10)
        with lock:
            active[0] -= 1

    q = PrintQueue(PrinterSettings(kind="dummy"), sender=slow_sender)
    jobs = [q.print_document(samples.sale()) for _ in range(3)]
    release.set()
    assert q.wait_idle(10)
    q.stop(10)
    assert most[0] == 1
    assert [job.state for job in jobs] == [DONE, DONE, DONE]


def test_unexpected_printer_exception_fails_the_job_and_the_worker_keeps_going():
    calls = []

    def flaky(data, settings):
        calls.append(data)
        if len(calls) == 1:
            raise RuntimeError("driver bug")

    q = PrintQueue(PrinterSettings(kind="dummy"), sender=flaky)
    bad, good = q.print_document(samples.sale()), q.print_document(samples.sale())
    assert q.wait_idle(10)
    q.stop(10)
    assert bad.state == FAILED and bad.error == "Ошибка печати." and "driver bug" in bad.detail
    assert bad.code == "print_failed"
    assert good.state == DONE


def test_a_broken_template_fails_the_job_without_raising(tmp_path):
    (tmp_path / "sale.txt").write_text("@if\n", encoding="utf-8")
    q = PrintQueue(PrinterSettings(kind="dummy", templates_dir=str(tmp_path)))
    job = q.print_document(samples.sale())
    assert job.state == FAILED and job.error == "Чек не удалось сформировать." and job.code == "render_failed"
    assert "sale.txt, line 1" in job.detail
    with pytest.raises(ValueError):
        q.retry(job.id)  # nothing to send


def test_reprint_last_receipt_prints_a_marked_copy(file_queue):
    q, path = file_queue
    assert q.reprint_last_receipt() is None
    sale = q.print_document(samples.sale())
    q.print_document(samples.balance_slip())  # not a receipt: reprint skips it
    assert q.wait_idle(10)
    copy = q.reprint_last_receipt()
    assert q.wait_idle(10)
    assert copy.state == DONE and copy.id != sale.id
    text = text_of(copy.data, "cp866")
    assert "ДУБЛИКАТ" in text and "S1-T1-000123" in text
    assert "ДУБЛИКАТ" not in text_of(sale.data, "cp866")
    assert path.read_bytes().endswith(copy.data)


def test_retry_only_failed_jobs():
    outcomes = [PrintError("Принтер не отвечает.", "timed out", "no_answer"), None]

    def sender(data, settings):
        outcome = outcomes.pop(0)
        if outcome:
            raise outcome

    q = PrintQueue(PrinterSettings(kind="dummy"), sender=sender)
    job = q.print_document(samples.sale())
    assert q.wait_idle(10)
    assert (job.state, job.error, job.code, job.detail) == (FAILED, "Принтер не отвечает.", "no_answer", "timed out")
    q.retry(job.id)
    assert q.wait_idle(10)
    q.stop(10)
    assert job.state == DONE and job.error is None and job.code is None and job.attempts == 2
    with pytest.raises(ValueError):
        q.retry(job.id)
