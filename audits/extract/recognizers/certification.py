"""Certifications: CACES R4xx with categories, SST, habilitations électriques, HACCP, FIMO/FCO, carte conducteur,
VCA, BAFA/BAFD, AIPR, CQP, SSIAP, ADR, carte professionnelle, Certiphyto.

`code` is normalised ("CACES R489 3", "HABILITATION ELECTRIQUE B1V BR", "SST") so that the audit and the
evaluator compare like with like.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from audits.extract.mention import Mention

_CACES_CAT = r"(?:\d{1,2}[AB]?|[A-G])"
_CACES_RE = re.compile(
    r"(?<![\w])(?:CACES\s*®?\s*(?:R\.?\s*(?P<r1>4\d\d))?|R\.?\s?(?P<r2>48[2-9]|490)(?=\s|$|[,.;)]))"
    rf"(?:\s*[-:]?\s*(?:cat(?:[ée]gorie)?s?\.?|cat[ée]gories?)?\s*(?P<cats>{_CACES_CAT}(?![\w])(?:\s*(?:,|/|et|ou|-|&)\s*{_CACES_CAT}(?![\w]))*))?",
    re.I,
)
_ELEC_CODE = r"(?:H0\s?-?\s?B0(?:V)?|B0V?|H0V?|B1V?|B2V?|BR|BC|BE|BS|BF|BN|H1V?|H2V?|HC|HE|BP)"
_ELEC_RE = re.compile(
    r"(?<![\w])(?:habilitations?\s+(?:[ée]lectriques?\s*)?(?=(?:[ée]lectriques?|" + _ELEC_CODE + r"))|habilit[ée](?:e|\(e\)|-e)?\s+(?:aux\s+travaux\s+[ée]lectriques|[ée]lectrique))"
    r"(?:[ée]lectriques?)?(?P<codes>(?:\s*(?:,|/|-|et|ou|:)?\s*" + _ELEC_CODE + r"(?![\w]))*)",
    re.I,
)
_ELEC_CODE_RE = re.compile(r"(?<![\w])" + _ELEC_CODE + r"(?![\w])", re.I)


def _simple(pattern: str, code: str | Callable[[re.Match[str]], str], flags: int = re.I) -> tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]:
    return re.compile(r"(?<![\w])(?:" + pattern + r")(?![\w])", flags), code


_SIMPLE = [
    _simple(r"SST|sauveteur[- ]secouriste\s+du\s+travail|sauveteurs?\s+secouristes?", "SST", 0),
    _simple(r"sauveteur[- ]secouriste\s+du\s+travail", "SST"),
    _simple(r"PSC\s?1|PSE\s?[12]", lambda m: re.sub(r"\s", "", m.group(0).upper()), 0),
    _simple(r"SSIAP\s?([123])?", lambda m: "SSIAP" + (f" {m.group(1)}" if m.group(1) else "")),
    _simple(r"HACCP", "HACCP"),
    _simple(r"FIMO(?:\s+(?:marchandises|voyageurs))?", "FIMO"),
    _simple(r"FCOS?|formation\s+continue\s+obligatoire", "FCO"),
    _simple(r"carte\s+(?:de\s+)?(?:conducteur|chrono\s*tachygraphe|tachygraphe|chauffeur)(?:\s+(?:chrono)?tachygraphe)?|carte\s+chronotachygraphe", "CARTE CONDUCTEUR"),
    _simple(r"ADR(?:\s+(?:citerne|base|colis|classe\s*\d))?", "ADR", 0),
    _simple(r"VCA(?:\s*[-]?\s*(?:basis|base|VOL|VIL))?|VCU", lambda m: re.sub(r"\s*-\s*|\s+", " ", m.group(0).upper()).replace("BASIS", "BASE")),
    _simple(r"BAFA|BAFD", lambda m: m.group(0).upper()),
    _simple(r"AIPR(?:\s+(?:op[ée]rateur|encadrant|concepteur))?", "AIPR"),
    _simple(r"CQP", "CQP", 0),
    _simple(r"carte\s+professionnelle(?:\s+(?:CNAPS|APS|de\s+s[ée]curit[ée]|« ?surveillance\s+humaine ?»|\"surveillance\s+humaine\"))?", "CARTE PROFESSIONNELLE"),
    _simple(r"certiphyto|certibiocide", lambda m: m.group(0).upper()),
    _simple(r"BNSSA", "BNSSA"),
    _simple(r"attestation\s+de\s+capacit[ée](?:\s+(?:de\s+)?transport)?", "ATTESTATION DE CAPACITE"),
]


def find_certifications(text: str) -> list[Mention]:
    found: list[Mention] = []

    def add(start: int, end: int, code: str) -> None:
        if any(f.start < end and start < f.end for f in found):
            return
        found.append(Mention("certification", start, end, {"code": code}, family="certification"))

    for m in _CACES_RE.finditer(text):
        if not m.group(0).upper().startswith("CACES") and not m.group("cats") and not re.search(r"CACES|cariste|chariot|nacelle|engin|grue", text[max(0, m.start() - 40) : m.end() + 40], re.I):
            continue  # a bare "R489" far from any handling-equipment word
        r = m.group("r1") or m.group("r2")
        cats = re.findall(r"(?<![\w])" + _CACES_CAT + r"(?![\w])", m.group("cats") or "", re.I)
        code = "CACES" + (f" R{r}" if r else "") + ("".join(f" {c.upper()}" for c in cats))
        add(m.start(), m.end(), code)
    for m in _ELEC_RE.finditer(text):
        codes = [re.sub(r"[\s-]", "", c.upper()) for c in _ELEC_CODE_RE.findall(m.group("codes") or "")]
        end = m.end() if codes else m.start() + len(m.group(0).rstrip())
        add(m.start(), end, "HABILITATION ELECTRIQUE" + "".join(f" {c}" for c in codes))
    for pat, coder in _SIMPLE:
        for m in pat.finditer(text):
            add(m.start(), m.end(), coder if isinstance(coder, str) else coder(m))
    return sorted(found, key=lambda m: m.start)
