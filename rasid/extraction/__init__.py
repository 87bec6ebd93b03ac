"""Extraction: events, actors, casualties and territorial control from a normalised report."""
