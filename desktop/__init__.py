"""CCHC Desk: offline administrative-reform (CCHC) self-assessment and coordination."""

__version__ = "0.1.0"
APP_NAME = "CCHC Desk"
