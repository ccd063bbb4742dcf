"""phonenumbers as the import's duplicate search uses it: parsing and formatting only.

phonenumbers loads each country's metadata module on first use with ``__import__`` of a computed
name (``phonenumbers.data.region_SE``), which PyInstaller's import analysis cannot follow: without
this hook the frozen app would find no region and match no phone numbers. The geocoder, carrier
and timezone data (most of the package's size) are never imported by Leadbook and stay out.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
excludedimports = ["phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata"]
