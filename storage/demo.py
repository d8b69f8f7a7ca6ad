"""Seeded generator of a believable store (demo) and of "ten busy years" (benchmark). To be filled."""
