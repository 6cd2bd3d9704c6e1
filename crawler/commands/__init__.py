"""CLI commands of individual features; crawler.cli registers every module's ``COMMANDS``."""
