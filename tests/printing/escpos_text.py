"""Read the text back out of ESC/POS bytes (the commands python-escpos emits for our receipts)."""

from __future__ import annotations

ESC, GS = 0x1B, 0x1D
# Fixed-length commands: prefix byte, command byte -> number of parameter bytes.
FIXED = {
    (ESC, ord("@")): 0, (ESC, ord("t")): 1, (ESC, ord("!")): 1, (ESC, ord("E")): 1, (ESC, ord("a")): 1,
    (ESC, ord("d")): 1, (ESC, ord("-")): 1, (ESC, ord("M")): 1, (GS, ord("h")): 1, (GS, ord("w")): 1,
    (GS, ord("f")): 1, (GS, ord("H")): 1, (GS, ord("!")): 1, (GS, ord("B")): 1,
}


def split(data: bytes) -> tuple[bytes, list[bytes]]:
    """(the printable text bytes, the list of commands) of an ESC/POS stream."""
    text, commands, i = bytearray(), [], 0
    while i < len(data):
        byte = data[i]
        if byte not in (ESC, GS):
            text.append(byte)
            i += 1
            continue
        key = (byte, data[i + 1])
        if key in FIXED:
            end = i + 2 + FIXED[key]
        elif key == (GS, ord("(")):  # GS ( k pL pH ...
            end = i + 5 + data[i + 3] + 256 * data[i + 4]
        elif key == (GS, ord("v")):  # GS v 0 m xL xH yL yH raster image
            end = i + 8 + (data[i + 4] + 256 * data[i + 5]) * (data[i + 6] + 256 * data[i + 7])
        elif key == (GS, ord("k")):  # GS k m n data (function B)
            end = i + 4 + data[i + 3]
        elif key == (GS, ord("V")):  # GS V m [n]
            end = i + 3 + (1 if data[i + 2] in (65, 66) else 0)
        else:
            raise ValueError(f"unexpected ESC/POS command {data[i:i + 2]!r} at {i}")
        commands.append(bytes(data[i:end]))
        i = end
    return bytes(text), commands


def text_of(data: bytes, code_page: str) -> str:
    return split(data)[0].decode(code_page)
