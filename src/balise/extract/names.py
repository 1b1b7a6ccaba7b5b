"""First names the ad gives for the advertised person(s): "je m'appelle Lily", "I'm Mia"."""

from __future__ import annotations

from typing import Final

from balise.extract.normalise import fold, token_starts
from balise.extract.patterns import SPACE, SPACE_CHARS, anchored, class_first, compile_linear
from balise.extract.places import load_gazetteer
from balise.extract.rules import ALL_RULES

# Stdlib ``re``, no timeout. The introductions are matched case-insensitively as the
# ``regex`` module did (``caseless``), the name case-sensitively. Linear: white-space runs
# are possessive (``for_re``: a letter, ":"/"=" or the name's capital follows each), the
# name is a bounded run of one class; the title rule is anchored at the start of the title
# (one attempt) and its only unbounded repeats are single classes.
_INTRO_ALT = class_first([i for r in ALL_RULES for i in r.name_intros], ignore_case=True)
# A hyphenated second part may be accented like the first ("Marie-Ève", "Anne-Élise").
_NAME = (
    r"(?P<name>[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff]{1,14}"
    r"(?:-[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff]{1,14})?)(?![\w'])"
)
_INTRO_RE = compile_linear(_INTRO_ALT + _NAME)
# The [a-z0-9]+ words of the folded text (``normalise.split_words``) a match of _INTRO_RE
# starts with: an introduction's first word, or its first words glued ("cest", "iam", "its").
# A match starts after a character that is not \w, whose fold is no [a-z0-9] either, so at
# the start of a word; trying _INTRO_RE only there (``patterns.anchored``; the words are found
# by ``normalise.token_starts``, in C) finds what a scan
# finds, where the class-first scan stopped at every a, c, d, i, j, m, n and t of the text
# (tests/extract/test_names_anchored.py compares the two). Fold is same-length, so the word
# offsets are offsets into the cleaned text.
_INTRO_FIRST_WORDS = frozenset(
    [
        "je", "mon", "moi", "c", "cest", "demande", "demandez", "demander", "nom", "appelez",
        "ici", "my", "i", "im", "iam", "call", "ask", "name", "this", "it", "its",
    ]
)  # fmt: skip
_INTRO_WORDS = tuple(sorted(_INTRO_FIRST_WORDS))
# "\s*(?:[,\-–|:!*~]\s*|\s+)" of the original is "(?:\s*+[,\-–|:!*~]\s*+|\s++)": what follows
# never starts with a space, so only the whole space run can precede it.
_TITLE_RE = compile_linear(
    rf"\W*+{_NAME}(?:{SPACE}*+[,\-–|:!*~]{SPACE}*+|{SPACE}++)"
    rf"(?:\d{{2}}{SPACE}*(?:ans|yo|y/o|years|ans)?\b|[^\w{SPACE_CHARS}])"
)
# Capitalised words that follow "I'm"/"c'est"/"ici" and are not names.
_NOT_NAMES = frozenset(w for r in ALL_RULES for w in r.stop_words) | frozenset(
    [
        "new",
        "back",
        "available",
        "ready",
        "sexy",
        "hot",
        "young",
        "real",
        "petite",
        "curious",
        "open",
        "visiting",
        "here",
        "there",
        "your",
        "yours",
        "only",
        "just",
        "so",
        "very",
        "the",
        "a",
        "an",
        "not",
        "sure",
        "waiting",
        "looking",
        "offering",
        "in",
        "at",
        "on",
        "from",
        "nouvelle",
        "nouveau",
        "disponible",
        "prete",
        "pret",
        "jeune",
        "vraie",
        "belle",
        "ici",
        "la",
        "de",
        "retour",
        "en",
        "ville",
        "montreal",
        "laval",
        "longueuil",
        "toronto",
        "ottawa",
        "quebec",
        "gatineau",
        "sherbrooke",
        "canadienne",
        "latina",
        "asian",
        "asiatique",
        "black",
        "blonde",
        "brunette",
        "rousse",
        "ebony",
        "french",
        "english",
        "bilingual",
        "bilingue",
        "hello",
        "hi",
        "bonjour",
        "salut",
        "coucou",
        "allo",
        "hey",
        "welcome",
        "bienvenue",
        "independent",
        "independante",
        "discreet",
        "discrete",
        "classy",
        "elegant",
        "sweet",
        "douce",
        "gentille",
        "the",
        "ta",
        "votre",
        "your",
        "ton",
        "un",
        "une",
        "tres",
        "very",
        "super",
        "ultra",
        "vip",
        "gfe",
        "pse",
        "bbw",
        "milf",
        "trans",
        "ts",
        "escort",
        "massage",
        "masseuse",
        "call",
        "text",
        "moi",
        "toi",
        "lui",
        "elle",
        "it",
        "that",
        "this",
        "what",
        "who",
        "he",
        "she",
        "we",
        "they",
        "ok",
        "okay",
        "yes",
        "oui",
        "no",
        "non",
        "sorry",
        "desole",
        "desolee",
        "dispo",
        "avail",
        "outcall",
        "incall",
        "tonight",
        "today",
        "ce",
        "cet",
        "cette",
        "barely",
        "fresh",
        "brand",
    ]
)
# Words that open a title or an introduction as a description, not a name ("Étudiante 19 ans",
# "Latinas 24h", "Asiatique 22"): origins and looks, occupations, kinds of ad. As a "name" such
# a word made one woman two persons (her name in the body, the description in the title) and,
# shared by unrelated ads, would bridge them. Folded forms; real first names stay out
# ("Blanche", "Dominique", "Ambre").
DESCRIPTIONS = frozenset(
    [
        "latina", "latinas", "latino", "asiatique", "asiatiques", "asian", "asians", "black",
        "ebony", "white", "metisse", "mixed", "haitienne", "africaine", "african", "arabe",
        "arab", "libanaise", "lebanese", "russe", "russian", "ukrainienne", "ukrainian",
        "bresilienne", "brazilian", "colombienne", "colombian", "mexicaine", "mexican",
        "cubaine", "cuban", "dominicaine", "dominican", "chinoise", "chinese", "japonaise",
        "japanese", "coreenne", "korean", "thai", "thaie", "vietnamienne", "vietnamese",
        "philippine", "filipina", "indienne", "indian", "europeenne", "european", "quebecoise",
        "francaise", "italienne", "italian", "espagnole", "spanish", "polonaise", "polish",
        "roumaine", "romanian", "portugaise", "portuguese", "grecque", "greek", "persane",
        "persian", "iranienne", "marocaine", "moroccan", "algerienne", "tunisienne", "turque",
        "turkish", "jamaicaine", "jamaican", "canadienne", "canadian", "americaine", "american",
        "exotique", "exotic", "etudiante", "etudiantes", "etudiant", "student", "students",
        "college", "cegep", "universitaire", "brune", "brunette", "rousse", "redhead", "mature",
        "cougar", "milf", "busty", "curvy", "pulpeuse", "bbw", "masseuse", "masseuses",
        "escorte", "escortes", "escort", "escorts", "duo", "trio", "spa", "studio", "salon",
        "agence", "agency", "special", "promo", "genuine", "nouvelles", "nueva", "nuevas",
        "chica", "chicas",
        # workers named by their job in a job board's or a venue's title ("Hôtesses /
        # danseuses pour partys privés"): several women, nobody's name
        "hotesse", "hotesses", "hostess", "hostesses", "danseuse", "danseuses", "dancer",
        "dancers", "attendante", "attendantes", "modele", "modeles", "model", "models",
        # gender, as a trans escort states it ("Trans, 29 ans"): read as a second name, it
        # made one woman two persons behind her own phone (fourth blind market)
        "trans", "transgenre", "transgender", "ts", "tgirl", "travestie", "shemale",
        # months before a day ("Sept 21-25" in a touring title read as "Sept, 21"); April,
        # May, June, Avril, Mai and Juin are also first names and stay readable
        "jan", "janv", "january", "janvier", "feb", "fev", "fevr", "february", "fevrier", "mars",
        "march", "jul", "juil", "july", "juillet", "aug", "august", "aout", "sep", "sept",
        "september", "septembre", "oct", "october", "octobre", "nov", "november", "novembre",
        "dec", "december", "decembre",
    ]
)  # fmt: skip


# Words a repost or a bump puts before the title ("Dispo Léa 19 -", "Available now - Léa 22",
# "BACK Léa", "DE RETOUR - Nouvelle 🔥 Crystal", "NEW PICS Ivy"). Folded; "de"/"ce" only open
# the two-word prefixes "de retour"/"ce soir".
_REPOST_WORDS = frozenset(
    [
        "dispo", "disponible", "available", "avail", "now", "maintenant", "back", "retour",
        "bump", "up", "new", "nouvelle", "nouveau", "nouvelles", "pics", "photos", "again",
        "encore", "still", "here", "ici", "today", "tonight", "soir", "aujourd'hui", "enfin",
        "finally", "toujours", "updated", "update", "duo", "trio",
        # "NEW GIRL Candy 🍒 Brossard 24/7", "NOUVELLE FILLE Mia": the name comes after
        "girl", "girls", "fille", "filles",
    ]
)  # fmt: skip
_REPOST_PAIRS = frozenset(["de retour", "ce soir"])
# One word of a title and what precedes it (stdlib ``re``; linear: single classes).
_TITLE_WORD_RE = compile_linear(r"[^\w]*+([^\W\d_]+(?:'[^\W\d_]+)?)")
# A capitalised word that may be a name, anywhere in a title, or next after a prefix
# (linear: bounded classes, a possessive run of one class).
_TITLE_NAME_RE = compile_linear(rf"(?<![\w'\-]){_NAME}")
_NEXT_NAME_RE = compile_linear(rf"[^\w]*+{_NAME}")
# What may follow a name found after a separator: the title's end, a comma, an age, a
# bracket, or "&"/"et"/"and" and a second name. Anything else ("Sienna • Yorkville • GFE",
# "Sarah 🍑 Rosemont incall") is more often a place or a word than a person.
_AFTER_NAME_RE = compile_linear(
    rf"{SPACE}*+(?:$|[,(]|\d{{2}}(?!\d)|(?:&|\+|et|and){SPACE}++[A-Z\u00c0-\u00dd])"
)
# A second name joined to a first one in a title: "Destiny & Candy", "Jade et Skye".
_AND_NAME_RE = compile_linear(rf"{SPACE}*+(?:&|\+|et|and){SPACE}++{_NAME}")
_SEPARATORS = frozenset("-|•·:/")


# What makes two digits after a word an hour, a range or a price rather than an age.
_NOT_AGE_AFTER = frozenset("0123456789/:hH$%+")


def _is_place(name: str, text: str, end: int) -> bool:
    """Whether the title word ending at ``end`` is a known place, or the first word of one
    ("Repentigny", "Plateau", "Boucherville - Cindy"), with no age after it: "Aurora 22" is
    a woman, "Aurora" alone the town; "Brossard 24/7" and "St-Hubert 24h" are still places
    (an hour or "24/7" is no age)."""
    rest = text[end:].lstrip()
    if rest[:2].isdigit() and (len(rest) == 2 or rest[2] not in _NOT_AGE_AFTER):
        return False
    key = fold(name).replace("-", " ")
    gazetteer = load_gazetteer()
    return key in gazetteer.prefixes or key in gazetteer.names


def _after_repost(text: str) -> int:
    """Where the title starts once a repost prefix ("Dispo", "BACK -", "Available now") is
    skipped; 0 when there is none."""
    pos = 0
    end = 0
    while True:
        m = _TITLE_WORD_RE.match(text, pos)
        if m is None:
            return end
        word = fold(m.group(1))
        if word in _REPOST_WORDS:
            pos = end = m.end()
            continue
        nxt = _TITLE_WORD_RE.match(text, m.end())
        if nxt is not None and f"{word} {fold(nxt.group(1))}" in _REPOST_PAIRS:
            pos = end = nxt.end()
            continue
        return end


def _after_separator(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a dash, a bar, a colon or an emoji."""
    before = text[:start].rstrip()
    if not before:
        return False
    c = before[-1]
    return c in _SEPARATORS or (not c.isascii() and not c.isalnum() and not c.isspace())


def _title_names(text: str, hits: list[NameHit]) -> list[NameHit]:
    """Title names the anchored rule does not reach: after a repost prefix, after a
    separator, and the second of two joined names. Precision first: a place, a description
    or a word that is not followed the way a name is gives nothing."""
    found: list[NameHit] = []
    taken = {h.start for h in hits}
    first = next((h for h in hits if h.rule == "name.title"), None)
    if first is None:
        skip = _after_repost(text)
        if skip:
            t = _TITLE_RE.match(text, skip)
            if t is None:
                t = _NEXT_NAME_RE.match(text, skip)
                if t is not None and _AFTER_NAME_RE.match(text, t.end()) is None:
                    t = None
            if (
                t is not None
                and _accept(t.group("name"))
                and not _is_place(t.group("name"), text, t.end("name"))
            ):
                first = NameHit(t.group("name"), t.start("name"), t.end("name"), "name.title", 0.6)
    if first is None:
        for m in _TITLE_NAME_RE.finditer(text):
            name = m.group("name")
            if (
                _after_separator(text, m.start())
                and _AFTER_NAME_RE.match(text, m.end()) is not None
                and _accept(name)
                and not _is_place(name, text, m.end())
            ):
                first = NameHit(name, m.start("name"), m.end("name"), "name.title", 0.6)
                break
    if first is None:
        return found
    if first.start not in taken:
        found.append(first)
    second = _AND_NAME_RE.match(text, first.end)
    if second is not None:
        name = second.group("name")
        if (
            _accept(name)
            and not _is_place(name, text, second.end())
            and second.start("name") not in taken
        ):
            found.append(NameHit(name, second.start("name"), second.end("name"), "name.title", 0.6))
    return found


class NameHit:
    """One name found in a field (positions in the text searched)."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("name", "start", "end", "rule", "confidence")

    def __init__(self, name: str, start: int, end: int, rule: str, confidence: float) -> None:
        self.name: Final[str] = name
        self.start: Final[int] = start
        self.end: Final[int] = end
        self.rule: Final[str] = rule
        self.confidence: Final[float] = confidence


def _accept(name: str) -> bool:
    folded = fold(name)
    return folded not in _NOT_NAMES and folded not in DESCRIPTIONS and len(name) >= 2


def intro_starts(folded: str) -> list[int]:
    """Where the words of ``folded`` (a folded field) that may open an introduction start."""
    return token_starts(folded, _INTRO_WORDS, True)


def find_names(text: str, is_title: bool = False, folded: str | None = None) -> list[NameHit]:
    """Names in ``text`` (cleaned text of one field), title-case as written.

    ``folded`` may pass ``fold(text)`` when the caller already has it.
    """
    hits: list[NameHit] = []
    if folded is None:
        folded = fold(text)
    for m in anchored(_INTRO_RE, text, intro_starts(folded)):
        name = m.group("name")
        if _accept(name):
            hits.append(NameHit(name, m.start("name"), m.end("name"), "name.intro", 0.8))
    if is_title:
        # The rule is anchored at the start of the title (the original's "^"): one match at most.
        t = _TITLE_RE.match(text)
        if t is not None:
            name = t.group("name")
            if (
                _accept(name)
                and all(h.start != t.start("name") for h in hits)
                and not _is_place(name, text, t.end("name"))
            ):
                hits.append(NameHit(name, t.start("name"), t.end("name"), "name.title", 0.6))
        hits.extend(_title_names(text, hits))
    hits.sort(key=lambda h: h.start)
    return hits
