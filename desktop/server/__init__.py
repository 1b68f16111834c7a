"""The local OpenAI-compatible API server: Starlette + uvicorn on its own thread, requests run
through the app's one engine runner (no Qt here; starlette, uvicorn and sse-starlette are
imported only when a server starts)."""
