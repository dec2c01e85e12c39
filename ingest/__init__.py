"""Ingest: corpus/raw → normalize → segment → parse → chunk → index."""
