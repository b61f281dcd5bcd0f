"""Helpers shared by tests in several areas (not fixtures of one area's conftest)."""
