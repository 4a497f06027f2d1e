"""protected_criterion (Belgian anti-discrimination law) and gendered_title_without_hfx."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, register
from audits.auditing.legal import LegalData
from audits.auditing.text import segment_bounds
from audits.model import Requirement, Severity


@dataclass(frozen=True)
class CriterionPattern:
    criterion: str
    pattern: CiPattern
    fix: str  # inline replacement ("" = delete the words)
    severity: Severity  # critical = direct distinction; warning = ambiguous wording that may be legitimate


def _p(criterion: str, regex: str, fix: str = "", severity: Severity = "critical",
       needles: tuple[str, ...] = ()) -> CriterionPattern:
    return CriterionPattern(criterion, CiPattern(regex, needles), fix, severity)


# From the job-ad rule table of the Walloon reference (§2.3), narrowed to avoid obvious false positives
# ("jeunes enfants" in childcare ads, "moins de 3 ans", "2 à 5 ans d'expérience").
PATTERNS: tuple[CriterionPattern, ...] = (
    _p("age", r"\bjeunes?\s+et\s+dynamiques?\b", "dynamique", needles=('jeune',)),
    _p("age", r"\b[ée]quipe\s+jeune\b", "équipe dynamique", needles=('jeune',)),
    _p("age", r"\bjeunes?\s+dipl[ôo]m[ée]e?s?\b", "débutant·e", needles=('jeune',)),
    _p("age", r"\b[âa]g[ée]e?s?\s+(?:de|entre)\s+\d{2}\s*(?:ans\s*)?(?:et|à|-)\s*\d{2}\s*ans\b", needles=("âg", "ag")),
    _p("age", r"\b[âa]g[ée]e?s?\s+de\s+(?:moins|plus)\s+de\s+\d{2}\s*ans\b", needles=("âg", "ag")),
    _p("age", r"\b(?:[âa]ge|ans)\s+(?:maximum|max\.?)\s*:?\s*\d{2}\b", needles=("max",)),
    _p("age", r"\b\d{2}\s*(?:-|à)\s*\d{2}\s*ans\b(?!\s*d['’]\s*exp)(?=[^.\n]{0,40}\b(?:[âa]ge|candidat))", needles=("ans",)),
    _p("age", r"\bjunior\b", "débutant·e", "warning", needles=('junior',)),
    _p("sex", r"\bcandidats?\s+masculins?\b|\bcandidates?\s+f[ée]minines?\b|\bprofil\s+(?:masculin|f[ée]minin)\b"
       r"|\b(?:homme|femme)s?\s+(?:uniquement|exclusivement|de pr[ée]f[ée]rence)\b|\bposte\s+(?:masculin|f[ée]minin)\b",
       needles=("masculin", "féminin", "feminin", "homme", "femme")),
    _p("nationality", r"\bde\s+nationalit[ée]\s+(?:belge|fran[çc]aise|europ[ée]enne)\b|\bnationalit[ée]\s+(?:belge|fran[çc]aise|europ[ée]enne)\b"
       r"|\bressortissante?s?\s+(?:belges?|europ[ée]ens?|de\s+l['’]ue)\b",
       needles=("nationalit", "ressortissant")),
    # About a person, not a company ("groupe familial d'origine française" is not a criterion).
    _p("origin", r"\b(?:candidate?s?|profil|personnes?|vous\s+[êe]tes|[êe]tre)\s+(?:\w+\s+){0,2}d['’]origine\s+"
       r"(?:belge|europ[ée]enne|fran[çc]aise)\b|\bde\s+souche\b", needles=("origine", "souche")),
    _p("physical_appearance", r"\bphysique\s+agr[ée]able\b|\bbelle\s+apparence\b|\btaille\s+minimum\b|\bphoto\s+(?:obligatoire|exig[ée]e)\b", "",
       needles=("physique", "apparence", "taille", "photo")),
    _p("physical_appearance", r"\bbonne\s+pr[ée]sentation\b|\bprésentation\s+soign[ée]e\b", "tenue soignée adaptée au poste", "warning",
       needles=("présentation", "presentation")),
    _p("health", r"\ben\s+bonne\s+sant[ée]\b|\baucun\s+probl[èe]me\s+de\s+sant[ée]\b|\bpersonne\s+valide\b",
       "capable d'effectuer les tâches du poste (aménagements raisonnables possibles)", needles=("santé", "sante", "valide")),
    _p("family_status", r"\bc[ée]libataire\b|\bsans\s+enfants?\b|\bpas\s+d['’]enfants?\b", needles=("libataire", "enfant")),
    _p("union", r"\bnon\s+syndiqu[ée]e?s?\b", needles=("syndiqu",)),
    _p("political", r"\bneutre\s+politiquement\b|\bsans\s+engagement\s+politique\b", needles=("politi",)),
)

EXPLANATIONS = {
    "critical": (
        "Cette mention écarte des candidat·es pour {label}, un critère protégé par la loi belge. Elle est "
        "interdite dans une offre d'emploi, sauf exigence professionnelle essentielle prévue par la loi. Supprimez-la "
        "et décrivez plutôt ce que le travail demande."
    ),
    "warning": (
        "Cette mention peut écarter des candidat·es pour {label}, un critère protégé par la loi belge. Si elle vise "
        "une tenue ou une capacité liée au travail, décrivez cette exigence précisément ; sinon supprimez-la."
    ),
}


def legal_reference(legal: LegalData, criterion: str) -> tuple[str, str]:
    """(label of the criterion, legal references) from protected_criteria.yaml."""
    table = legal["protected_criteria"].raw
    entry = table["criteria"].get(criterion) or {"label": criterion, "laws": ["antidiscrimination"]}
    laws = " ; ".join(table["laws"][law] for law in entry["laws"])
    return str(entry["label"]), laws


@register
class ProtectedCriterion(Rule):
    codes = ("protected_criterion",)
    description = "Critère protégé par la loi belge (âge, sexe, nationalité, origine, santé, état civil…) : interdit dans une offre."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        spans: list[tuple[str, int, int]] = []
        advisory_seen: set[tuple[str, str]] = set()
        for which in ("title", "description"):
            for pattern in PATTERNS:
                for match in pattern.pattern.finditer(ctx, which):
                    if any(f == which and s < match.end() and e > match.start() for f, s, e in spans):
                        continue
                    if pattern.severity != "critical":
                        # An ambiguous wording ("junior") is pointed out once per field, not at every use.
                        key = (which, match.group(0).lower())
                        if key in advisory_seen:
                            continue
                        advisory_seen.add(key)
                    spans.append((which, match.start(), match.end()))
                    yield self._flag(ctx, which, match.start(), match.end(), pattern.criterion, pattern.fix, pattern.severity)
        for req in ctx.requirements:
            if req.kind != "protected_criterion" or req.criterion == "language_origin":
                continue  # language origin is native_language_required's
            if not _plausible(ctx, req):
                continue
            if any(f == req.field and s < req.end and e > req.start for f, s, e in spans):
                continue
            severity: Severity = "critical"
            if any(p.severity != "critical" and p.pattern.fast.fullmatch(req.text.lower()) for p in PATTERNS):
                # The extractor found an ambiguous wording ("junior"): advisory, once per field.
                severity = "warning"
                key = (req.field, req.text.lower())
                if key in advisory_seen:
                    continue
                advisory_seen.add(key)
            spans.append((req.field, req.start, req.end))
            flag = self._flag(ctx, req.field, req.start, req.end, req.criterion or "other", "", severity)
            yield Flag(flag.finding, req, "drop")

    @staticmethod
    def _flag(ctx: AuditContext, which: str, start: int, end: int, criterion: str, fix: str, severity: Severity) -> Flag:
        label, laws = legal_reference(ctx.legal, criterion)
        text = ctx.text(which)[start:end]  # type: ignore[arg-type]
        evidence = f"« {text} » vise {label}, critère protégé ; {laws}"
        finding = ctx.finding_at(
            which, start, end, "protected_criterion", severity, evidence,  # type: ignore[arg-type]
            EXPLANATIONS[severity].format(label=label),
            sentence="", inline=fix, legal_reference=laws,
        )
        return Flag(finding)


_EQUALITY = re.compile(r"[ée]galit|diversit|mixit|inclusi|handicap|carri[èe]re|sans distinction|toutes et tous|h/f|f/h|"
                       r"ne sont pas|bien-[êe]tre des", re.IGNORECASE)


# Words that address the candidate (a requirement) and words of a text about the employer itself.
_ADDRESSED = re.compile(r"\bvous\b|\btu\b|candidat|profil|recherch|pr[ée]f[ée]rence|souhait|exig|requis|imp[ée]rati|"
                        r"obligatoire|\b[êe]tre\b|\bavoir\b|conditions", re.IGNORECASE)
_ABOUT_EMPLOYER = re.compile(r"\b(?:nous|notre|nos|groupe|entreprise|soci[ée]t[ée]|cabinet|depuis|fond[ée]e?)\b", re.IGNORECASE)
_SEX_WORDS = re.compile(r"homme|femme|masculin|f[ée]minin|sexe|genre", re.IGNORECASE)


def _plausible(ctx: AuditContext, req: Requirement) -> bool:
    """Guards against extractor hits that are not about the candidate (seen on real offers, docs/audit.md):
    proper nouns ("Sainte-Marie", "Svelte" in a list of tools), gendered job nouns ("la Directrice", "une
    secrétaire"), equal-opportunity statements, and sentences about the employer ("groupe né en Martinique",
    "plus de 20 ans d'innovation") that do not address the candidate."""
    text = ctx.text(req.field)
    words = req.text.split()
    before = text[: req.start].rstrip(" \t")
    if len(words) == 1 and req.text[:1].isupper() and before and before[-1] not in ".!?:;\n-•*>":
        return False  # a capitalised word in mid-sentence is a name: "Svelte", "Marie" in "Sainte-Marie"
    if len(words) == 1 and req.text[:1].isupper() and text[max(0, req.start - 1) : req.start] == "-":
        return False
    seg_start, seg_end = segment_bounds(text, req.start, req.end)
    segment = text[seg_start:seg_end]
    if _EQUALITY.search(segment):
        return False  # "la carrière des hommes et des femmes", "l'âge ... ne sont pas des critères"
    if _ABOUT_EMPLOYER.search(segment) and not _ADDRESSED.search(segment):
        return False
    low = req.text.lower()
    if req.criterion == "sex":
        if not _SEX_WORDS.search(req.text):
            return False  # a gendered job noun ("une secrétaire médicale"), handled by the title rule
        around = text[req.start : req.end + 30].lower()
        if "h/f" in around or "f/h" in around or low in _FEMININE_ONLY or low in _FEMININE.values():
            return False
    if req.criterion == "age" and req.text.rstrip().endswith("ans"):
        after = text[req.end : req.end + 8].lower()
        if re.match(r"\s*(?:d['’]|de\s|des\s|qu|que\s|au\s)", after):
            return False  # a duration, not an age: "21 ans d'innovation", "plus de 20 ans qu'on optimise"
    if req.criterion == "health":
        after = text[req.end : req.end + 12].lower()
        if after.startswith((" mentale", " publique", " au travail")) or "santé" not in low and "valide" not in low:
            return False
    return True


# --- gendered titles ------------------------------------------------------------------------------------------

# A title already marked for every gender: H/F, F/H, M/F/X, (e), ·e, "Vendeur / Vendeuse", "Vendeur-euse".
_MARKED = re.compile(
    r"\b[HFMX]\s*/\s*[HFMX]\b|\(\s*[HFMX]\s*/|\(e\)|\(ne\)|\(ère\)|\(euse\)|\(rice\)|·|\.e\b|"
    r"\b\w+(?:eur|ier|ien|er|ant|ent|if|on|é)\s*/\s*\w+|-(?:euse|rice|ère|ienne|ive|onne|ée)\b",
    re.IGNORECASE,
)
# Masculine -> feminine by suffix, longest first; words outside these endings are left alone (epicene or unknown).
_SUFFIXES = (
    ("teur", "trice"), ("eur", "euse"), ("ier", "ière"), ("ien", "ienne"), ("er", "ère"), ("ant", "ante"),
    ("ent", "ente"), ("if", "ive"), ("on", "onne"), ("é", "ée"), ("ais", "aise"), ("ois", "oise"),
)
# Exceptions to the suffix rules (usual feminine forms of job titles).
_FEMININE = {
    "acheteur": "acheteuse", "monteur": "monteuse", "chauffeur": "chauffeuse", "docteur": "docteure",
    "professeur": "professeure", "ingénieur": "ingénieure", "auteur": "autrice", "facteur": "factrice",
    "inspecteur": "inspectrice", "porteur": "porteuse", "chef": "cheffe", "commis": "commis",
    "maçon": "maçonne", "technicien": "technicienne", "patron": "patronne", "compagnon": "compagne",
    "plaquiste": "plaquiste", "employé": "employée", "ambulancier": "ambulancière", "médecin": "médecin",
    "cadre": "cadre", "gestionnaire": "gestionnaire", "secrétaire": "secrétaire", "comptable": "comptable",
    "responsable": "responsable", "agent": "agente", "expert": "experte", "consultant": "consultante",
    "opérateur": "opératrice", "conducteur": "conductrice", "préparateur": "préparatrice",
    "animateur": "animatrice", "éducateur": "éducatrice", "coordinateur": "coordinatrice",
    "formateur": "formatrice", "directeur": "directrice", "rédacteur": "rédactrice", "menuisier": "menuisière",
}
# Feminine-only titles the reference lists (§2.3), with their masculine form.
_FEMININE_ONLY = {
    "vendeuse": "vendeur", "serveuse": "serveur", "hôtesse": "hôte", "femme de ménage": "agent d'entretien",
    "femme de chambre": "valet de chambre", "assistante": "assistant", "secrétaire (f)": "secrétaire",
    "caissière": "caissier", "coiffeuse": "coiffeur", "esthéticienne": "esthéticien", "nourrice": "assistant maternel",
    "aide-soignante": "aide-soignant", "infirmière": "infirmier", "employée": "employé", "puéricultrice": "puériculteur",
    "auxiliaire de vie": "auxiliaire de vie",
}
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)?")
_SKIP_WORDS = {"un", "une", "le", "la", "les", "des", "h", "f", "cdi", "cdd", "poste", "offre", "recherche", "urgent"}


_SLASHED = re.compile(r"([A-Za-zÀ-ÖØ-öø-ÿ]+)\s*/\s*([A-Za-zÀ-ÖØ-öø-ÿ]+)")


def _double_form(title: str) -> bool:
    """"Chef / Cheffe", "Expert / Experte": both genders already written with a slash."""
    for match in _SLASHED.finditer(title):
        first, second = match.group(1).lower(), match.group(2).lower()
        if feminine_of(first) and feminine_of(first).lower() == second:  # type: ignore[union-attr]
            return True
        if len(first) >= 3 and second.startswith(first[:3]):
            return True
    return False


def feminine_of(word: str) -> str | None:
    lower = word.lower()
    if lower in _FEMININE:
        fem = _FEMININE[lower]
    else:
        if lower.endswith(("e", "iste")):
            return None  # epicene (comptable, fleuriste) or already feminine
        for masc, fem_suffix in _SUFFIXES:
            if lower.endswith(masc):
                fem = lower[: -len(masc)] + fem_suffix
                break
        else:
            return None
    if fem == lower:
        return None
    return fem[0].upper() + fem[1:] if word[0].isupper() else fem


@register
class GenderedTitleWithoutHfx(Rule):
    codes = ("gendered_title_without_hfx",)
    description = "Intitulé au seul masculin ou au seul féminin, sans « H/F/X » ni forme double."

    EXPLANATION = (
        "Un intitulé au seul masculin (ou au seul féminin) laisse croire que le poste est réservé à un sexe, ce que "
        "la loi du 10 mai 2007 (genre) interdit, et décourage une partie des candidat·es. Ajoutez la forme double et "
        "« H/F/X »."
    )
    LEGAL = "Loi du 10 mai 2007 tendant à lutter contre la discrimination entre les femmes et les hommes ; pratique M/F/X du SPF BOSA (ex-Selor) depuis 2015"

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        title = ctx.vacancy.title
        if not title.strip() or _MARKED.search(title) or _double_form(title):
            return
        lower = title.lower()
        for fem, masc in _FEMININE_ONLY.items():
            index = lower.find(fem)
            if index >= 0 and fem != masc:
                word = title[index : index + len(fem)]
                yield self._flag(ctx, index, index + len(fem), f"{masc[0].upper() + masc[1:] if word[0].isupper() else masc} / {word}")
                return
        for match in _WORD.finditer(title):
            word = match.group(0)
            if word.lower() in _SKIP_WORDS:
                continue
            feminine = feminine_of(word)
            if feminine is None:
                return  # the head noun is epicene or unknown: do not guess
            yield self._flag(ctx, match.start(), match.end(), f"{word} / {feminine}")
            return

    def _flag(self, ctx: AuditContext, start: int, end: int, double: str) -> Flag:
        title = ctx.vacancy.title
        seg_start, seg_end = segment_bounds(title, start, end)
        rewritten = title[seg_start:start] + double + title[end:seg_end].rstrip() + " (H/F/X)"
        finding = ctx.finding_at(
            "title", start, end, "gendered_title_without_hfx", "warning",
            "SPF BOSA (ex-Selor) : mention M/F/X dans les offres depuis le 18 décembre 2015 ; "
            "loi du 10 mai 2007 (genre) : pas de distinction fondée sur le sexe",
            self.EXPLANATION,
            legal_reference=self.LEGAL,
        )
        # The suggestion is the title's segment with the double form and the H/F/X mark appended.
        return Flag(dataclasses.replace(finding, suggestion=rewritten))
