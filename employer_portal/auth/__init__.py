"""Authentication (session for pages, bearer tokens for the API) and authorization helpers."""
