"""Bilingual, obfuscation-proof extraction from ad text.

``extract_ad`` reads phones, emails, handles, ages, prices, places, language and
names from one :class:`~balise.schema.AdRecord`; every value carries a
:class:`~balise.schema.Mention` whose span points into the original field text.
"""

from balise.extract.batch import extract_ad, extract_batch
from balise.extract.places import place_id

__all__ = ["extract_ad", "extract_batch", "place_id"]
