"""``pos-hub``: the loyalty hub, the ledger that owns every point (see ``pos_app.hub.cli``)."""

from __future__ import annotations

from pos_app.hub.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
