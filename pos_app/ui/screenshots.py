"""``make screenshots``: every screen rendered offscreen to PNG, in Russian and English on the Russian
demo store, in Slovak on the Slovak one (``pos-hub demo --program prozis``: EUR, +421 members, receipts in
Slovak on CP852). ``SHOT_LANGUAGES="sk"`` makes only the Slovak ones.

A real hub with the demo store runs on a loopback port, a till in a temp dir syncs with it, and the
screens are driven the way a cashier drives them (keys and typed text) before each grab.

    python -m pos_app.ui.screenshots resources/screenshots [1366x768 1024x768 ...]

1366x768 shots go to ``<out>/<language>/``, other sizes to ``<out>/<language>/<size>/``; the customer
display (idle, sale, paid, registration) at 1024x768 and 1920x1080 to ``<out>/<language>/customer_display/``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

WINDOW = (1366, 768)
SIZES = ((1366, 768), (1024, 768))
PROGRAM_OF = {"ru": "ru", "en": "ru", "sk": "prozis"}  # the demo store each language's shots run on
SCRIPTS = {  # what the cashier types on each demo store
    "ru": {"member": "9123456789", "member_e164": "+79123456789",
           "scans": ("4600000000011", "4600000000066", "4600000000066", "4600000001001", "4600000000059",
                     "4600000009001"),
           "cash": "50000", "new_phone": "9995550042", "balance_phone": "9261112233",
           "printer": {}, "receipt_language": "ru"},
    "prozis": {"member": "0905123456", "member_e164": "+421905123456",
               "scans": ("5600000000097", "5600000000011", "5600000000011", "5600000005005", "5600000000059",
                         "5600000009001"),
               "cash": "1000", "new_phone": "0944555042", "balance_phone": "0948111222",
               "printer": {"code_page": "CP852"}, "receipt_language": "sk"},
}
NEW_MEMBER = {"ru": "Ольга", "en": "Olga", "sk": "Oľga"}
ADJUST_REASON = {"ru": "не начислены баллы по чеку S1-T1-000042", "en": "points missing for receipt S1-T1-000042",
                 "sk": "nepripísané body za doklad S1-T1-000042"}


class Driver:
    def __init__(self, till, app) -> None:
        self.till, self.app = till, app
        self.window = till.window

    def idle(self, timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if self.till.ctx.ops.idle:
                break
            time.sleep(0.01)
        for _ in range(5):
            self.app.processEvents()

    def type(self, widget, text: str, enter: bool = True) -> None:
        from .qt import QTest, Qt

        widget.setFocus()
        QTest.keyClicks(widget, text)
        if enter:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        self.idle()

    def key(self, key) -> None:
        from .qt import QTest

        self.window.activateWindow()
        self.app.processEvents()
        QTest.keyClick(self.window.current, key)
        self.idle()

    def grab(self, widget, path: Path) -> None:
        self.idle()
        path.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(path))
        print(f"  {path}")


def shoot(language: str, out: Path, hub, token: str, size: tuple[int, int] = WINDOW) -> None:
    from pos_app.till import TillServices

    from .app import TillApp, application
    from .qt import Qt

    from .widgets.responsive import screen_scale

    app = application(scale=screen_scale(size[1]))
    with tempfile.TemporaryDirectory() as tmp:
        services = TillServices.open(Path(tmp) / "till.db", hub_url=hub.url, till_token=token, start_sync=False)
        script = SCRIPTS[PROGRAM_OF.get(language, "ru")]
        services.update_settings(printer={"kind": "file", "path": str(Path(tmp) / "receipts.bin"), **script["printer"]},
                                 receipt_language=script["receipt_language"])
        services.pull_now()
        services.start_sync()
        services.sync_now()
        till = TillApp(services, language=language)
        window = till.show()
        window.resize(*size)
        d = Driver(till, app)
        d.idle()
        folder = out / language if size == WINDOW else out / language / f"{size[0]}x{size[1]}"
        shot = lambda name, widget=None: d.grab(widget or window, folder / f"{name}.png")  # noqa: E731

        login = window.pages["login"]
        login.number.setText("1")
        shot("01_login")
        d.type(login.number, "", enter=True)
        d.type(login.pin, "1111")

        d.key(Qt.Key.Key_F2)
        member = window.pages["member"]
        d.type(member.phone, script["member"])
        shot("03_member")
        d.key(Qt.Key.Key_F12)
        sale = window.pages["sale"]
        for code in script["scans"]:
            d.type(sale.scan, code)
        d.type(sale.scan, "123")  # an unknown code: the message, the basket kept
        shot("02_sale")

        d.key(Qt.Key.Key_F12)
        pay = window.pages["payment"]
        d.key(Qt.Key.Key_F2)  # spend the most
        d.type(pay.cash_edit, script["cash"], enter=False)
        shot("04_payment")
        d.type(pay.cash_edit, "", enter=True)  # finish: the hub asks for the SMS code
        shot("05_payment_sms_code")
        d.type(pay.code_edit, hub.last_sms_code(script["member_e164"]) or "000000")
        shot("06_payment_done")
        receipt_no = pay.done.receipt_no if pay.done else ""
        d.key(Qt.Key.Key_F8)
        if pay.done_view.preview_dialog is not None:
            shot("07_receipt_preview", pay.done_view.preview_dialog)
            pay.done_view.preview_dialog.close()
        d.key(Qt.Key.Key_F11)

        d.key(Qt.Key.Key_F5)
        ret = window.pages["return"]
        d.type(ret.receipt_edit, receipt_no)
        if ret.spins:
            ret.spins[1].setValue(1)
        shot("08_return")
        d.key(Qt.Key.Key_F12)
        if getattr(ret, "_pin", None) is not None:
            ret._pin.number.setText("9")
            shot("09_supervisor_pin", ret._pin)
            ret._pin.reject()
        d.key(Qt.Key.Key_Escape)

        d.key(Qt.Key.Key_F7)
        reg = window.pages["registration"]
        d.type(reg.phone, script["new_phone"], enter=False)
        d.type(reg.birth, "14.03.1988", enter=False)
        reg.first_name.setText(NEW_MEMBER.get(language, "Olga"))
        reg.email.setText("olga@example.com")
        reg.consent.setChecked(True)
        reg.marketing.setChecked(True)
        d.key(Qt.Key.Key_F5)
        shot("10_registration")
        d.key(Qt.Key.Key_Escape)

        d.key(Qt.Key.Key_F6)
        service = window.pages["service"]
        d.type(service.phone, script["balance_phone"])
        shot("11_balance_check")
        d.key(Qt.Key.Key_F8)
        adjust = getattr(service, "_adjust", None)
        if adjust is not None:
            adjust.points.setValue(250)
            adjust.reason.setText(ADJUST_REASON.get(language, ADJUST_REASON["en"]))
            adjust.number.setText("9")
            adjust.reason.setCursorPosition(0)
            adjust.pin.setFocus()
            d.idle()
            shot("13_adjust_points", adjust)
            adjust.reject()
        d.key(Qt.Key.Key_Escape)

        window.go("settings")
        d.idle()
        shot("12_settings")
        till.close()
        services.close()


CUSTOMER_SIZES = ((1024, 768), (1920, 1080))


def shoot_customer_display(language: str, out: Path, sizes=CUSTOMER_SIZES) -> list[Path]:
    """The customer display window through a sale with a member: idle, the basket with points spent,
    paid (balance and when the new points become available), and registration (rules and consent)."""
    from datetime import date
    from decimal import Decimal

    from pos_app.loyalty import QuoteRequest, Rules, quote
    from pos_app.till import BasketLine, Product
    from pos_app.till.display import CustomerDisplay

    from .app import application
    from .customer_display import CustomerWindow
    from .i18n import Translations

    app = application()
    translations = Translations(app)
    translations.use(language)
    names = {"ru": ("Смартфон Nova 8 128 ГБ", "Чехол-книжка Nova 8", "Подарочная карта 1000", "Техно: всё для дома"),
             "sk": ("Smartfón Nova 8 128 GB", "Knižkové puzdro Nova 8", "Darčeková karta 1000", "Techno: všetko pre domov")}
    phone_name, case_name, gift_name, idle = names.get(language, ("Smartphone Nova 8 128 GB", "Flip case Nova 8",
                                                                   "Gift card 1000", "Techno: all for home"))
    lines = [BasketLine(Product("PH-001", phone_name, Decimal("24999.00"), "phones", bonus_points=1250)),
             BasketLine(Product("AC-002", case_name, Decimal("1290.00"), "accessories", bonus_points=60), 2),
             BasketLine(Product("GC-1000", gift_name, Decimal("1000.00"), "gift_card"))]
    rules = Rules()

    def quoted(redeem: int):
        return quote(QuoteRequest(lines=tuple(ln.to_line() for ln in lines), rules=rules, available_points=5000,
                                  tender="cash", redeem_points=redeem))

    consent = {"ru": "Регистрируясь, вы принимаете правила программы. Участник определяется по номеру телефона "
                     "или карте. Личные данные обрабатываются только для работы программы.",
               "sk": "Registráciou prijímate pravidlá programu. Člena identifikuje telefónne číslo alebo karta. "
                     "Osobné údaje sa spracúvajú len na prevádzku programu."}.get(
        language, "By registering you accept the program rules. The member is identified by phone number or "
                  "card. Personal data are processed only to run the program.")
    shots: list[Path] = []
    for size in sizes:
        display = CustomerDisplay(rules, locale=language, idle_text=idle)
        window = CustomerWindow(display, language)
        window.resize(*size)
        window.size_type(size[1])
        window.show()
        folder = out / language / "customer_display" / f"{size[0]}x{size[1]}"
        folder.mkdir(parents=True, exist_ok=True)
        steps = [("1_idle", display.show_idle),
                 ("2_sale", lambda: display.show_basket(lines, quoted(3000), member=True)),
                 ("3_paid", lambda: display.show_done(lines, quoted(3000), balance_after=2000,
                                                      available_on=date(2026, 12, 16))),
                 ("4_registration", lambda: display.show_registration(consent))]
        for name, step in steps:
            step()
            for _ in range(5):
                app.processEvents()
            path = folder / f"{name}.png"
            window.grab().save(str(path))
            print(f"  {path}")
            shots.append(path)
        window.close()
        window.deleteLater()
    translations.clear()
    return shots


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0] if argv else "resources/screenshots")
    sizes = [tuple(int(x) for x in a.split("x")) for a in argv[1:]] or list(SIZES)
    languages = [lang for lang in os.environ.get("SHOT_LANGUAGES", "ru en sk").split()]
    from pos_app.till.demo_hub import LocalHub

    from .app import application

    application()
    for language in languages:
        print(f"{language} customer display:")
        shoot_customer_display(language, out)
    if os.environ.get("SHOT_CUSTOMER_ONLY") == "1":
        return 0
    for size in sizes:
        for language in languages:
            print(f"{language} {size[0]}x{size[1]}:")
            with tempfile.TemporaryDirectory() as tmp:  # a fresh demo store for each run: the same figures
                hub = LocalHub(Path(tmp) / "demo-hub", PROGRAM_OF.get(language, "ru"))
                token = hub.new_till_token("S1", "T1")
                try:
                    hub.start()
                    shoot(language, out, hub, token, size)
                finally:
                    hub.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
