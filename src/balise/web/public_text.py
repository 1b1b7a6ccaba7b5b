"""Interface text of the public pages and the tip line, key -> (French, English).

Merged into ``balise.web.i18n.TEXT``; kept here so the public side's wording lives in one place.
The long explanations are in the ``templates/public/*_fr.html`` / ``*_en.html`` pages.
"""

from __future__ import annotations

PUBLIC_TEXT: dict[str, tuple[str, str]] = {
    "nav.tips": ("Signalements", "Tips"),
    "public.title": ("Exploitation et traite : s'informer, aider", "Exploitation and trafficking"),
    "public.nav": ("Pages d'information", "Information pages"),
    "public.home": ("Accueil", "Home"),
    "public.signs": ("Les signes", "Signs"),
    "public.recruitment": ("Comment on est entraîné", "How people are drawn in"),
    "public.help": ("Obtenir de l'aide", "Get help"),
    "public.tip": ("Signaler anonymement", "Report anonymously"),
    "public.other_lang": ("English", "Français"),
    "public.emergency": (
        "Danger immédiat : composez le 911.",
        "Immediate danger: call 911.",
    ),
    "public.hotline": (
        "Ligne d'urgence canadienne contre la traite de personnes (24 h/24, confidentielle, "
        "plus de 200 langues) :",
        "Canadian Human Trafficking Hotline (24/7, confidential, 200+ languages):",
    ),
    "public.respect": (
        "Le travail du sexe autonome d'adultes consentants n'est pas ce que nous cherchons. "
        "Ces pages visent l'exploitation : la contrainte, la dette, le contrôle, les mineurs.",
        "Independent work by consenting adults is not what we look for. These pages are about "
        "exploitation: coercion, debt, control, minors.",
    ),
    "public.orgs": ("Organismes d'aide de la région", "Local support organisations"),
    "public.orgs.none": (
        "Le répertoire est en cours de constitution; appelez la ligne d'urgence.",
        "The directory is being built; call the hotline.",
    ),
    "public.orgs.languages": ("Langues", "Languages"),
    "public.orgs.accepts": ("Accueille", "Welcomes"),
    "tips.title": ("Signaler anonymement", "Report anonymously"),
    "tips.intro": (
        "Vous avez vu quelque chose qui vous inquiète? Dites-le ici. Aucun compte n'est "
        "nécessaire, et nous ne conservons ni votre adresse IP ni aucun traceur avec votre "
        "signalement.",
        "Did you see something that worries you? Tell us here. No account is needed, and we "
        "keep neither your IP address nor any tracker with your tip.",
    ),
    "tips.not_emergency": (
        "Ce formulaire n'est pas surveillé en continu. En cas de danger, composez le 911.",
        "This form is not watched around the clock. If someone is in danger, call 911.",
    ),
    "tips.text": ("Ce que vous avez vu (obligatoire)", "What you saw (required)"),
    "tips.place": ("Où (ville, quartier, lieu)", "Where (city, neighbourhood, place)"),
    "tips.seen_at": ("Quand", "When"),
    "tips.ad": ("Détails d'une annonce (facultatif)", "Details of an ad (optional)"),
    "tips.phone": ("Numéro de téléphone de l'annonce", "Phone number in the ad"),
    "tips.handle": (
        "Pseudonyme (Snapchat, Instagram, etc.)",
        "Handle (Snapchat, Instagram, etc.)",
    ),
    "tips.url": ("Lien de l'annonce", "Link to the ad"),
    "tips.reach": (
        "Comment vous joindre, si vous le souhaitez (facultatif)",
        "How to reach you, if you wish (optional)",
    ),
    "tips.reach_hint": (
        "Laissez vide pour rester entièrement anonyme.",
        "Leave empty to stay fully anonymous.",
    ),
    "tips.honeypot": ("Ne pas remplir ce champ", "Do not fill in this field"),
    "tips.submit": ("Envoyer le signalement", "Send the tip"),
    "tips.max": ("caractères au plus", "characters at most"),
    "tips.thanks": ("Merci, votre signalement est reçu", "Thank you, your tip was received"),
    "tips.reference": ("Votre numéro de référence :", "Your reference number:"),
    "tips.reference_hint": (
        "Notez-le : il permet de mentionner ce signalement plus tard (par exemple à la ligne "
        "d'urgence). Il ne permet pas de vous identifier.",
        "Write it down: you can quote it later (for example to the hotline). It does not "
        "identify you.",
    ),
    "tips.another": ("Faire un autre signalement", "Send another tip"),
    "tips.error.fix": (
        "Le signalement n'a pas été enregistré. Corrigez les champs indiqués.",
        "The tip was not saved. Please fix the fields shown.",
    ),
    "tips.error.required": (
        "Décrivez ce que vous avez vu (au moins 10 caractères).",
        "Please describe what you saw (at least 10 characters).",
    ),
    "tips.error.too_long": ("Trop long : au plus", "Too long: at most"),
    "tips.error.not_text": ("Ce champ doit contenir du texte.", "This field must be text."),
    "tips.error.url": (
        "Le lien doit commencer par http:// ou https://.",
        "The link must start with http:// or https://.",
    ),
    "tips.error.control": (
        "Ce champ contient des caractères invalides.",
        "This field contains invalid characters.",
    ),
    "tips.error.rate": (
        "Trop de signalements en peu de temps depuis cette connexion. Réessayez dans "
        "10 minutes. En cas de danger, composez le 911.",
        "Too many tips from this connection in a short time. Try again in 10 minutes. If "
        "someone is in danger, call 911.",
    ),
    "tips.error.body": (
        "Le signalement est trop volumineux. Raccourcissez le texte.",
        "The tip is too large. Please shorten the text.",
    ),
    "tips.queue.title": ("Signalements du public", "Tips from the public"),
    "tips.queue.empty": ("Aucun signalement.", "No tip."),
    "tips.queue.urgent": ("Urgent : personne mineure possible", "Urgent: possible minor"),
    "tips.queue.received": ("Reçu (à l'heure près)", "Received (to the hour)"),
    "tips.queue.place": ("Lieu", "Place"),
    "tips.queue.when": ("Quand", "When"),
    "tips.queue.ad": ("Annonce", "Ad"),
    "tips.queue.reach": ("Joindre le signaleur", "Reach the tipster"),
    "tips.queue.identifiers": ("Identifiants extraits", "Extracted identifiers"),
    "tips.queue.links": ("Pistes liées", "Linked leads"),
    "tips.queue.no_link": ("Aucune piste liée", "No linked lead"),
    "tips.queue.unplaced": ("lieu inconnu : visible par tous les services", "place unknown"),
    "tips.cluster.title": ("Signalements du public liés", "Linked tips from the public"),
    "tips.cluster.shares": ("partage", "shares"),
}
