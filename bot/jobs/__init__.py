"""Periodic jobs shared by every bot process: each run happens in exactly one process (JobLease)."""
