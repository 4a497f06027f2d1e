"""Round 10 (languages, certifications): general classes read on the ads the team wrote (training/extract), tested
with sentences written for the test (no ad or offer text) and with look-alikes that must not be read."""

from typing import Any

import pytest
from extract_helpers import of_kind

_FR = (
    "Notre entreprise de logistique basée à Namur renforce son équipe. Vous rejoindrez une équipe soudée et "
    "travaillerez sur des projets variés avec nos clients de la région.\nProfil recherché :\n"
)


def _langs(reqs: list[dict[str, Any]]) -> list[str]:
    return [r["language"] for r in of_kind(reqs, "language")]


# --- English language names on English requirement lines ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Fluent English ; Portuguese or Dutch is a plus", ["en", "pt", "nl"]),
        ("- Anglais courant, German is an asset", ["en", "de"]),
        ("- Good command of English; Italian nice to have", ["en", "it"]),
        ("- Spanish: B1 minimum", ["es"]),
        ("- Professional English and French ; Polish is a real plus", ["en", "fr", "pl"]),
    ],
)
def test_english_language_names(run: Any, line: str, expected: list[str]) -> None:
    assert _langs(run(_FR + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Notre start-up est labellisée French Tech depuis 2021.",  # a label
        "Notre fondateur, German Lopez, vous accueillera.",  # a first name, no cue
        "Polish your skills with our coaches.",  # lower-case verb, no cue
    ],
)
def test_english_names_look_alikes(run: Any, line: str) -> None:
    assert _langs(run(_FR + line)) == []


# --- a second language with a strength predicate of its own ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Anglais courant ; le portugais est un vrai plus.", ["en", "pt"]),
        ("- Le luxembourgeois ou l'allemand est un vrai plus vu notre clientèle.", ["lb", "de"]),
        ("- Espagnol ou italien bienvenu.", ["es", "it"]),
        ("- Français exigé, le roumain est un gros avantage.", ["fr", "ro"]),
    ],
)
def test_second_language_with_strength(run: Any, line: str, expected: list[str]) -> None:
    assert _langs(run(_FR + line)) == expected


def test_strength_words_alone_name_no_language(run: Any) -> None:
    text = _FR + "Nos avantages : un vrai plus pour votre carrière, un restaurant italien sur place."
    assert _langs(run(text)) == []


# --- a language others speak, or said not to be required -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous êtes à l'aise en anglais car une partie de l'équipe ne parle pas français.", ["en"]),
        ("- Vous parlez anglais ; nos clients parlent souvent néerlandais.", ["en"]),
        ("- Fluent English; French not required.", ["en"]),
        ("- Anglais courant ; le portugais n'est pas exigé.", ["en"]),
        ("- Our team speaks French and English; Spanish is a plus.", ["es"]),
        ("- Vous parlez couramment le néerlandais et le français.", ["nl", "fr"]),  # the candidate speaks: kept
    ],
)
def test_language_not_asked_of_the_candidate(run: Any, line: str, expected: list[str]) -> None:
    assert _langs(run(_FR + line)) == expected


def test_not_required_but_wished_is_kept(run: Any) -> None:
    reqs = of_kind(run(_FR + "- Néerlandais pas obligatoire mais apprécié."), "language")
    assert [(r["language"], r["strength"]) for r in reqs] == [("nl", "preferred")]


# --- a language opening a profile item or sentence, explained after ':', ';', '(' or closed there --------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Néerlandais : rédaction de courriers aux fournisseurs", ["nl"]),
        ("- Allemand et/ou espagnol", ["de", "es"]),
        ("- Anglais scientifique (veille sur les publications)", ["en"]),
        ("• Italien ; portugais apprécié pour les chantiers", ["it", "pt"]),
        ("Une expérience du secteur public est un plus. Anglais professionnel.", ["en"]),
    ],
)
def test_language_opening_a_profile_item(run: Any, line: str, expected: list[str]) -> None:
    assert _langs(run(_FR + line)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Notre carte :\n- Italien (pâtes fraîches du jour)\n",  # a menu heading, not the profile
        "Avantages :\n- Français : cours offerts aux nouveaux arrivants\n",  # the offer section
        _FR + "- anglais ; espagnol\n",  # an item that does not open with a capital: a fragment, not read by place
    ],
)
def test_language_opening_an_item_look_alikes(run: Any, text: str) -> None:
    assert _langs(run(text)) == []


# --- less common languages, and languages given as examples of a language asked --------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- La connaissance du persan, du pachto ou du lingala est un atout.", ["fa", "ps", "ln"]),
        ("- Une bonne pratique du basque est appréciée.", ["eu"]),
        ("- Anglais courant exigé, une deuxième langue (portugais, roumain) est un plus ;", ["en", "pt", "ro"]),
        ("- La maîtrise d'une langue étrangère, notamment le turc ou le russe, serait un plus.", ["tr", "ru"]),
        ("- Anglais courant ; a third language (Dutch, Spanish or Polish) is a real plus", ["en", "nl", "es", "pl"]),
    ],
)
def test_rare_languages_and_examples(run: Any, line: str, expected: list[str]) -> None:
    assert _langs(run(_FR + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Nous sommes installés au Pays basque, région souhaitée.",  # a place
        "Nos domaines : le bâtiment, les langues (portugais, roumain pour les frontaliers) et le numérique.",  # subjects
        "Nos formations en langues (allemand, espagnol) sont offertes aux salariés.",  # a course offered
        "Le portugais et le roumain sont parlés par une partie de l'équipe.",  # spoken by others
    ],
)
def test_rare_languages_and_examples_look_alikes(run: Any, line: str) -> None:
    assert _langs(run(_FR + line)) == []


# --- reading the language, getting by in it, a level said to be enough ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Tu lis le néerlandais sans difficulté.", ["nl"]),
        ("- Tu te débrouilles en allemand.", ["de"]),
        ("- Un espagnol correct pour nos échanges avec Madrid.", ["es"]),
        ("- Un anglais suffisant pour lire la documentation.", ["en"]),
    ],
)
def test_reading_and_enough_level(run: Any, line: str, expected: list[str]) -> None:
    assert _langs(run(_FR + line)) == expected


def test_enough_words_without_language(run: Any) -> None:
    assert _langs(run(_FR + "Nos clients allemands apprécient un travail correct. Le salaire est suffisant.")) == []


# --- certifications: Belgian certificates, and the employer's own certification --------------------------------------


def _codes(reqs: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in of_kind(reqs, "certification")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- BA4 ou BA5 indispensable pour les interventions", ["BA4", "BA5"]),
        ("- Permis C, code 95 à jour", ["CODE 95"]),
        ("- Un brevet de cariste (frontal) est un plus", ["BREVET CARISTE"]),
        ("- Vous êtes certifié VCA de base.", ["VCA"]),
    ],
)
def test_belgian_certificates(run: Any, line: str, expected: list[str]) -> None:
    assert _codes(run(_FR + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Notre société est certifiée VCA depuis 2015 et nous formons nos équipes.",  # the employer's certification
        "Nous sommes certifiés VCA** et ISO 45001.",
        "Format A4, code postal 95100.",  # look-alikes of BA4 and code 95
    ],
)
def test_certificate_look_alikes(run: Any, line: str) -> None:
    assert _codes(run(_FR + line)) == []
