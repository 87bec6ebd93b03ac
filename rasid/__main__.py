"""`python -m rasid`: the `rasid` command line."""
from rasid.cli.main import main

raise SystemExit(main())
