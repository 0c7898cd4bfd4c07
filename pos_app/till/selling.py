"""Selling at the till: the quote, finishing a sale, the journal, returns."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pos_app.loyalty import Quote
from pos_app.loyalty.money import Tender
from pos_app.sales import (BasketLine, FinishedReturn, FinishedSale, ReturnPreview, ReturnRecord, SaleDraft,
                           SaleRecord, find_return, find_sale, finish_sale, last_receipt, perform_return,
                           preview_return, quote_draft)
from pos_app.sync import Member, load_catalog_version

from .receipt_numbers import normalize_receipt_no

from .fiscal_sale import register_return, register_sale


class SellingCalls:
    """The selling part of ``TillServices``. Store calls: run them on the store worker queue, except
    ``quote``, which is pure (no I/O) for a member from ``lookup_member`` (its ``spendable`` is set)."""

    def quote(self, lines: Sequence[BasketLine], *, member: Member | None = None, redeem_points: int | str = 0,
              credit: bool = False) -> Quote:
        """The rules engine's quote with the rules last loaded: ``max_redeem_points``, per-line ``reason``
        why not payable with points, ``to_pay``, ``accrual_points``. ``redeem_points`` may be "max". The
        member's ``spendable`` (set by ``lookup_member``) bounds the points. Raises ``SaleError``."""
        tenders = (Tender("credit", Decimal(0)),) if credit else ()
        spendable = self.spendable_points(member) if member is None or member.spendable is None else member.spendable
        draft = SaleDraft(lines=tuple(lines), tenders=tenders, cashier="", member_phone=member.phone if member else None,
                          available_points=max(spendable, 0), redeem_points=redeem_points)
        return quote_draft(draft, self.loaded_rules())

    def finish_sale(self, lines: Sequence[BasketLine], tenders: Sequence[Tender], *, member: Member | None = None,
                    redeem_points: int = 0, redeem_token: str | None = None,
                    supervisor: str | None = None, receipt_contact: str | None = None) -> FinishedSale:
        """Commit the sale and its ``sale.finished`` event durably; print only after this returns.

        Spending points (or gifts) with a cached (offline) member needs ``supervisor`` (the number
        returned by ``approve(..., action="offline_redeem")``) and stays within the offline limit.
        The sale is checked against the limits of an event first (``pos_app.loyalty.limits``, as the hub
        checks them); its event carries the rules and catalog versions it was quoted with. Raises
        ``SaleError`` (empty_basket, invalid_qty, invalid_line, invalid_points, unpaid, redeem_exceeds_max,
        ...), ``AuthError``, ``FiscalError`` (nothing written unless ``registered is None``: then
        ``recover_fiscal`` settles it). With a fiscal register (setting ``fiscal``) the sale is final once the
        register signed it (see ``fiscal_sale``); ``receipt_contact`` (phone or e-mail) asks for an electronic
        receipt."""
        cashier = self._require_seller()
        rules, version = self._rules_and_version()
        offline = member.cached if member is not None else self.status.state.online is False
        spends = bool(redeem_points) or any(ln.product.is_gift for ln in lines)
        if member is not None and member.cached and spends:
            supervisor = self._require_supervisor(supervisor)
        elif supervisor is not None:
            supervisor = self._require_supervisor(supervisor)
        s = self.settings()
        draft = SaleDraft(
            lines=tuple(lines), tenders=tuple(tenders), cashier=cashier.number,
            member_phone=member.phone if member else None, available_points=self.spendable_points(member),
            redeem_points=redeem_points, offline=offline, supervisor=supervisor, redeem_token=redeem_token,
            shift_id=self.shift.id if self.shift else None, balance_before=member.available if member else None,
        )
        if self.fiscalizes:
            done = register_sale(self.store, self.fiscal_register(), draft, rules, store_id=s["store_id"],
                                 till_id=s["till_id"], rules_version=version,
                                 catalog_version=load_catalog_version(self.store), points_mode=self.points_mode(),
                                 cashier_name=cashier.name, customer_contact=receipt_contact)
        else:
            done = finish_sale(self.store, draft, rules, store_id=s["store_id"], till_id=s["till_id"],
                               rules_version=version, catalog_version=load_catalog_version(self.store))
        self.sync_now()
        return done

    def last_receipt(self) -> tuple[str, str] | None:
        """("sale", receipt_no) or ("return", return_no) of the newest document in the journal, or None."""
        return last_receipt(self.store)

    def find_sale(self, receipt_no: str) -> SaleRecord:
        """A sale of this till by receipt number (as typed in any case or layout, or the receipt's QR text),
        with returned quantities; ``SaleError`` receipt_not_found."""
        return find_sale(self.store, normalize_receipt_no(receipt_no))

    def find_return(self, return_no: str) -> ReturnRecord:
        return find_return(self.store, normalize_receipt_no(return_no))

    def preview_return(self, receipt_no: str, quantities: dict[int, int]) -> ReturnPreview:
        """Points annulled and refunded and money paid back for {line_no: qty}. ``SaleError`` codes:
        empty_return, gift_not_returnable, return_exceeds_sale, receipt_not_found, sale_cancelled."""
        return preview_return(self.store, receipt_no, quantities)

    def perform_return(self, receipt_no: str, quantities: dict[int, int], *, supervisor: str) -> FinishedReturn:
        """Commit the return and its ``sale.returned`` event (needs a supervisor's approval first)."""
        cashier = self._require_seller()
        supervisor = self._require_supervisor(supervisor)
        s = self.settings()
        if self.fiscalizes:
            done = register_return(self.store, self.fiscal_register(), receipt_no, quantities, cashier=cashier.number,
                                   supervisor=supervisor, store_id=s["store_id"], till_id=s["till_id"],
                                   points_mode=self.points_mode(), cashier_name=cashier.name)
        else:
            done = perform_return(self.store, receipt_no, quantities, cashier=cashier.number, supervisor=supervisor,
                                  store_id=s["store_id"], till_id=s["till_id"])
        self.sync_now()
        return done
