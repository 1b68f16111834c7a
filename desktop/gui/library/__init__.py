"""The model library page: discover, downloads, installed models, Hub search."""
