"""Round 19, Belgian diplomas by family: the Belgian routes named alone after a trade's training, the bracket that
restates the secondary years (one item), the titre de compétence by its field, equivalents named by their country or by a
foreign diploma, the generic higher-education diploma heading alternatives and the diploma that opens a public level.
Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_levels, of_kind


def _spans_ok(reqs: list[dict[str, Any]], text: str) -> None:
    for r in reqs:
        assert text[r["start"] : r["end"]] == r["text"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the routes to a trade, named alone in the bracket after a level-less training
        ("- une formation en pâtisserie (CEFA, IFAPME, école hôtelière) ou un an d'expérience",
         [("une formation en pâtisserie", None), ("CEFA", 3), ("IFAPME", 3), ("école hôtelière", None)]),
        ("Vous êtes menuisier de formation (IFAPME, CEFA ou enseignement de plein exercice).",
         [("menuisier de formation", None), ("IFAPME", 3), ("CEFA", 3), ("enseignement de plein exercice", None)]),
        ("- un diplôme en boulangerie (IFAPME/EFP)", [("diplôme en boulangerie", None), ("IFAPME/EFP", 3)]),
        # the bracket that restates the years of one diploma: one item, lowest level
        ("- un diplôme de carrossier (6e/7e professionnelle) exigé", [("diplôme de carrossier (6e/7e professionnelle)", 3)]),
        ("Diplôme : 6e/7e professionnelle ou technique en menuiserie (CQ6/CQ7).",
         [("6e/7e professionnelle ou technique en menuiserie (CQ6/CQ7)", 3)]),
        ("- Formation en boulangerie ou pâtisserie (niveau CQ6 minimum)", [("Formation en boulangerie ou pâtisserie (niveau CQ6 minimum)", 3)]),
        # the titre de compétence by its field: a diploma with no level
        ("Vous avez un CESS technique ou un titre de compétence en électricité industrielle.",
         [("CESS", 4), ("titre de compétence en électricité industrielle", None)]),
        ("- CQ6 en construction ou titres de compétences en carrelage", [("CQ6", 3), ("titres de compétences en carrelage", None)]),
        # equivalents with their own origin
        ("- Bachelier en droit (ou diplôme luxembourgeois équivalent)", [("Bachelier", 6), ("diplôme luxembourgeois équivalent", 6)]),
        ("- CESS ou diplôme équivalent (Matura)", [("CESS", 4), ("diplôme équivalent (Matura)", 4)]),
        # the generic higher-education diploma heading alternatives has no level of its own
        ("Vous êtes diplômée de l'enseignement supérieur (bachelier ou master) en gestion.",
         [("diplômée de l'enseignement supérieur", None), ("bachelier", 6), ("master", 7)]),
        # the diploma that opens a Belgian public level
        ("Être titulaire d'un diplôme donnant accès au niveau B ;", [("diplôme donnant accès au niveau B", 6)]),
        ("Être titulaire d'un diplôme donnant accès aux emplois de niveau A.", [("diplôme donnant accès aux emplois de niveau A", 7)]),
        # the degrees giving the level, in its bracket, belong to the item
        ("Être titulaire d'un diplôme donnant accès à un emploi de niveau A (master ou licence) ;",
         [("diplôme donnant accès à un emploi de niveau A (master ou licence)", 7)]),
        # a trade's training given with a diploma as its example, or with its certificates before the cue
        ("– Formation de carreleur, par exemple 7e professionnelle en carrelage, ou expérience équivalente",
         [("Formation de carreleur", 3), ("7e professionnelle", 4)]),
    ],
)
def test_belgian_diploma_families(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    text = PROFILE_HEAD + line
    reqs = run(text)
    _spans_ok(reqs, text)
    assert diploma_levels(reqs) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a named certificate: the bracket only says where it is obtained
        ("- certificat d'aide familial(e) (enseignement de plein exercice ou CEFA)", ["certificat d'aide familial(e)"]),
        # a recognised training inside a named certificate's bracket says where it is obtained
        ("- certificat de garde d'enfants (promotion sociale ou formation agréée par l'AViQ)", ["certificat de garde d'enfants"]),
        # adult education among the routes: one training (older golds)
        ("- Formation de plafonneur (promotion sociale ou IFAPME) souhaitée", ["Formation de plafonneur"]),
        # a bracket naming a branch lists alternatives, not a restated level
        ("- un diplôme en hôtellerie (CQ6 / 7e professionnelle salle) souhaité", ["CQ6", "7e professionnelle salle"]),
        # the school as partner or place, the training the employer gives
        ("Nous travaillons en partenariat avec l'IFAPME et le CEFA de Namur.", []),
        ("Une formation de soudeur assurée par nos soins, par exemple en atelier.", []),
        ("Une grille de salaire : emploi de niveau A.", []),
    ],
)
def test_look_alikes(run: Any, line: str, expected: list[str]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert [r["text"] for r in of_kind(reqs, "diploma")] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the routes after the candidate's participle, with their articles
        ("Vous êtes formé(e) via l'IFAPME, le CEFA ou l'enseignement de plein exercice.",
         [("IFAPME", 3), ("CEFA", 3), ("enseignement de plein exercice", None)]),
        ("Idéalement issue de l'IFAPME ou d'une école hôtelière, vous aimez le service.", [("IFAPME", 3), ("école hôtelière", None)]),
        # a trade's training via a provider, closed by an ellipsis
        ("Vous avez un CQ6 en mécanique ou une formation de carrossier via l'IFAPME… sinon 5 ans de métier.",
         [("CQ6", 3), ("formation de carrossier via l'IFAPME", 3)]),
        # a trade's training with the kind of certificate that closes it: one item over the bracket
        ("- Formation de secrétaire médicale (titre professionnel ou certificat d'une école privée…) exigée.",
         [("Formation de secrétaire médicale (titre professionnel ou certificat d'une école privée…)", 4)]),
        # the route by which a named diploma was obtained is not a second diploma
        ("- Diplôme d'aide-soignant(e) obtenu en promotion sociale ou en 7e professionnelle",
         [("Diplôme d'aide-soignant(e)", 4)]),
        # adult education's qualification, a training recognised by an authority, the nurse manager's training
        ("- Certificat d'aide familial ou qualification de l'enseignement de promotion sociale",
         [("Certificat d'aide familial", 4), ("qualification de l'enseignement de promotion sociale", None)]),
        ("- une formation agréée par l'AViQ", [("formation agréée par l'AViQ", None)]),
        ("- un master en santé publique ou la formation de cadre en soins de santé",
         [("master", 7), ("formation de cadre en soins de santé", 6)]),
    ],
)
def test_routes_and_named_trainings(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    text = PROFILE_HEAD + line
    reqs = run(text)
    _spans_ok(reqs, text)
    assert diploma_levels(reqs) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Vous serez formé par l'IFAPME pendant trois ans.",  # a training to come
        "Nous accueillons des apprentis formés au CEFA de Liège.",  # other people's
        "Les jeunes diplômés d'une école hôtelière sont les bienvenus.",  # newcomers welcomed: experience, not a diploma
        "- Certificat HACCP / formation en hygiène alimentaire",  # a course certificate, not a diploma
        "Nous finançons votre formation (titre professionnel Conducteur de car) si vous avez le permis B.",  # paid by the employer
        "- La formation en premiers secours serait un plus",
        "- Diplôme : obtenu en Belgique",
    ],
)
def test_no_diploma_look_alikes(run: Any, line: str) -> None:
    assert of_kind(run(PROFILE_HEAD + line), "diploma") == []


def test_levelled_alternatives_in_a_training_bracket_stay_items(run: Any) -> None:
    # distinct levelled diplomas in the bracket are alternatives, not the certificate closing the training
    reqs = run(PROFILE_HEAD + "Vous êtes issu(e) d'une formation en paie (titre pro gestionnaire de paie, licence pro RH ou DUT GEA).")
    texts = [r["text"] for r in of_kind(reqs, "diploma")]
    assert {"titre pro", "licence pro", "DUT GEA"} <= set(texts)
