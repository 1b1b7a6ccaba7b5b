"""Interface text in French (default, Québec) and English.

One table, key -> (French, English). A missing key shows the key itself, and a test checks
that every key the templates use is in the table.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from balise.web.public_text import PUBLIC_TEXT

LANGS = ("fr", "en")

TEXT: dict[str, tuple[str, str]] = {
    "app.name": ("Balise", "Balise"),
    "app.tagline": (
        "Repérer les personnes exploitées, épargner les travailleuses autonomes",
        "Find exploited people, spare independent workers",
    ),
    "nav.queue": ("File de triage", "Triage queue"),
    "nav.cases": ("Dossiers", "Cases"),
    "nav.referrals": ("Références reçues", "Referrals received"),
    "nav.users": ("Utilisateurs", "Users"),
    "nav.organisations": ("Organismes", "Organisations"),
    "nav.audit": ("Journal d'audit", "Audit log"),
    "nav.logout": ("Se déconnecter", "Log out"),
    "nav.skip": ("Aller au contenu", "Skip to content"),
    "lang.switch": ("English", "Français"),
    "login.title": ("Connexion", "Sign in"),
    "login.username": ("Nom d'utilisateur", "Username"),
    "login.password": ("Mot de passe", "Password"),
    "login.submit": ("Se connecter", "Sign in"),
    "login.failed": ("Nom d'utilisateur ou mot de passe incorrect.", "Wrong username or password."),
    "login.throttled": (
        "Trop de tentatives. Réessayez dans quelques minutes.",
        "Too many attempts. Try again in a few minutes.",
    ),
    "queue.title": ("File de triage", "Triage queue"),
    "queue.filters": ("Filtres", "Filters"),
    "queue.category": ("Catégorie", "Category"),
    "queue.place": ("Lieu", "Place"),
    "queue.jurisdiction": ("Touche aussi le territoire de", "Also touches the territory of"),
    "queue.since": ("Nouveaux depuis", "New since"),
    "queue.status": ("Statut", "Status"),
    "queue.status.new": ("Sans dossier", "No case yet"),
    "queue.status.case": ("Dossier ouvert", "Case opened"),
    "queue.flagged_only": ("Signalés seulement", "Flagged only"),
    "queue.shared_only": (
        "Partagées avec un autre corps seulement",
        "Shared with another force only",
    ),
    "queue.apply": ("Filtrer", "Filter"),
    "queue.any": ("Tous", "Any"),
    "queue.score": ("Score", "Score"),
    "queue.flag": ("Signalé", "Flagged"),
    "queue.lead": ("Piste", "Lead"),
    "queue.ads": ("Annonces", "Ads"),
    "queue.cities": ("Lieux", "Places"),
    "queue.indicators": ("Principaux indicateurs", "Top indicators"),
    "queue.total": ("pistes", "leads"),
    "queue.empty": ("Aucune piste pour ces filtres.", "No lead matches these filters."),
    "queue.prev": ("Précédent", "Previous"),
    "queue.next": ("Suivant", "Next"),
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    "cat.trafficking": ("traite", "trafficking"),
    "cat.minor": ("personne mineure", "minor"),
    "cat.exploitative-venue": ("lieu exploitant", "exploitative venue"),
    "cluster.title": ("Piste", "Lead"),
    "cluster.stale": (
        "Ce regroupement n'est plus dans la dernière analyse; il est conservé pour ses dossiers.",
        "This cluster is not in the latest analysis; it is kept for its cases.",
    ),
    "cluster.score": ("Décomposition du score", "Score breakdown"),
    "cluster.indicator": ("Indicateur", "Indicator"),
    "cluster.weight": ("Poids", "Weight"),
    "cluster.contribution": ("Contribution", "Contribution"),
    "cluster.evidence": ("Éléments de preuve", "Evidence"),
    "cluster.timeline": ("Chronologie des annonces", "Ads over time"),
    "cluster.path": ("Parcours entre les lieux", "Path through places"),
    "cluster.network": ("Réseau des annonces et identifiants", "Network of ads and identifiers"),
    "cluster.links": ("Pourquoi ces annonces sont regroupées", "Why these ads are together"),
    "cluster.ads": ("Annonces", "Ads"),
    "cluster.more_ads": ("annonces de plus ne sont pas affichées", "more ads are not shown"),
    "cluster.open_case": ("Ouvrir un dossier", "Open a case"),
    "cluster.case_title": ("Titre du dossier", "Case title"),
    "cluster.cases": ("Dossiers de mon service", "My agency's cases"),
    "cluster.identifiers": ("Identifiants", "Identifiers"),
    "cluster.photo": ("Photo", "Photo"),
    "cluster.reveal": ("Afficher la photo (consigné)", "Reveal photo (recorded)"),
    "cluster.photo_blurred": ("Photo floutée", "Blurred photo"),
    "cluster.posted": ("Publiée le", "Posted"),
    "cluster.sharing": ("Partage avec d'autres corps policiers", "Sharing with other forces"),
    "case.title": ("Dossier", "Case"),
    "case.list": ("Dossiers de mon service", "My agency's cases"),
    "case.none": ("Aucun dossier.", "No case."),
    "case.lead": ("Piste", "Lead"),
    "case.status": ("Statut", "Status"),
    "case.status.open": ("ouvert", "open"),
    "case.status.in-progress": ("en cours", "in progress"),
    "case.status.closed": ("fermé", "closed"),
    "case.assigned": ("Assigné à", "Assigned to"),
    "case.nobody": ("personne", "nobody"),
    "case.persons": ("Personnes préoccupantes", "Persons of concern"),
    "case.safety": ("Préoccupations pour la sécurité", "Safety concerns"),
    "case.languages": ("Langues parlées", "Languages spoken"),
    "case.minor": ("Personne mineure soupçonnée", "Minor suspected"),
    "case.save": ("Enregistrer", "Save"),
    "case.notes": ("Notes", "Notes"),
    "case.add_note": ("Ajouter la note", "Add note"),
    "case.note": ("Note", "Note"),
    "case.actions": ("Actions", "Actions"),
    "case.action_kind": ("Type d'action", "Kind of action"),
    "case.kind.outreach": ("Tentative de contact (intervention)", "Outreach attempt"),
    "case.kind.referral": ("Référence vers un organisme", "Referral to an organisation"),
    "case.kind.investigation": ("Enquête sur la tierce partie", "Investigation of the third party"),
    "case.organisation": ("Organisme (pour une référence)", "Organisation (for a referral)"),
    "case.detail": ("Détails", "Details"),
    "case.add_action": ("Ajouter l'action", "Add action"),
    "case.disposition": ("Issue du dossier", "Case outcome"),
    "case.outcome": ("Issue", "Outcome"),
    "case.record_outcome": ("Consigner l'issue", "Record outcome"),
    "case.updated": ("Mis à jour", "Updated"),
    "case.accepts": ("Accepte", "Accepts"),
    "outcome.confirmed-exploitation": ("Exploitation confirmée", "Confirmed exploitation"),
    "outcome.confirmed-minor": ("Personne mineure confirmée", "Confirmed minor"),
    "outcome.independent-adult": (
        "Adulte autonome, aucune action",
        "Independent adult, no action",
    ),
    "outcome.no-exploitation": ("Aucune exploitation constatée", "No exploitation found"),
    "outcome.unclear": ("Indéterminé", "Unclear"),
    "action.status.planned": ("prévue", "planned"),
    "action.status.done": ("faite", "done"),
    "action.status.accepted": ("acceptée", "accepted"),
    "action.status.declined": ("refusée", "declined"),
    "accepts.minors": ("mineures", "minors"),
    "accepts.women": ("femmes", "women"),
    "accepts.men": ("hommes", "men"),
    "accepts.trans": ("personnes trans", "trans people"),
    "referrals.title": ("Références reçues par mon organisme", "Referrals to my organisation"),
    "referrals.none": ("Aucune référence.", "No referral."),
    "referrals.from": ("De", "From"),
    "referrals.update": ("Mettre à jour", "Update"),
    "users.title": ("Utilisateurs", "Users"),
    "users.add": ("Ajouter un utilisateur", "Add a user"),
    "users.agency": ("Service ou organisme", "Agency or organisation"),
    "users.role": ("Rôle", "Role"),
    "users.active": ("Actif", "Active"),
    "users.disable": ("Désactiver", "Disable"),
    "users.enable": ("Réactiver", "Enable"),
    "role.analyst": ("analyste", "analyst"),
    "role.supervisor": ("superviseur", "supervisor"),
    "role.partner": ("intervenant·e d'un organisme partenaire", "partner caseworker"),
    "role.admin": ("administrateur", "administrator"),
    "orgs.title": ("Répertoire des organismes partenaires", "Directory of partner organisations"),
    "orgs.add": ("Ajouter un organisme", "Add an organisation"),
    "orgs.id": ("Identifiant", "Id"),
    "orgs.name": ("Nom", "Name"),
    "orgs.languages": ("Langues (séparées par des virgules)", "Languages (comma-separated)"),
    "audit.title": ("Journal d'audit", "Audit log"),
    "audit.verified": ("Chaîne vérifiée : intacte", "Chain verified: intact"),
    "audit.broken": ("Chaîne altérée à l'entrée", "Chain tampered at entry"),
    "audit.export": ("Exporter (JSONL)", "Export (JSONL)"),
    "audit.when": ("Quand", "When"),
    "audit.who": ("Qui", "Who"),
    "audit.action": ("Action", "Action"),
    "audit.object": ("Objet", "Object"),
    "audit.detail": ("Détail", "Detail"),
    "error.not_found": ("Introuvable.", "Not found."),
    "error.forbidden": ("Accès refusé.", "Access denied."),
    "error.bad_request": ("Requête invalide.", "Bad request."),
    "nav.share": ("Partage", "Sharing"),
    "share.title": ("Partage entre corps policiers", "Sharing between police forces"),
    "share.leads": ("Pistes partagées", "Shared leads"),
    "share.lead": ("Piste", "Lead"),
    "share.score": ("Score", "Score"),
    "share.places": ("Lieux", "Places"),
    "share.flagged": ("signalée", "flagged"),
    "share.shared": ("Partagée", "Shared"),
    "share.also_held": ("aussi détenue par", "also held by"),
    "share.not_shared": ("Aucun autre corps ne détient cette piste.", "No other force holds it."),
    "share.none": ("Aucune piste partagée.", "No shared lead."),
    "share.path": ("Trajet entre les territoires", "Path between territories"),
    "share.ads": ("annonces", "ads"),
    "share.overlaps": ("Recoupements", "Overlaps"),
    "share.also_holds": ("détient aussi", "also holds"),
    "share.no_overlaps": ("Aucun recoupement connu.", "No known overlap."),
    "share.kind.phone": ("ce téléphone", "this phone"),
    "share.kind.email": ("ce courriel", "this email"),
    "share.kind.handle": ("ce pseudonyme", "this handle"),
    "share.kind.photo": ("cette photo", "this photo"),
    "share.disclosures": ("Divulgations", "Disclosures"),
    "share.disclosure": ("Divulgation", "Disclosure"),
    "share.no_disclosures": ("Aucune divulgation.", "No disclosure."),
    "share.holder": ("Corps détenteur", "Holding force"),
    "share.requester": ("Demandeur", "Requester"),
    "share.reason": ("Motif", "Reason"),
    "share.status": ("État", "Status"),
    "share.status.requested": ("demandée", "requested"),
    "share.status.approved": ("approuvée", "approved"),
    "share.status.refused": ("refusée", "refused"),
    "share.approve": ("Approuver", "Approve"),
    "share.refuse": ("Refuser", "Refuse"),
    "share.open": ("Consulter", "Open"),
    "share.request": ("Demander une divulgation", "Request a disclosure"),
    "share.case": ("Dossier", "Case"),
    "share.keys": ("Clés du consortium", "Consortium keys"),
    "share.keys.help": (
        "Le secret n'est jamais affiché : transmettez-le aux autres déploiements hors ligne.",
        "The secret is never shown: send it to the other deployments out of band.",
    ),
    "share.keys.none": ("Aucune clé.", "No key."),
    "share.keys.rotate": ("Remplacer la clé active", "Rotate the active key"),
    "share.key_id": ("Identifiant", "Id"),
    "share.created": ("Créée", "Created"),
    "share.key.active": ("active", "active"),
    "share.key.retired": ("retirée", "retired"),
    "saved": ("Enregistré.", "Saved."),
}
TEXT.update(PUBLIC_TEXT)  # the public pages and the tip line (balise.web.public_text)


def translator(lang: str) -> Callable[[str], str]:
    """A function giving the text of a key in ``lang`` (French when unknown)."""
    index = 1 if lang == "en" else 0

    def t(key: str) -> str:
        entry = TEXT.get(key)
        return entry[index] if entry else key

    return t


@cache
def _indicator_labels() -> dict[str, tuple[str, str]]:
    try:
        from balise.indicators.registry import all_indicators

        return {i.id: (i.label_fr, i.label_en) for i in all_indicators()}
    except Exception:  # the library is optional for the app: fall back to the ids
        return {}


def indicator_namer(lang: str) -> Callable[[str], str]:
    """A function giving an indicator's label in ``lang`` from the library (else its id)."""
    index = 1 if lang == "en" else 0

    def name(indicator_id: str) -> str:
        entry = _indicator_labels().get(indicator_id)
        return entry[index] if entry else indicator_id

    return name
