"""The sample office's logins, told to whoever loads sample data so they can try every role.

Every sample person logs in with their name in pinyin (``zhoumingyuan``; the admin as ``admin``)
and the one demo password: a demo, not an office, so it is printed on purpose.
"""

DEMO_PASSWORD = "demo-2026"
DEMO_ADMIN = "admin"
