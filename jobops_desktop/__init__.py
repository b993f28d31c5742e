"""JobOps Desktop: a local-first job application tracker with an on-device Smart Router."""

__version__ = "0.1.0"
APP_NAME = "JobOps Desktop"
APP_ID = "jobops-desktop"
