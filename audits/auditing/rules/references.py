"""Helpers shared by the "above the real post" rules: legal exemptions and the post analysis."""

from __future__ import annotations

from audits.auditing.base import AuditContext, normalise
from audits.auditing.norms import RealizedNorm
from audits.model import PostAnalysisInput, Requirement

# Wording of the regulated diplomas/certificates the extractor may give as text rather than code.
_ALIASES = {
    "DIPLOME D ETAT D AIDE SOIGNANT": "DEAS",
    "DIPLOME D ETAT AIDE SOIGNANT": "DEAS",
    "FORMATION INITIALE MINIMALE OBLIGATOIRE": "FIMO",
    "FORMATION CONTINUE OBLIGATOIRE": "FCO",
    "CERTIFICAT D APTITUDE PROFESSIONNELLE": "CAP",
}


def _keys(req: Requirement) -> set[str]:
    keys = {normalise(req.text)}
    if req.code:
        keys.add(normalise(req.code))
    if req.category:
        keys.add(normalise(req.category))
    for alias, code in _ALIASES.items():
        if any(alias in k for k in list(keys)):
            keys.add(code)
    return {k for k in keys if k}


def matches_any(req: Requirement, names: tuple[str, ...] | list[str]) -> bool:
    """True when the requirement names one of `names` (codes compared as normalised word prefixes)."""
    keys = _keys(req)
    for name in names:
        target = normalise(name)
        if not target:
            continue
        for key in keys:
            if key == target or key.startswith(target + " ") or target.startswith(key + " "):
                return True
            if f" {target} " in f" {key} ":
                return True
    return False


def pa_given(pa: PostAnalysisInput | None) -> PostAnalysisInput | None:
    """The post analysis when it says something (an all-empty one is treated as absent)."""
    if pa is None:
        return None
    if (
        pa.tasks or pa.required_certificates or pa.required_licences or pa.languages_used or pa.tools
        or pa.min_eqf_level is not None or pa.min_experience_years is not None
    ):
        return pa
    return None


def _state_diploma(req: Requirement) -> bool:
    """A French "diplôme d'État" (DEAS, DE infirmier, DE IBODE...): the title a regulated profession requires."""
    code = normalise(req.code or "")
    return code.startswith("DE ") or code.startswith("DEAS") or " D ETAT" in f" {normalise(req.text)}"


def legally_required(ctx: AuditContext, req: Requirement) -> str | None:
    """Evidence sentence when the requirement is a legal obligation of the post (never called inflated)."""
    norm = ctx.norm
    if norm is not None and norm.regulated and req.kind == "diploma" and _state_diploma(req):
        return norm.legal_evidence or f"{norm.source_label} : profession réglementée « {norm.min_eqf_evidence} »"
    if norm is not None:
        if req.kind == "licence" and req.category and req.category.upper() in {c.upper() for c in norm.mandatory_licences}:
            return norm.legal_evidence or f"{norm.source_label} : permis {req.category} obligatoire"
        if matches_any(req, norm.mandatory_certificates) or (
            req.kind == "licence" and matches_any(req, norm.mandatory_licences)
        ):
            return norm.legal_evidence or f"{norm.source_label} : certificat obligatoire"
    pa = ctx.post_analysis
    if pa is not None:
        if req.kind == "licence" and req.category and req.category.upper() in {c.upper() for c in pa.required_licences}:
            return "Votre analyse de poste : permis nécessaire"
        if matches_any(req, pa.required_certificates) or matches_any(req, pa.required_licences):
            return "Votre analyse de poste : certificat requis pour le poste"
    return None


def rarely_asked(realized: RealizedNorm, share: float, what: str) -> str:
    """Evidence from the realized norm: only `share` of the comparable audited vacancies ask `what`."""
    return (
        f"Seules {round(100 * share)} % des {realized.n_vacancies} offres auditées pour "
        f"ROME {realized.rome_code} exigent {what}"
    )
