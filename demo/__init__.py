"""The demo street that `make run` seeds on first start."""
