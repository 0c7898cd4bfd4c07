"""The versioned catalog and program rules tills pull, and the CSV import."""

from .csv_import import import_csv
from .items import CatalogChanges, Product, catalog_since, remove_items, upsert_items
from .rules import current_rules, set_rules

__all__ = ["CatalogChanges", "Product", "catalog_since", "current_rules", "import_csv", "remove_items",
           "set_rules", "upsert_items"]
