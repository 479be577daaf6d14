"""Cap the size of every text output kept in a graded notebook.

nbgrader's ``LimitOutput`` counts lines only; one line of ten megabytes passes.  This
preprocessor cuts each stream or text output to ``max_chars`` characters and says so.
"""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Integer

MARK = "\n... Output truncated ... (keluaran dipotong: terlalu panjang)\n"


class CapOutputSize(NbGraderPreprocessor):
    max_chars = Integer(20000, help="Most characters kept per output.").tag(config=True)

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type != "code":
            return cell, resources
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                text = output.get("text", "")
                if len(text) > self.max_chars:
                    output["text"] = text[: self.max_chars] + MARK
            for kind, value in list(output.get("data", {}).items()):
                if kind.startswith("text/") and isinstance(value, str) and (
                        len(value) > self.max_chars):
                    output["data"][kind] = value[: self.max_chars] + MARK
        return cell, resources
