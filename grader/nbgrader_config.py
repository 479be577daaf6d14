"""nbgrader configuration for Kelas AI Humas.

The course root is the repository root, computed from this file's location so
that nbgrader works from any working directory and on Windows.  Run nbgrader
from this folder (``cd grader``) or pass ``--config grader/nbgrader_config.py``.

Layout (``{step}/{student_id}/{assignment_id}/{notebook}.ipynb``):

    solutions/NN-name/NN-name.ipynb            source: solutions and hidden tests
    modules/NN-name/NN-name.ipynb              release: what participants get
    grader/submitted/<kode>/NN-name/...        collected submissions (git-ignored)
    grader/autograded/, grader/feedback/       grading workspace (git-ignored)
    grader/gradebook.db                        the gradebook (git-ignored)

A copy of this file placed in ``<dir>/grader/`` makes ``<dir>`` the course
root, which is how the tests grade in a temporary folder.
"""

from pathlib import Path

_GRADER_DIR = Path(__file__).resolve().parent
_ROOT = _GRADER_DIR.parent

c = get_config()  # noqa: F821  (provided by traitlets when nbgrader loads this file)

c.CourseDirectory.course_id = "kelas-ai-humas"
c.CourseDirectory.root = str(_ROOT)
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "modules"
# Forward slashes on every platform: nbgrader also builds regular expressions from
# these names, where a Windows backslash would be read as an escape ("\\s").
c.CourseDirectory.submitted_directory = "grader/submitted"
c.CourseDirectory.autograded_directory = "grader/autograded"
c.CourseDirectory.feedback_directory = "grader/feedback"
c.CourseDirectory.db_url = "sqlite:///" + (_GRADER_DIR / "gradebook.db").as_posix()

# Stubs that replace the solution regions in modules/, in Indonesian.
c.ClearSolutions.code_stub = {"python": "# TULIS KODE ANDA DI SINI\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "TULIS JAWABAN ANDA DI SINI"

# Files a module writes when it runs (module 05's report, a participant's pack)
# never belong in a release.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback",
                            "hasil", "kumpulkan"]

# Slow trainer laptops: a training cell may print nothing for a while.
c.Execute.iopub_timeout = 30
