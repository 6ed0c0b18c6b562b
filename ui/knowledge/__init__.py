"""The review knowledge base: entries, retrospectives, the quarterly analysis, Excel in and out."""
