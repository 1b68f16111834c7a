"""Small widgets shared by every page: the notice banner, the theme."""
