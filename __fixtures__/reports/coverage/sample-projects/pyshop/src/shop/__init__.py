"""A tiny shop used to produce real pytest and coverage.py reports."""
