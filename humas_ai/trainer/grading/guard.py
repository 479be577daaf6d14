"""Keep the course files safe while participant code runs: snapshot, compare, restore.

Participant code runs as the same user as the trainer, so on its own it *could* reach the
course folder by an absolute path.  Before a batch the guard keeps a copy in memory of
every file grading depends on (gradebook, config, roster, sources, submissions, graded
notebooks); after each notebook it compares, puts back what was changed or deleted and
removes what was added.  Feedback and reports are written later and are not guarded.
"""

from __future__ import annotations

from pathlib import Path

from humas_ai.trainer.grading.course import Course

Snapshot = dict[Path, bytes]


def _guarded_files(course: Course) -> list[Path]:
    files = [course.gradebook, course.config, course.roster_file]
    for folder in (course.solutions, course.submitted, course.autograded):
        if folder.is_dir():
            files.extend(p for p in folder.rglob("*") if p.is_file())
    return [path for path in files if path.is_file()]


def _guarded_folders(course: Course) -> list[Path]:
    return [course.solutions, course.submitted, course.autograded]


def snapshot(course: Course) -> Snapshot:
    """The bytes of every guarded file, by path."""
    return {path: path.read_bytes() for path in _guarded_files(course)}


def restore(course: Course, saved: Snapshot) -> list[Path]:
    """Undo every change to the guarded files since ``saved``; return the paths repaired."""
    repaired = []
    for path, data in saved.items():
        try:
            same = path.is_file() and path.read_bytes() == data
        except OSError:
            same = False
        if not same:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():
                import shutil

                shutil.rmtree(path)
            path.write_bytes(data)
            repaired.append(path)
    for folder in _guarded_folders(course):
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and path not in saved:
                path.unlink()
                repaired.append(path)
    return repaired
