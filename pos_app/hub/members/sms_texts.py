"""The SMS texts the hub sends, in the program's language and currency: Russian for a program in RU,
Slovak for one in SK (the rules' ``region``); amounts through ``format_amount`` (exact, Babel)."""

from __future__ import annotations

from ...loyalty import Rules, format_amount

LANGUAGE_BY_REGION = {"SK": "sk"}  # any other region: Russian, the first program's language
REGISTRATION_TEXT = {
    "ru": "Код регистрации в бонусной программе: {code}. Никому его не сообщайте.",
    "sk": "Registračný kód vernostného programu: {code}. Nikomu ho neprezrádzajte.",
}
REDEEM_TEXT = {
    "ru": "Код для оплаты {points} баллами ({amount}): {code}. Назовите его кассиру.",
    "sk": "Kód na platbu {points} bodmi ({amount}): {code}. Povedzte ho pokladníkovi.",
}


def sms_language(rules: Rules) -> str:
    return LANGUAGE_BY_REGION.get(rules.region, "ru")


def registration_text(rules: Rules) -> str:
    """With ``{code}`` left for ``send_code``."""
    return REGISTRATION_TEXT[sms_language(rules)]


def redeem_text(rules: Rules, points: int) -> str:
    """With ``{code}`` left for ``send_code``; the points and what they are worth filled in."""
    language = sms_language(rules)
    amount = format_amount(rules.point_value * points, rules.currency, language)
    return REDEEM_TEXT[language].replace("{points}", str(points)).replace("{amount}", amount)
