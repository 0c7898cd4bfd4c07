"""``TillBackend`` over the till facade ``pos_app.till.TillServices`` (plain Python, no Qt).

Maps the facade's records and refusals to what the screens show. Every method blocks and is
called from a worker queue.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from pos_app.loyalty import InvalidPhone, Rules
from pos_app.sales import SaleError, Tender
from pos_app.sync import HubRefused, HubUnavailable, MemberInfo, MemberNotFound, MemberUnavailable
from pos_app.till import AdjustmentError, AuthError, ProductNotFound, TillServices

from .backend import (Cashier, CatalogItem, MemberView, Movement, PointsOn, ReceiptLine, ReceiptView, SaleDone,
                      SaleRequest, SyncStatus, UserError)
from .till_printer import TillPrinter

# ``pos_app.printing`` (python-escpos loads its printer profiles) is imported on first use, not at
# start-up: the sale screen is usable before any receipt prints.

ROLE_NAMES = {"service_zone": "service"}


def _date(text) -> date:
    return text if isinstance(text, date) else date.fromisoformat(str(text)[:10])


def _time(text) -> datetime:
    if isinstance(text, datetime):
        return text if text.tzinfo else text.replace(tzinfo=timezone.utc)
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))


def member_view(info: MemberInfo, spendable: int | None = None) -> MemberView:
    return MemberView(
        member_id=info.member_id, phone=info.phone, display_name=info.display_name, available=info.available,
        as_of=_time(info.as_of),
        pending=tuple(PointsOn(int(p["points"]), _date(p["available_on"])) for p in info.pending),
        expiring=tuple(PointsOn(int(p["points"]), _date(p["expires_on"])) for p in info.expiring),
        cached=info.from_cache, spendable=spendable, info=info,
    )


def _user_error(exc: BaseException) -> BaseException:
    """The facade's refusals as ``UserError`` (codes the screens translate); others unchanged."""
    if isinstance(exc, AuthError):
        return UserError("bad_login" if exc.code == "wrong_pin" else exc.code, exc.message)
    if isinstance(exc, (SaleError, AdjustmentError)):
        return UserError(exc.code, exc.message)
    if isinstance(exc, HubRefused):
        return UserError(exc.code, exc.message, **exc.extra)
    if isinstance(exc, InvalidPhone):
        return UserError("invalid_phone", str(exc))
    if isinstance(exc, (HubUnavailable, MemberUnavailable)):
        return UserError("offline", str(exc))
    return exc


class ServicesBackend:
    """The screens' backend, over one ``TillServices``."""

    def __init__(self, services: TillServices) -> None:
        self.services = services
        self.printer = TillPrinter(lambda: self.services.settings().get("printer"))  # the one print queue
        self._returns: dict[str, tuple] = {}  # return_no -> (FinishedReturn, receipt_no, supervisor)
        self._balance_after: dict[str, int] = {}  # receipt_no -> member's available points after the sale

    def _call(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - mapped and re-raised
            mapped = _user_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    # -- staff ----------------------------------------------------------------------------------
    def login(self, number: str, pin: str) -> Cashier:
        info = self._call(self.services.login, number, pin)
        return Cashier(info.number, info.name, ROLE_NAMES.get(info.role, info.role))

    def check_supervisor(self, number: str, pin: str, action: str) -> Cashier:
        info = self._call(self.services.approve, number, pin, action)
        return Cashier(info.number, info.name, ROLE_NAMES.get(info.role, info.role))

    def shift_started(self) -> datetime | None:
        shift = self.services.shift
        return _time(shift.opened_at) if shift else None

    # -- catalog ----------------------------------------------------------------------------------
    def rules(self) -> Rules:
        return self.services.rules()[0]

    def find_item(self, code: str) -> CatalogItem | None:
        try:
            p = self.services.find_product(code)
        except ProductNotFound:
            return None
        return CatalogItem(sku=p.sku, name=p.name, price=p.price, barcode=p.barcode, category=p.category,
                           on_sale=p.on_sale, bonus_points=p.bonus_points, gift_points=p.gift_points)

    # -- members ----------------------------------------------------------------------------------
    def find_member(self, phone: str) -> MemberView | None:
        try:
            info = self._call(self.services.lookup_member, phone)
        except MemberNotFound:
            return None
        return member_view(info, self.services.spendable_points(info))

    def member_history(self, member: MemberView) -> list[Movement]:
        rows = self._call(self.services.member_history, member.member_id)
        return [Movement(at=_time(m["at"]), kind=m["kind"], points=int(m["points"]),
                         balance_after=int(m["balance_after"]), receipt_no=m.get("receipt_no"), note=m.get("note"))
                for m in rows]

    def adjust_points(self, member: MemberView, points: int, reason: str, supervisor: str, pin: str) -> int:
        """*Network.* A manual adjustment approved by a supervisor's PIN; the member's available points after it."""
        answer = self._call(self.services.adjust_points, member.member_id, points, reason,
                            supervisor=supervisor, pin=pin)
        return int(answer["balance"]["available"])

    def request_registration_code(self, phone: str) -> dict:
        return self._call(self.services.request_registration_code, phone)

    def register(self, form: dict) -> MemberView:
        info = self._call(self.services.register_member, form["phone"], form["birth_date"], form["code"],
                          consent_rules=form["consent_rules"], email=form.get("email"),
                          consent_marketing=form.get("consent_marketing", False), first_name=form.get("first_name"))
        return member_view(info, self.services.spendable_points(info))

    def request_redeem_code(self, phone: str, points: int) -> dict:
        return self._call(self.services.request_redemption_code, phone, points)

    def verify_redeem_code(self, challenge_id: str, code: str) -> str:
        return self._call(self.services.verify_redemption, challenge_id, code)

    # -- sales ------------------------------------------------------------------------------------
    def finish_sale(self, sale: SaleRequest) -> SaleDone:
        from pos_app.sales import BasketLine

        lines = [BasketLine(sku=ln.item.sku, name=ln.item.name, price=ln.item.price, qty=ln.qty,
                            category=ln.item.category, bonus_points=ln.item.bonus_points, on_sale=ln.item.on_sale,
                            gift_points=ln.item.gift_points, barcode=ln.item.barcode) for ln in sale.lines]
        tenders = [Tender(kind, amount) for kind, amount in sale.tenders]
        if sale.credit and not tenders:
            tenders = [Tender("credit", Decimal(0))]
        member = None
        if sale.member_phone:
            member = sale.member.info if sale.member is not None else None
        done = self._call(self.services.finish_sale, lines, tenders, member=member,
                          redeem_points=sale.redeem_points, redeem_token=sale.redeem_token,
                          supervisor=sale.supervisor)
        q = done.quote
        if sale.member is not None:
            self._balance_after[done.receipt_no] = sale.member.available - q.points_spent
        return SaleDone(receipt_no=done.receipt_no, total=q.total, bonus_payment=q.bonus_payment,
                        accrual_points=q.accrual_points, change=done.change)

    def find_receipt(self, receipt_no: str) -> ReceiptView | None:
        try:
            rec = self.services.find_sale(receipt_no)
        except SaleError as exc:
            if exc.code == "receipt_not_found":
                return None
            raise _user_error(exc) from exc
        return ReceiptView(
            receipt_no=rec.receipt_no, sold_at=_time(rec.sold_at), member_phone=rec.member_phone,
            lines=tuple(ReceiptLine(line_no=ln.line_no, sku=ln.sku, name=ln.name, price=ln.price, qty=ln.qty,
                                    returned=ln.returned_qty, accrual_points=ln.accrual_points,
                                    redeem_points=ln.redeem_points if not ln.is_gift else (ln.gift_points or 0) * ln.qty,
                                    is_gift=ln.is_gift)
                        for ln in rec.lines),
        )

    def preview_return(self, receipt_no: str, lines: dict[int, int]) -> dict:
        """What returning {line_no: qty} would annul, refund and pay back (the till's own figures)."""
        if not lines:
            return {"annulled_points": 0, "refunded_points": 0, "refund": Decimal("0.00")}
        p = self._call(self.services.preview_return, receipt_no, lines)
        return {"annulled_points": p.annulled_points, "refunded_points": p.refunded_points, "refund": p.refund}

    def return_lines(self, receipt_no: str, lines: dict[int, int], cashier: str, supervisor: str) -> dict:
        done = self._call(self.services.perform_return, receipt_no, lines, supervisor=supervisor)
        self._returns[done.return_no] = (done, receipt_no, supervisor)
        p = done.preview
        return {"return_no": done.return_no, "annulled_points": p.annulled_points,
                "refunded_points": p.refunded_points, "refund": p.refund}

    # -- printing ---------------------------------------------------------------------------------
    def _store_info(self):
        from pos_app.printing import StoreInfo

        s = self.services.settings()
        return StoreInfo(name=s.get("store_name") or f"Магазин {s.get('store_id', '')}", till=str(s.get("till_id", "")))

    def _printer(self):
        from .printer_setup import printer_settings

        return printer_settings(self.services.settings().get("printer"))

    def sale_document(self, receipt_no: str):
        from .receipt_docs import sale_receipt

        record = self._call(self.services.find_sale, receipt_no)
        return sale_receipt(record, self._store_info(), self.rules().hold_days, self._balance_after.get(receipt_no))

    def return_document(self, return_no: str):
        from .receipt_docs import return_receipt

        done, receipt_no, supervisor = self._returns[return_no]
        record = self._call(self.services.find_sale, receipt_no)
        return return_receipt(done, record, self._store_info(), supervisor)

    def preview_receipt(self, receipt_no: str) -> str:
        """The receipt as text, exactly as the printer would print it (default 48 columns)."""
        from pos_app.printing import PrinterSettings, preview_document

        return preview_document(self.sale_document(receipt_no), self._printer() or PrinterSettings())

    def print_receipt(self, receipt_no: str, copy: bool = False):
        """Queue the sale receipt (``copy``: a reprint); returns the print job."""
        return self.printer.print_document(self.sale_document(receipt_no), copy)

    def print_return(self, return_no: str):
        return self.printer.print_document(self.return_document(return_no))

    def print_balance(self, member: MemberView, history: list[Movement] | None = None):
        """Queue the balance slip with ``history`` (the movements the screen shows; read when None)."""
        from .receipt_docs import balance_slip

        if history is None:
            history = self.member_history(member) if not member.cached else []
        return self.printer.print_document(balance_slip(member, history, self._store_info()))

    def reprint_last_receipt(self):
        """Queue a marked copy of the last sale or return receipt: the last one printed since start-up,
        else the newest sale in the journal (the till may have been restarted right after it). None when
        there is none, or when the newest document is a return made before this start (its receipt is
        rebuilt only from this session's figures)."""
        job = self.printer.reprint_last_receipt()
        if job is not None:
            return job
        last = self.services.last_receipt()
        if last is None or (last[0] == "return" and last[1] not in self._returns):
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

    # -- status and settings ----------------------------------------------------------------------
    def sync_status(self) -> SyncStatus:
        state = self.services.sync_state()
        problems = tuple(_problem_text(p) for p in self.services.sync_problems()) if state.problems else ()
        return SyncStatus(online=state.online, waiting=state.waiting, oldest_age_s=state.oldest_age_seconds(),
                          problems=problems, printer=self._printer_state(),
                          rules_version=state.rules_version)

    def _printer_state(self) -> str:
        from .printer_setup import is_configured

        return "ok" if is_configured(self.services.settings().get("printer")) else "none"

    def sync_problems(self) -> list[tuple[str, str]]:
        """(event id, what the hub said) for each event set aside."""
        return [(p.event_id, _problem_text(p)) for p in self.services.sync_problems()]

    def retry_sync_problem(self, event_id: str) -> bool:
        done = self.services.retry_sync_problem(event_id)
        self.services.sync_now()
        return done

    def settings(self) -> dict:
        from .printer_setup import printer_target

        s = self.services.settings()
        printer = s.get("printer") if isinstance(s.get("printer"), dict) else None
        return {"hub_url": s.get("hub_url") or "", "token": s.get("till_token") or "",
                "printer_kind": (printer or {}).get("kind", "none"), "printer_target": printer_target(printer),
                "language": s.get("language") or "ru", "offline_cap": int(s.get("offline_redeem_cap") or 1000)}

    def save_settings(self, values: dict) -> None:
        from pos_app.printing import PrinterSettingsError

        from .printer_setup import printer_from_form

        current = self.services.settings().get("printer")
        try:
            printer = printer_from_form(values["printer_kind"], values["printer_target"],
                                        current if isinstance(current, dict) else None)
        except (PrinterSettingsError, ValueError) as exc:
            raise UserError("bad_printer", str(exc), message=str(exc)) from exc
        changes = {"printer": printer, "language": values["language"],
                   "offline_redeem_cap": int(values["offline_cap"])}
        if values["hub_url"] and values["hub_url"] != self.services.settings().get("hub_url"):
            changes["hub_url"] = values["hub_url"]
            changes["demo_hub"] = False  # the cashier chose a hub: stop starting the demo one
        if values["token"]:
            changes["till_token"] = values["token"]
        self.services.update_settings(**changes)
        self.printer.apply(printer)


def _problem_text(problem) -> str:
    """A set-aside event in the cashier's language: what it was and what the hub said."""
    from .texts import error_text

    what = problem.reference or problem.kind
    if not problem.code:
        return f"{what}: {problem.message or ''}".strip()
    # the code stays visible for support staff; the text says it in the cashier's language
    return f"{what}: {error_text(problem.code, {'message': problem.message or problem.code})} [{problem.code}]"
