"""The window's parts: the two document panes, the gutter of links between them, the overview rulers,
the topic outline, the annotation list, the find bar, the message bar and the legend."""
