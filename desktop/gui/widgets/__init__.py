"""Small widgets shared by every page: the notice (and the window's banner), the theme."""
