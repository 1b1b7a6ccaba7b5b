"""Calendar words (French and English), for the readers that must not take a date for a
name: the age reader ("Available from Sep 16") and the introductions reader ("Mardi: Mia")."""

from __future__ import annotations

WEEKDAYS = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
"""Weekday names, lower case (none carries an accent, so folded forms are the same)."""
