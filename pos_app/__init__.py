"""Loyalty-aware point-of-sale till and its loyalty hub."""

__version__ = "0.1.0"
