"""The project file (two readouts, the analyst's corrections and annotations, versioned) and its
autosave."""
