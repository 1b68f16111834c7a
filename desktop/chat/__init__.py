"""The conversation service (Qt-free): one engine on one worker thread, requests built from the
history and each conversation's options, context budgeting, persistence, and exactly one
outcome per request. The window and the local API server both stand on it."""
