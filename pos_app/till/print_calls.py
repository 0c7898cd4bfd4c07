"""Printing at the till: receipts from the journal, the balance slip, reprints, the printer setting.

Each print call queues a job on the till's one print queue and returns it (a ``PrintJob`` snapshot)
without waiting for the printer. ``pos_app.printing`` (python-escpos loads its printer profiles) is
imported on first use, not at start-up: the sale screen is usable before any receipt prints."""

from __future__ import annotations

from pos_app.loyalty.errors import CodedError
from pos_app.loyalty.history import Movement
from pos_app.sync import Member

from .printer_setting import is_configured, printer_from_form, printer_settings, printer_target


RETURN_BALANCE_WAIT_S = 2.0  # how long a return receipt waits for the hub's balance after the return


class PrintCalls:
    """The printing part of ``TillServices`` (it needs ``printer``, ``settings``, the journal calls)."""

    def printer_setting(self) -> dict | None:
        """The till's ``printer`` setting with the receipt language (a till setting of its own); None: no
        printer."""
        s = self.settings()
        printer = s.get("printer")
        if not isinstance(printer, dict):
            return None
        return {**printer, "language": s.get("receipt_language") or "ru"}

    def _store_info(self):
        from pos_app.printing import StoreInfo

        s = self.settings()
        default_name = "Predajňa" if s.get("receipt_language") == "sk" else "Магазин"
        return StoreInfo(name=s.get("store_name") or f"{default_name} {s.get('store_id', '')}",
                         till=str(s.get("till_id", "")), currency=self.loaded_rules().currency)

    def sale_document(self, receipt_no: str):
        from .documents import sale_receipt

        return sale_receipt(self.find_sale(receipt_no), self._store_info(), self.loaded_rules().hold_days)

    def return_document(self, return_no: str, balance_wait_s: float = 0.0):
        """The return receipt. ``balance_wait_s`` > 0 (printing a return just made): the member's balance
        after the return, as the hub has it once it applied this return (see ``_balance_after_return``)."""
        from .documents import return_receipt

        record = self.find_return(return_no)
        balance = (self._balance_after_return(record.return_no, record.sale.member_phone, balance_wait_s)
                   if record.sale.member_phone and balance_wait_s > 0 else None)
        return return_receipt(record, self._store_info(), balance_after=balance)

    def _balance_after_return(self, return_no: str, phone: str, wait_s: float) -> int | None:
        """*Network.* The member's available points after this return, only when the hub says so: the
        return's ``sale.returned`` event is sent now and, once the hub has acknowledged it (within
        ``wait_s``), the member is read from the hub. The till does not guess (its cached balance less the
        points annulled plus those refunded would be wrong whenever the annulled points were still pending):
        offline, a slow hub or the event set aside as a problem print no balance line."""
        import json
        import time

        from sqlalchemy import select

        from pos_app.store.models.outbox import OutboxEvent
        from pos_app.sync import lookup_member

        def still_waiting() -> bool | None:  # None: set aside (rejected)
            with self.store.read() as session:
                rows = session.execute(select(OutboxEvent.payload_json, OutboxEvent.problem)
                                       .where(OutboxEvent.kind == "sale.returned")).all()
            for payload, problem in rows:
                if json.loads(payload).get("return_no") == return_no:
                    return None if problem else True
            return False

        if self.hub is None:
            return None
        deadline = time.monotonic() + wait_s
        self.sync_now()
        while (waiting := still_waiting()) is not False:
            if waiting is None or time.monotonic() >= deadline:
                return None
            time.sleep(0.05)
        try:
            member = lookup_member(self.store, self.hub, phone)
        except Exception:  # noqa: BLE001 - not known: no balance line
            return None
        return None if member.cached else member.available

    def preview_receipt(self, receipt_no: str) -> str:
        """The receipt as text, exactly as the printer would print it (default 48 columns)."""
        from pos_app.printing import PrinterSettings, preview_document

        language = self.settings().get("receipt_language") or "ru"
        return preview_document(self.sale_document(receipt_no),
                                printer_settings(self.printer_setting()) or PrinterSettings(language=language))

    def print_receipt(self, receipt_no: str, copy: bool = False):
        """Queue the sale receipt (``copy``: a marked reprint)."""
        return self.printer.print_document(self.sale_document(receipt_no), copy)

    def print_return(self, return_no: str, balance_wait_s: float = RETURN_BALANCE_WAIT_S):
        """*Network* (up to ``balance_wait_s``, for the balance after the return). Queue the return receipt."""
        return self.printer.print_document(self.return_document(return_no, balance_wait_s))

    def print_balance(self, member: Member, history: list[Movement] | None = None):
        """*Network when ``history`` is None and the member is online.* Queue the balance slip with
        ``history`` (the movements the screen shows)."""
        from .documents import balance_slip

        if history is None:
            history = self.member_history(member.member_id) if not member.cached else []
        return self.printer.print_document(balance_slip(member, history, self._store_info()))

    def print_shift_report(self, report):
        """Queue the shift loyalty report (``close_shift`` returns it)."""
        return self.printer.print_document(report)

    def registration_slip_enabled(self) -> bool:
        """The setting ``print_registration_slip`` (on unless set off)."""
        return self.settings().get("print_registration_slip") is not False

    def print_registration_slip(self, member: Member, first_name: str | None = None,
                                consent_marketing: bool = False):
        """Queue the welcome slip for a member just registered; None when the setting is off."""
        from datetime import datetime

        from pos_app.printing import RegistrationSlip

        if not self.registration_slip_enabled():
            return None
        return self.printer.print_document(RegistrationSlip(
            store=self._store_info(), registered_at=datetime.now(), member_phone=member.phone,
            first_name=first_name, consent_marketing=consent_marketing, welcome_points=member.available,
            offline=member.cached, card_number=member.card_number))

    def reprint_last_receipt(self):
        """Queue a marked copy of the last receipt: the last one printed since start-up, else the newest
        sale or return in the journal (the till may have been restarted right after it). None when the
        journal is empty."""
        job = self.printer.reprint_last_receipt()
        if job is not None:
            return job
        last = self.last_receipt()
        if last is None:
            return None
        kind, number = last
        document = self.sale_document(number) if kind == "sale" else self.return_document(number)
        return self.printer.print_document(document, copy=True)

    def retry_print(self, job_id: int):
        """Send a failed job again (the same bytes, to the printer as set up now)."""
        return self.printer.retry(job_id)

    def watch_printing(self, listener) -> None:
        """``listener(job)`` on every print job change, from the print queue's thread."""
        self.printer.add_listener(listener)

    def stop_printing(self) -> None:
        self.printer.stop()

    def printer_configured(self) -> bool:
        return is_configured(self.settings().get("printer"))

    # -- the settings screen's form -----------------------------------------------------------------
    def settings_form(self) -> dict:
        """The settings screen's fields: hub_url, token, printer_kind, printer_target, language, offline_cap."""
        s = self.settings()
        printer = s.get("printer") if isinstance(s.get("printer"), dict) else None
        return {"hub_url": s.get("hub_url") or "", "token": s.get("till_token") or "",
                "printer_kind": (printer or {}).get("kind", "none"), "printer_target": printer_target(printer),
                "language": s.get("language") or "ru", "offline_cap": int(s.get("offline_redeem_cap") or 1000),
                "customer_display_screen": self.customer_display_screen()}

    def save_settings_form(self, values: dict) -> None:
        """Save the settings screen's fields; ``CodedError`` bad_printer (nothing saved) when the printer
        address is wrong."""
        from pos_app.printing import PrinterSettingsError

        current = self.settings()
        try:
            printer = printer_from_form(values["printer_kind"], values["printer_target"],
                                        current.get("printer") if isinstance(current.get("printer"), dict) else None)
        except (PrinterSettingsError, ValueError) as exc:
            raise CodedError("bad_printer", str(exc), "printer_target") from exc
        changes = {"printer": printer, "language": values["language"],
                   "offline_redeem_cap": int(values["offline_cap"])}
        if values["hub_url"] and values["hub_url"] != current.get("hub_url"):
            changes["hub_url"] = values["hub_url"]
            changes["demo_hub"] = False  # the cashier chose a hub: stop starting the demo one
        if values["token"]:
            changes["till_token"] = values["token"]
        if "customer_display_screen" in values:  # index of Qt's screens, or None: no customer window
            screen = values["customer_display_screen"]
            changes["customer_display_screen"] = "none" if screen is None else int(screen)
        self.update_settings(**changes)
        self.printer.apply(self.printer_setting())
