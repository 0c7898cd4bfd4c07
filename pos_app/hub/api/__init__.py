"""HTTP routes of the hub (v1). ``create_app`` in ``pos_app.hub.app`` assembles them."""
