"""The chat page: transcript views (web and plain), the controller, the generation bridge."""
