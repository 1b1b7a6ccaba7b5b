"""The self-contained HTML report of an analysis (French by default, English on request)."""

from balise.report.html import write_report

__all__ = ["write_report"]
