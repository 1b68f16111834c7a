"""A small real MCP server for the tests, written with the SDK's MCPServer (FastMCP in mcp 1.x).

python tests/mcp_server.py stdio          serve over stdin/stdout
python tests/mcp_server.py http PORT      serve streamable HTTP on 127.0.0.1:PORT/mcp
python tests/mcp_server.py crash          print to stderr and exit at once
python tests/mcp_server.py hang           read stdin and never answer
"""

from __future__ import annotations

import os
import sys
import time


def build() -> object:
    from mcp.server.mcpserver import MCPServer

    server = MCPServer("qwen-desk-test")

    @server.tool()
    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    @server.tool()
    def whoami() -> str:
        """Say which secret the environment holds."""
        return os.environ.get("TEST_SECRET", "no secret")

    @server.tool()
    def explode(reason: str) -> str:
        """Always fails."""
        raise ValueError(f"exploded: {reason}")

    @server.tool()
    def sleep(seconds: float) -> str:
        """Sleep, then answer."""
        time.sleep(seconds)
        return "awake"

    return server


def main() -> None:
    mode = sys.argv[1]
    if mode == "crash":
        sys.stderr.write("test server: missing configuration, giving up\n")
        sys.exit(3)
    if mode == "hang":
        sys.stderr.write("test server: hanging\n")
        sys.stderr.flush()
        for _line in sys.stdin:
            pass
        return
    server = build()
    sys.stderr.write(f"test server: serving {mode}\n")
    sys.stderr.flush()
    if mode == "http":
        server.run(  # type: ignore[attr-defined]
            "streamable-http", host="127.0.0.1", port=int(sys.argv[2]), streamable_http_path="/mcp"
        )
    else:
        server.run()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
