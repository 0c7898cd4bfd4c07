"""Cashier PINs: the one salted slow hash lives in ``pos_app.loyalty.pins`` (the hub hashes, the till checks)."""

from pos_app.loyalty.pins import ITERATIONS, check_pin, hash_pin

__all__ = ["ITERATIONS", "check_pin", "hash_pin"]
