"""Chat with your documents (Qt-free): extraction, chunking, the index, retrieval, citations."""
