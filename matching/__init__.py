"""Pure library: candidates x real requirements -> shortlists, bridges, exclusion figures, incentives.

May import `audits`; never `employer_portal`, Flask or SQLAlchemy (a test enforces it).
"""

__version__ = "0.1.0"

# Public API of the matching library, exported lazily so that `import matching` stays cheap (no numpy, no rapidfuzz
# until a matcher is used). See docs/matching.md.
_EXPORTS = {
    "CandidateProfile": "matching.profile",
    "Education": "matching.profile",
    "Mobility": "matching.profile",
    "Availability": "matching.profile",
    "ProtectedAttributes": "matching.profile",
    "validate_profile": "matching.profile",
    "prepare_profile": "matching.profile",
    "normalise_skills": "matching.profile",
    "JobSpec": "matching.job",
    "Criterion": "matching.job",
    "CandidateIndex": "matching.index",
    "build_shortlist": "matching.shortlist",
    "Shortlist": "matching.shortlist",
    "ShortlistEntry": "matching.shortlist",
    "exclusion_report": "matching.exclusion",
    "ExclusionReport": "matching.exclusion",
    "Bridge": "matching.bridges",
    "Gap": "matching.bridges",
    "ScoringWeights": "matching.policy",
    "PriorityPolicy": "matching.policy",
    "BridgePolicy": "matching.policy",
    "MatchingInputError": "matching.errors",
    "generate": "matching.synthetic",
    "SyntheticPool": "matching.synthetic",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'matching' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
