"""The local API server in the window: the Server panel and the controller behind it."""
