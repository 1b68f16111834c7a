"""Resource meters: the dock panel, the status strip and their sample source."""
