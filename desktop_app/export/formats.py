"""The one list of output formats: the command line, the batch and the window's export dialog take it.

xlsx is an Excel workbook; qdpx a REFI-QDA project for qualitative-analysis tools (core/report/refiqda.py);
docx the readouts' marked-up copies, one Word file per readout (core/report/docx.py, `marked_paths`).
"""

from __future__ import annotations

FORMATS = ("pdf", "html", "md", "csv", "json", "xlsx", "qdpx", "docx", "marked-pdf")
SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".csv": "csv",
            ".json": "json", ".xlsx": "xlsx", ".qdpx": "qdpx", ".docx": "docx"}  # output file suffix → format
EXTENSIONS = {"pdf": "pdf", "html": "html", "md": "md", "csv": "csv", "json": "json", "xlsx": "xlsx",
              "qdpx": "qdpx", "docx": "docx", "marked-pdf": "pdf"}
BINARY_FORMATS = frozenset({"pdf", "xlsx", "qdpx", "docx", "marked-pdf"})  # to a file, never a terminal
# One file per readout: NAME.docx → NAME.kr.docx, NAME.cn.docx; marked-pdf (`--format marked-pdf`, as the
# suffix .pdf names the report) NAME.pdf → NAME.kr.pdf, NAME.cn.pdf.
PER_READOUT_FORMATS = frozenset({"docx", "marked-pdf"})
PAPERS = ("A4", "Letter")
