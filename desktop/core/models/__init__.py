"""Models: the Qwen catalog, installed models, GGUF headers, discovery, fit descriptions."""
