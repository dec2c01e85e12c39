"""Retrieval: lexical (BM25), dense (Chroma), their fusion, and the LangChain retriever."""
