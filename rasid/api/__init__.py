"""The HTTP API and the web dashboard (`rasid serve`, `rasid demo`)."""
