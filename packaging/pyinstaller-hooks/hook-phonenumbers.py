"""phonenumbers for the till: parsing/formatting metadata only (``data``, ``shortdata``).

Replaces the contributed hook, which collects every submodule including ~43 MB of place-name,
carrier and time-zone data the till never reads."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
excludedimports = ["phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata"]
