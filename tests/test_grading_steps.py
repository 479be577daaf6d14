"""humas_ai.trainer.grading.steps: nbgrader's steps split between the grading job and the
recording."""

import os
import sys
from pathlib import Path

from humas_ai.trainer.grading import steps
from humas_ai.trainer.grading.isolate import Limits, grading_config
from humas_ai.trainer.grading.limit import CapOutputSize


def test_the_job_runs_every_nbgrader_step_but_the_ones_that_write_grades(tmp_path):
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        Execute,
        OverwriteCells,
        SaveAutoGrades,
    )

    config_file = tmp_path / "nbgrader_config.py"
    config_file.write_text("c = get_config()\n", encoding="utf-8")
    config = grading_config(config_file, Limits())
    job, recording = steps.job_steps(config), steps.recording_steps(config)
    assert recording == [SaveAutoGrades, AssignLatePenalties]
    assert not set(job) & set(recording)
    assert job.index(OverwriteCells) < job.index(Execute) < job.index(CapOutputSize)
    assert job[-1] is CheckCellMetadata


def test_submission_timestamp_reads_what_collect_writes_and_tolerates_rubbish(tmp_path):
    assert steps.submission_timestamp(tmp_path) is None
    (tmp_path / "timestamp.txt").write_text("2026-11-28 09:15:00+08:00", encoding="utf-8")
    stamp = steps.submission_timestamp(tmp_path)
    assert (stamp.hour, stamp.minute) == (1, 15)  # nbgrader keeps UTC
    (tmp_path / "timestamp.txt").write_text("kemarin sore", encoding="utf-8")
    assert steps.submission_timestamp(tmp_path) is None


def test_recording_openings_of_one_gradebook_share_one_engine(tmp_path, monkeypatch):
    from nbgrader import api

    # A new gradebook is stamped by nbgrader's `alembic` command, next to this Python.
    monkeypatch.setenv("PATH", os.pathsep.join([str(Path(sys.executable).parent),
                                                os.environ.get("PATH", "")]))
    url = f"sqlite:///{(tmp_path / 'gradebook.db').as_posix()}"
    with steps.one_engine_per_database():
        with api.Gradebook(url) as first:
            first.add_student("P01")
            engine = first.engine
        with api.Gradebook(url) as second:
            assert second.engine is engine
            assert [student.id for student in second.students] == ["P01"]
    with api.Gradebook(url) as after:
        assert after.engine is not engine
        assert [student.id for student in after.students] == ["P01"]
