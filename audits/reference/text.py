"""French text normalisation shared by the build (labels) and the classifier (job-ad titles).

Both sides MUST go through the same functions, otherwise an appellation and the title that names it
would not meet in the index. Everything here is pure and deterministic.
"""

from __future__ import annotations

import os
import re
import unicodedata

# Some ROME CSV fields carry SQL-style doubled apostrophes ("l''insertion").
_DOUBLE_APOSTROPHE = re.compile(r"''")


_C1_CONTROLS = re.compile("[\u0080-\u009f]")


def repair_cp1252(text: str) -> str:
    """Characters U+0080-U+009F are Windows-1252 bytes read as Latin-1 ("gros \\x9cuvre" = "gros œuvre")."""
    if not _C1_CONTROLS.search(text):
        return text
    return _C1_CONTROLS.sub(lambda m: bytes([ord(m.group(0))]).decode("cp1252", errors="replace"), text)


def clean_rome_text(text: str) -> str:
    """Repair the export artefacts of ROME free texts so that evidence sentences read naturally."""
    text = repair_cp1252(text)
    text = _DOUBLE_APOSTROPHE.sub("'", text)
    text = text.replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def _fold_char(c: str) -> str:
    c = c.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    c = unicodedata.normalize("NFKD", c)
    return "".join(x for x in c if not unicodedata.combining(x)).lower()


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_COMBINING = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower-case, strip accents, map œ/æ, keep letters, digits and single spaces.

    Same result as `_fold_char` applied to every character, but NFKD runs once over the whole string (in C):
    fold() runs on every title, and on 46k ROME texts when the description index is built."""
    text = text.lower()
    if not text.isascii():
        text = text.replace("œ", "oe").replace("æ", "ae")
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        if not text.isascii():  # combining marks outside U+0300–U+036F (other scripts): drop them one by one
            text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.lower()
    return _NON_ALNUM.sub(" ", text).strip()


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
    # Cheap guards: most labels have none of these characters, and this runs on 26k labels at start-up.
    if "/" in t or "-" in t or "\\" in t or "|" in t:
        t = _GENDER_MARKER.sub(" ", t)
    if "(" in t:
        t = _INCLUSIVE_PAREN.sub("", t)
    if "·" in t or "•" in t or "." in t or "-" in t:
        t = _INCLUSIVE_DOT.sub("", t)
    if "%" in t:
        t = _PERCENT.sub(" ", t)
    if "(" in t:
        # Bracketed content is often an acronym that helps ("(ASH)", "(AES)") - keep it, drop the brackets.
        t = _PAREN_ANY.sub(r" \1 ", t)
    return t


_WORD_PAIR = re.compile(r"\b([^\W\d_]+)\s*/\s*([^\W\d_]+)\b")
# Same job named for both sexes with different words: keep one (ROME lists both forms as appellations).
_SEX_PAIRS = {("femme", "homme"), ("homme", "femme")}


_FEMININE_SUFFIXES = frozenset("e es ne se ve le te euse rice trice ere iere eure fe".split())


def _is_gender_pair(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if (fa, fb) in _SEX_PAIRS or fb in _FEMININE_SUFFIXES:  # "Technicien/ne", "Vendeur/euse"
        return True
    # conseiller/conseillere, vendeur/vendeuse, agent/agente, operateur/operatrice, magasinier/magasiniere
    common = len(os.path.commonprefix([fa, fb]))
    return common >= 4 or (common >= 3 and min(len(fa), len(fb)) <= 5)


def ungender(title: str) -> str:
    """Reduce "Vendeur / Vendeuse magasinier / magasinière" and "Secrétaire administratif / Secrétaire
    administrative" to their first (masculine) reading; a slash between two different jobs is kept."""
    t = _WORD_PAIR.sub(lambda m: m.group(1) if _is_gender_pair(m.group(1), m.group(2)) else m.group(0), title)
    for _ in range(3):  # multi-word heads: "Secrétaire administratif / Secrétaire administrative"
        spaced = re.sub(r"\s*/\s*", " / ", t, count=1)  # "Menuisier poseur/menuisière poseuse" too
        if " / " not in spaced:
            break
        masculine, feminine = split_gendered_label(spaced)
        left = spaced.split(" / ", 1)[0].split()
        right = spaced.split(" / ", 1)[1].split()
        if feminine is None or not left or not right or not _is_gender_pair(left[0], right[0]):
            break
        t = masculine
    return t


# Abbreviations that job boards use and ROME spells out.
ABBREVIATIONS: dict[str, str] = {
    "pl": "poids lourd",
    "spl": "super poids lourd",
    "vl": "vehicule leger",
    "rh": "ressources humaines",
    "btp": "btp",
    "ehpad": "ehpad",
    "tp": "travaux publics",
    "aes": "accompagnant educatif social",
    "asv": "auxiliaire specialise veterinaire",
    "ash": "agent service hospitalier",
    "adv": "administration des ventes",
    "qhse": "qualite hygiene securite environnement",
    "cesf": "conseiller economie sociale familiale",
    "atsem": "agent specialise ecoles maternelles",
    "cariste": "cariste",
    "as": "aide soignant",
}


_WORD = re.compile(r"[^\W_]+")


def expand_abbreviations(text: str) -> str:
    """Fold the text and spell out job-board abbreviations. A token glued by "/" or "-" to a word that is not
    itself an abbreviation is left alone: "PL" is "poids lourd" in "Chauffeur PL" and "PL/SPL", not in "PL/SQL"."""
    matches = list(_WORD.finditer(text))
    folded = [fold(m.group(0)) for m in matches]
    out: list[str] = []
    for i, m in enumerate(matches):
        tok = folded[i]
        full = ABBREVIATIONS.get(tok)
        if full is not None:
            glued = []
            if i > 0 and text[matches[i - 1].end(): m.start()] in ("/", "-"):
                glued.append(folded[i - 1])
            if i + 1 < len(matches) and text[m.end(): matches[i + 1].start()] in ("/", "-"):
                glued.append(folded[i + 1])
            if all(g in ABBREVIATIONS for g in glued):
                out.append(full)
                continue
        out.append(tok)
    return " ".join(t for t in out if t)


_TAIL = re.compile(r"\s+[-–—|]\s+")


# Title-only noise (ROME labels keep these, so they are not in strip_title_noise, which the packaged index uses):
# a gender ending in brackets after a space ("Directeur (trice)", "Directrice (eur)"; the glued "Directeur(trice)"
# is _INCLUSIVE_PAREN's) ...
_SPACED_ENDING = re.compile(
    r"(?<=[^\W\d_])\s+\(\s*(?:e|es|se|ve|ne|le|te|eur|euse|rice|trice|ère|ere|ière|iere|eure|fe)\s*\)", re.IGNORECASE
)
# ... and the grades of the French civil service ("Moniteur d'atelier 2ème classe", "Adjoint technique principal de
# 1re classe", "hors classe"): they rank the holder, not the job, and "classe" alone matches "classe transplantée".
_GRADE = re.compile(
    r"\b(?:de\s+)?(?:\d+\s*(?:e|eme|ème|er|ere|ère|re|nd|nde)\s+classe|hors[\s-]+classe|"
    r"classe\s+(?:normale|sup[ée]rieure|exceptionnelle))\b",
    re.IGNORECASE,
)


def title_masculine_variants(title: str) -> list[str]:
    """Readings of a title, best first: the ungendered title; then, when a slash joins two different jobs
    ("Gestionnaire locatif / assistant commercial"), each side. The caller discounts the side readings."""
    if "(" in title:
        title = _SPACED_ENDING.sub("", title)
    if "lasse" in title or "LASSE" in title:
        title = _GRADE.sub(" ", title)
    t = ungender(strip_title_noise(title))
    variants = [t]
    # Only a slash with a space on one side joins two jobs; "PL/SQL", "TIG/MIG", "FR/NL" are one thing.
    if re.search(r"\s/|/\s", t):
        left, right = re.split(r"\s+/\s*|\s*/\s+", t, maxsplit=1)
        variants += [left, right]
    # "Formateur infirmier - IFPS Privas - CDI": what follows a spaced dash is usually the employer, the place
    # or the contract; the head alone is one more reading (discounted by the caller).
    head = _TAIL.split(t, maxsplit=1)[0]
    if head.strip() and head != t:
        variants.append(head)
    return [v for i, v in enumerate(variants) if v.strip() and v not in variants[:i]]


# Bump when anything above changes what content_tokens()/singular() return: the packaged classifier index was
# computed with this version, and a mismatch makes the classifier recompute it at start-up.
NORMALISATION_VERSION = 4


def singular(tok: str) -> str:
    """Crude French singular for matching only: "agents" -> "agent", "travaux" -> "travau" on both sides."""
    if len(tok) > 3 and tok.endswith(("s", "x")) and not tok.endswith("ss"):
        return tok[:-1]
    return tok


_E_PREFIX = re.compile(r"(?<![^\W\d_])[eE]-(?=[a-zA-Z])")


def content_tokens(text: str) -> list[str]:
    """Folded tokens (abbreviations spelled out) minus noise words, pure numbers and single letters."""
    out = []
    text = _E_PREFIX.sub("e", text)  # "e-commerce" is one word, not "e" + "commerce"
    for tok in expand_abbreviations(text).split():
        if tok in NOISE_WORDS or singular(tok) in NOISE_WORDS or _NUMBER.fullmatch(tok):
            continue
        if len(tok) == 1:
            continue
        out.append(tok)
    return out
