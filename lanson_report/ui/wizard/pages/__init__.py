"""The wizard's steps, one module per page."""
