"""The window's state without Qt: the session (the two readouts, their comparison, annotations and
corrections), what is selected and the sentence that says so, the navigation through links and
differences, the view (filter, reading side, zoom), the overview ruler's marks, and the preferences and
their file. The window draws it; tests use it without a display."""
