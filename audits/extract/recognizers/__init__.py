"""Recognisers: each finds one kind of requirement in a cleaned text and returns `Mention`s.

They are plain functions over text so that they can be unit-tested without spaCy; the spaCy components in
`audits.extract.components` call them on `doc.text` and store the result in `doc._.requirements`.
"""
