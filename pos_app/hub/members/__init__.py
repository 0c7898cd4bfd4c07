"""Members: look-up by phone, registration with an SMS code, paying with points online."""

from .create import create_member
from .lookup import find_by_phone, member_dict

__all__ = ["create_member", "find_by_phone", "member_dict"]
