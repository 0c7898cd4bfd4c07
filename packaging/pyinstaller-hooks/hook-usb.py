"""pyusb for the till: on Linux libusb comes from the system (the Debian package depends on
libusb-1.0-0), so the bundle is the same whether or not the build machine has libusb. On Windows,
where there is no system libusb, a libusb-1.0.dll found on the build machine is bundled."""

import ctypes.util
import sys

hiddenimports = ["glob"]
binaries = []
if sys.platform.startswith("win"):
    found = ctypes.util.find_library("libusb-1.0")
    if found:
        binaries.append((found, "."))
