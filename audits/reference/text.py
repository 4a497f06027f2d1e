"""French text normalisation shared by the build (labels) and the classifier (job-ad titles).

Both sides MUST go through the same functions, otherwise an appellation and the title that names it
would not meet in the index. Everything here is pure and deterministic.
"""

from __future__ import annotations

import re
import unicodedata

# Some ROME CSV fields carry SQL-style doubled apostrophes ("l''insertion") and lost ligatures ("gros uvre").
_DOUBLE_APOSTROPHE = re.compile(r"''")
_LOST_OE = re.compile(r"\b(gros|main d'|hors d'|d'|chef d'|man)\s?uvre", re.IGNORECASE)


def clean_rome_text(text: str) -> str:
    """Repair the export artefacts of ROME free texts so that evidence sentences read naturally."""
    text = _DOUBLE_APOSTROPHE.sub("'", text)
    text = text.replace("\u2019", "'")
    text = _LOST_OE.sub(lambda m: f"{m.group(1)}{'' if m.group(1).endswith(chr(39)) else ' '}œuvre", text)
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """Lower-case, strip accents, map œ/æ, keep letters, digits and single spaces."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


# --- gendered labels ----------------------------------------------------------------------------------------


def split_gendered_label(label: str) -> tuple[str, str | None]:
    """Split a ROME label "Agent / Agente de conditionnement" into ("Agent de conditionnement",
    "Agente de conditionnement"). ROME writes the masculine head, " / ", then the feminine head followed by the
    shared complement; the masculine head has as many words as the feminine head, which tells us where the
    complement starts. Labels without " / " have one form only (feminine None)."""
    if " / " not in label:
        return label.strip(), None
    left, right = label.split(" / ", 1)
    left_words = left.split()
    right_words = right.split()
    n = len(left_words)
    if n == 0 or len(right_words) < n:
        return label.strip(), None
    feminine_head = right_words[:n]
    complement = right_words[n:]
    masculine = " ".join(left_words + complement)
    feminine = " ".join(feminine_head + complement)
    return masculine, feminine


# --- job-ad titles --------------------------------------------------------------------------------------------

# "(H/F)", "H/F/X", "F/H", "(h/f/x)", "M/F", "(H-F)" ... gender markers added by job boards.
_GENDER_MARKER = re.compile(
    r"[\(\[]?\s*\b(?:h\s*[/\-\\|]\s*f|f\s*[/\-\\|]\s*h|m\s*[/\-\\|]\s*f|f\s*[/\-\\|]\s*m|h\s*[/\-\\|]\s*f\s*[/\-\\|]\s*x|"
    r"f\s*[/\-\\|]\s*h\s*[/\-\\|]\s*x|x\s*[/\-\\|]\s*h\s*[/\-\\|]\s*f)\b(?:\s*[/\-\\|]\s*x\b)?\s*[\)\]]?",
    re.IGNORECASE,
)
# Inclusive-writing suffixes glued to a word: vendeur·euse, vendeur.euse, vendeur-euse, animateur.rice,
# vendeur(se), assistant(e), administratif(ve), conducteur(trice), salarié·e·s. We keep the masculine stem:
# ROME labels always carry the masculine form, so the masculine title meets them.
_INCLUSIVE_PAREN = re.compile(r"(?<=[A-Za-zÀ-ÿ])\(\s*(?:e|es|se|ve|ne|le|te|euse|rice|trice|ère|ere|ière|iere|eure|fe)\s*\)", re.IGNORECASE)
_INCLUSIVE_DOT = re.compile(
    r"(?<=[A-Za-zÀ-ÿ])[·•.\-](?:e|es|se|ve|ne|le|te|euse|euses|rice|rices|trice|trices|ère|ere|ière|iere|eure|fe)"
    r"(?:[·•.](?:s))?\b",
    re.IGNORECASE,
)
_PAREN_ANY = re.compile(r"\(([^()]*)\)")

# Words that say something about the contract, the schedule or the hiring, never about the occupation.
NOISE_WORDS: frozenset[str] = frozenset(
    """
    cdi cdd interim interimaire temps plein partiel complet mi urgent urgence recrutement recrute recherche
    recherchons poste postes h f x hf fh hfx m nuit jour journee journees horaires horaire matin soir week end
    weekend we heures heure h35 35h 39h mois ans an semaine semaines contrat alternance apprentissage stage stagiaire
    saisonnier saison saisonniere ete hiver immediat immediatement debutant debutants accepte acceptes confirme
    confirmee experimente experimentee senior junior qualifie qualifiee polyvalence
    pour de la le les du des en a au aux et ou sur avec dans chez d l un une
    mission missions offre emploi job jobs cdi100 etp salaire brut net
    """.split()
)
# Words that are noise only when alone in a title are not listed; "agent", "chef"... stay meaningful.

_PERCENT = re.compile(r"\b\d+\s*%")
_NUMBER = re.compile(r"\b\d+\b")


def strip_title_noise(title: str) -> str:
    """Remove gender markers, inclusive-writing suffixes and bracketed noise, keep the occupation words."""
    t = title.replace("\u2019", "'")
    t = _GENDER_MARKER.sub(" ", t)
    t = _INCLUSIVE_PAREN.sub("", t)
    t = _INCLUSIVE_DOT.sub("", t)
    t = _PERCENT.sub(" ", t)
    # Bracketed content is often an acronym that helps ("(ASH)", "(AES)") - keep it, drop the brackets.
    t = _PAREN_ANY.sub(r" \1 ", t)
    return t


def title_masculine_variants(title: str) -> list[str]:
    """A title written "Serveur / Serveuse" or "Agent / Agente d'accueil" yields its masculine reading first,
    then the raw text; the caller scores all of them and keeps the best."""
    t = strip_title_noise(title)
    variants: list[str] = []
    if " / " in t or re.search(r"\w\s*/\s*\w", t):
        spaced = re.sub(r"\s*/\s*", " / ", t, count=1)
        masculine, feminine = split_gendered_label(spaced)
        if feminine is not None:
            variants.append(masculine)
        # "Gestionnaire locatif / assistant commercial": two jobs in one title; try each side.
        left, right = spaced.split(" / ", 1)
        variants.extend([left, right])
    variants.append(t)
    seen: set[str] = set()
    out: list[str] = []
    for v in variants:
        if v.strip() and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def tokens(text: str) -> list[str]:
    return fold(text).split()


def content_tokens(text: str, place_names: frozenset[str] = frozenset()) -> list[str]:
    """Folded tokens minus noise words, pure numbers and known place names."""
    out = []
    for tok in fold(text).split():
        if tok in NOISE_WORDS or tok in place_names or _NUMBER.fullmatch(tok):
            continue
        if len(tok) == 1:
            continue
        out.append(tok)
    return out
