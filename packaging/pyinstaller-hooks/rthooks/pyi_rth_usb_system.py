"""Runtime hook for pyusb in the packaged till: deliberately empty.

It replaces the contributed ``pyi_rth_usb``, which imports pyusb at every start and makes it load only
a libusb bundled inside the app. The till's build machines usually have no libusb to bundle, so that
hook left USB printers without a backend; with it replaced, pyusb finds libusb its own way
(``ctypes.util.find_library``: the system's libusb-1.0 on Linux, which the Debian package depends on;
on Windows the app folder comes first, see hook-usb.py). ``pos-till --self-check`` reports whether libusb was found."""
