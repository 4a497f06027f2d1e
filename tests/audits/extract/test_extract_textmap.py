from audits.extract.langdetect import detect_language
from audits.extract.textmap import clean_text


def test_plain_text_maps_one_to_one() -> None:
    ct = clean_text("Permis B exigé")
    assert ct.text == "Permis B exigé"
    assert ct.to_original(0, 8) == (0, 8)


def test_html_tags_removed_and_entity_inside_span_returns_original_substring() -> None:
    original = "<ul><li>Dipl&ocirc;me exig&eacute;</li><li>Permis&nbsp;B</li></ul>"
    ct = clean_text(original)
    assert "Diplôme exigé" in ct.text
    assert "Permis B" in ct.text
    i = ct.text.index("Diplôme exigé")
    s, e = ct.to_original(i, i + len("Diplôme exigé"))
    assert original[s:e] == "Dipl&ocirc;me exig&eacute;"
    j = ct.text.index("Permis B")
    s, e = ct.to_original(j, j + 8)
    assert original[s:e] == "Permis&nbsp;B"


def test_list_items_become_lines_without_blank_lines() -> None:
    ct = clean_text("<p>Les plus :</p><ul><li>CACES</li><li>SST</li></ul>")
    assert "CACES\nSST" in ct.text


def test_odd_unicode_is_normalised_with_exact_map() -> None:
    original = "Exp\u0065\u0301rience d\u2019au moins 2\u00a0ans 🚀\u0007 permis\u202fB"
    ct = clean_text(original)
    assert "Expérience d'au moins 2 ans" in ct.text
    assert "\u0007" not in ct.text
    i = ct.text.index("Expérience")
    s, e = ct.to_original(i, i + len("Expérience"))
    assert original[s:e] == "Exp\u0065\u0301rience"


def test_crlf_is_one_line_break() -> None:
    assert clean_text("a\r\nb").text == "a\nb"


def test_language_detection() -> None:
    assert detect_language("Nous recherchons un vendeur pour notre magasin, vous êtes motivé et vous avez le permis B.").language == "fr"
    assert detect_language("Wij zoeken een verkoper voor onze winkel in Gent. Je bent gemotiveerd en hebt een rijbewijs.").language == "nl"
    assert detect_language("We are looking for a sales assistant for our shop. You are motivated and have a driving licence.").language == "en"
    assert detect_language("Wir suchen einen Verkäufer für unser Geschäft. Sie sind motiviert und haben einen Führerschein.").language == "de"
    short = detect_language("Vendeur")
    assert short.language == "fr" and not short.confident


def test_fast_path_keeps_the_identity_map() -> None:
    original = "Permis\u00a0B d\u2019office\u0007 🚚 \u200eok"
    ct = clean_text(original)
    assert ct.text == "Permis B d'office  🚚  ok"
    assert len(ct.text) == len(original)
    assert ct.to_original(0, 8) == (0, 8)
