"""Places: the built-in gazetteer and the lookup of place names found in reports."""
