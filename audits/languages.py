"""French names of languages by ISO 639-1 code: the one table read by the audit explanations
(`audits.auditing.base`), the extraction evaluation (`audits.evaluate`) and the matching library (`matching.vocab`).

Dependency-free on purpose: `matching` imports it without loading the audit machinery. Every code the extractor's
language recognizer can emit (`audits.extract.recognizers.language`, whose table maps the many spellings of a
language to its code) has a name here; a test checks it.
"""

from __future__ import annotations

LANGUAGE_NAMES_FR: dict[str, str] = {
    "fr": "français",
    "nl": "néerlandais",
    "en": "anglais",
    "de": "allemand",
    "es": "espagnol",
    "it": "italien",
    "pt": "portugais",
    "ar": "arabe",
    "tr": "turc",
    "pl": "polonais",
    "ro": "roumain",
    "ru": "russe",
    "zh": "chinois",
    "ja": "japonais",
    "lb": "luxembourgeois",
    "el": "grec",
    # Read by the recognizer since extraction round 10 (less common languages, asked with a cue).
    "am": "amharique",
    "bg": "bulgare",
    "bn": "bengali",
    "ca": "catalan",
    "cs": "tchèque",
    "da": "danois",
    "eu": "basque",
    "fa": "persan",
    "fi": "finnois",
    "he": "hébreu",
    "hi": "hindi",
    "hr": "croate",
    "hu": "hongrois",
    "hy": "arménien",
    "ka": "géorgien",
    "ko": "coréen",
    "ku": "kurde",
    "ln": "lingala",
    "no": "norvégien",
    "ps": "pachto",
    "sk": "slovaque",
    "so": "somali",
    "sq": "albanais",
    "sr": "serbe",
    "sv": "suédois",
    "sw": "swahili",
    "ta": "tamoul",
    "ti": "tigrinya",
    "uk": "ukrainien",
    "ur": "ourdou",
    "vi": "vietnamien",
    "wo": "wolof",
    # Read by the recognizer since extraction round 17 (languages of a public: "la pratique de l'arabe, du tamoul ou du
    # bambara serait un avantage").
    "bm": "bambara",
    "ff": "peul",
    "ha": "haoussa",
    "km": "khmer",
    "mg": "malgache",
    "tl": "tagalog",
}
_CODE_OF_NAME: dict[str, str] = {name: code for code, name in LANGUAGE_NAMES_FR.items()}


def language_name(code: str | None) -> str:
    """'nl' -> 'néerlandais'. A code without a name is returned as is; no code at all reads 'cette langue'."""
    return LANGUAGE_NAMES_FR.get(code or "", code or "cette langue")


def language_code(name: str) -> str | None:
    """'Néerlandais' -> 'nl' (the reverse of `language_name`, case and surrounding spaces ignored); None if unknown."""
    return _CODE_OF_NAME.get(name.strip().lower())
