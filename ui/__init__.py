"""The Qt desktop interface. Calls app/ use cases; never writes SQL or holds a Session."""
