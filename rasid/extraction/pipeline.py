"""The extraction pipeline: one report text in, one ReportRecord out. (Stub: being written.)"""
from __future__ import annotations

from datetime import date

from ..records import ReportRecord


def extract(text: str, doc_id: str, report_date: date | None = None) -> ReportRecord:
    """Extract the report record of one report. `report_date` overrides the date found in the text."""
    return ReportRecord(doc_id=doc_id, report_date=report_date)
