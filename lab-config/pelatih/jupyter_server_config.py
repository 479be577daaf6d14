"""The trainer's JupyterLab (``make formgrader``): Formgrader's grading page offline.

Loaded because ``lab-config/pelatih`` is on ``JUPYTER_CONFIG_PATH`` (next to
``jupyter_server_config.json``, which this file does not repeat).

nbgrader's ``formgrade`` template loads MathJax 2 from a CDN through nbconvert's
``mathjax()`` macro, called without arguments (so ``HTMLExporter.mathjax_url`` does not
apply).  Without internet, formgrade.js stops at ``MathJax.Hub...``: no keyboard shortcuts
and no scrolling to the selected box.  nbgrader's own settings for its exporter
(``extra_template_basedirs``, ``template_name``) are re-applied after every config file
(jupyter_core's ``JupyterApp.initialize``), so a config file cannot change them.
nbconvert also looks a template's files up in ``<data dir>/nbconvert/templates/<name>/``
of every Jupyter data dir, before the base templates, and ``JUPYTER_PATH`` adds a data
dir: ``data/nbconvert/templates/formgrade/mathjax.html.j2`` (a local stand-in, see that
file) then wins over nbconvert's macro for the grading page only.  The feedback pages
(template ``feedback``) are not affected.
"""

import os
from pathlib import Path

_DATA = str(Path(__file__).resolve().parent / "data")

if _DATA not in os.environ.get("JUPYTER_PATH", "").split(os.pathsep):
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        [_DATA, *filter(None, [os.environ.get("JUPYTER_PATH")])])
