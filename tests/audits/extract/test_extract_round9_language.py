"""Round 9 (languages, protected look-alikes, licences, certifications): general classes read on the errors of the
tenth to thirteenth IT samples, tested with sentences written for the test (no offer text) and with look-alikes
that must not change."""

from typing import Any

import pytest
from extract_helpers import of_kind

_FR = (
    "Notre entreprise de logistique basée à Lyon renforce son équipe. Vous rejoindrez une équipe soudée et "
    "travaillerez sur des projets variés avec nos clients.\nProfil recherché :\n"
)


def _langs(reqs: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(r["language"], r["cefr"]) for r in of_kind(reqs, "language")]


# --- languages named by their adjective after a plural "langues", chained ------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Maîtrise des langues française et anglaise exigée.", [("fr", "B2"), ("en", "B2")]),
        ("Bonne maîtrise des langues anglaise, allemande et espagnole.", [("en", "B2"), ("de", "B2"), ("es", "B2")]),
        ("Les langues francaise et anglaise courantes sont indispensables.", [("fr", "B2"), ("en", "B2")]),
        ("Langue anglaise courante.", [("en", "B2")]),
    ],
)
def test_adjectives_after_plural_langues(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_FR + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Vous travaillerez pour une entreprise française et anglaise.",  # the company's nationality
        "Cuisine française et italienne au restaurant d'entreprise.",
    ],
)
def test_adjectives_look_alikes(run: Any, line: str) -> None:
    assert _langs(run(_FR + line)) == []


# --- the modes of use (lu, parlé, écrit, compris, oral) name no level: only the guide's words do --------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Espagnol lu, écrit, compris.", [("es", None)]),
        ("Anglais parlé et écrit souhaité.", [("en", None)]),
        ("Allemand lu.", [("de", None)]),
        # with a level word, the level stays
        ("Maîtrise de l'anglais lu, écrit et parlé.", [("en", "B2")]),
        ("Anglais courant (écrit et parlé).", [("en", "B2")]),
        # a register followed by the modes lets the whole phrase grade it; without them the register has no level
        ("Maîtrise de l'italien professionnel, à l'écrit comme à l'oral.", [("it", "B2")]),
        ("Maîtrise de l'italien professionnel.", [("it", None)]),
    ],
)
def test_modes_of_use_name_no_level(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_FR + line)) == expected


# --- a language asked through a conversation ability -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Tu sais tenir une conversation en espagnol.",
        "Vous êtes capable de converser en allemand avec nos fournisseurs.",
        "Vous savez négocier en anglais avec des acheteurs.",
        "Vous pouvez discuter en italien avec les clients.",
    ],
)
def test_conversation_ability(run: Any, line: str) -> None:
    assert [iso for iso, _ in _langs(run(_FR + line))] in (["es"], ["de"], ["en"], ["it"])


@pytest.mark.parametrize(
    "line",
    [
        "Les réunions et la conversation en anglais sont réservées aux managers.",  # no ability asked of the candidate
        "Notre site est traduit en anglais.",
    ],
)
def test_conversation_look_alikes(run: Any, line: str) -> None:
    assert _langs(run(_FR + line)) == []


# --- a register word alone after the language, on a line of its own ------------------------------------------------


@pytest.mark.parametrize("line", ["Anglais professionnel.", "Espagnol des affaires", "Allemand technique."])
def test_register_line_anywhere(run: Any, line: str) -> None:
    text = _FR.replace("Profil recherché :\n", "") + "Qualités attendues : rigueur et sens pratique.\n\n" + line
    assert [c for _, c in _langs(run(text))] == [None]


# --- a level written after an aside or a dash of the same line ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Langue anglaise (écrit et oral) - Niveau B2.", [("en", "B2")]),
        ("Anglais (lu, écrit) : niveau C1 exigé.", [("en", "C1")]),
        ("Allemand (oral) – B1 minimum.", [("de", "B1")]),
        # the level belongs to the next language
        ("Anglais (oral), allemand niveau B1.", [("en", None), ("de", "B1")]),
    ],
)
def test_level_after_an_aside(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_FR + line)) == expected


# --- a higher level wished after the required one -------------------------------------------------------------------


def test_second_level_with_its_own_cue(run: Any) -> None:
    reqs = of_kind(run(_FR + "Anglais : niveau B1 exigé ; C1 apprécié."), "language")
    assert [(r["language"], r["cefr"], r["strength"]) for r in reqs] == [("en", "B1", "required"), ("en", "C1", "preferred")]


@pytest.mark.parametrize("line", ["Anglais niveau B1/B2 exigé.", "Anglais : niveau B2-C1 requis."])
def test_level_range_is_one_item(run: Any, line: str) -> None:
    assert len(_langs(run(_FR + line))) == 1


# --- a language offered as a perk is not asked ----------------------------------------------------------------------


def test_language_as_a_perk(run: Any) -> None:
    text = _FR + "Rigueur et autonomie.\n\nAvantages :\n- Tickets restaurant ;\n- Cadre international : pratiquer l'anglais ;\n"
    assert _langs(run(text)) == []
    text2 = _FR + "Rigueur.\n\nAvantages :\n- Cours d'allemand offerts pour progresser.\n"
    assert _langs(run(text2)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Votre espagnol professionnel vous permet de traiter avec nos filiales.", ["es"]),
        ("Les modules : Java, Docker, Anglais professionnel, gestion du stress.", []),  # a syllabus list
    ],
)
def test_register_after_a_determiner(run: Any, line: str, expected: list[str]) -> None:
    text = _FR.replace("Profil recherché :\n", "") + "Rigueur et sens pratique.\n\n" + line
    assert [iso for iso, _ in _langs(run(text))] == expected


# --- protected criteria: look-alikes of a thing, and the appearance wording of the guide --------------------------


def _criteria(reqs: list[dict[str, Any]]) -> list[str]:
    return [r["criterion"] for r in of_kind(reqs, "protected_criterion")]


@pytest.mark.parametrize(
    "line",
    [
        "Vous développez le front en Svelte et TypeScript.",  # the JavaScript framework
        "Stack : Go, Svelte, HTMX, SQLite.",
        "Expérience de SvelteKit ou de React appréciée.",
        "Notre groupe familial, né à Lyon et présent dans dix pays, recrute.",  # the company's birthplace
        "Rejoignez une PME innovante née en Bretagne.",
        "Environnements cloud native et conteneurs.",  # "native" of a technology
        "Développement d'applications natives sous Android.",
        "Bonne condition physique (port de charges lourdes).",  # a task demand, not health
        "Bonne condition physique exigée : manutention et station debout.",
    ],
)
def test_protected_look_alikes(run: Any, line: str) -> None:
    assert _criteria(run(_FR + line)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vous êtes svelte et souriante.", ["physical_appearance"]),
        ("Présentation soignée exigée.", ["physical_appearance"]),
        ("Ponctualité, présentation impeccable, discrétion.", ["physical_appearance"]),
        ("Vous êtes né(e) à Paris.", ["birth"]),
        ("Anglais natif exigé.", ["language_origin"]),
        ("Une excellente condition physique est exigée pour ce poste de bureau.", ["health", "disability"]),
    ],
)
def test_protected_still_found(run: Any, line: str, expected: list[str]) -> None:
    assert sorted(_criteria(run(_FR + line))) == sorted(expected)


def test_presentation_of_a_thing_is_clean(run: Any) -> None:
    assert _criteria(run(_FR + "Présentation soignée des rapports et des dossiers clients.")) == []


# --- licences: the vehicle class written with a hyphen or a plural; a licence the employer includes ----------------


def _licences(reqs: list[dict[str, Any]]) -> list[Any]:
    return [r["category"] for r in of_kind(reqs, "licence")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chauffeur super-lourds (H/F)", ["CE"]),
        ("Conducteur super lourds (H/F)", ["CE"]),
        ("Chauffeur poids-lourds (H/F)", ["C"]),
    ],
)
def test_vehicle_class_variants(run: Any, title: str, expected: list[str]) -> None:
    assert _licences(run(_FR + "Ponctualité et rigueur.", title=title)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Avantages :\n- Permis C inclus dans votre parcours de formation\n- Mutuelle",
        "Le permis CE est entièrement financé par l'entreprise.",
        "Permis D offert après la période d'essai.",
        "Permis C/CE pris en charge par l'entreprise.",
    ],
)
def test_licence_offered_not_asked(run: Any, line: str) -> None:
    assert _licences(run(_FR + "Ponctualité.\n\n" + line)) == []


def test_licence_asked_stays(run: Any) -> None:
    assert _licences(run(_FR + "Permis C exigé, permis inclus dans nos tarifs de location.")) == ["C"]


# --- certifications ---------------------------------------------------------------------------------------------------


def _certs(reqs: list[dict[str, Any]]) -> list[Any]:
    return [r["code"] for r in of_kind(reqs, "certification")]


@pytest.mark.parametrize(
    "line",
    [
        "Une certification en Python ou Java est un atout.",  # a field, no certificate named (the guide)
        "Une certification en Data Science ou IA serait un plus.",
        "Avantages :\n- Certifications AWS et Azure financées à 100 % par l'entreprise\n- Mutuelle",
        "Les certifications Microsoft sont prises en charge par nos soins.",
    ],
)
def test_certification_not_asked(run: Any, line: str) -> None:
    assert _certs(run(_FR + "Rigueur.\n\n" + line)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Une certification AWS est un plus.", ["AWS"]),
        ("Habilitation IOBSP 2 et IAS 1 souhaitées.", ["IOBSP 2", "IAS 1"]),
        ("Vous êtes titulaire de l'IOBSP niveau 1.", ["IOBSP 1"]),
    ],
)
def test_certification_found(run: Any, line: str, expected: list[str]) -> None:
    assert _certs(run(_FR + line)) == expected


_WORKSHOP = "Menuiserie de Tours, nous fabriquons des meubles sur mesure.\nProfil :\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CACES 3 apprécié.", ["CACES R489 3"]),  # a digit category: the forklift recommendation (the guide, 202CHRM)
        ("CACES 9 exigé.", ["CACES 9"]),
        ("Pour nos chantiers de terrassement, CACES 2 exigé.", ["CACES 2"]),  # old construction-machine numbering
    ],
)
def test_caces_digit_reads_forklift(run: Any, line: str, expected: list[str]) -> None:
    assert _certs(run(_WORKSHOP + line)) == expected


def test_accounting_standard_is_not_a_licence_to_sell(run: Any) -> None:
    assert _certs(run(_FR + "Maîtrise des normes IAS 2 et IFRS 16 en consolidation.")) == []


def test_vendor_certification_with_its_title_in_brackets(run: Any) -> None:
    text = _FR + "Expérience en développement Pega.\nCertification CSA (Certified System Architect) ou CSSA (Certified Senior System Architect)."
    assert _certs(run(text)) == ["Pega CSA", "Pega CSSA"]


@pytest.mark.parametrize(
    "line",
    [
        "Vous accompagnerez la montée en compétences de plus jeunes collaborateurs.",  # colleagues the candidate mentors
        "Vous formerez des profils moins jeunes que vous.",
    ],
)
def test_younger_colleagues_are_not_the_candidate(run: Any, line: str) -> None:
    assert _criteria(run(_FR + line)) == []


def test_haccp_listed_under_a_competence_heading(run: Any) -> None:
    text = "Restaurant d'entreprise à Nantes.\n\nCompétences attendues :\n- Respecter les règles d'hygiène (HACCP)\n- Travail en équipe\n"
    assert _certs(run(text)) == ["HACCP"]
    duty = "Restaurant d'entreprise à Nantes.\n\nVos missions :\n- Appliquer les procédures HACCP de la cuisine\n"
    assert _certs(run(duty)) == []
