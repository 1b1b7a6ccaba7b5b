"""Reading and validating the interchange input (ads.jsonl)."""

from balise.ingest.reader import read_ads_file
from balise.ingest.validate import InvalidRecord, to_ad_record

__all__ = ["InvalidRecord", "read_ads_file", "to_ad_record"]
