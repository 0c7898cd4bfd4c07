"""SMS gateways: ``console`` (log + a file tests read) and ``http`` (JSON to a provider's URL)."""

from .gateway import ConsoleGateway, SmsGateway, SmsSendError, make_gateway
from .http import HttpGateway

__all__ = ["ConsoleGateway", "HttpGateway", "SmsGateway", "SmsSendError", "make_gateway"]
