"""The caseload cockpit (issue 6): the home view, the agenda, time spent and reminders."""
