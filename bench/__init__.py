"""The benchmark: `python -m bench` (see README, Performance, and bench/__main__.py)."""
