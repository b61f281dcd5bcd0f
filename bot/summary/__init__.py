"""Weekly summaries for coordinators: figures from SQL aggregates, rendered for every face."""
