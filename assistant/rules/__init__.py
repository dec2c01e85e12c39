"""Rules as code: deterministic eligibility and amount calculators with citations.

Re-exports only; see README.md in this folder.
"""

from assistant.rules.base import Clause, Period, RegistrationError, Rule, RuleError, UnknownRule
from assistant.rules.registry import all_rules, evaluate, get_rule, registry
from assistant.rules.route import Decision, decide

__all__ = [
    "Clause",
    "Decision",
    "Period",
    "RegistrationError",
    "Rule",
    "RuleError",
    "UnknownRule",
    "all_rules",
    "decide",
    "evaluate",
    "get_rule",
    "registry",
]
