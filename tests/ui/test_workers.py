"""The worker queues: jobs run off the GUI thread, in order, and their answers come back on it."""

from __future__ import annotations

import threading

from pos_app.ui.qt import QWidget
from pos_app.ui.workers import Operations


def test_jobs_run_in_order_off_the_gui_thread_and_answer_on_it(qtbot):
    ops = Operations()
    gui = threading.get_ident()
    ran_on, answered_on, results = [], [], []

    def job(i):
        def run():
            ran_on.append(threading.get_ident())
            return i
        return run

    for i in range(20):
        ops.hub.submit(job(i), lambda r: (answered_on.append(threading.get_ident()), results.append(r)))
    qtbot.waitUntil(lambda: ops.idle, timeout=5000)
    assert results == list(range(20))
    assert gui not in ran_on
    assert set(answered_on) == {gui}
    ops.stop()


def test_errors_reach_on_error_and_dead_owners_get_nothing(qtbot):
    ops = Operations()
    errors, answers = [], []
    ops.store.submit(lambda: 1 / 0, answers.append, errors.append)
    owner = QWidget()
    ops.store.submit(lambda: "late", answers.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: ops.idle, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)
    assert answers == []
    ops.stop()


def test_a_stuck_queue_does_not_hold_the_others(qtbot):
    ops = Operations()
    release = threading.Event()
    ops.hub.submit(lambda: release.wait(5))
    done = []
    ops.store.submit(lambda: "scan", done.append)
    ops.store.submit(lambda: "print", done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=2000)
    assert ops.hub.pending == 1
    release.set()
    qtbot.waitUntil(lambda: ops.idle, timeout=5000)
    ops.stop()
