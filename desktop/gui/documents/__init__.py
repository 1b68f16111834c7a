"""The window's documents part: attach, collections, indexing progress, citations."""
