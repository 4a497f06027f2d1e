"""Pure library: candidates x real requirements -> shortlists, bridges, exclusion figures, incentives.

May import `audits`; never `employer_portal`, Flask or SQLAlchemy (a test enforces it).
"""

__version__ = "0.1.0"
