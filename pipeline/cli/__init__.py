"""The newsmon command line: parse, call, print. No stage logic here."""
