"""Settings (supervisor): hub address and till token, printer, language, offline cap, the customer
display's screen, the fiscal register (driver, connection, how points show on the fiscal receipt)."""

from __future__ import annotations

from ..i18n import LANGUAGES
from ..qt import QComboBox, QFormLayout, QGuiApplication, QHBoxLayout, QLineEdit, QSpinBox, Signal
from ..texts import fiscal_error_text
from ..widgets.keys import key_button
from .base import Page, card

PRINTER_KINDS = ("file", "network", "usb", "serial", "device", "none")
FISCAL_DRIVERS = ("none", "emulator", "atol", "shtrih")


def fiscal_connection(driver: str, text: str) -> dict:
    """The connection typed on the screen as the driver's setting: emulator -> its file (empty: beside the
    till's data); atol -> ``usb``, ``host[:port]`` (TCP) or ``/dev/ttyS0[:baud]``/``COM3[:baud]``;
    shtrih -> ``/dev/ttyUSB0[:baud]``. ``ValueError`` for a bad port number or speed."""
    text = text.strip()
    if driver == "emulator":
        return {"path": text} if text else {}
    if driver == "shtrih":
        port, _, baud = text.partition(":") if not text.upper().startswith("COM") or ":" in text else (text, "", "")
        return {"port": port or "/dev/ttyUSB0", "baudrate": int(baud) if baud else 115200}
    if driver == "atol":
        if not text or text.lower() == "usb":
            return {"connection": {"port": "usb"}}
        head, _, tail = text.rpartition(":") if ":" in text else (text, "", "")
        if text.startswith("/dev/") or text.upper().startswith("COM"):
            return {"connection": {"port": "com", "device": head, "baudrate": int(tail) if tail else 115200}}
        return {"connection": {"port": "tcp", "host": head, "tcp_port": int(tail) if tail else 5555}}
    return {}


def fiscal_connection_text(driver: str, connection: dict) -> str:
    if driver == "emulator":
        return str(connection.get("path", ""))
    if driver == "shtrih":
        return f"{connection.get('port', '/dev/ttyUSB0')}:{connection.get('baudrate', 115200)}"
    if driver == "atol":
        c = connection.get("connection", {})
        if c.get("port") == "com":
            return f"{c.get('device', '')}:{c.get('baudrate', 115200)}"
        if c.get("port") == "tcp":
            return f"{c.get('host', '')}:{c.get('tcp_port', 5555)}"
        return "usb"
    return ""


class SettingsPage(Page):
    name = "settings"
    language_changed = Signal(str)
    customer_screen_changed = Signal(object)  # the screen index for the customer display, or None

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Settings"))
        box, layout = card(self)
        box.setMaximumWidth(760)
        form = QFormLayout()
        self.hub_url = QLineEdit(self)
        self.hub_url.setPlaceholderText("http://127.0.0.1:8080")
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.printer_kind = QComboBox(self)
        labels = {"file": self.tr("File (preview)"), "network": self.tr("Network (host:port)"),
                  "usb": self.tr("USB (vendor:product)"), "serial": self.tr("Serial port"),
                  "device": self.tr("Device file"), "none": self.tr("No printer")}
        for kind in PRINTER_KINDS:
            self.printer_kind.addItem(labels[kind], kind)
        self.printer_target = QLineEdit(self)
        self.printer_target.setPlaceholderText(self.tr("e.g. 192.168.1.50:9100"))
        self.language = QComboBox(self)
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.customer_screen = QComboBox(self)  # filled from Qt's screens when the page opens
        self.offline_cap = QSpinBox(self)
        self.offline_cap.setRange(0, 1_000_000)
        self.offline_cap.setSingleStep(100)
        self.offline_cap.setSuffix(self.tr(" pts"))
        form.addRow(self.tr("Hub address"), self.hub_url)
        form.addRow(self.tr("Till token"), self.token)
        form.addRow(self.tr("Printer"), self.printer_kind)
        form.addRow(self.tr("Printer address"), self.printer_target)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Customer display"), self.customer_screen)
        form.addRow(self.tr("Offline points cap per member"), self.offline_cap)
        self.fiscal_driver = QComboBox(self)
        drivers = {"none": self.tr("None (another system fiscalizes)"), "emulator": self.tr("Emulator (demo, training)"),
                   "atol": self.tr("ATOL (driver v10)"), "shtrih": self.tr("Shtrih-M (serial port)")}
        for driver in FISCAL_DRIVERS:
            self.fiscal_driver.addItem(drivers[driver], driver)
        self.fiscal_driver.currentIndexChanged.connect(self._fiscal_driver_changed)
        self.fiscal_target = QLineEdit(self)
        self.fiscal_points = QComboBox(self)
        self.fiscal_points.addItem(self.tr("As a discount on each line"), "discount")
        self.fiscal_points.addItem(self.tr("As a separate payment"), "payment")
        form.addRow(self.tr("Fiscal register"), self.fiscal_driver)
        form.addRow(self.tr("Register connection"), self.fiscal_target)
        form.addRow(self.tr("Points on the fiscal receipt"), self.fiscal_points)
        self._fiscal_form: dict = {}
        self._fiscal_driver_changed()
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.layout_.addWidget(box)
        self.layout_.addStretch(1)
        keys = QHBoxLayout()
        back = key_button(self, "Esc", self.tr("Back"), lambda: self.navigate.emit("home"))
        self.save_button = key_button(self, "F12", self.tr("Save"), self.save, kind="primary")
        keys.addWidget(back)
        keys.addStretch(1)
        keys.addWidget(self.save_button)
        self.layout_.addLayout(keys)

    def activate(self) -> None:
        self.clear_message()
        self.ctx.ops.store.submit(self.ctx.till.settings_form, self.show_values, self.show_error,
                                  name="settings", owner=self)
        self.ctx.ops.store.submit(self.ctx.till.fiscal_settings_form, self.show_fiscal_values, self.show_error,
                                  name="fiscal_settings", owner=self)
        self.hub_url.setFocus()

    def _fiscal_driver_changed(self) -> None:
        driver = self.fiscal_driver.currentData()
        hints = {"none": "", "emulator": self.tr("file (empty: beside the till's data)"),
                 "atol": self.tr("usb, 192.168.1.60:5555 or /dev/ttyS0:115200"),
                 "shtrih": self.tr("/dev/ttyUSB0:115200")}
        self.fiscal_target.setPlaceholderText(hints.get(driver, ""))
        self.fiscal_target.setEnabled(driver != "none")
        form = self._fiscal_form
        if form and form.get("driver") == driver:
            self.fiscal_target.setText(fiscal_connection_text(driver, form.get("connection", {})))
        else:
            self.fiscal_target.clear()

    def show_fiscal_values(self, form: dict) -> None:
        self._fiscal_form = form
        index = max(0, self.fiscal_driver.findData(form.get("driver", "none")))
        if index == self.fiscal_driver.currentIndex():
            self._fiscal_driver_changed()
        else:
            self.fiscal_driver.setCurrentIndex(index)
        self.fiscal_points.setCurrentIndex(max(0, self.fiscal_points.findData(
            form.get("points_on_fiscal_receipt", "discount"))))

    def fiscal_values(self) -> tuple[str, dict, str]:
        """driver, connection (the saved one's other keys kept), points mode; ``ValueError`` if unreadable."""
        driver = self.fiscal_driver.currentData()
        connection = fiscal_connection(driver, self.fiscal_target.text())
        if self._fiscal_form.get("driver") == driver:
            connection = {**self._fiscal_form.get("connection", {}), **connection}
        return driver, connection, self.fiscal_points.currentData()

    def show_values(self, values: dict) -> None:
        self.hub_url.setText(values.get("hub_url", ""))
        self.token.setText(values.get("token", ""))
        self.printer_kind.setCurrentIndex(max(0, self.printer_kind.findData(values.get("printer_kind", "file"))))
        self.printer_target.setText(values.get("printer_target", ""))
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language", "ru"))))
        self.offline_cap.setValue(int(values.get("offline_cap", 1000)))
        self.customer_screen.clear()
        self.customer_screen.addItem(self.tr("None"), None)
        for i, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry().size()
            self.customer_screen.addItem(self.tr("Screen %1 (%2×%3)").replace("%1", str(i + 1))
                                         .replace("%2", str(size.width())).replace("%3", str(size.height())), i)
        chosen = values.get("customer_display_screen")
        if chosen is not None and self.customer_screen.findData(chosen) < 0:  # unplugged: still the choice
            self.customer_screen.addItem(self.tr("Screen %1 (not connected)").replace("%1", str(chosen + 1)), chosen)
        self.customer_screen.setCurrentIndex(max(0, self.customer_screen.findData(chosen)) if chosen is not None else 0)
        self._shown_screen = chosen

    def values(self) -> dict:
        return {
            "hub_url": self.hub_url.text().strip(), "token": self.token.text().strip(),
            "printer_kind": self.printer_kind.currentData(), "printer_target": self.printer_target.text().strip(),
            "language": self.language.currentData(), "offline_cap": self.offline_cap.value(),
            "customer_display_screen": self.customer_screen.currentData(),
        }

    def save(self) -> None:
        values = self.values()
        if values["hub_url"] and not values["hub_url"].startswith(("http://", "https://")):
            self.show_problem(self.tr("The hub address must start with http:// or https://."))
            return
        try:
            fiscal = self.fiscal_values()
        except ValueError:
            self.show_problem(self.tr("The register connection: a port or speed is a number, e.g. /dev/ttyUSB0:115200."))
            return
        till = self.ctx.till

        def save():
            till.save_settings_form(values)
            till.save_fiscal_settings(*fiscal)
            return till.fiscal_status()  # the register as set now: a missing driver shows here by its code

        self.ctx.ops.store.submit(save, lambda status: self._saved(values, status), self.show_error,
                                  name="save_settings", owner=self)

    def _saved(self, values: dict, fiscal_status=None) -> None:
        self.ctx.offline_cap = values["offline_cap"]
        if fiscal_status is not None and fiscal_status.error:
            self.show_problem(self.tr("Saved, but the register is not ready: %1").replace(
                "%1", fiscal_error_text(fiscal_status.error)) + f" [{fiscal_status.error}]")
        else:
            self.show_info(self.tr("Saved."))
        if values["customer_display_screen"] != getattr(self, "_shown_screen", None):
            self._shown_screen = values["customer_display_screen"]
            self.customer_screen_changed.emit(values["customer_display_screen"])
        if values["language"] != self.ctx.language:
            self.language_changed.emit(values["language"])
