"""Tills: bearer tokens (stored hashed) and the roles of people acting through a till."""

from .roles import ROLES, add_staff, remove_staff, require_role, store_staff
from .tokens import active_tills, add_till, authenticate, revoke_till

__all__ = ["ROLES", "active_tills", "add_staff", "add_till", "authenticate", "remove_staff", "require_role",
           "revoke_till", "store_staff"]
