"""How long `cnnviz check` takes to give its verdict (target: under 2 s for a naive 4-loop
implementation on the lesson's 32x32 data, the learner's process start included).

Run: python benchmarks/bench_check.py      (prints figures; the target in brackets)
     python benchmarks/bench_check.py --quick   (two cases, one run each: about a second)

Each figure is the whole check as a learner waits for it: the process started, their file
loaded, every probe run, the diagnosis. The wrong answers take longer than the right one: the
checker then tries every known mistake until one explains the numbers.
"""

import argparse
import statistics
import time
from pathlib import Path

from cnnviz.check import check_file, lesson_data

HOMEWORK = Path(__file__).resolve().parents[1] / "examples" / "homework"
CASES = ("lesson_correct.py", "lesson_overwrite.py", "lesson_dx_flipped.py", "lesson_stale.py",
         "cs231n_correct.py", "cs231n_stride.py", "dlai_correct.py")


def main(cases=CASES, repeat: int = 5) -> None:
    lesson = lesson_data()
    for name in cases:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            report = check_file(HOMEWORK / name, lesson=lesson)
            times.append(time.perf_counter() - t0)
        print(f"{name:24s} verdict {report.verdict:7s} {','.join(report.ids) or '-':14s} "
              f"median {statistics.median(times):.2f} s, worst {max(times):.2f} s   [< 2 s]")
    t0 = time.perf_counter()
    check_file(HOMEWORK / "lesson_correct.py")
    print(f"lesson_correct.py with the lesson's data prepared too: {time.perf_counter() - t0:.2f} s   [< 2 s]")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two cases, one run each")
    main(CASES[:2], 1) if parser.parse_args().quick else main()
