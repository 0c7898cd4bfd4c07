"""The fiscal drivers behind the port: ``emulator``, ``atol``, ``shtrih``, ``none``."""
