"""The comparison report: its model, built once from a comparison (`build`), and each rendering of it
(HTML, Markdown, CSV, XLSX, Word, JSON, REFI-QDA), with the JSON contract other tools read."""
