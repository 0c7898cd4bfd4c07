"""Pages of the till app, one module per screen."""

from __future__ import annotations


def build_pages(ctx, parent):
    from .login import LoginPage
    from .member import MemberPage
    from .payment import PaymentPage
    from .registration import RegistrationPage
    from .returns import ReturnPage
    from .sale import SalePage
    from .service import ServicePage
    from .settings import SettingsPage

    classes = (LoginPage, SalePage, MemberPage, PaymentPage, RegistrationPage, ReturnPage, ServicePage,
               SettingsPage)
    return [cls(ctx, parent) for cls in classes]
