"""English rule tables."""

from __future__ import annotations

from balise.extract.rules.base import LanguageRules

EN = LanguageRules(
    code="en",
    units={
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    },
    tens={
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    },
    stop_words=frozenset(
        """the and you your i i'm im am is are to for with of in on my me it this that be
        will not no all at come call text only new here available now sexy girl just
        very who what when where can let have has we our but or so if up out an any
        by from time see don't dont want make best real love nice come looking book
        hours hour minutes outcall incall tonight today please""".split()
    ),
    age_units=(
        r"y\s*/\s*o\b", r"y\.\s*o\.?", r"yo\b", r"yrs?\s+old\b", r"yrs?\b(?!\s+(?:of\s+)?exp)",
        r"years?\s+old\b", r"years?\s+young\b", r"year\s+old\b", r"years?\b(?!\s+(?:of\s+)?(?:exp|in\b|ago))",
    ),
    age_prefixes=(
        r"\bage\s*[:=\-]?\s*", r"\baged\s+", r"\bi\s*'?\s*a?m\s+(?:only\s+|just\s+)?",
        r"\bage\s+is\s+", r"\bage\s*\(\s*",
    ),
    not_person_words=(
        "client", "clients", "men", "man", "gentlemen", "gentleman", "guys", "guy", "over",
        "above", "under", "minimum", "min", "than", "older", "younger", "between", "from",
        "customers", "customer", "visitors", "experience", "since", "for", "ago", "husband",
        "boyfriend", "daughter", "son", "kids", "children",
    ),
    name_intros=(
        r"\bmy\s+name\s+is\s+", r"\bmy\s+name'?s\s+", r"\bi\s*'?\s*a?m\s+", r"\bcall\s+me\s+",
        r"\bask\s+for\s+", r"\bname\s*[:=]\s*", r"\bthis\s+is\s+", r"\bit'?s\s+",
    ),
    price_units={
        "qv": ("qv", None), "quickie": ("qv", None), "quick visit": ("qv", None),
        "hh": ("hh", 30), "half hour": ("hh", 30), "half-hour": ("hh", 30), "1/2h": ("hh", 30),
        "1/2 h": ("hh", 30), "1/2hr": ("hh", 30), "30min": ("hh", 30), "30 min": ("hh", 30),
        "30mins": ("hh", 30), "30 mins": ("hh", 30), "h": ("h", 60), "hr": ("h", 60),
        "hour": ("h", 60), "1h": ("h", 60), "1hr": ("h", 60), "1 hour": ("h", 60),
        "60min": ("h", 60), "60 min": ("h", 60), "2h": ("2h", 120), "2hrs": ("2h", 120),
        "2 hours": ("2h", 120), "15min": ("15min", 15), "15 min": ("15min", 15),
        "20min": ("20min", 20), "20 min": ("20min", 20), "45min": ("45min", 45),
        "45 min": ("45min", 45), "overnight": ("overnight", None), "night": ("overnight", None),
    },
)
