"""`python -m newsmon.pipeline.cli` is the `newsmon` command."""

from newsmon.pipeline.cli.main import main

main()
