"""The guided registration form and what it is built of."""
