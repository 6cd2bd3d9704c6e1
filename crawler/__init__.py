"""OIT Watch crawler side: everything that touches the network, the database or the clock."""

__version__ = "0.1.0"
