"""Comparing two aligned readouts: the links and their verdicts, the words that differ, the analyst's
corrections, and whether the two readouts report one meeting at all."""
