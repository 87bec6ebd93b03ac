"""The `rasid` command line."""
