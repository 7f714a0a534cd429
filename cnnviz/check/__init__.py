"""`cnnviz check`: run a learner's own backward pass and name the bug by its numbers. No Qt."""

from cnnviz.check.checker import CheckInputError, Report, check_file, lesson_data
from cnnviz.check.clock import DEFAULT_TIMEOUT
from cnnviz.check.probes import CONVENTIONS, SIGNATURES

__all__ = ["CONVENTIONS", "DEFAULT_TIMEOUT", "SIGNATURES", "CheckInputError", "Report", "check_file", "lesson_data"]
