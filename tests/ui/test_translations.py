"""Russian by default, English second, Slovak third: the .ts sources are complete, the build compiles them,
and the screens switch language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from pos_app.ui.i18n import LANGUAGES, TRANSLATIONS_DIR, ensure_compiled
from pos_app.ui.qt import Qt

from .conftest import CATALOG
from .helpers import scan


def test_russian_translation_is_complete():
    tree = ET.parse(TRANSLATIONS_DIR / "till_ru.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 200
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not (m.find("translation").text or "")]
    assert unfinished == []
    assert ensure_compiled("ru") is not None and ensure_compiled("en") is not None


def _messages(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation; an unfinished one reads as empty."""
    out = {}
    for context in ET.parse(TRANSLATIONS_DIR / f"till_{language}.ts").getroot().iter("context"):
        for m in context.iter("message"):
            t = m.find("translation")
            out[context.find("name").text, m.find("source").text] = (
                "" if t.get("type") == "unfinished" else (t.text or ""))
    return out


def test_slovak_translation_is_complete():
    """Every message the Russian screens have, in Slovak, with its placeholders, key labels and spacing."""
    tree = ET.parse(TRANSLATIONS_DIR / "till_sk.ts")
    assert tree.getroot().get("language") == "sk_SK"
    slovak, russian = _messages("sk"), _messages("ru")
    assert len(slovak) > 200
    assert set(slovak) == set(russian)
    assert [source for (_, source), text in slovak.items() if not text] == []
    for (_, source), text in slovak.items():
        assert sorted(re.findall(r"%\d|\{\w+\}", source)) == sorted(re.findall(r"%\d|\{\w+\}", text)), source
        for prefix in ("Enter  ", "Esc  ", " "):
            assert source.startswith(prefix) == text.startswith(prefix), source
    assert ensure_compiled("sk") is not None


def test_every_screen_language_has_its_translation_and_config_name():
    from pos_app.config import LANGUAGES as CONFIG_LANGUAGES

    assert list(LANGUAGES) == list(CONFIG_LANGUAGES) == ["ru", "en", "sk"]
    assert LANGUAGES["sk"] == "Slovenčina"
    for language in LANGUAGES:
        assert (TRANSLATIONS_DIR / f"till_{language}.ts").is_file()


def test_the_sale_screen_speaks_russian_by_default(qtbot, open_till, make_app, login, black_hole):
    services = open_till(black_hole.url, catalog=CATALOG)
    till = make_app(services, language=None)  # the till's setting: Russian by default
    assert till.ctx.language == "ru"
    login(till)
    page = till.window.pages["sale"]
    assert page.title.text() == "Продажа"
    assert page.pay_button.text() == "F12  Оплата"
    assert page.reprint_button.text() == "F1  Повтор последнего чека"
    assert till.window.status.cashier.text().startswith("Кассир Иванова (№ 1) · смена с ")
    scan(qtbot, till, "999")
    assert page.message.text().startswith("Неизвестный штрихкод 999")
    scan(qtbot, till, "TV55")
    assert "акционный товар" in page.table.model().index(0, 6).data()


def test_the_sale_screen_speaks_slovak(qtbot, open_till, make_app, login, black_hole):
    services = open_till(black_hole.url, catalog=CATALOG)
    till = make_app(services, language="sk")
    assert till.ctx.language == "sk"
    login(till)
    page = till.window.pages["sale"]
    assert till.window.windowTitle().startswith("Pokladňa")
    assert page.title.text() == "Predaj"
    assert page.pay_button.text() == "F12  Platba"
    assert page.reprint_button.text() == "F1  Kópia posledného dokladu"
    assert till.window.pages["payment"].back_button.text() == "Esc  Späť k predaju"  # not Qt's Slovak "Escape"
    # the demo names stay Russian whatever the language (pos_app/till/seed.py)
    assert till.window.status.cashier.text().startswith("Кассир Иванова (č. 1) · zmena od ")
    scan(qtbot, till, "999")
    assert page.message.text() == ("Neznámy čiarový kód 999: skontrolujte ho alebo zadajte kód tovaru. "
                                   "Nákup zostáva zachovaný.")
    scan(qtbot, till, "TV55")
    assert "akciový tovar" in page.table.model().index(0, 6).data()
    assert page.table.model().headerData(1, Qt.Orientation.Horizontal) == "Tovar"
    assert "45\u00a0999,00" in page.table.model().index(0, 4).data()  # Slovak numbers: space groups, decimal comma


def test_the_settings_page_offers_slovak(qtbot, open_till, make_app, login, black_hole):
    services = open_till(black_hole.url)
    till = make_app(services, language=None)
    login(till, "9", "9999")
    till.window.go("settings")
    qtbot.waitUntil(lambda: till.ctx.ops.idle, timeout=5000)
    settings = till.window.pages["settings"]
    old_window = till.window
    settings.language.setCurrentIndex(settings.language.findData("sk"))
    assert settings.language.currentText() == "Slovenčina"
    settings.save()
    qtbot.waitUntil(lambda: till.window is not old_window, timeout=5000)
    qtbot.addWidget(till.window)
    assert services.settings()["language"] == "sk"
    assert till.window.pages["sale"].title.text() == "Predaj"
    assert till.window.pages["settings"].title.text() == "Nastavenia"


def test_language_setting_rebuilds_the_window_in_english(qtbot, open_till, make_app, login, black_hole):
    services = open_till(black_hole.url)
    till = make_app(services, language=None)
    login(till, "9", "9999")  # a supervisor opens the settings
    till.window.go("settings")
    qtbot.waitUntil(lambda: till.ctx.ops.idle, timeout=5000)
    settings = till.window.pages["settings"]
    old_window = till.window
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.save()
    qtbot.waitUntil(lambda: till.window is not old_window, timeout=5000)
    qtbot.addWidget(till.window)
    assert till.ctx.language == "en"
    assert services.settings()["language"] == "en"
    assert till.window.pages["sale"].title.text() == "Sale"
    assert till.window.current.name == "settings"


def test_a_printer_failure_reads_in_the_screen_language(qtbot, open_till, make_app, login, black_hole):
    """The print queue says why by code; each language has its own text, the detail stays in the tooltip."""
    from pos_app.printing import FAILED, PrintJob

    services = open_till(black_hole.url)
    for language, expected in (("ru", "Принтер: В принтере нет бумаги. Не напечатано: 1"),
                               ("en", "Printer: The printer is out of paper. Not printed: 1")):
        till = make_app(services, language=language)
        login(till)
        job = PrintJob(1, "sale", "S1", b"x", "", state=FAILED, code="paper_out", error="В принтере нет бумаги.",
                       detail="network 127.0.0.1:9100: paper end sensor")
        till.ctx.printing._on_job(job)
        bar = till.window.status
        assert bar.printer.text().startswith(expected)
        assert "paper end sensor" in bar.printer.toolTip()


def test_member_and_balance_pages_share_the_phone_look_up(qtbot, open_till, make_app, login, black_hole):
    """One look-up row for both pages: the same label, and a bad phone is refused the same way."""
    from pos_app.ui.qt import QLabel

    from .helpers import type_enter

    services = open_till(black_hole.url)
    till = make_app(services, language="ru")
    login(till)
    for name in ("member", "service"):
        till.window.go(name)
        page = till.window.pages[name]
        labels = [w.text() for w in page.findChildren(QLabel)]
        assert "Телефон или карта участника" in labels
        assert "Доступно баллов" in labels
        type_enter(qtbot, page.phone, "12")
        assert page.message.text() == "Это не номер телефона. Введите его так: +7 912 345-67-89."


def test_qt_own_buttons_speak_the_screen_language(qtbot, open_till, make_app, black_hole):
    """Message boxes draw Yes/No/Cancel themselves: Qt's own translation is loaded beside the till's."""
    from pos_app.ui.qt import QMessageBox

    till = make_app(open_till(black_hole.url), language=None)
    assert till.ctx.language == "ru"
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Да"
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Отмена"


def test_qt_own_texts_speak_slovak(qtbot, open_till, make_app, black_hole):
    """Qt's Slovak catalogue (qtbase_sk.qm) is loaded beside the till's: a line edit's context menu reads
    Slovak. It has no QPlatformTheme texts (a message box's own Yes/Cancel stay English), which the
    till never shows: its dialogs label their buttons themselves ("Enter  Áno")."""
    from pos_app.ui.qt import QCoreApplication

    make_app(open_till(black_hole.url), language="sk")
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Vybrať všetko"
    assert QCoreApplication.translate("Confirm", "Enter  Yes") == "Enter  Áno"
