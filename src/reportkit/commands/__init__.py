"""One module per ``reportkit`` subcommand (see ``reportkit.cli.COMMANDS``)."""
