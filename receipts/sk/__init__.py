"""Slovak receipt templates (receipt language "sk"): the same names and markup as ``receipts/``."""
