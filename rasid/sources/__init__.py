"""Where reports come from: files, folders and standard input, read into `SourceReport`s."""
from .readers import InputError, SourceReport, exception_reason, iter_reports, parse_report_date

__all__ = ["InputError", "SourceReport", "exception_reason", "iter_reports", "parse_report_date"]
