"""Screen texts for machine codes (refusal codes, line reasons, movement kinds), translated."""

from __future__ import annotations

from pos_app.till import CodedError

from .qt import QCoreApplication


def reason_text(reason: str | None) -> str:
    """Why a line cannot be paid with points (the quote's reason codes)."""
    return {
        None: "",
        "gift": QCoreApplication.translate("Texts", "gift for points"),
        "excluded_category": QCoreApplication.translate("Texts", "category not in the program"),
        "sale_item": QCoreApplication.translate("Texts", "sale item"),
        "credit": QCoreApplication.translate("Texts", "bought on credit"),
    }.get(reason, reason or "")


def movement_text(kind: str) -> str:
    return {
        "accrual": QCoreApplication.translate("Texts", "purchase"),
        "redemption": QCoreApplication.translate("Texts", "paid with points"),
        "gift_redemption": QCoreApplication.translate("Texts", "gift for points"),
        "return_annulment": QCoreApplication.translate("Texts", "return: points annulled"),
        "return_refund": QCoreApplication.translate("Texts", "return: points refunded"),
        "expiry": QCoreApplication.translate("Texts", "expired"),
        "adjustment": QCoreApplication.translate("Texts", "adjustment"),
        "review_award": QCoreApplication.translate("Texts", "review award"),
        "cancellation": QCoreApplication.translate("Texts", "sale cancelled"),
    }.get(kind, kind)


def error_text(code: str, details: dict | None = None) -> str:
    """A refusal in the cashier's language, saying what to do."""
    d = details or {}
    texts = {
        "wrong_pin": QCoreApplication.translate("Texts", "Wrong cashier number or PIN. Try again."),
        "bad_supervisor": QCoreApplication.translate("Texts", "Wrong supervisor number or PIN."),
        "no_printer": QCoreApplication.translate("Texts", "No printer is set up: a supervisor can set one in the settings (F9)."),
        "forbidden": QCoreApplication.translate("Texts", "This cashier may not do this; log in as a cashier or supervisor."),
        "empty_basket": QCoreApplication.translate("Texts", "The basket is empty: scan an item first."),
        "unpaid": QCoreApplication.translate("Texts", "The payment does not cover the total."),
        "redeem_exceeds_max": QCoreApplication.translate("Texts", "Too many points for this basket: lower the points."),
        "invalid_token": QCoreApplication.translate("Texts", "The SMS confirmation is no longer valid: ask for a new code."),
        "not_supervisor": QCoreApplication.translate("Texts", "This PIN is not a supervisor's PIN."),
        "product_not_found": QCoreApplication.translate("Texts", "Unknown barcode {code}: check it or type the SKU. The basket is kept."),
        "invalid_phone": QCoreApplication.translate("Texts", "That is not a phone number. Type it as +7 912 345-67-89."),
        "member_not_found": QCoreApplication.translate("Texts", "No member with this phone. Offer registration (F7)."),
        "already_member": QCoreApplication.translate("Texts", "This phone is already a member."),
        "member_unconfirmed": QCoreApplication.translate("Texts", "The member's phone is not confirmed: points cannot be spent. Send the code (F9)."),
        "already_confirmed": QCoreApplication.translate("Texts", "This member's phone is already confirmed."),
        "too_many_codes": QCoreApplication.translate("Texts", "Too many codes were sent. Wait a few minutes and try again."),
        "wrong_code": QCoreApplication.translate("Texts", "Wrong code. Tries left: {tries_left}."),
        "code_expired": QCoreApplication.translate("Texts", "The code has expired. Send a new one."),
        "underage": QCoreApplication.translate("Texts", "Members must be 18 or older."),
        "consent_required": QCoreApplication.translate("Texts", "The customer must accept the program rules."),
        "offline": QCoreApplication.translate("Texts", "The hub cannot be reached. Try again later."),
        "receipt_not_found": QCoreApplication.translate("Texts", "No sale with this receipt number."),
        "gift_not_returnable": QCoreApplication.translate("Texts", "Gifts bought with points cannot be returned."),
        "return_exceeds_sale": QCoreApplication.translate("Texts", "More than was sold cannot be returned."),
        "not_enough_points": QCoreApplication.translate("Texts", "The member does not have enough points."),
        "insufficient_points": QCoreApplication.translate("Texts", "The member can spend at most {available} points now (points held for another payment count as spent). Lower the points."),
        "invalid_qty": QCoreApplication.translate("Texts", "Check the quantity: a whole number from 1 up."),
        "invalid_line": QCoreApplication.translate("Texts", "A line of this sale cannot be sold (its price, code or name is not valid). Remove it and tell the supervisor."),
        "tender_invalid": QCoreApplication.translate("Texts", "Check the payment: an amount with at most two decimals."),
        "offline_cap": QCoreApplication.translate("Texts", "Offline, at most {cap} points can be spent."),
        "printer": QCoreApplication.translate("Texts", "The printer failed: {message}"),
        "bad_printer": QCoreApplication.translate("Texts", "Printer settings: {message}"),
        "invalid_points": QCoreApplication.translate("Texts", "Type the points: a whole number other than 0 (with a minus to take points away)."),
        "reason_required": QCoreApplication.translate("Texts", "Type the reason for the adjustment."),
        "adjust_offline": QCoreApplication.translate("Texts", "The hub cannot be reached: points are adjusted online only. Check the history before trying again."),
        "role_not_allowed": QCoreApplication.translate("Texts", "The hub does not know this person as a supervisor of this store."),
        "supervisor_required": QCoreApplication.translate("Texts", "A supervisor's PIN is needed for this."),
        "sms_failed": QCoreApplication.translate("Texts", "The SMS could not be sent. Try again in a minute; this attempt is not counted."),
        "till_mismatch": QCoreApplication.translate("Texts", "The hub refused an event of another till: check the till's store and number in the settings."),
        "store_mismatch": QCoreApplication.translate("Texts", "This receipt belongs to another store: return it there."),
    }
    text = texts.get(code)
    if text is None:
        return d.get("message") or QCoreApplication.translate("Texts", "Something went wrong: {code}").format(code=code)
    try:  # {code} in a product text is what was scanned
        return text.format(**{**d, "code": d.get("scanned", code)})
    except (KeyError, IndexError):
        return text


def refusal_text(exc: BaseException) -> str:
    """Any failure of a till call in the cashier's language: a refusal by its ``code`` (never by its
    class), a lost connection as "offline", anything else as it says."""
    if isinstance(exc, CodedError):
        return error_text(exc.code, {**exc.extra, "message": exc.message})
    if isinstance(exc, OSError):
        return error_text("offline")
    return str(exc)


def print_error_text(job) -> str:
    """Why a print job failed (``pos_app.printing``'s codes), saying what to do; ``job.detail`` keeps
    the technical reason."""
    texts = {
        "no_driver": QCoreApplication.translate("Texts", "The printer is not set up: its connection driver is missing."),
        "unreachable": QCoreApplication.translate("Texts", "The printer cannot be reached: check its power and cable."),
        "paper_out": QCoreApplication.translate("Texts", "The printer is out of paper."),
        "printer_offline": QCoreApplication.translate("Texts", "The printer is offline (cover open or no paper)."),
        "no_answer": QCoreApplication.translate("Texts", "The printer does not answer."),
        "connection_lost": QCoreApplication.translate("Texts", "The connection to the printer was lost."),
        "render_failed": QCoreApplication.translate("Texts", "The receipt could not be prepared: tell the supervisor."),
        "print_failed": QCoreApplication.translate("Texts", "Printing failed."),
    }
    return texts.get(getattr(job, "code", None)) or job.error or QCoreApplication.translate("Texts", "Printing failed.")


def problem_text(problem) -> str:
    """A set-aside event (``SyncProblem``) in the cashier's language: what it was and what the hub said;
    the code stays visible for support staff."""
    what = problem.reference or problem.kind
    if not problem.code:
        return f"{what}: {problem.message or ''}".strip()
    return f"{what}: {error_text(problem.code, {'message': problem.message or problem.code})} [{problem.code}]"
