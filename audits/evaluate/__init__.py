"""Evaluation commands: `python -m audits.evaluate extract GOLD OFFERS [--protected SENTENCES]`."""
