"""Hugging Face Hub: downloads (resumable, verified), model search and the access token."""
