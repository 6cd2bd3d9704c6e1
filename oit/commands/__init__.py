"""CLI commands of individual features; oit.cli registers every module's ``COMMANDS``."""
