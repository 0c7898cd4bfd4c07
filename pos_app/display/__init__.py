"""Customer-facing hardware: the pole display (two lines of 20 characters, ESC/POS, CP866).

The till layer's ``pos_app.till.display.CustomerDisplay`` says what to show; this package turns it into
bytes and sends them on the display's own queue.
"""

from .pole import PoleDisplay, pole_bytes, pole_lines

__all__ = ["PoleDisplay", "pole_bytes", "pole_lines"]
