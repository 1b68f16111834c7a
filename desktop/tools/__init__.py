"""Tools for the model (Qt-free): Qwen function calling, the local Python runner, MCP servers.

The conversation service drives :func:`desktop.tools.loop.run_tool_loop`; the GUI shows its
events as tool-call cards and answers approval requests (:mod:`desktop.tools.approval`).
"""
