"""Round 21, languages by family (from the tenth and eleventh written batches' errors, generalised): the Belgian
language certificate promised in the future or in inclusive forms ("ou l'obtiendrez", "prêt·e à le passer":
preferred), held after the languages by a verb of its own ("bilingue … et disposez du brevet …": two items), introduced
by the other national language ("l'autre langue nationale : certificat BOSA …": the certificate is the item); regional
languages as the subject of a wish; "c'est bonus" after a comma; a language echoing the one before ("l'allemand
aussi"). Each family has look-alikes that must not fire. Sentences written for the test (no offer text); offsets are
checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre service renforce son équipe.\nProfil recherché :\n"


def languages(run: Any, line: str) -> list[tuple[str, Any, Any]]:
    return [(r["text"], r["language"], r["strength"]) for r in of_kind(run(HEAD + line), "language")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the certificate held, or promised in the future tense: preferred
        ("Vous disposez du brevet linguistique Selor (art. 8) ou l'obtiendrez dans l'année.",
         [("brevet linguistique Selor (art. 8)", "nl", "preferred")]),
        ("Vous disposez du certificat linguistique BOSA (article 9) ou vous l'obtiendrez durant le stage.",
         [("certificat linguistique BOSA (article 9)", "nl", "preferred")]),
        ("Le certificat Selor (article 9) est exigé ou tu le passeras pendant ton stage.",
         [("certificat Selor (article 9)", "nl", "preferred")]),
        # the promise in inclusive forms
        ("Vous possédez le certificat Selor article 12 ou vous êtes prêt·e à le passer.",
         [("certificat Selor article 12", "nl", "preferred")]),
        ("Le certificat Selor (article 9) est exigé ou vous êtes disposé.e à le présenter.",
         [("certificat Selor (article 9)", "nl", "preferred")]),
        # the article in brackets after the body that delivers it
        ("Vous avez le certificat de connaissances linguistiques délivré par Selor/BOSA (article 9 §1 ou 12).",
         [("certificat de connaissances linguistiques délivré par Selor/BOSA (article 9 §1 ou 12)", "nl", "required")]),
        # look-alike: held with no alternative stays required
        ("Certificat BOSA article 7 requis.", [("Certificat BOSA article 7", "nl", "required")]),
    ],
)
def test_certificate_promised(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert languages(run, line) == expected


@pytest.mark.parametrize(
    ("line", "certificate"),
    [
        ("Vous êtes bilingue français-néerlandais et disposez du brevet linguistique Selor (art. 8).", "brevet linguistique Selor (art. 8)"),
        ("Vous êtes bilingue FR/NL et êtes titulaire du certificat Selor article 9.", "certificat Selor article 9"),
        ("Tu parles le néerlandais, et tu possèdes le certificat linguistique BOSA (art. 12).", "certificat linguistique BOSA (art. 12)"),
    ],
)
def test_certificate_held_after_the_languages(run: Any, line: str, certificate: str) -> None:
    found = languages(run, line)
    assert (certificate, "nl", "required") in found
    assert len(found) >= 2  # the languages stay items of their own


@pytest.mark.parametrize(
    "line",
    [
        # the certificate as the language's own proof in brackets, or naming the language: one item
        "Vous avez une bonne connaissance du néerlandais (certificat Selor art. 9 §2).",
        "Certificat de connaissance approfondie du néerlandais (examen linguistique article 11).",
    ],
)
def test_certificate_as_the_language_proof_is_one_item(run: Any, line: str) -> None:
    assert len(languages(run, line)) == 1


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Connaissance approfondie de l'autre langue nationale : certificat BOSA article 7 requis.", ["certificat BOSA article 7"]),
        ("Connaissance de l'autre langue nationale (attestation Selor art. 9 §1).", ["attestation Selor art. 9 §1"]),
        ("Connaissance de l'autre langue nationale - brevet linguistique Selor.", ["brevet linguistique Selor"]),
        # look-alikes: the rank alone, or the certificate in a clause of its own
        ("Bonne connaissance de l'autre langue nationale (niveau B1).", ["autre langue nationale"]),
        ("Connaissance de l'autre langue nationale, le certificat Selor est un atout.", ["autre langue nationale", "certificat Selor"]),
    ],
)
def test_other_national_language_introducing_its_certificate(run: Any, line: str, expected: list[str]) -> None:
    assert [t for t, _l, _s in languages(run, line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Breton apprécié pour échanger avec les bénéficiaires.", [("Breton", "br", "preferred")]),
        ("Permis B. Breton souhaité.", [("Breton", "br", "preferred")]),
        ("- Occitan apprécié", [("Occitan", "oc", "preferred")]),
        ("Le breton serait apprécié.", [("breton", "br", "preferred")]),
        ("L'occitan est un atout.", [("occitan", "oc", "preferred")]),
        ("Le wallon serait un vrai plus.", [("wallon", "wa", "preferred")]),
        # look-alikes: the adjective of a person, an accent, a dish
        ("Un accent breton apprécié des clients.", []),
        ("Un chef breton apprécié de tous.", []),
        ("Notre fromage corse apprécié des touristes.", []),
    ],
)
def test_regional_language_wished(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert languages(run, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Le néerlandais, c'est bonus.", [("néerlandais", "nl", "preferred")]),
        ("L'italien, c'est un plus.", [("italien", "it", "preferred")]),
        ("L'allemand, c'est un atout.", [("allemand", "de", "preferred")]),
        # look-alike: "en plus" is not a plus (a profile's language stays required)
        ("Anglais, en plus du français.", [("Anglais", "en", "required")]),
    ],
)
def test_plus_after_a_comma(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert languages(run, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Néerlandais B1 souhaité, l'allemand aussi.", [("Néerlandais", "nl", "preferred"), ("allemand", "de", "preferred")]),
        ("Espagnol apprécié, et l'italien également.", [("Espagnol", "es", "preferred"), ("italien", "it", "preferred")]),
        ("Anglais exigé, l'espagnol également.", [("Anglais", "en", "required"), ("espagnol", "es", "required")]),
        # look-alikes: another sentence, or another subject that speaks it
        ("Anglais courant. Nous parlons aussi allemand.", [("Anglais", "en", "required")]),
        ("Vous parlez anglais, le client aussi.", [("anglais", "en", "required")]),
    ],
)
def test_language_echoing_the_one_before(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert languages(run, line) == expected
