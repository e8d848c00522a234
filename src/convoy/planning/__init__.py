"""The agenda optimizer: pure Python over explicit Problem, Config and Result types.

No Django and no other convoy app is imported here (import-linter checks it).
"""
