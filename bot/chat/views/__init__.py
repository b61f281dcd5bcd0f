"""Persistent components (buttons, selects) and modals of the Discord face."""
