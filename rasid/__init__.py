"""Rasid (راصد): conflict events, casualties and territorial control from Arabic reports."""

__version__ = "0.1.0"
