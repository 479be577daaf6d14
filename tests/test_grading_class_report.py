"""humas_ai.trainer.grading.class_report: the trainer's class report page."""



from humas_ai.trainer.grading import class_report
from humas_ai.trainer.grading.state import State
from tests import grading_cases as cases


def test_class_report_counts_whole_participants_within_0_to_100_with_decimal_commas(tmp_path):
    import matplotlib.pyplot as plt

    results = cases.small_class()
    figure = class_report.score_figure(results)
    axis = figure.axes[0]
    bars = [patch for patch in axis.patches if patch.get_height() > 0]
    assert max(bar.get_x() + bar.get_width() for bar in bars) <= 100
    assert axis.get_xlim() == (0, 100)
    assert [bar.get_height() for bar in bars] == [1, 2]  # 72,5 and twice 100 (last bin)
    figure.canvas.draw()
    ticks = [label.get_text() for label in axis.get_yticklabels()]
    assert ticks and all(text.lstrip("−-").isdigit() for text in ticks), ticks
    plt.close(figure)
    page = class_report.render(results, State(tmp_path / "status.json"))
    assert "<td>90,8</td>" in page and "<td>12,5</td>" in page
    assert "90.8" not in page
