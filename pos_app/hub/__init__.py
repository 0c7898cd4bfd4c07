"""The loyalty hub: the HTTP service that owns members and the points ledger.

Never imports Qt. ``create_app`` builds the FastAPI application; ``pos_app.hub.testing.running_hub``
starts a real hub on a loopback port for tests.
"""
