"""Till events applied exactly once: one database transaction per event, the event id claimed by a
unique key (a concurrent or retried copy finds it taken and gets the stored first result)."""

from .apply import EventIn, apply_batch, apply_event

__all__ = ["EventIn", "apply_batch", "apply_event"]
