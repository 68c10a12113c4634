"""The start screen: the list of reports and what can be done with them."""
