"""Tills: bearer tokens (stored hashed) and the roles of people acting through a till."""

from .roles import ROLES, require_role
from .tokens import active_tills, add_till, authenticate, revoke_till

__all__ = ["ROLES", "active_tills", "add_till", "authenticate", "require_role", "revoke_till"]
