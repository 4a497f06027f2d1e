"""Round 17, languages and licences: the "not needed" predicate shared by licences, languages and certificates
(not_needed.py), the one list of plus adjectives (strength.py), and wording families from the fifth written batch's
errors, with variants written for the test (no ad text) and look-alikes that must give nothing. Sentences written for
the test."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, of_kind


def langs(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, Any, str]]:
    return [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(run(text, title=title), "language")]


def licences(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, str]]:
    return [(r["text"], r["category"], r["strength"]) for r in of_kind(run(text, title=title), "licence")]


def certs(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, str]]:
    return [(r["text"], r["strength"]) for r in of_kind(run(text, title=title), "certification")]


# Round 17: one "said not to be needed" rule for the three kinds: the same words take a licence, a language or a
# certificate back; a wish after them keeps it (preferred).
@pytest.mark.parametrize(
    "line",
    [
        "- Permis B : non exigé (bureaux à deux pas de la gare)",
        "- Le permis B n'est pas demandé pour ce poste.",
        "- Permis de conduire : pas nécessaire.",
        "- Néerlandais : non requis",
        "- Le néerlandais n'est pas exigé pour ce poste.",
        "- Anglais non obligatoire.",
        "- French not required.",
        "- VCA non exigé.",
        "- Le CACES n'est pas nécessaire.",
    ],
)
def test_said_not_needed_is_not_an_item(run: Any, line: str) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert [r["text"] for r in reqs if r["kind"] in ("language", "licence", "certification")] == []


@pytest.mark.parametrize(
    ("line", "kind", "text", "strength"),
    [
        ("- Permis B non exigé mais apprécié", "licence", "Permis B", "preferred"),
        ("- Anglais non obligatoire, mais un plus.", "language", "Anglais", "preferred"),
        # the corpus (it2-087) reads "pas indispensable mais utile" as optional: kept all the same
        ("- Parler anglais ne sera pas indispensable mais utile.", "language", "anglais", "optional"),
        ("- Néerlandais souhaité, pas obligatoire.", "language", "Néerlandais", "preferred"),
        ("- VCA apprécié, pas obligatoire.", "certification", "VCA", "preferred"),
    ],
)
def test_not_needed_but_wished_is_kept(run: Any, line: str, kind: str, text: str, strength: str) -> None:
    reqs = [r for r in run(PROFILE_HEAD + line) if r["kind"] == kind]
    assert [(r["text"], r["strength"]) for r in reqs] == [(text, strength)]


# Round 17: the plus adjectives are strength.py's one list, read by the language and licence predicates too.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Anglais courant. L'allemand serait un beau plus.", [("Anglais", "en", "B2", "required"), ("allemand", "de", None, "preferred")]),
        ("- Français courant ; l'espagnol et l'italien sont de vrais atouts.",
         [("Français", "fr", "B2", "required"), ("espagnol", "es", None, "preferred"), ("italien", "it", None, "preferred")]),
        ("- Français courant, le néerlandais est un véritable atout.", [("Français", "fr", "B2", "required"), ("néerlandais", "nl", None, "preferred")]),
    ],
)
def test_plus_adjectives_for_languages(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Permis B obligatoire, le permis C serait un beau plus.", [("Permis B", "B", "required"), ("permis C", "C", "preferred")]),
        ("- Permis B exigé ; le permis C est un véritable atout.", [("Permis B", "B", "required"), ("permis C", "C", "preferred")]),
    ],
)
def test_plus_adjectives_for_licences(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert licences(run, PROFILE_HEAD + line) == expected


# Round 17: the vehicle class of the driver sought, in a sentence of the body, when the ad names the same licence with
# "permis": the job described, not a second item (fifth written batch). A title, a heading line, the post named alone
# closing its sentence or marked "(H/F)" keeps it (dev 192SZHK, IT 202CHPB).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les Transports Morel recherchent un conducteur SPL pour des tournées régionales au départ de Rennes.\nExigences :\n- Permis CE",
         [("Permis CE", "CE", "required")]),
        ("NOUS CHERCHONS UN CHAUFFEUR CE POUR DES TRAJETS BENELUX / ALLEMAGNE (2 NUITS PAR SEMAINE)\nVOTRE PROFIL : PERMIS CE, CODE 95",
         [("PERMIS CE", "CE", "required")]),
        ("Notre entreprise de négoce recrute des conducteurs PL en CDI pour ses livraisons sur chantiers.\nProfil : permis C en cours de validité.",
         [("permis C", "C", "required")]),
        # look-alikes: alone closing the sentence, marked (H/F), without a determiner (a title's wording), or no
        # "permis" named
        ("Transporteur basé à Grâce-Hollogne recherche chauffeur SPL pour trajets Belgique - Allemagne.\nProfil : permis CE obligatoire.",
         [("SPL", "CE", "required"), ("permis CE", "CE", "required")]),
        ("Au départ de Valence ou de Saint-Rambert, nous recherchons un conducteur SPL.\nProfil : PERMIS EC + FIMO à jour",
         [("SPL", "CE", "required"), ("PERMIS EC", "CE", "required")]),
        ("Pour nos tournées de la région liégeoise nous recrutons un(e) Chauffeur SPL (H/F) en CDI.\nPermis CE exigé.",
         [("SPL", "CE", "required"), ("Permis CE", "CE", "required")]),
    ],
)
def test_driver_class_in_a_sentence_beside_permis(run: Any, text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert licences(run, text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a mechanic's experience on lorries
        ("- 2 ans d'expérience sur PL souhaitée. Permis C serait un plus.", [("Permis C", "C", "preferred")]),
        ("- Au moins 3 ans d'expérience sur SPL ; permis C indispensable.", [("permis C", "C", "required")]),
        # "DE" before an article in capitals is the preposition
        ("VOUS DEVEZ ÊTRE TITULAIRE DU PERMIS D ET DE LA FIMO VOYAGEURS.", [("PERMIS D", "D", "required")]),
        ("- PERMIS C ET DE VOTRE CARTE CONDUCTEUR", [("PERMIS C", "C", "required")]),
        # the other category in brackets
        ("- Exigences : permis D (ou DE), code 95 en ordre.", [("permis D", "D", "required"), ("DE", "DE", "required")]),
        ("- Permis C (ou CE) obligatoire.", [("Permis C", "C", "required"), ("CE", "CE", "required")]),
        # a second category with its aside before its cue, or at the end of the first's aside
        ("- permis B obligatoire, le BE (remorque) est un plus ;", [("permis B", "B", "required"), ("BE", "BE", "preferred")]),
        ("- permis C (pour déplacer la pelle sur porte-engin, CE un plus).", [("permis C", "C", "required"), ("CE", "CE", "preferred")]),
        ("- Permis B ; le C serait un vrai plus.", [("Permis B", "B", "required"), ("C", "C", "preferred")]),
        ("- Permis C ou CE est un plus.", [("Permis C", "C", "preferred"), ("CE", "CE", "preferred")]),
        # the holders the employer trains
        ("Nous formons les titulaires du permis B motivés : le permis D est financé par nos soins.", []),
        ("Nous accompagnons les titulaires du permis B vers le permis C.", []),
    ],
)
def test_licence_families(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert licences(run, PROFILE_HEAD + line) == expected


# Round 17: "EN" and "DE" as codes beside other codes or with a level of their own; capitals that are words stay words.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• FR natif ou courant, NL et EN conversationnels (B1)",
         [("FR", "fr", "C1", "required"), ("NL", "nl", "B1", "required"), ("EN", "en", "B1", "required")]),
        ("- NL et FR courants, EN bon niveau", [("NL", "nl", "B2", "required"), ("FR", "fr", "B2", "required"), ("EN", "en", "B1", "required")]),
        ("- Langues : FR et NL (niveau C1), DE (niveau B2) ; EN courant",
         [("FR", "fr", "C1", "required"), ("NL", "nl", "C1", "required"), ("DE", "de", "B2", "required"), ("EN", "en", "B2", "required")]),
        ("- Langues : FR, NL, EN", [("FR", "fr", None, "required"), ("NL", "nl", None, "required"), ("EN", "en", None, "required")]),
        # a cue after the code on a line of languages
        ("- Langues : français et néerlandais courants ; EN un plus",
         [("français", "fr", "B2", "required"), ("néerlandais", "nl", "B2", "required"), ("EN", "en", None, "preferred")]),
        ("- Français courant, DE apprécié", [("Français", "fr", "B2", "required"), ("DE", "de", None, "preferred")]),
        # look-alikes: French words in capitals
        ("TRAVAIL EN EQUIPE. Anglais courant. DE PRÉFÉRENCE en CDI.", [("Anglais", "en", "B2", "required")]),
        ("TRAVAIL EN ÉQUIPE, DE JOUR COMME DE NUIT. PERMIS B EN COURS DE VALIDITÉ.", []),
        ("Travail EN équipe, DE jour comme de nuit.", []),
    ],
)
def test_en_de_codes(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a minimal command said to be enough
        ("Ouvert à tous ! Quelques mots de français suffisent, l'équipe d'encadrement parle aussi polonais.", [("français", "fr", "A2", "required")]),
        ("Un minimum de français pour conseiller nos clients.", [("français", "fr", None, "required")]),
        ("Quelques mots d'anglais pour accueillir les touristes.", [("anglais", "en", "A2", "required")]),
        ("Un minimum de néerlandais suffit pour l'accueil.", [("néerlandais", "nl", None, "required")]),
        # others speak it
        ("Nos collègues de l'atelier parlent aussi portugais.", []),
        # a language of a public, the list going on after a comma with "du"
        ("La pratique de l'arabe, du tamoul ou du bambara serait un avantage précieux.",
         [("arabe", "ar", None, "preferred"), ("tamoul", "ta", None, "preferred"), ("bambara", "bm", None, "preferred")]),
        ("Parler couramment l'anglais, l'allemand est un plus.", [("anglais", "en", "B2", "required"), ("allemand", "de", None, "preferred")]),
        # spelling of the language
        ("Vous maîtrisez parfaitement l'orthographe française.", [("française", "fr", "B2", "required")]),
        ("Très bonne maîtrise de l'orthographe française exigée.", [("française", "fr", "B2", "required")]),
        # English plus words and grades
        ("🔹 FR natif + English fluent ; le Dutch est un big plus", [("FR", "fr", "C2", "required"), ("English", "en", "C1", "required"), ("Dutch", "nl", None, "preferred")]),
        ("- French : good\n- Dutch : very good", [("French", "fr", "B1", "required"), ("Dutch", "nl", "B2", "required")]),
        # a code opening a list item, then a comma and another language
        ("- FR, notions de NL appréciées", [("FR", "fr", None, "required"), ("NL", "nl", "A2", "preferred")]),
        ("- Français, notions d'anglais appréciées", [("Français", "fr", None, "required"), ("anglais", "en", "A2", "preferred")]),
        # "sont des plus" (not the superlative "des plus exigeants")
        ("Anglais courant ; l'espagnol et l'italien sont des plus.", [("Anglais", "en", "B2", "required"), ("espagnol", "es", None, "preferred"), ("italien", "it", None, "preferred")]),
        ("Nos clients sont des plus exigeants. Anglais courant.", [("Anglais", "en", "B2", "required")]),
        # "et en anglais" continues the list; a language named again opens its own clause
        ("Connaissances de base en néerlandais et en anglais (nombreux chauffeurs étrangers).", [("néerlandais", "nl", "A2", "required"), ("anglais", "en", "A2", "required")]),
        ("Vous vous exprimez couramment en néerlandais et en anglais, le néerlandais pouvant être à un niveau B1 si votre anglais est excellent.",
         [("néerlandais", "nl", "B2", "required"), ("anglais", "en", "B2", "required")]),
    ],
)
def test_language_families(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


# Round 17: a Belgian language certificate to obtain later is still asked (preferred), its bracket's level read; the note
# of a language named in its sentence stays that language's.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vous disposez d'une bonne connaissance du néerlandais, le certificat linguistique SELOR (art. 8) étant obligatoire pour la nomination (ou à obtenir dans les 2 ans).",
         [("néerlandais", "nl", "B1", "required"), ("certificat linguistique SELOR (art. 8)", "nl", None, "preferred")]),
        ("Le brevet linguistique SELOR (article 8, connaissance élémentaire de la seconde langue) est indispensable ou vous vous engagez à le réussir dans l'année.",
         [("brevet linguistique SELOR (article 8, connaissance élémentaire de la seconde langue)", "nl", "A2", "preferred")]),
        # look-alikes: the language's own note, a bonus paid for it
        ("Être bilingue français-néerlandais ; le certificat linguistique SELOR (article 9§1) peut être obtenu après l'engagement.",
         [("français", "fr", "C1", "required"), ("néerlandais", "nl", "C1", "required")]),
        ("Le brevet linguistique Selor (article 8) donne droit à une prime de bilinguisme.", []),
        ("Le certificat SELOR (art. 8 ou 9) sera exigé dans les 2 ans.", []),
    ],
)
def test_language_certificates_to_obtain(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


# Round 17: a language and its register as a sentence of their own inside a paragraph; a test score after a comma with
# its own cue is an item of its own.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trois ans d'expérience, idéalement dans l'hôtellerie ou le retail. Anglais professionnel. Une certification de coach serait appréciée.",
         [("Anglais", "en", None, "required")]),
        ("Tu maîtrises SQL et Python. Anglais pro (toute la doc est en anglais). On offre un CDI.", [("Anglais", "en", None, "required")]),
        # look-alike: a syllabus list
        ("Au programme : Java, Docker. Anglais professionnel, gestion de projet, méthodes agiles.", []),
        ("Anglais professionnel (échanges quotidiens avec nos agents à l'étranger), TOEIC 750 ou équivalent souhaité.",
         [("Anglais", "en", None, "required"), ("TOEIC 750", "en", "B1", "preferred")]),
        ("Votre anglais est opérationnel : TOEIC 850 minimum.", [("anglais est opérationnel : TOEIC 850 minimum", "en", "B2", "required")]),
    ],
)
def test_register_sentence_and_separate_score(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


# Round 17: examples of a language in brackets share the predicate after the bracket; a language the ad lets one learn
# instead ("ou disposé(e) à suivre des cours") is wished; a wish after a level in brackets grades the language.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• Anglais courant exigé, une 3e langue (italien, espagnol, chinois) est un vrai plus",
         [("Anglais", "en", "B2", "required"), ("italien", "it", None, "preferred"), ("espagnol", "es", None, "preferred"), ("chinois", "zh", None, "preferred")]),
        ("- Une autre langue (allemand, néerlandais) serait un atout.", [("allemand", "de", None, "preferred"), ("néerlandais", "nl", None, "preferred")]),
        ("- Bilingue FR/NL ou disposé(e) à suivre des cours de néerlandais (payés par nous)", [("FR", "fr", "C1", "preferred"), ("NL", "nl", "C1", "preferred")]),
        ("- Néerlandais courant, ou prêt(e) à l'apprendre rapidement.", [("Néerlandais", "nl", "B2", "preferred")]),
        ("• Connaissance du néerlandais (niveau de base) appréciée pour les livraisons en Flandre", [("néerlandais", "nl", "A2", "preferred")]),
        # look-alike: the level in brackets, then a requirement word
        ("- Anglais (niveau B2) exigé, allemand apprécié.", [("Anglais", "en", "B2", "required"), ("allemand", "de", None, "preferred")]),
    ],
)
def test_language_wishes_after_brackets_and_alternatives(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


# Round 17: the same language named again after an alternative keeps its own level; the first naming keeps its own.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vous êtes bilingue français/néerlandais ou vous avez une très bonne connaissance du néerlandais (B2).",
         [("français", "fr", "C1", "required"), ("néerlandais", "nl", "C1", "required"), ("néerlandais", "nl", "B2", "required")]),
        ("Bilingue FR/NL ou, à défaut, une connaissance fonctionnelle du néerlandais (niveau B1).",
         [("FR", "fr", "C1", "required"), ("NL", "nl", "C1", "required"), ("néerlandais", "nl", "B1", "required")]),
    ],
)
def test_language_restated_as_alternative(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


# Round 17: the same language restated after an alternative with a knowledge phrase of its own is the lower alternative,
# graded by its own words (the team corpus: "Bilingue FR/NL ou bonne connaissance du néerlandais").
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bilingue FR/NL ou bonne connaissance du néerlandais",
         [("FR", "fr", "C1", "required"), ("NL", "nl", "C1", "required"), ("néerlandais", "nl", "B1", "required")]),
        ("- Bilingue FR/NL ou à tout le moins une connaissance suffisante du néerlandais (examen SELOR)",
         [("FR", "fr", "C1", "required"), ("NL", "nl", "C1", "required"), ("néerlandais", "nl", None, "required")]),
        # look-alike: restated without an alternative
        ("- Un anglais technique (rédaction de documents en anglais).", [("anglais", "en", None, "required")]),
    ],
)
def test_language_restated_with_own_knowledge(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


# Round 17: "clientèle bilingue espagnol" is the post's own bilingualism (the language named right after); "(clients
# bilingues)" stays the clients'.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Poste : Conseiller(ère) clientèle bilingue espagnol. Service client.", [("espagnol", "es", "C1", "required")]),
        ("- Bonnes connaissances du néerlandais (clients bilingues)", [("néerlandais", "nl", "B1", "required")]),
    ],
)
def test_post_bilingual_beside_clients(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected
