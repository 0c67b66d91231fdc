"""The aligner's settings and their defaults, apart from the aligner itself: the window, the project
file and the command line read and write them without loading numpy or the model (start-up)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from desktop_app.core.resources import load_yaml_resource


@cache
def _fitted(name: str) -> float:
    """A threshold chosen with the model's weights by tests/tools/fit_alignment.py."""
    return float(load_yaml_resource("alignment", "model.yaml")["with_embedding"][name])


@dataclass(frozen=True)
class AlignmentSettings:
    """Every tunable of the aligner, with its default. Probabilities are in [0, 1].

    The three thresholds default to those fitted with the model (resources/alignment/model.yaml); the
    rest can only be set by judgement, and say why.
    """

    # least probability for two free statements to start a link
    threshold: float = field(default_factory=lambda: _fitted("threshold"))
    # least probability for a free statement to join the link its best partner is in
    join_threshold: float = field(default_factory=lambda: _fitted("join_threshold"))
    # least probability (to the link's other side) for a free statement to join its neighbour's link
    neighbour_threshold: float = field(default_factory=lambda: _fitted("neighbour_threshold"))
    # A joining statement must be nearly as close as the link's own pair: a leftover that is merely
    # less unrelated to a strong link than to anything else is still one-sided.
    join_ratio: float = 0.75
    # Nor does a statement whose best partner is taken start a link much weaker than that best pair:
    # the agenda line whose best match is the other side's (already linked) opening would otherwise
    # link to a point of substance it merely names.
    start_ratio: float = 0.75
    max_group: int = 4  # most statements one side contributes to a link (readouts rarely need more)
    use_embedding: bool = True  # the sentence embedding, when its package is installed
    # IDF-weighted concept features: features shared by more than this share of statements say nothing
    common_feature_share: float = 0.5
    top_k: int = 3  # neighbours a statement's usual similarity is averaged over (the margin signal)


DEFAULT_SETTINGS = AlignmentSettings()
