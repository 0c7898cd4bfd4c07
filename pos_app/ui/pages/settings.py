"""Settings (supervisor): hub address and till token, printer, language, the customer display's screen,
offline cap."""

from __future__ import annotations

from ..i18n import LANGUAGES
from ..qt import QComboBox, QFormLayout, QGuiApplication, QHBoxLayout, QLineEdit, QSpinBox, Signal
from ..widgets.keys import key_button
from .base import Page, card

PRINTER_KINDS = ("file", "network", "usb", "serial", "device", "none")


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
        self.hub_url.setFocus()

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
        self.ctx.ops.store.submit(lambda: self.ctx.till.save_settings_form(values), lambda _r: self._saved(values),
                                  self.show_error, name="save_settings", owner=self)

    def _saved(self, values: dict) -> None:
        self.ctx.offline_cap = values["offline_cap"]
        self.show_info(self.tr("Saved."))
        if values["customer_display_screen"] != getattr(self, "_shown_screen", None):
            self._shown_screen = values["customer_display_screen"]
            self.customer_screen_changed.emit(values["customer_display_screen"])
        if values["language"] != self.ctx.language:
            self.language_changed.emit(values["language"])
