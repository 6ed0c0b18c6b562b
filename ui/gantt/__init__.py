"""The Gantt chart: rows from the schedule, the painted chart, the page's pieces."""
