"""The knowledge base: curated, sourced entries, their validation, rendering and search.

Plain async-friendly Python; never imports discord (the faces render what this returns).
"""
