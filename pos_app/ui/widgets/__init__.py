"""Widgets of the till app."""
