"""Explicit rules that turn a ROME `acces_metier` text into an entry norm ("what the job asks at entry").

The ROME texts are short, formulaic French ("Cet emploi est accessible avec un CAP...", "Le permis C ...
est obligatoire"). Each rule below is a regular expression over the accent-folded sentence, and every value we
return carries the ORIGINAL sentence as evidence, so a reader can check it. When no rule fires we say so
(`diploma_status == "unknown"`) rather than guess.

French diploma levels follow the 2019 national nomenclature, aligned with EQF (see
`../shared/domain/walloon-reference.md` §3.3): CAP/BEP 3, Bac 4, Bac+2 5, Bac+3/+4 6, Bac+5 7, doctorat 8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audits.reference.text import clean_rome_text, fold

# --- sentence handling --------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ])")


def split_sentences(text: str) -> list[str]:
    text = clean_rome_text(text)
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


# --- diplomas -----------------------------------------------------------------------------------------------

# (pattern over folded text, EQF level). Order does not matter: every match is collected, the minimum wins.
_DIPLOMA_PATTERNS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(p), lvl)
    for p, lvl in (
        (r"\bdoctorat\b|\bbac plus 8\b|\bdocteur en (?:medecine|pharmacie|chirurgie)", 8),
        (r"\bmaster\b|\bbac plus [567]\b|\bdiplome d ingenieur\b|\becole d ingenieurs?\b|\bmba\b|\bdess\b|\bdea\b", 7),
        (r"\blicence\b(?! de (?:pilote|debit|taxi|transport|peche|chasse))|\bbac plus 3\b|\bbac plus 4\b"
         r"|\bbachelor\b|\bbachelor universitaire de technologie\b|\bmaitrise\b|\bdiplome d etat d infirmier|\bdeis\b", 6),
        (r"\bbac plus 2\b|\bbts\b|\bbtsa\b|\bdut\b|\bdeust\b|\bdeug\b", 5),
        (r"\bbac\b(?! plus)|\bbaccalaureat\b|\bbac pro\b|\bbrevet professionnel\b|\bbp\b|\bbma\b|\bbtm\b"
         r"|\bdiplome d etat d aide soignant|\bdeas\b|\bdiplome d etat d auxiliaire de puericulture|\bdeap\b"
         r"|\bbrevet de technicien\b", 4),
        (r"\bcap\b|\bbep\b|\bcapa\b|\bbepa\b|\bdeaes\b|\bdiplome d etat d accompagnant educatif et social", 3),
        (r"\bdnb\b|\bbrevet des colleges\b|\bdiplome national du brevet\b", 2),
        (r"\bniveau ([3-8])\b", -1),  # "qualification de niveau 3 (CAP)": the number IS the level
        (r"\bniveau (v|iv|iii|ii|i)\b", -2),  # old French levels: V=3 ... I=7
    )
)
_OLD_LEVELS = {"v": 3, "iv": 4, "iii": 5, "ii": 6, "i": 7}

# Access sentences that say no diploma is needed.
_NO_DIPLOMA = re.compile(
    r"accessible (?:a tous les niveaux|sans (?:diplome|qualification|formation|condition de diplome|niveau))"
    r"|n est pas conditionne par (?:la detention d )?un diplome"
    r"|sans diplome (?:ni|ou|particulier|specifique)"
    r"|aucun diplome n est (?:exige|requis|obligatoire)"
    r"|ouvert (?:a tous|sans diplome)"
    r"|avec ou sans (?:diplome|qualification|formation)"
    r"|accessible sans certification"
    r"|aucune? (?:diplome|formation initiale|qualification)(?: \w+)? n est (?:exige|requis|requise|necessaire)"
)
_ALSO_NO_DIPLOMA = re.compile(
    r"\b(?:egalement|aussi) accessible sans (?:diplome|qualification)"
    r"|\baccessible sans diplome ni experience"
    r"|\bacces a (?:ce metier|cet emploi) (?:\w+ ){0,3}sans (?:diplome|qualification)"
)
_ACCESS_BY_LICENCE = re.compile(r"accessible (?:avec|a partir d) (?:un |le |les )?permis (?:de conduire )?[a-e]")
_ACCESS_SENTENCE = re.compile(
    r"\baccessible\b|\bacces a (?:cet|ce) (?:emploi|metier)\b|\bn est pas conditionne"
    r"|\baucune? (?:diplome|formation initiale|qualification)(?: \w+)? n est (?:exige|requis|requise|necessaire)"
)
# Phrases that make a diploma a bonus, not a condition of access.
_SOFT = re.compile(
    r"\bun (?:plus|atout)\b|\batouts?\b|\brecommande|\bapprecie|\bfacilite|\bpeut etre (?:demande|exige|requis)"
    r"|\bpeuvent etre (?:demandes|exiges|requis)|\bpostes? d encadrement|\bsouhaitable|\bpertinent|\butiles?\b"
)


def diploma_levels(sentence: str) -> list[int]:
    """All EQF levels named in one sentence (empty when none)."""
    f = fold(sentence.replace("+", " plus "))  # fold() drops "+", and "Bac+2" is not "Bac"
    out: list[int] = []
    for pattern, lvl in _DIPLOMA_PATTERNS:
        for m in pattern.finditer(f):
            if lvl == -1:
                out.append(int(m.group(1)))
            elif lvl == -2:
                out.append(_OLD_LEVELS[m.group(1)])
            else:
                out.append(lvl)
    return out


def _main_clause(sentence: str) -> str:
    """Drop what follows "mais"/"; " : "accessible sans qualification mais un CAP est recommandé"."""
    f = fold(sentence)
    return re.split(r"\bmais\b|\bcependant\b|\btoutefois\b", f, maxsplit=1)[0]


# --- experience ---------------------------------------------------------------------------------------------

_EXPERIENCE_ALONE = re.compile(
    r"accessible (?:avec|par|grace a|a partir d) (?:une|l|d une) (?:experience|pratique)"
    r"|accessible sans diplome (?:\w+ ){0,3}avec (?:une )?experience"
    r"|accessible (?:\w+ ){0,4}par la validation des acquis de l experience"
    r"|experience professionnelle (?:\w+ ){0,8}sans diplome"
    r"|accessible avec de l experience"
    # "accessible avec un CAP ... ou (avec) une expérience professionnelle": experience as the alternative
    # route. "complété par / et une expérience" is a second condition, not an alternative, and stays out.
    r"|accessible\b.{0,200}?\bou (?:avec |par )?(?:une|d une|de l|l) experience"
)
_NO_EXPERIENCE = re.compile(r"sans (?:diplome|qualification) ni experience|sans experience")
_YEARS = re.compile(
    r"\b(?:experience|pratique)[^.]{0,60}?\b(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix)\s+(?:a \d+ )?ans?\b"
    r"|\b(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix)\s+(?:a \d+ )?(?:ans|annees)\s+d experience"
)
_MONTHS = re.compile(r"\bexperience[^.]{0,40}?\b(\d+) mois\b")
_WORD_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                 "dix": 10}


# --- licences and certificates -------------------------------------------------------------------------------

# Categories are matched case-sensitively on the original sentence: ROME writes "permis C", and a folded
# "permis de chasser" would otherwise read as category DE.
_LICENCE = re.compile(
    r"\b[Pp]ermis (?:de conduire )?(?:de (?:la )?)?(?:[Cc]atégorie |[Cc]at\.? )?(AM|A1|A2|BE|C1E|C1|CE|D1E|D1|DE|A|B|C|D)\b"
)
_LICENCE_ALT = re.compile(r"\s*(?:ou|/)\s*(?:le |permis )?(AM|A1|A2|BE|C1E|C1|CE|D1E|D1|DE|A|B|C|D)\b")
_LICENCE_HEAVY = re.compile(r"\bpermis poids lourds?\b")

# (pattern over folded text, normalised code)
CERTIFICATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), code)
    for p, code in (
        (r"\bfimo\b|formation initiale minimum obligatoire", "FIMO"),
        (r"\bfco\b|formation continue obligatoire", "FCO"),
        (r"\bcaces\b|certificats? d aptitude a la conduite en securite", "CACES"),
        (r"\bdeas\b|diplome d etat d aide soignant", "DEAS"),
        (r"\bdeaes\b|diplome d etat d accompagnant educatif et social", "DEAES"),
        (r"\bdeap\b|diplome d etat d auxiliaire de puericulture", "DEAP"),
        (r"\bafgsu\b|attestation de formation aux gestes et soins d urgence", "AFGSU"),
        (r"\bcarte (?:de )?conducteur\b|carte chronotachygraphe", "CARTE_CONDUCTEUR"),
        (r"\badr\b|transport de matieres dangereuses", "ADR"),
        (r"\bhabilitations? electriques?\b", "HABILITATION_ELECTRIQUE"),
        (r"\bsst\b|sauveteur secouriste du travail", "SST"),
        (r"\bssiap\b", "SSIAP"),
        (r"\bcqp aps\b|carte professionnelle (?:delivree par le cnaps|d agent de securite)|\bcnaps\b", "CARTE_PRO_SECURITE"),
        (r"\bhaccp\b", "HACCP"),
        (r"\bvca\b", "VCA"),
        (r"\bcertificat de capacite (?:professionnelle )?(?:en transport|de transport)", "CAPACITE_TRANSPORT"),
        (r"\bfluides frigorigenes\b", "ATTESTATION_FLUIDES"),
        (r"\bcertiphyto\b", "CERTIPHYTO"),
        (r"\bbafa\b", "BAFA"),
        (r"\bbpjeps\b", "BPJEPS"),
        (r"\bpse ?1\b|\bpse ?2\b|premiers secours en equipe", "PSE"),
        (r"\bcarte professionnelle\b", "CARTE_PROFESSIONNELLE"),
        (r"\bdiplome d etat d infirmier|\bdeie\b", "DEI"),
        (r"\bcatec\b", "CATEC"),
        (r"\baipr\b", "AIPR"),
        (r"\binscription (?:au tableau de |a )l ordre\b|\bordre (?:national )?des (?:medecins|pharmaciens|infirmiers|"
         r"veterinaires|avocats|architectes|geometres|masseurs|kinesitherapeutes|sages femmes|chirurgiens dentistes)",
         "INSCRIPTION_ORDRE"),
        (r"\bcertificat de capacite\b", "CERTIFICAT_CAPACITE"),
        (r"\bagrements?\b", "AGREMENT"),
        (r"\bcasier judiciaire\b|\bbonne vie et moeurs\b", "CASIER_JUDICIAIRE"),
        (r"\bradioprotection\b", "RADIOPROTECTION"),
        (r"\bbrevet maritime\b|\bcertificat de matelot\b", "BREVET_MARITIME"),
        (r"\bhygiene alimentaire\b|\bformation (?:specifique )?(?:a l|en) hygiene\b", "HYGIENE_ALIMENTAIRE"),
    )
)

_MANDATORY = re.compile(
    r"\bobligatoires?\b|\bexigee?s?\b|\bindispensables?\b|\bimposee?s?\b|\best requise?\b|\bsont requis(?:es)?\b"
    r"|\bnecessaires? pour exercer\b|\brequise? pour exercer\b|\bdoit (?:etre|posseder|detenir)\b|\bil faut\b"
    r"|\bconditionne(?:e)? par\b"
)
_NOT_MANDATORY = re.compile(
    r"\b(?:pas|non|ni) (?:obligatoires?|exigee?s?|requise?s?|imposee?s?)\b|\baucune? (?:certification|obligation|diplome)"
    r"|\bpeu(?:t|vent)(?: \w+)? etre (?:requise?s?|exigee?s?|demandee?s?|necessaires?|utiles?|obligatoires?)\b"
    r"|\bselon (?:le poste|l offre|l entreprise|les postes)\b"
)
# Names that contain "obligatoire" themselves: they must not make their sentence look mandatory.
_SELF_MANDATORY_NAMES = re.compile(r"formation (?:initiale minimum|continue) obligatoire")

# An obligation that holds only for some posts is not an entry condition of the job: the audit adds mandatory
# items to the real requirements of every vacancy of the code, so "le CACES est souvent requis et parfois
# obligatoire" (N1110 magasinier) must not make CACES a condition for every warehouse job.
# A qualifier before the first cue scopes the whole sentence ("Selon le périmètre, des habilitations sont
# obligatoires", "pour certaines entreprises le permis B est obligatoire", "S'il est amené à conduire, il doit...").
_WIDE_CONDITION = re.compile(
    r"\bselon\b|\bpour certaine?s\b|\bdans certains cas\b|\bs il est amene\b|\ble cas echeant\b|\beventuellement\b"
)
# A qualifier right before a cue ("souvent indispensable", "parfois obligatoire", "peut être exigé") or a
# "certain(e)s" right after it ("obligatoires pour certaines activités") scopes that cue.
_QUALIFIER_BEFORE_CUE = re.compile(r"\b(?:parfois|souvent|peu(?:t|vent) etre|generalement)(?: \w+){0,2}$")
_QUALIFIER_AFTER_CUE = re.compile(r"^(?: \w+){0,5}? certaine?s\b")
# "le permis B et parfois le C complété de la FIMO": what follows "parfois" is only sometimes asked.
_SOMETIMES = re.compile(r"\b(?:parfois|souvent)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedAccess:
    """What the rules read in one `acces_metier` text. Plain data, turned into an `EntryNorm` by the build."""

    diploma_status: str  # "none_required" | "required" | "unknown"
    min_eqf: int | None
    min_eqf_evidence: str
    experience_alone_gives_access: bool
    experience_years_usual: float | None
    experience_evidence: str | None
    mandatory_licences: tuple[str, ...]
    mandatory_certificates: tuple[str, ...]
    useful_certificates: tuple[str, ...]
    legal_evidence: str | None


def _licences(sentence: str) -> list[str]:
    found: list[str] = []
    for m in _LICENCE.finditer(sentence):
        if m.group(1) not in found:
            found.append(m.group(1))
    if _LICENCE_HEAVY.search(fold(sentence)) and "C" not in found:
        found.append("C")
    return found


def _certificates(f: str) -> list[str]:
    found: list[str] = []
    for pattern, code in CERTIFICATE_PATTERNS:
        if pattern.search(f) and code not in found:
            found.append(code)
    # "carte professionnelle" is generic: drop it when a more specific card was recognised.
    if "CARTE_PROFESSIONNELLE" in found and "CARTE_PRO_SECURITE" in found:
        found.remove("CARTE_PROFESSIONNELLE")
    return found


def _is_mandatory(f: str) -> bool:
    g = _SELF_MANDATORY_NAMES.sub(" ", f)
    return bool(_MANDATORY.search(g)) and not _NOT_MANDATORY.search(g)


def _split_obligation(sentence: str, folded: str) -> tuple[str, str]:
    """(always required part, sometimes required part) of a sentence that states an obligation."""
    g = _SELF_MANDATORY_NAMES.sub(" ", folded)
    cues = list(_MANDATORY.finditer(g))
    if cues and _WIDE_CONDITION.search(g[: cues[0].start()]):
        return "", sentence
    if cues and all(
        _QUALIFIER_BEFORE_CUE.search(g[: m.start()].rstrip()) or _QUALIFIER_AFTER_CUE.match(g[m.end():])
        for m in cues
    ):
        return "", sentence
    m = _SOMETIMES.search(sentence)
    if m:
        return sentence[: m.start()], sentence[m.start():]
    return sentence, ""


def _first_licence_per_alternative(sentence: str) -> list[str]:
    """"permis C ou C1 est obligatoire": the categories joined by "ou" are alternatives; we keep the first
    one named (ROME names the usual category first) so the norm does not read as "C and C1"."""
    cats = _licences(sentence)
    if len(cats) <= 1:
        return cats
    m = _LICENCE.search(sentence)
    if m is None:
        return cats
    alt = _LICENCE_ALT.match(sentence, m.end())
    if alt:
        cats = [c for c in cats if c != alt.group(1)]
    return cats


def parse_access_text(text: str) -> ParsedAccess:
    sentences = split_sentences(text)
    folded = [fold(s) for s in sentences]

    # 1. Diploma: the first access sentence decides; a "sans diplôme" main clause beats any diploma named
    #    in a "mais ... recommandé" tail.
    status, min_eqf, eqf_evidence = "unknown", None, ""
    for s, f in zip(sentences, folded, strict=True):
        if not _ACCESS_SENTENCE.search(f):
            continue
        main = _main_clause(s)
        if _NO_DIPLOMA.search(main) or _NO_DIPLOMA.search(f.split(" mais ")[0]):
            status, min_eqf, eqf_evidence = "none_required", None, s
            break
        levels = diploma_levels(s)
        if levels:
            status, min_eqf, eqf_evidence = "required", min(levels), s
            break
        if _ACCESS_BY_LICENCE.search(main):
            # "accessible avec un permis B et une attestation préfectorale": the condition is a licence, not
            # a diploma (the licence itself is picked up by the licence rules below).
            status, min_eqf, eqf_evidence = "none_required", None, s
            break
        if not eqf_evidence:
            eqf_evidence = s  # an access sentence without a level: keep it as evidence of "unknown"
    if status == "required":
        # A later sentence may open the job to everyone: "Il est également accessible sans diplôme ni
        # expérience professionnelle". (Not "accessible avec une expérience ... sans diplôme": that is the
        # experience route, read below.)
        for s, f in zip(sentences, folded, strict=True):
            if _ALSO_NO_DIPLOMA.search(f):
                status, min_eqf, eqf_evidence = "none_required", None, s
                break
    if status == "unknown":
        # No access sentence with a level: a non-soft sentence that names a diploma still tells the level.
        for s, f in zip(sentences, folded, strict=True):
            levels = diploma_levels(s)
            if levels and not _SOFT.search(f):
                status, min_eqf, eqf_evidence = "required", min(levels), s
                break
    if not eqf_evidence and sentences:
        eqf_evidence = sentences[0]

    # 2. Experience.
    exp_alone = False
    exp_years: float | None = None
    exp_evidence: str | None = None
    for s, f in zip(sentences, folded, strict=True):
        if _EXPERIENCE_ALONE.search(f) and not re.search(r"\bniveau (?:cap|bac)\b(?: \w+){0,3} et une experience", f):
            exp_alone, exp_evidence = True, s
            break
    for s, f in zip(sentences, folded, strict=True):
        m = _YEARS.search(f)
        if m:
            raw = m.group(1) or m.group(2)
            exp_years = float(_WORD_NUMBERS.get(raw, raw))  # type: ignore[arg-type]
            exp_evidence = exp_evidence or s
            break
        m = _MONTHS.search(f)
        if m:
            exp_years = round(int(m.group(1)) / 12, 2)  # "une expérience d'au moins 9 mois"
            exp_evidence = exp_evidence or s
            break
        if _NO_EXPERIENCE.search(f):
            exp_years = 0.0
            exp_evidence = exp_evidence or s
            break

    # 3. Licences and certificates: mandatory only in a sentence that says so without negation.
    licences: list[str] = []
    mandatory: list[str] = []
    useful: list[str] = []
    legal: list[str] = []
    for s, f in zip(sentences, folded, strict=True):
        certs = _certificates(f)
        cats = _first_licence_per_alternative(s)
        if not certs and not cats:
            continue
        # A licence named as THE access condition ("accessible avec un permis B") is mandatory too.
        if _is_mandatory(f) or (_ACCESS_BY_LICENCE.search(f) and not _NOT_MANDATORY.search(f)):
            always, sometimes = _split_obligation(s, f)
            certs = _certificates(fold(always)) if always else []
            cats = _first_licence_per_alternative(always) if always else []
            for c in cats:
                if c not in licences:
                    licences.append(c)
            for c in certs:
                if c not in mandatory:
                    mandatory.append(c)
            if cats or certs:
                legal.append(s)
            certs = _certificates(fold(sometimes)) if sometimes else []
        for c in certs:
            if c not in useful:
                useful.append(c)
    useful = [c for c in useful if c not in mandatory]
    return ParsedAccess(
        diploma_status=status,
        min_eqf=min_eqf,
        min_eqf_evidence=eqf_evidence,
        experience_alone_gives_access=exp_alone,
        experience_years_usual=exp_years,
        experience_evidence=exp_evidence,
        mandatory_licences=tuple(licences),
        mandatory_certificates=tuple(mandatory),
        useful_certificates=tuple(useful),
        legal_evidence=" ".join(legal) if legal else None,
    )


# --- ISCO-08 skill levels -------------------------------------------------------------------------------------

# ILO ISCO-08 skill level of each major group, and the ISCED 2011 range it corresponds to
# (walloon-reference.md §4: 1 -> ISCED 1, 2 -> 2-4, 3 -> 5, 4 -> 6-8). Armed forces (0) span levels 1, 2 and 4:
# no single level, so None.
_SKILL_LEVEL_BY_MAJOR = {"1": "3-4", "2": "4", "3": "3", "4": "2", "5": "2", "6": "2", "7": "2", "8": "2", "9": "1"}
_ISCED_BY_SKILL_LEVEL = {"1": "1", "2": "2-4", "3": "5", "4": "6-8", "3-4": "5-8"}


def ilo_skill_level(isco_code: str | None) -> tuple[str | None, str | None]:
    """(skill level, ISCED 2011 range) for an ISCO-08 code, or (None, None)."""
    if not isco_code or not isco_code[0].isdigit():
        return None, None
    level = _SKILL_LEVEL_BY_MAJOR.get(isco_code[0])
    if level is None:
        return None, None
    return level, _ISCED_BY_SKILL_LEVEL[level]
