"""How long a learner's code may run: time by the work done.

Python and NumPy get STARTUP_SECONDS to start (a busy machine) before the learner's time counts.
From the moment their code starts, loading their file gets `timeout` seconds, and the calls
`timeout` more. A call that does more work than the ones before it (a call's "work": how much a
naive loop does for it) gets SLACK x the seconds its speed on them predicts, at most MAX_SECONDS:
a correct six-loop solution is slow on a big image, not wrong.

The host (runner.py) tells the clock what the child reports as it happens (ready, loaded, each call
done, with the seconds the child measured) and ends the check when the clock runs out.
"""

from __future__ import annotations

DEFAULT_TIMEOUT = 10.0  # seconds for loading the file, and again for the calls (more for slow big calls)
MAX_SECONDS = 120.0  # the most a slow call is given by its speed on the smaller calls before it
SLACK = 3.0  # times the predicted seconds a call is given (a shared, busy machine)
STARTUP_SECONDS = 20.0  # for Python and NumPy to start on a busy machine, before the learner's time counts


class Clock:
    def __init__(self, timeout: float, now: float):
        self.timeout = timeout
        self.cap = max(MAX_SECONDS, timeout)
        self.deadline = now + timeout + STARTUP_SECONDS
        self.started = False
        self.calls: list[dict] | None = None  # the calls of the function found, once it is loaded
        self.done = 0  # calls finished
        self.call_start = now
        self.rates: list[float] = []  # seconds per unit of work of the calls so far
        self.predicted = 0.0  # seconds predicted for the call running

    def ready(self, now: float) -> None:
        """Their code starts: loading their file gets `timeout` seconds."""
        if not self.started:
            self.started, self.deadline = True, now + self.timeout

    def loaded(self, now: float, calls: list[dict]) -> None:
        """Their file is loaded (calls: the ones its function gets): the calls get `timeout` seconds."""
        if self.calls is None:
            self.calls, self.call_start, self.deadline = calls, now, now + self.timeout

    def call_done(self, now: float, seconds: float | None) -> None:
        """Call number `done` finished in `seconds` (as the child measured it, None if unknown)."""
        if self.calls is None or self.done >= len(self.calls):
            return
        work = self.calls[self.done].get("work")
        if work and seconds is not None:
            self.rates.append(seconds / work)
        self.done += 1
        self.call_start = now
        if self.done < len(self.calls) and self.rates and self.calls[self.done].get("work"):
            self.predicted = max(self.rates) * self.calls[self.done]["work"]
            self.deadline = max(self.deadline, min(now + SLACK * self.predicted, now + self.cap))

    @property
    def total(self) -> int | None:
        """How many calls there are (None while their file loads)."""
        return None if self.calls is None else len(self.calls)

    def expired(self, now: float) -> bool:
        return now >= self.deadline

    def limit(self, now: float) -> dict:
        """The call the time ran out on: {"call", "seconds", "predicted"} ({} while loading)."""
        if self.calls is None:
            return {}
        return {"call": self.done, "seconds": now - self.call_start, "predicted": self.predicted}


def most_seconds(timeout: float, calls: int) -> float:
    """The longest a check can be given (the supervisor's own limit, should the host be gone)."""
    return STARTUP_SECONDS + 2 * timeout + calls * max(MAX_SECONDS, timeout)
