"""Blind hand-written market 'blind9' (session 10): Québec City / Lévis, Saguenay, Rimouski and
the Côte-Nord, Drummondville / Victoriaville, a few operators reaching Montréal and Laval.

Written without reading Balise's indicators, scoring, linking, extraction or simulation code.
Five invented sites:
  forum-capitale    regional forum, "disponibilités" posts in Québécois French / joual, client
                    replies quoted under the post, phone obfuscated in the text
  revue-escortes-qc review aggregator reposting ads with its own structured summary block
  chambre-en-ville  hotel incall listings, English or mixed, "text for room #", "in town until"
  annonces-boreales general classifieds, "massage / bien-être" section, structured contact
  captions          short social-media style captions with hashtags, contact by handle

build() returns (ads, truth) deterministically; `python build_blind9.py` writes ads.jsonl and
truth.jsonl beside this file. Phones are NPA-555-01XX only, e-mails on .example domains,
every name is invented.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = datetime(2026, 10, 12, 9, 0)

AVAIL = {
    "fr": [
        "",
        "Dispo ce soir 😘",
        "Dispo aujourd'hui de midi à 22h",
        "Encore quelques places cette semaine",
        "Dispo jusqu'à dimanche",
        "Retour de vacances, dispo!",
        "Dispo en soirée seulement",
        "Dispo demain matin aussi",
    ],
    "en": [
        "",
        "Available tonight 💋",
        "Available today noon to 10pm",
        "A few spots left this week",
        "Here until Sunday",
        "Back from a break!",
        "Evenings only this week",
        "Early birds welcome tomorrow",
    ],
}
EMOJI = ["", "💋", "🔥", "✨", "🌸", "😘", "💕", "🍑"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

OPS: list[dict] = []


def O(oid, kind, note, posts, minor=False):
    """Register one operator. posts: list of dicts (src, city, title, body, contact, age,
    n = number of postings, start = first day offset, step = days between postings,
    lang = fr|en, minor = whether this post shows the minor)."""
    OPS.append({"oid": oid, "kind": kind, "note": note, "posts": posts, "minor": minor})


def P(src, city, title, body, n=6, start=0, step=6, lang="fr", contact=None, age=None,
      minor=False, bump=True):
    return {"src": src, "city": city, "title": title, "body": body, "n": n, "start": start,
            "step": step, "lang": lang, "contact": contact, "age": age, "minor": minor,
            "bump": bump}


def _price(text, k):
    if k % 3 != 2:
        return text
    def sub(m):
        v = int(m.group(1))
        return f"{v + (20 if k % 2 else -20)}{m.group(2)}"
    return re.sub(r"\b(1\d0|2\d0|3\d0)(\s?\$)", sub, text, count=1)


def _day(text, k, lang):
    days = DAYS_FR if lang == "fr" else DAYS_EN
    for i, d in enumerate(days):
        if d in text:
            return text.replace(d, days[(i + k) % 7], 1)
    return text


def _ad(oid, rank, post, k):
    title, body = post["title"], post["body"]
    if k and post["bump"]:
        body = _day(_price(body, k), k, post["lang"])
        line = AVAIL[post["lang"]][k % len(AVAIL[post["lang"]])]
        if line:
            body = f"{body}\n{line}"
        title = f"{title} {EMOJI[k % len(EMOJI)]}".rstrip()
    h = hashlib.sha1(f"blind9:{oid}:{rank}".encode()).hexdigest()[:10]
    salt = int(h[:4], 16)
    when = START + timedelta(days=post["start"] + k * post["step"],
                             hours=(rank * 7 + salt) % 14, minutes=(rank * 17 + salt) % 60)
    ad = {"ad_id": h, "source": post["src"], "posted_at": when.strftime("%Y-%m-%dT%H:%M:%S"),
          "title": title, "body": body, "city": post["city"]}
    if post["contact"]:
        ad["contact"] = dict(post["contact"])
    if post["age"] is not None:
        ad["age"] = post["age"]
    return ad


def build():
    ads, truth = [], []
    for op in OPS:
        keys, minor_keys, rank = [], [], 0
        for post in op["posts"]:
            for k in range(post["n"]):
                ad = _ad(op["oid"], rank, post, k)
                rank += 1
                ads.append(ad)
                keys.append([ad["source"], ad["ad_id"]])
                if post["minor"]:
                    minor_keys.append([ad["source"], ad["ad_id"]])
        truth.append({"operator_id": op["oid"], "kind": op["kind"], "minor": op["minor"],
                      "ads": keys, "minor_ads": minor_keys, "note": op["note"]})
    ads.sort(key=lambda a: (a["posted_at"], a["source"], a["ad_id"]))
    return ads, truth


FC, RV, CH, AB, CP = ("forum-capitale", "revue-escortes-qc", "chambre-en-ville",
                      "annonces-boreales", "captions")


def RVB(age, ville, tarif, lieu, contact, text):
    """The aggregator's structured summary above the reposted ad."""
    return (f"<b>[RÉSUMÉ revue-qc]</b> Âge: {age} | Ville: {ville} | Tarif: {tarif} | {lieu} | "
            f"Contact: {contact}<br>--- annonce originale ---<br>{text}")


# ---------------------------------------------------------------- independents (45)
O("i01", "independent", "Québec incall, first person, one phone obfuscated in words, weekly disponibilités", [
    P(FC, "Québec", "Dispo Limoilou - Maëlle", "Allo les gars, c'est Maëlle 27 ans, mon appart à Limoilou. "
      "Massage + GFE, 180$/h, 120$ la demi. Pas de marchandage svp. Texte seulement: "
      "quatre-un-huit cinq cinq cinq zéro un zéro un. Dispo lundi au jeudi." + "\n\n-- Réponses --\n"
      "limoilou_guy: fille ben correcte, appart propre\nMaëlle: merci mon beau 😘", n=7),
])
O("i02", "independent", "touring worker: Saguenay then Rimouski then Sept-Îles, 'in town until', hotel, own phone", [
    P(CH, "Chicoutimi", "Sienna ~ in Chicoutimi until Sunday", "Hi gentlemen, Sienna here (31), touring the north shore "
      "this fall. Hotel incall near boul. Talbot. Text 418 555 0102 for the room number, screening required. 200 hr.",
      n=3, lang="en", step=3),
    P(CH, "Rimouski", "Sienna ~ Rimouski 2 nights only", "Sienna (31) on tour: Rimouski Tuesday and Wednesday, then "
      "Sept-Îles. Text 418 555 0102, room # by text after screening. Independent, no agency.", n=2, start=10, lang="en"),
    P(CH, "Sept-Îles", "Sienna ~ Sept-Îles this weekend", "Finally made it up the 138! Sept-Îles Friday to Sunday. "
      "Same number as always 418.555.0102. 200 hr / 350 two hrs.", n=2, start=16, lang="en"),
])
O("i03", "independent", "19-year-old who says so, cégep student, first person, low price", [
    P(FC, "Lévis", "Jade 19 ans - Lévis", "Moi c'est Jade, j'ai 19 ans (oui vraiment, carte à l'appui si tu veux). "
      "Étudiante au cégep, je fais ça pour payer mon loyer. 140$ l'heure, chez toi ou à l'hôtel à Lévis. "
      "418 555 01 03 texto seulement, pas d'appel masqué.", n=6, age=19),
])
O("i04", "independent", "friend writes the ad in third person, says so", [
    P(AB, "Drummondville", "Massage détente par Karine", "C'est son amie qui écrit l'annonce parce que Karine "
      "est pas bonne avec les ordis 😅. Karine, 38 ans, masso d'expérience, massage suédois et détente, "
      "Drummondville secteur St-Joseph. Elle répond elle-même au 819-555-0104.", n=6,
      contact={"phone": "819-555-0104"}, age=38),
])
O("i05", "independent", "changed number said aloud in the ad (old and new)", [
    P(FC, "Québec", "Camille - NOUVEAU NUMÉRO", "Camille ici, mon ancien cell est mort, NOUVEAU numéro: 581-555-0105 "
      "(l'ancien 418-555-0105 marche plus). Même fille, mêmes photos, même condo à Ste-Foy. 200$ heure.", n=4),
    P(RV, "Québec", "Camille (Ste-Foy)", RVB("29", "Québec (Ste-Foy)", "200$/h", "Incall", "581-555-0105",
      "Camille, 29, condo privé Ste-Foy. Numéro changé en octobre. 581 555 0105."), n=3, start=8),
])
O("i06", "independent", "heavy bumping: same ad every day, emoji, own phone", [
    P(CP, "Québec", "✨ Roxy dispo ✨", "Roxy 🍑 25 🍑 Québec centre 🍑 incall/outcall 🍑 snap: roxy.qc.xo 🍑 "
      "#quebeccity #dispo #escortequebec #gfe", n=10, step=2, contact={"handle": "roxy.qc.xo"}, age=25),
])
O("i07", "independent", "mature independent, 52, Rimouski, long first-person text", [
    P(FC, "Rimouski", "Femme mature 52 ans Rimouski", "Bonjour messieurs, je m'appelle Hélène, 52 ans, divorcée et "
      "bien dans ma peau. Je reçois chez moi à Rimouski, discrétion assurée, pas pressée. Je préfère les hommes "
      "respectueux de 40 ans et plus. 160$ l'heure. Appelez-moi entre 10h et 20h au 418 555-01-07.", n=5, age=52),
])
O("i08", "independent", "says 'new in town' and 'petite', independent on a move from Montréal", [
    P(CH, "Quebec City", "NEW in QC - petite Amélie", "Just moved from Montreal to Quebec City! Petite (5'1) "
      "French-Canadian, 24. Hotel incall downtown until I find an apartment. Text only 438 555 0108. "
      "I run my own bookings, no drivers no agency.", n=6, lang="en", age=24),
])
O("i09", "independent", "low price, shared incall with a friend (each her own number)", [
    P(AB, "Victoriaville", "Massage 80$ Victo", "Massage relaxant 80$ / 45 min, on partage un petit local avec "
      "une autre masso (elle a son numéro à elle). Moi c'est Nadia. 819.555.0109", n=6,
      contact={"phone": "819-555-0109"}),
])
O("i10", "independent", "joual, crude, first person, Saguenay", [
    P(FC, "Saguenay", "Dispo Jonquière à soir", "Salut mes beaux, Cindy 33 ans, j'reçois à Jonquière, "
      "chu pas une agence pis j'ai pas de pimp ok lol. Ben propre, pas de niaisage. 150 la 1/2h 200 l'heure. "
      "Texte au 4185550110." + "\n\n-- Réponses --\nbigjohn_418: merci pour hier, toujours aussi le fun\n"
      "sag_boy: est-tu dispo dimanche?\nCindy: oui texte moi", n=6),
])
O("i11", "independent", "trans escort, English, hotel incall in Québec, 'in town until Sunday'", [
    P(CH, "Quebec City", "TS Valentina visiting Quebec", "Valentina, trans woman, 28, visiting from Toronto. "
      "Staying at a hotel near Laurier until Sunday. Text 416 555 0111 for room #. No explicit texts please.",
      n=5, lang="en", step=8),
])
O("i12", "independent", "19-year-old on captions only, says 19, #petite hashtag, e-mail contact, no phone", [
    P(CP, "Lévis", "lili 19 💕", "lili 19 ans 💕 petite 💕 Lévis 💕 fr/en 💕 bookings: lili.levis@courriel.example "
      "#19ans #petite #levis #escorte #indé", n=7, step=5, contact={"email": "lili.levis@courriel.example"}, age=19),
])
O("i13", "independent", "masseuse with a registered clinic, no sexual content, classifieds", [
    P(AB, "Québec", "Massothérapeute reçus assurances", "Massothérapeute membre d'une association, reçus pour "
      "assurances. Suédois, tissus profonds, femme enceinte. Clinique à Charlesbourg. Rendez-vous: "
      "418-555-0113 ou rdv@massocharlesbourg.example", n=5, step=9,
      contact={"phone": "418-555-0113", "email": "rdv@massocharlesbourg.example"}),
])
O("i14", "independent", "two phones (work and personal) both in the ad, first person", [
    P(FC, "Drummondville", "Ariane - Drummond", "Ariane, 35, Drummondville. J'ai deux numéros: le cell de job "
      "819-555-0114 et si je réponds pas essaie le 581 555 0114. Incall discret, 180$.", n=6),
])
O("i15", "independent", "Asian independent who lists her ethnicity, English, own phone and rates table", [
    P(CH, "Quebec City", "Mei - independent Asian companion", "Mei, 30, independent Taiwanese-Canadian. "
      "Private condo near Old Quebec. 1h 220 / 2h 400 / dinner date 600. Deposit for outcalls. "
      "Text 418 555 0115 (I answer myself).", n=6, lang="en", step=7),
])
O("i16", "independent", "says she works 24/7 jokingly, night owl, late hours", [
    P(FC, "Québec", "Dispo tard - Océane", "Océane 26, oiseau de nuit 🦉 j'suis dispo tard, genre 22h à 5h. "
      "Pas 24/7 là, faut ben que je dorme lol. Vanier, incall. 418-555-0116 (texte).", n=6),
])
O("i17", "independent", "review aggregator summary only, independent with many client replies", [
    P(RV, "Saguenay", "Audrey (Chicoutimi)", RVB("34", "Saguenay", "180$/h", "Incall/Outcall", "418-555-0117",
      "Audrey, indépendante, Chicoutimi-Nord. Texte au 418.555.0117.") +
      "\n\nRéponses:\n> client_gab: super gentille, ponctuelle, je recommande\n> tremblay74: 10/10 conversation "
      "le fun", n=6, step=7),
])
O("i18", "independent", "tours to Montréal and Laval from Québec, same phone, first person", [
    P(FC, "Québec", "Léa - Québec cette semaine", "Léa, 28. Cette semaine à Québec (Lebourgneuf), la semaine "
      "prochaine à Montréal. Même numéro partout: 418 555 0118.", n=3, step=14),
    P(CH, "Montréal", "Léa from Quebec City - MTL this week", "Léa (28) in Montreal this week, downtown hotel, "
      "then Laval Friday. Text 418 555 0118 for room #.", n=2, start=7, step=14, lang="en"),
    P(CH, "Laval", "Léa - Laval Friday only", "Laval Friday only, hotel near Carrefour. 418-555-0118.",
      n=2, start=11, step=14, lang="en"),
])
O("i19", "independent", "body-positive BBW, joual, bumps, low prices", [
    P(FC, "Lévis", "BBW Lévis 😍", "Grosse cochonne assumée 😍 Mélanie 41, Lévis (St-Romuald). 100$ la demi, "
      "140$ l'heure, pas cher mais pas de niaisage. Texte: 418*555*0119", n=6, step=4),
    P(CP, "Lévis", "curvy mel 😍", "Mel 😍 curvy 😍 41 😍 Lévis 😍 4 1 8 - 5 5 5 - 0 1 1 9 #bbw #levis #curvy",
      n=3, step=6, start=2),
])
O("i20", "independent", "university student, 'new to this', first time, adult 22", [
    P(CH, "Quebec City", "Student new to this - Emma 22", "First ad ever, be nice 😅 Emma, 22, student at the "
      "university. Ste-Foy hotel incall on weekends only. Text 581 555 0120. I decide who I see.",
      n=5, lang="en", age=22),
])
O("i21", "independent", "Baie-Comeau local, minimal text, contact field only", [
    P(AB, "Baie-Comeau", "Massage Baie-Comeau", "Massage détente, femme 39. Textez.", n=5, step=8,
      contact={"phone": "418-555-0121"}, age=39),
])
O("i22", "independent", "independent who mentions a 'driver' = her husband, says she's independent", [
    P(FC, "Victoriaville", "Outcall Victo et Warwick - Sonia", "Sonia 36, outcall seulement Victo, Warwick, "
      "Plessisville. C'est mon chum qui conduit le soir (il attend dans l'auto, rien de louche), "
      "c'est moi qui gère tout. 819 555 0122.", n=6),
])
O("i23", "independent", "Spanish-speaking independent, Montréal-based, tours to Québec, limited French said aloud", [
    P(CH, "Quebec City", "Latina Carolina visiting QC", "Hola! Carolina, 32, Colombian, living in Montreal 6 years. "
      "Visiting Quebec City Thursday to Sunday. English/Español, poco français. Text 514 555 0123.",
      n=5, lang="en", step=8),
])
O("i24", "independent", "captions, emoji heavy, 'daddy' jargon, adult 27", [
    P(CP, "Québec", "bratty brunette 😈", "27 😈 brat 😈 looking for a generous daddy 😈 qc city 😈 "
      "ig: brat.brune #sugar #qc #dispo", n=6, step=7, contact={"handle": "brat.brune"}, lang="en", age=27),
])
O("i25", "independent", "aggregator repost and forum post, two sites, one phone", [
    P(FC, "Rimouski", "Véro Rimouski", "Véro 30 ans, Rimouski, appart privé près du bas du fleuve. "
      "200$ heure. 4l8-555-Ol25 (texte).", n=4, step=9),
    P(RV, "Rimouski", "Véro (Rimouski)", RVB("30", "Rimouski", "200$/h", "Incall", "418-555-0125",
      "Véro 30 ans appart privé Rimouski. 418 555 0125"), n=3, start=4, step=9),
])
O("i26", "independent", "says 'no pimp no agency no driver' strongly, experienced 40", [
    P(CH, "Levis", "Independent Sophie - Levis", "Sophie, 40. 100% independent: no pimp, no agency, no driver, "
      "no 'manager'. If anyone else answers my number, it's not me. Text 418 555 0126.", n=6, lang="en"),
])
O("i27", "independent", "bumps several times a day for a week (tour to Drummondville)", [
    P(FC, "Drummondville", "Kim de passage à Drummond", "Kim, 31, de passage à Drummondville jusqu'à samedi, "
      "motel sur St-Joseph. 819-555-0127.", n=9, step=1),
])
O("i28", "independent", "Haitian-Québécoise, lists ethnicity, mixed FR/EN", [
    P(FC, "Québec", "Belle Haïtienne Québec", "Nathalie, belle Haïtienne 34 ans, bilingue fr/en. Incall St-Roch, "
      "outcall hôtels. Call/text 581.555.0128.", n=6, step=7),
])
O("i29", "independent", "pro-domme, sessions, no sex, Québec", [
    P(AB, "Québec", "Dominatrice - séances", "Maîtresse Irène. Séances de domination, jeux de rôles, fétiches. "
      "Pas de sexe. Donjon privé. Prérequis: courriel d'intro à irene.donjon@courriel.example", n=5, step=8,
      contact={"email": "irene.donjon@courriel.example"}),
])
O("i30", "independent", "male escort for women and men, Québec", [
    P(CH, "Quebec City", "Male escort - Julien", "Julien, 33, male escort for women, men and couples. Quebec City, "
      "hotel or your place. Text 418 555 0130.", n=5, lang="en", step=8),
])
O("i31", "independent", "short mobile ads, almost no text, phone in contact field", [
    P(FC, "Victo", "dispo", "dispo now victo txt", n=7, step=5, contact={"phone": "819-555-0131"}),
])
O("i32", "independent", "Sept-Îles local, says she's from there, first person, long-time worker", [
    P(FC, "Sept-Îles", "Sept-Îles - Manon", "Manon, 44, native de Sept-Îles. Ça fait 12 ans que je fais ça à "
      "mon compte. Discrète. 418 555 0132 après 11h.", n=5, step=8),
])
O("i33", "independent", "escort-review replies mention she 'looked younger' (innocent), she is 25", [
    P(RV, "Québec", "Zoé (Québec)", RVB("25", "Québec", "200$/h", "Incall", "418-555-0133",
      "Zoé 25 ans Québec centre, 418 555 0133") +
      "\n\nRéponses:\n> lurker_qc: a l'air plus jeune que 25 en vrai mais carte vérifiée, très pro", n=6, step=7),
])
O("i34", "independent", "hotel incall with 'screening' and deposit, careful, English", [
    P(CH, "Quebec City", "Chloé - upscale companion", "Chloé, 29, upscale companion. My assistant handles screening "
      "e-mails (references or employment) so I can focus on you; I reply to texts myself. 30% deposit by "
      "e-transfer to chloe.bookings@courriel.example. Minimum 2h. 600.", n=6,
      lang="en", step=7, contact={"email": "chloe.bookings@courriel.example"}),
])
O("i35", "independent", "worker moves Drummondville/Victo/Sherbrooke in a week, own phone, first person", [
    P(FC, "Drummondville", "Tournée centre-du-Québec - Alexa", "Alexa 27: lundi-mardi Drummond, mercredi-jeudi "
      "Victo, vendredi Sherbrooke. C'est moi qui décide de ma tournée. 819 555 01 35", n=6, step=7),
])
O("i36", "independent", "Côte-Nord, camp workers' town, bumping, low price", [
    P(AB, "Port-Cartier", "Massage Port-Cartier", "Massage 100$, Port-Cartier, femme 37, je reçois. "
      "Travailleurs de camp bienvenus. 418-555-0136", n=7, step=5, contact={"phone": "418-555-0136"}),
])
O("i37", "independent", "captions, says '18+ only, I'm 21', adult", [
    P(CP, "Saguenay", "cute & curvy 🌸", "cute & curvy 🌸 21 🌸 Saguenay 🌸 18+ clients only 🌸 txt 418.555.0137 "
      "#saguenay #chicoutimi #curvy", n=6, step=7, age=21),
])
O("i38", "independent", "independent with a roommate who also works (shared apartment), each her own ad", [
    P(FC, "Québec", "Gab - Montcalm", "Gab, 30. Je partage l'appart avec une amie qui travaille aussi, mais on "
      "a chacune nos clients pis nos numéros. Moi: 418 555 0138.", n=6),
])
O("i39", "independent", "French from France, 'nouvelle à Québec', first person", [
    P(FC, "Québec", "Française nouvelle à Québec", "Bonjour, Clémence, 26 ans, Française installée à Québec depuis "
      "septembre (PVT). Rencontres raffinées, 250€... pardon 250$ lol. 581 555 0139.", n=6, step=7),
])
O("i40", "independent", "Laval-based worker touring to Québec, hotel, says 'agency-free'", [
    P(CH, "Quebec City", "Laval girl in QC - Rose", "Rose, 30, from Laval, in Quebec City Wed-Sat. Agency-free, "
      "I book myself. Text 450 555 0140.", n=3, lang="en", step=14),
    P(CH, "Laval", "Rose - back in Laval", "Rose, 30, back home in Laval. Text 450 555 0140.", n=3, start=7,
      lang="en", step=14),
])
O("i41", "independent", "massage 'bien-être' ad with erotic hints, Saguenay, one phone", [
    P(AB, "Saguenay", "Bien-être sensuel", "Massage sensuel et détente complète, femme 42, Chicoutimi. "
      "Ambiance zen. 418-555-0141", n=6, step=7, contact={"phone": "418-555-0141"}),
])
O("i42", "independent", "gives a photo-verification line and her age 18 (just turned, adult, says birthday)", [
    P(FC, "Drummondville", "Maude 18 (oui, 18 depuis août)", "Maude, 18 depuis août (fête le 12). Je travaille "
      "pour moi, pas de chum qui gère rien. 819 555 0142, texte.", n=5, age=18),
])
O("i43", "independent", "ESL English/French mix, Brazilian, own phone, Lévis", [
    P(CH, "Levis", "Brazilian Bianca", "Oi! Bianca, 35, Brazilian, Levis hotel near bridge. Je parle un peu "
      "français. Text 418 555 0143 only, no calls.", n=6, lang="en", step=7),
])
O("i44", "independent", "Rimouski, says 'deux filles dispo' meaning her and her friend on a joint weekend (both indep.)", [
    P(FC, "Rimouski", "Émilie - Rimouski", "Émilie 28. Ce weekend on est deux filles dispo, moi pis ma chum "
      "Stéphanie (elle a son annonce à elle). Pour moi: 418-555-0144.", n=5, step=9),
])
O("i45", "independent", "Montréal worker on a summer Québec tour, English captions, same handle", [
    P(CP, "Québec", "mtl girl in qc 🔥", "mtl girl visiting qc 🔥 thurs-sun 🔥 dm @kayla.mtl or text 514.555.0145 "
      "#quebeccity #tour", n=6, step=7, lang="en", contact={"handle": "kayla.mtl"}),
])

# ---------------------------------------------------------------- duos (6)
O("d01", "duo", "two friends advertise a duo, each her own phone, same text", [
    P(FC, "Québec", "Duo Mia & Léonie", "Duo de copines! Mia 26 et Léonie 27. Ensemble ou séparément. "
      "Mia: 418 555 0146 / Léonie: 418 555 0147.", n=8, step=5),
])
O("d02", "duo", "sisters-style duo (not sisters), one shared work phone, first person plural", [
    P(CH, "Quebec City", "Double trouble - Jess & Kat", "We're Jess (29) and Kat (31), best friends who work "
      "together. One shared work phone: 418 555 0148. We set our own hours.", n=8, lang="en", step=5),
])
O("d03", "duo", "a couple (man and woman) for couples, Saguenay", [
    P(FC, "Saguenay", "Couple pour couples", "Couple 35/38 pour couples ou femmes seules. Échangisme et "
      "plus. Saguenay. couple.sag@courriel.example ou 418-555-0149", n=8, step=5),
])
O("d04", "duo", "two women share a hotel room on tour, duo ad plus individual ads", [
    P(CH, "Rimouski", "Amber & Skye in Rimouski", "Amber (30) and Skye (28), touring together, Rimouski until "
      "Sunday. Duo available. Amber 438 555 0150, Skye 438 555 0151.", n=4, lang="en", step=10),
    P(CH, "Rimouski", "Skye - solo", "Skye, 28, touring with my friend Amber. Solo bookings text 438 555 0151.",
      n=4, lang="en", step=10, start=2),
])
O("d05", "duo", "mother-age and daughter-age look duo 'MILF and young', both adults stated, Drummond", [
    P(FC, "Drummondville", "Duo MILF et jeune", "Duo pas sisters: Josée 47 et Kelly 22, deux amies. "
      "Fantasme MILF/jeune. Drummond. Josée 819 555 0152, Kelly 819 555 0153.", n=8, step=5),
])
O("d06", "duo", "two independent masseuses share a clinic listing, each her phone", [
    P(AB, "Lévis", "Deux massothérapeutes Lévis", "Anne-Sophie et Brigitte, massothérapeutes, clinique à Lévis. "
      "Anne-Sophie 418-555-0154, Brigitte 418-555-0155.", n=8, step=5,
      contact={"phone": "418-555-0154"}),
])

# ---------------------------------------------------------------- agencies (6)
O("a01", "agency", "declared agency, several named adult women, one booking phone, website e-mail", [
    P(FC, "Québec", "Agence Fleur de Lys - escortes Québec", "Agence Fleur de Lys, depuis 2019. Nos "
      "accompagnatrices (toutes 21+) choisissent leurs horaires. Ce soir: Annabelle, Noémie, Sarah. "
      "Réservations 418-555-0158 ou reservations@fleurdelys.example", n=5, step=8,
      contact={"phone": "418-555-0158", "email": "reservations@fleurdelys.example"}),
    P(CH, "Quebec City", "Fleur de Lys Agency - Noémie", "Noémie (26) from Fleur de Lys Agency. Outcall to hotels. "
      "Book via 418 555 0158.", n=4, lang="en", step=8, start=3),
])
O("a02", "agency", "booking service that says the women keep most of the fee, English, Québec/Lévis", [
    P(CH, "Quebec City", "Capitale Companions booking", "Capitale Companions is a booking service for independent "
      "adult companions (all 23+). Companions set their own rates and keep 75%. Tonight: Dana, Tess. "
      "Text 581 555 0159.", n=5, lang="en", step=8),
    P(RV, "Lévis", "Capitale Companions (Lévis)", RVB("23-35", "Lévis/Québec", "220$/h", "Outcall",
      "581-555-0159", "Capitale Companions, service de réservation. Dana 31, Tess 27."), n=4, start=4, step=8),
])
O("a03", "agency", "agency not declared by name: 'notre équipe', several women, one phone, Saguenay", [
    P(FC, "Saguenay", "Notre équipe au Saguenay", "Notre équipe de filles de la place, 24 à 38 ans, sorties "
      "seulement (hôtels, maisons). Appelez la réception au 418 555 0160, on vous dit qui est dispo.",
      n=8, step=5),
])
O("a04", "agency", "massage agency (outcall massage), declared 'entreprise enregistrée', classifieds", [
    P(AB, "Drummondville", "Massage à domicile - Entreprise", "Entreprise enregistrée de massage à domicile. "
      "Massothérapeutes féminines diplômées. Drummondville, Victoriaville, Nicolet. "
      "Réservez: 819-555-0161 / info@massodomicile.example", n=9, step=4,
      contact={"phone": "819-555-0161", "email": "info@massodomicile.example"}),
])
O("a05", "agency", "Montréal agency with a Québec City branch, profiles posted separately, one e-mail", [
    P(CH, "Montréal", "Velours MTL - Juliette", "Juliette, 28, Velours Escorts. Montreal and Laval. "
      "Bookings velours@agence.example or 514 555 0162.", n=3, lang="en", step=10),
    P(CH, "Quebec City", "Velours QC - Florence", "Florence, 32, Velours Escorts Quebec City branch. "
      "Bookings velours@agence.example or 514 555 0162.", n=3, lang="en", step=10, start=3),
    P(CH, "Laval", "Velours - Ashley", "Ashley, 25, Velours Escorts, Laval. velours@agence.example", n=3,
      lang="en", step=10, start=6, contact={"email": "velours@agence.example"}),
])
O("a06", "agency", "small agency run by a retired worker, third person, caring tone, Rimouski", [
    P(FC, "Rimouski", "Petite agence du Bas-St-Laurent", "Je suis une ancienne escorte et je gère une petite "
      "agence pour 3 femmes adultes (27, 33, 45 ans). Elles choisissent leurs clients et peuvent refuser. "
      "418-555-0163.", n=8, step=5),
])

# ---------------------------------------------------------------- third parties (12)
O("t01", "third_party", "crude controller: one phone, rotating 'new girls every week', third person, 24/7, cheap", [
    P(FC, "Québec", "NOUVELLES FILLES CETTE SEMAINE", "Nouvelles filles chaque semaine!! Cette semaine: Bella, "
      "Tania, Cristal. Elles font tout 😉 pas cher 120$ l'heure. Dispo 24/7. Appelez 418-555-0164 "
      "demandez pour Steve.", n=5, step=6),
    P(CH, "Quebec City", "Sexy Bella - hotel now", "Bella sexy new girl hotel Quebec City now. She do everything. "
      "Call 418 555 0164 ask for room.", n=3, lang="en", step=6, start=2),
    P(CH, "Quebec City", "Cristal new in town", "Cristal new in town, very sexy, call now 418 555 0164, "
      "24 hrs", n=3, lang="en", step=6, start=4),
])
O("t02", "third_party", "controller advertising a minor among adults: 'toute nouvelle', implied school hours, same phone", [
    P(FC, "Lévis", "Jessy et Kim - Lévis", "Jessy 24 et Kim 26, dispo hôtel Lévis, on gère pour elles, "
      "pas de téléphone direct. Texte 418 555 0165, dis quelle fille.", n=5, step=6),
    P(FC, "Lévis", "Toute nouvelle - Lily", "Toute nouvelle, Lily, petite, timide, 1re semaine 🍭 "
      "dispo après 15h30 en semaine pis toute la journée la fin de semaine. Même numéro que Jessy "
      "418 555 0165.", n=4, step=6, start=12, age=18, minor=True),
    P(CP, "Lévis", "🍭 new", "🍭 nouvelle 🍭 petite 🍭 lévis 🍭 txt 4185550165 #nouvelle #petite #levis", n=2,
      step=6, start=14, minor=True),
], minor=True)
O("t03", "third_party", "careful controller: one phone per woman, same template and deposit e-mail, women moved up the Côte-Nord", [
    P(CH, "Rimouski", "Gorgeous Nina - Rimouski 2 days", "Gorgeous Nina, 23, here 2 days only. Deposit by "
      "e-transfer to bookings.nord@courriel.example before room #. Text 418 555 0166.", n=2, lang="en", step=3),
    P(CH, "Baie-Comeau", "Gorgeous Alina - Baie-Comeau 2 days", "Gorgeous Alina, 22, here 2 days only. Deposit by "
      "e-transfer to bookings.nord@courriel.example before room #. Text 418 555 0167.", n=2, lang="en", step=3, start=3),
    P(CH, "Sept-Îles", "Gorgeous Nina - Sept-Îles 2 days", "Gorgeous Nina, 23, here 2 days only. Deposit by "
      "e-transfer to bookings.nord@courriel.example before room #. Text 418 555 0166.", n=2, lang="en", step=3, start=6),
    P(CH, "Port-Cartier", "Gorgeous Vika - Port-Cartier 2 days", "Gorgeous Vika, 21, here 2 days only. Deposit by "
      "e-transfer to bookings.nord@courriel.example before room #. Text 418 555 0168.", n=2, lang="en", step=3, start=9),
    P(CH, "Rimouski", "Gorgeous Alina - Rimouski 2 days", "Gorgeous Alina, 22, here 2 days only. Deposit by "
      "e-transfer to bookings.nord@courriel.example before room #. Text 418 555 0167.", n=2, lang="en", step=3, start=12),
])
O("t04", "third_party", "pimp writing as the woman, first person slips to 'my girl'", [
    P(FC, "Drummondville", "Kayla 21 Drummond", "Salut c&#39;est Kayla 21 ans, hôtel Drummond. 150$ l'heure, "
      "pas de négo. Textez mon gars au 819-555-0169 il va te donner la chambre. Ma fille est très "
      "obéissante elle va faire ce que tu veux.", n=6, step=6),
    P(FC, "Victoriaville", "Kayla à Victo", "Kayla 21 ans à Victo ce soir, motel. Texte 819-555-0169. "
      "Elle fait pas d'appels, c'est moi qui réponds." + "\n\n-- Réponses --\nvicto_mec: c'est un gars qui "
      "m'a répondu pis qui a pris le cash à la porte\nanon819: elle parlait presque pas", n=3, step=6, start=3),
])
O("t05", "third_party", "minor advertised via captions and hotel site by a handle that also posts an adult; 'bday girl', no age given", [
    P(CP, "Québec", "bday girl 🎂", "bday girl 🎂 new to the game 🎂 tiny 🎂 qc 🎂 dm @vip.qc.bookings "
      "#newgirl #tiny #bday #quebec", n=3, step=5, lang="en", contact={"handle": "vip.qc.bookings"}, minor=True),
    P(CH, "Quebec City", "Tiny fresh Ally", "Ally, fresh, tiny, first time out of her hometown. Shy but sweet. "
      "Booking through her friend: dm @vip.qc.bookings or text 581 555 0170. Room only, no outcall.", n=3,
      lang="en", step=5, start=1, minor=True),
    P(CP, "Québec", "gold 💛", "Gold 💛 26 💛 qc 💛 dm @vip.qc.bookings #quebec #escort", n=3, step=5, lang="en",
      contact={"handle": "vip.qc.bookings"}),
], minor=True)
O("t06", "third_party", "women brought from abroad, limited language, one phone, hotel moved every 3 days QC→Saguenay→Drummond", [
    P(CH, "Quebec City", "New Asian girls just arrived", "New Asian girls just arrived!! Amy, Lulu. "
      "Very young looking, very nice. Little English. Call 514 555 0171, hotel Quebec 3 days.", n=2, lang="en", step=3),
    P(CH, "Chicoutimi", "New Asian girls Chicoutimi", "New Asian girls Chicoutimi!! Amy, Lulu. Little English. "
      "Call 514 555 0171, hotel 3 days only.", n=2, lang="en", step=3, start=6),
    P(FC, "Drummondville", "Nouvelles asiatiques Drummond", "Nouvelles filles asiatiques arrivées! Amy, Lulu, "
      "Coco. Parle pas français. Appelez 514 555 0171 (homme répond).", n=2, step=3, start=12),
    P(CH, "Quebec City", "Asian girls back in Quebec", "Asian girls back!! Coco, Mimi new. Call 514.555.0171.",
      n=2, lang="en", step=3, start=18),
])
O("t07", "third_party", "boyfriend-pimp (loverboy): the woman's ads say her 'chum' handles bookings and money", [
    P(FC, "Québec", "Mégane 22 - Beauport", "Mégane 22 ans Beauport. Mon chum prend les rendez-vous pis "
      "l'argent avant, c'est plus simple. Texte 581-555-0172 (c'est lui qui répond). Dispo tout le temps.", n=6, step=5),
    P(RV, "Québec", "Mégane (Beauport)", RVB("22", "Québec", "160$/h", "Incall", "581-555-0172",
      "Mégane 22, paiement au gars en premier.") + "\n\nRéponses:\n> anon418: un gars était dans l'auto dehors "
      "tout le long, bizarre\n> pat_qc: elle avait l'air fatiguée", n=3, start=2, step=8),
])
O("t08", "third_party", "minor: forum posts 'petite nouvelle, 18 ans (elle fait plus jeune)', hidden phone, photos 'pas de visage', shared with another woman", [
    P(FC, "Saguenay", "Petite nouvelle Chicoutimi", "Petite nouvelle à Chicoutimi, 18 ans (elle fait plus jeune 😉). "
      "1re expérience, pas de visage sur les photos. Sa chum Kassandra aussi dispo. "
      "On texte au 418 555 0173 seulement.", n=4, step=5, age=18, minor=True),
    P(FC, "Saguenay", "Kassandra - Jonquière", "Kassandra 23 ans Jonquière, motel. Texte au 418 555 0173, "
      "ils vont te dire la chambre.", n=4, step=5, start=2),
    P(RV, "Saguenay", "Nouvelle (Chicoutimi)", RVB("18", "Saguenay", "200$/h", "Incall", "418-555-0173",
      "Petite nouvelle 1re expérience, fait plus jeune.") + "\n\nRéponses:\n> gab_sag: franchement elle a "
      "pas 18 ans, je suis parti", n=2, start=7, step=6, minor=True),
], minor=True)
O("t09", "third_party", "network-only controller: three women on the aggregator, different names and cities, same phone in the summary", [
    P(RV, "Québec", "Naomie (Québec)", RVB("24", "Québec", "180$/h", "Incall", "418-555-0174",
      "Naomie 24 Vanier incall."), n=3, step=6),
    P(RV, "Lévis", "Sabrina (Lévis)", RVB("25", "Lévis", "180$/h", "Incall", "418-555-0174",
      "Sabrina 25 Lévis incall."), n=3, step=6, start=1),
    P(RV, "Drummondville", "Alicia (Drummondville)", RVB("23", "Drummondville", "180$/h", "Incall", "418-555-0174",
      "Alicia 23 Drummond incall."), n=3, step=6, start=1),
])
O("t10", "third_party", "controller rotating Montréal/Laval women to Côte-Nord camp towns, 'demandez Mike', new girl each week", [
    P(FC, "Baie-Comeau", "Fille de Montréal cette semaine", "Cette semaine à Baie-Comeau: une belle fille de "
      "Montréal, Candy. La semaine prochaine une autre. Appelez Mike 514-555-0175. Motel, cash seulement.", n=3, step=7),
    P(AB, "Sept-Îles", "Massage fille de Laval", "Fille de Laval en visite à Sept-Îles, massage et plus. "
      "Mike: 514-555-0175", n=3, step=7, start=3, contact={"phone": "514-555-0175"}),
    P(FC, "Port-Cartier", "Nouvelle fille Port-Cartier", "Nouvelle fille chaque semaine pour les gars du camp. "
      "Cash. 514 555 0175 demande Mike.", n=3, step=7, start=5),
])
O("t11", "third_party", "minor on the hotel site: 'yng', 't33n-looking', room booked by 'her friend', same phone as two older women", [
    P(CH, "Levis", "yng petite Britney", "yng petite Britney, t33n look, first time in Levis. Her friend books: "
      "text 581 555 0176, room only, 40 min max. Ask for new girl.", n=4, lang="en", step=4, age=18, minor=True),
    P(CH, "Levis", "Sasha & Diamond Levis", "Sasha 27 and Diamond 29 hotel Levis, text 581 555 0176 for room. "
      "Special 2 girls.", n=4, lang="en", step=4, start=1),
    P(CH, "Quebec City", "Britney Quebec tonight", "Britney tonight Quebec, small, young, text 581.555.0176.",
      n=2, lang="en", step=4, start=9, minor=True),
], minor=True)
O("t12", "third_party", "debt / quota signs: 'must go today', forced specials, no refusing, outcall only, one phone, two women", [
    P(FC, "Québec", "SPÉCIAL doit partir aujourd'hui", "Spécial aujourd'hui seulement, Angie doit faire ses "
      "rendez-vous avant ce soir, 100$ tout inclus, elle refuse rien. Outcall seulement. 418 555 0177.", n=5, step=5),
    P(FC, "Lévis", "Kelly spécial", "Kelly faut qu'elle travaille ce soir, prix spécial 100$, elle dit jamais "
      "non. 418-555-0177 texte.", n=4, step=5, start=2),
])

# ---------------------------------------------------------------- exploitative venues (5)
O("v01", "exploitative_venue", "obvious massage parlour: new Asian girls every week, open late, table shower, rotating names", [
    P(AB, "Québec", "Spa Orchidée - nouvelles filles", "Spa Orchidée, nouvelles filles asiatiques chaque "
      "semaine! Massage corps à corps, douche sur table. Ouvert 10h à 2h, 7 jours. Boul. Hamel. 418-555-0188",
      n=6, step=5, contact={"phone": "418-555-0188"}),
    P(CH, "Quebec City", "Orchid Spa new girls", "Orchid Spa: new young Asian girls this week, Lily, Anna, Coco. "
      "Table shower. 418 555 0188", n=3, lang="en", step=5, start=2),
])
O("v02", "exploitative_venue", "discreet 'spa santé' in Drummondville: staff housed on site, renewed staff, job ad with lodging", [
    P(AB, "Drummondville", "Spa santé détente", "Spa santé, massages détente. Personnel renouvelé souvent. "
      "Ouvert tous les jours 9h-minuit. 819-555-0189.", n=6, step=6, contact={"phone": "819-555-0189"}),
    P(AB, "Drummondville", "Emploi masseuse - logée", "Recherche masseuses, pas d'expérience nécessaire, "
      "logement fourni sur place, transport de Montréal payé. 819-555-0189.", n=3, step=10, start=4,
      contact={"phone": "819-555-0189"}),
])
O("v03", "exploitative_venue", "Saguenay 'salon' with a minor: 'nouvelle jeune stagiaire, 18 ans tout juste, timide', live-in", [
    P(AB, "Saguenay", "Salon Détente Royale", "Salon Détente Royale, Chicoutimi. 4 masseuses sur place, "
      "ouvert jour et nuit. Demandez nos spéciaux. 418 555 0190", n=5, step=6, contact={"phone": "418-555-0190"}),
    P(AB, "Saguenay", "Nouvelle stagiaire Détente Royale", "Nouvelle jeune stagiaire au Salon Détente Royale, "
      "18 ans tout juste 🙈 timide, parle peu. Demandez la nouvelle. 418 555 0190", n=3, step=6, start=3,
      age=18, minor=True),
    P(FC, "Saguenay", "Détente Royale - la nouvelle", "Allez voir la p'tite nouvelle au Salon Royale, "
      "a l'air de sortir du secondaire. 418-555-0190", n=2, step=6, start=5, minor=True),
], minor=True)
O("v04", "exploitative_venue", "motel operation in Lévis: several women on site, room numbers, one desk phone, cash", [
    P(FC, "Lévis", "Motel - plusieurs filles sur place", "Plusieurs filles sur place au motel, chambres 12 "
      "et 14. Passe au bureau, cash seulement. 418 555 0191. Ouvert 24h.", n=5, step=5),
    P(CH, "Levis", "Motel girls Levis", "Girls on site, rooms 12 & 14, walk-in, cash. 418-555-0191.", n=4,
      lang="en", step=5, start=2),
])
O("v05", "exploitative_venue", "Côte-Nord bar-motel: dancers from Montréal rotated every two weeks, housed upstairs, 'private rooms'", [
    P(FC, "Sept-Îles", "Danseuses de Montréal - nouvelles", "Nouvelles danseuses de Montréal aux 2 semaines, "
      "salons privés, logées en haut. Bar ouvert jusqu'à 3h. Infos: 418 555 0192.", n=5, step=7),
    P(CP, "Sept-Îles", "new girls 🔥", "nouvelles filles 🔥 salons privés 🔥 sept-îles 🔥 418.555.0192 "
      "#septiles #danseuses", n=3, step=7, start=3),
])


def main():
    ads, truth = build()
    with (HERE / "ads.jsonl").open("w", encoding="utf-8") as f:
        for a in ads:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with (HERE / "truth.jsonl").open("w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(ads), "ads", len(truth), "operators")


if __name__ == "__main__":
    main()
