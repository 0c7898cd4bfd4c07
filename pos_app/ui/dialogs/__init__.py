"""Dialogs of the till app."""
