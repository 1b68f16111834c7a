"""Developer scripts (screenshots, translations); run them with the project's Python."""
