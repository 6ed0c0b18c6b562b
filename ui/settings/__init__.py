"""设置: the office's settings — profile, accounts, calendar, SLA, SOP templates, plans, backups."""
